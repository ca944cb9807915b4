"""The fonts reports are set in: DejaVu Sans and DejaVu Sans Mono, shipped with matplotlib.

They cover Kazakh Cyrillic (ә ғ қ ң ө ұ ү һ і), Russian and Latin, and registering the TTF files
with Qt makes a PDF embed them, so a report reads the same on a machine without those fonts.
Qt needs a QGuiApplication before fonts can be added (see ``pdf.ensure_gui_app``).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import matplotlib
from PySide6.QtGui import QFontDatabase

from kzobserver.i18n import translate
from kzobserver.reports.document import ReportError
from kzobserver.reports.html import MONO, SANS

__all__ = ["MONO", "SANS", "font_folder", "register_report_fonts"]

log = logging.getLogger(__name__)

FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
    "DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold.ttf",
)

_lock = threading.Lock()
_registered = False


def font_folder() -> Path:
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def register_report_fonts() -> None:
    """Add the DejaVu fonts to Qt's font database once per process; raises ReportError if the
    sans font is neither bundled nor installed (a PDF without it would lose Kazakh letters)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name in FONT_FILES:
            path = font_folder() / name
            if QFontDatabase.addApplicationFont(str(path)) < 0:
                log.warning("could not load the report font %s", path)
        if SANS not in QFontDatabase.families():
            raise ReportError(
                translate(
                    "Reports",
                    "The report font DejaVu Sans was not found (looked in {folder}); "
                    "reinstall kzobserver.",
                ).format(folder=font_folder())
            )
        _registered = True
