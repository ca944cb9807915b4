"""kzobserver: an offline logbook for election observers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kzobserver")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "kzobserver"
ORGANIZATION = "kzobserver"
