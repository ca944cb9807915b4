"""Where kzobserver keeps its files on this machine.

``KZOBSERVER_HOME`` overrides every location (tests and portable installs use it); otherwise the
platform's user data and config folders are used.
"""

import os
from pathlib import Path

import platformdirs

from kzobserver import APP_NAME


def _home_override() -> Path | None:
    value = os.environ.get("KZOBSERVER_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    base = _home_override()
    path = base / "data" if base else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    base = _home_override()
    path = (
        base / "config" if base else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    base = _home_override()
    path = base / "logs" if base else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_logbook_path() -> Path:
    """The embedded default logbook that ``kzobserver`` with no arguments opens."""
    return data_dir() / "logbook.sqlite"
