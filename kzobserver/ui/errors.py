"""Unexpected errors: logged in full, shown to the user in short, and never fatal.

PySide hands an exception raised in a slot to ``sys.excepthook`` and carries on, so one hook
covers every menu action, button and timer.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kzobserver.logs import log_file
from kzobserver.ui import messages

log = logging.getLogger(__name__)

_showing = False  # an error inside the error dialog must not open dialogs without end


def error_dialog(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    parent: QWidget | None = None,
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "kzobserver — unexpected error"))
    summary = str(exc).strip().splitlines()[0] if str(exc).strip() else exc_type.__name__
    box.setText(
        QCoreApplication.translate("ErrorDialog", "Something went wrong: {error}").format(
            error=summary[:300]
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ErrorDialog",
            "What was already saved in the logbook is safe. You can keep working; if this "
            "happens again, send the log file to your coordinator:\n{log}",
        ).format(log=log_file())
    )
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """The ``sys.excepthook`` of the GUI."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        # Ctrl+C in the terminal that started the app: quit as asked, no dialog.
        app = QApplication.instance()
        if app is not None:
            app.quit()
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if _showing or not isinstance(QApplication.instance(), QApplication):
        sys.__excepthook__(exc_type, exc, tb)
        return
    _showing = True
    try:
        messages.exec_dialog(error_dialog(exc_type, exc, tb, QApplication.activeWindow()))
    except Exception:
        log.exception("could not show the error dialog")
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = handle_exception
