"""Background work: runs on another thread with its own connection, reports progress, cancels
cleanly and hands results and errors back to the GUI thread."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from kzobserver.storage import Logbook, LogbookError
from kzobserver.ui.tasks import Cancelled, interruptible, run_in_background


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


# A read that runs for minutes unless interrupted: SQLite counts to a billion.
ENDLESS = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) "
    "SELECT count(*) FROM n"
)


def test_interruptible_stops_a_long_query_once_cancelled(kz_logbook: Logbook) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) > 3:  # the user pressed Cancel while the query ran
            raise Cancelled

    with pytest.raises(Cancelled), interruptible(kz_logbook, progress) as report:
        report(1, 4)
        kz_logbook.db.execute(ENDLESS).fetchone()
    assert calls[:2] == [(1, 4), (1, 4)]  # the callback repeats the latest figures
    # The handler is gone: the connection runs queries to the end again.
    assert kz_logbook.db.execute("SELECT count(*) FROM contests").fetchone()[0] == 3


def test_interruptible_leaves_other_errors_alone(kz_logbook: Logbook) -> None:
    with (
        pytest.raises(sqlite3.OperationalError, match="no such table"),
        interruptible(kz_logbook, lambda done, total: None),
    ):
        kz_logbook.db.execute("SELECT * FROM no_such_table")
