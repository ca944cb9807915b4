"""Background work: runs on another thread with its own connection, reports progress, cancels
cleanly and hands results and errors back to the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from kzobserver.storage import Logbook, LogbookError
from kzobserver.ui.tasks import Cancelled, run_in_background


def test_result_comes_back_from_another_thread(qtbot, kz_logbook: Logbook) -> None:
    main = threading.get_ident()
    seen = {}

    def work(logbook: Logbook, progress) -> int:  # type: ignore[no-untyped-def]
        seen["thread"] = threading.get_ident()
        seen["connection"] = logbook is not kz_logbook
        for i in range(5):
            progress(i, 5)
        return logbook.db.execute("SELECT count(*) FROM contests").fetchone()[0]

    assert run_in_background(None, kz_logbook, work, title="t", label="l") == 3
    assert seen == {"thread": seen["thread"], "connection": True}
    assert seen["thread"] != main


def test_errors_are_raised_in_the_gui_thread(qtbot, kz_logbook: Logbook) -> None:
    def work(logbook: Logbook, progress) -> None:  # type: ignore[no-untyped-def]
        raise LogbookError("the disk is full")

    with pytest.raises(LogbookError, match="disk is full"):
        run_in_background(None, kz_logbook, work, title="t", label="l")


def test_cancel_stops_the_work_and_rolls_back(qtbot, kz_logbook: Logbook) -> None:
    started = threading.Event()

    def work(logbook: Logbook, progress) -> None:  # type: ignore[no-untyped-def]
        with logbook.db.atomic():
            logbook.db.execute("INSERT INTO logbook_info(key, value) VALUES ('half', 'written')")
            started.set()
            for i in range(10_000):
                progress(i, 10_000)
                threading.Event().wait(0.001)

    def press_cancel() -> None:
        if not started.is_set():
            QTimer.singleShot(10, press_cancel)
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog):
                widget.cancel()

    QTimer.singleShot(10, press_cancel)
    with pytest.raises(Cancelled):
        run_in_background(None, kz_logbook, work, title="t", label="l", minimum_duration_ms=0)
    assert kz_logbook.info("half") is None
