"""``kzobserver``: the GUI with no command, and the same core operations without a window."""

from kzobserver.cli import core, evidence, protocols, stations  # noqa: F401 - they register their commands
from kzobserver.cli.base import cli
from kzobserver.logs import setup_logging

__all__ = ["cli", "main"]


def main() -> None:
    setup_logging()
    cli()
