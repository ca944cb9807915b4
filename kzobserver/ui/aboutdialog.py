"""Help → About: the version, the licence, and where this machine keeps the user's files."""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from kzobserver import __version__, paths
from kzobserver.logs import log_file
from kzobserver.ui.settings import settings_file


def about_text(logbook_path: Path | None) -> str:
    rows = [
        (
            QCoreApplication.translate("AboutDialog", "Open logbook"),
            str(logbook_path)
            if logbook_path
            else QCoreApplication.translate("AboutDialog", "none"),
        ),
        (QCoreApplication.translate("AboutDialog", "Data folder"), str(paths.data_dir())),
        (QCoreApplication.translate("AboutDialog", "Log file"), str(log_file())),
        (QCoreApplication.translate("AboutDialog", "Settings"), str(settings_file())),
        (
            QCoreApplication.translate("AboutDialog", "Built with"),
            f"Qt {qVersion()}, PySide6 {PySide6.__version__}, Python {platform.python_version()}",
        ),
    ]
    table = "".join(
        f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td>"
        f"<td>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    intro = QCoreApplication.translate(
        "AboutDialog",
        "An offline logbook for election observers: what happens at a polling station, the "
        "count, and the comparison with the announced results.",
    )
    licence = QCoreApplication.translate(
        "AboutDialog",
        "Free software under the GNU General Public License, version 3 or (at your option) "
        "any later version (GPL-3.0-or-later). It comes with no warranty.",
    )
    return (
        f"<h2>kzobserver {html.escape(__version__)}</h2>"
        f"<p>{html.escape(intro)}</p><p>{html.escape(licence)}</p>"
        f"<table cellspacing='4'>{table}</table>"
    )


def about_box(parent: QWidget | None, logbook_path: Path | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("AboutDialog", "About kzobserver"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(logbook_path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # QMessageBox sizes itself to a short message; paths need room to stay on one line.
    box.setStyleSheet("QLabel { min-width: 620px; }")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box
