"""Long work (evidence intake, big imports, verification) off the GUI thread, with a progress
dialog and Cancel.

SQLite connections belong to the thread that opened them, so the worker opens its own
connection to the same logbook file; WAL lets the window keep reading meanwhile. The window
must not write while the task runs: the progress dialog is modal for that reason.

The worker is a plain Python thread that touches no Qt object: it records its progress in
shared fields and the GUI thread polls them with a timer. (Emitting Qt signals from a worker
thousands of times a second crashed PySide 6.12 in testing.)
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from kzobserver.storage.logbook import Logbook

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Work = Callable[[Logbook, Progress], Any]

POLL_MS = 50
QUERY_CHECK_STEPS = 100_000  # SQLite instructions between two looks at Cancel (a few ms)


class Cancelled(Exception):
    """The user pressed Cancel; the work rolled back what it had started."""


class _Job:
    def __init__(self, logbook: Logbook, work: Work) -> None:
        self.path = logbook.path
        self.author = logbook.author
        self.work = work
        self.cancel = threading.Event()
        self.done = threading.Event()
        self.progress = (0, 0)
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with Logbook.open(self.path) as logbook:
                logbook.author = self.author  # the same observer signs what the worker writes
                self.result = self.work(logbook, self.report)
        except BaseException as exc:  # handed to the GUI thread, to be raised there
            self.error = exc
        finally:
            self.done.set()

    def report(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled
        self.progress = (done, total)  # one tuple assignment: atomic under the GIL


def run_in_background(
    parent: QWidget | None,
    logbook: Logbook,
    work: Work,
    *,
    title: str,
    label: str,
    minimum_duration_ms: int = 300,
) -> Any:
    """Run ``work(logbook_copy, progress)`` on a worker thread and return its result, showing a
    progress dialog with Cancel; the work's exception (or :class:`Cancelled`) is raised here.

    ``progress(done, total)`` raises :class:`Cancelled` once the user cancels, so the work stops
    at its next report and rolls back."""
    job = _Job(logbook, work)
    dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(minimum_duration_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(job.cancel.set)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def poll() -> None:
        if dialog.wasCanceled():  # cancel() does not always emit canceled()
            job.cancel.set()
        done, total = job.progress
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        if job.done.is_set():
            loop.quit()

    timer.timeout.connect(poll)
    thread = threading.Thread(target=job.run, name="kzobserver-task", daemon=True)
    thread.start()
    timer.start()
    loop.exec()
    timer.stop()
    thread.join()
    dialog.close()
    dialog.deleteLater()
    if job.error is not None:
        if not isinstance(job.error, Cancelled):
            log.info("background task failed: %s", job.error)
        raise job.error
    return job.result


@contextmanager
def interruptible(logbook: Logbook, progress: Progress) -> Iterator[Progress]:
    """Let Cancel stop a long SQLite read mid-query, not only at the work's next report.

    Inside the block, SQLite calls back every few milliseconds; once the user has cancelled,
    the query is interrupted and :class:`Cancelled` raised. Yields the progress function to
    use in the block (it remembers the latest figures, which the callback repeats)."""
    latest = (0, 0)
    cancelled = False

    def report(done: int, total: int) -> None:
        nonlocal latest
        latest = (done, total)
        progress(done, total)

    def check() -> int:
        nonlocal cancelled
        try:
            progress(*latest)
        except Cancelled:
            cancelled = True
            return 1  # non-zero: SQLite stops the query with "interrupted"
        return 0

    connection = logbook.db.conn
    connection.set_progress_handler(check, QUERY_CHECK_STEPS)
    try:
        yield report
    except sqlite3.OperationalError:
        if cancelled:
            raise Cancelled from None
        raise
    finally:
        connection.set_progress_handler(None, 0)
