"""Logging to a file in the user's log folder: the details of an unexpected error go there, the
user sees a short message that says where."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from kzobserver import paths


def log_file() -> Path:
    return paths.log_dir() / "kzobserver.log"


def setup_logging(level: int = logging.INFO) -> Path:
    path = log_file()
    root = logging.getLogger()
    if not any(getattr(h, "_kzobserver", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._kzobserver = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        root.setLevel(level)
    return path
