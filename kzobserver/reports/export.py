"""Writing a report to a file, the format chosen by the file's suffix: ``.pdf`` and ``.html`` (the
whole report), ``.csv`` and ``.xlsx`` (its tables).

A CSV file holds one table, so ``report.csv`` gets the discrepancy rows and two files beside it
the irregularity reports and the evidence list (``report-irregularities.csv``,
``report-evidence.csv``); an XLSX workbook holds the three as sheets. Every file is written
atomically, after all of them have been rendered, so a cancelled or failed report leaves no
file behind and an existing one as it was.

Runs in whichever thread calls it (the window runs it on a worker through ``ui.tasks``);
``progress(done, total)`` may raise to cancel. A PDF needs a QGuiApplication in the process
(``pdf.ensure_gui_app``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

from kzobserver.i18n import translate
from kzobserver.reports.content import build_report, report_rows
from kzobserver.reports.content_options import ReportOptions
from kzobserver.reports.document import DocumentInfo, Progress, ReportError, atomic_write
from kzobserver.reports.html import render_html
from kzobserver.reports.language import report_language
from kzobserver.reports.pdf import render_pdf_bytes
from kzobserver.reports.tables import render_csv, render_xlsx
from kzobserver.storage.logbook import Logbook

FORMATS = (".pdf", ".html", ".csv", ".xlsx")
CSV_COMPANIONS = ("irregularities", "evidence")  # file name suffixes, after the discrepancies
BUILD_SHARE = 30  # percent of the progress bar for gathering and composing, the rest rendering


def report_format(out: Path) -> str:
    suffix = Path(out).suffix.lower()
    if suffix == ".htm":
        return ".html"
    if suffix not in FORMATS:
        raise ReportError(
            translate(
                "Reports", "Cannot tell the format from “{name}”: name the file .pdf, .html, "
                ".csv or .xlsx."
            ).format(name=Path(out).name)
        )  # fmt: skip
    return suffix


def csv_paths(out: Path) -> list[Path]:
    """The files a CSV report writes: ``out`` and its companions beside it."""
    out = Path(out)
    return [out] + [out.with_name(f"{out.stem}-{name}{out.suffix}") for name in CSV_COMPANIONS]


class _Phases:
    """Maps the progress of the steps of a report (building, then one or more rendering passes
    whose counts start again from 0) onto one 0–100 bar that never goes back."""

    def __init__(self, progress: Progress | None, render_passes: int) -> None:
        self.progress = progress
        self.passes = render_passes
        self.current = -1
        self.last = (-1, -1)  # (done, total) of the last render report
        self.shown = 0

    def _show(self, value: float) -> None:
        value = int(min(100, value))
        self.shown = max(self.shown, value)
        if self.progress is not None:
            self.progress(self.shown, 100)

    def build(self, done: int, total: int) -> None:
        self._show(BUILD_SHARE * done / max(total, 1))

    def render(self, done: int, total: int) -> None:
        last_done, last_total = self.last
        if self.current < 0 or total != last_total or done < last_done:  # a new pass
            self.current = min(self.current + 1, self.passes - 1)
        self.last = (done, total)
        share = (100 - BUILD_SHARE) / self.passes
        self._show(BUILD_SHARE + share * (self.current + done / max(total, 1)))


@contextlib.contextmanager
def _event_dispatcher() -> Iterator[None]:
    """QTextDocument and QPdfWriter start timers, which need an event dispatcher in their
    thread; a plain Python worker thread has none ("QBasicTimer::start: current thread's event
    dispatcher has already been destroyed"), and making an event loop there creates one."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is app.thread():
        yield
        return
    loop = QEventLoop()
    try:
        yield
    finally:
        del loop


def write_report(
    logbook: Logbook,
    options: ReportOptions,
    out: Path,
    progress: Progress | None = None,
) -> list[Path]:
    """Write the report ``options`` describe to ``out`` (the format from its suffix) and return
    the files written."""
    out = Path(out)
    fmt = report_format(out)
    if not out.parent.is_dir():
        raise ReportError(
            translate("Reports", "The folder {folder} does not exist.").format(folder=out.parent)
        )
    phases = _Phases(progress, 2 if fmt == ".pdf" else 1)
    outputs: list[tuple[Path, bytes]]
    if fmt in (".csv", ".xlsx"):
        tables = report_rows(logbook, options, phases.build)
        if fmt == ".csv":
            outputs = [
                (path, render_csv(table, phases.render))
                for path, table in zip(csv_paths(out), tables, strict=True)
            ]
        else:
            with report_language(options.language):
                info = DocumentInfo(
                    title=translate("Reports", "Discrepancy report"), language=options.language
                )
            outputs = [(out, render_xlsx(tables, info, phases.render))]
    else:
        document = build_report(logbook, options, phases.build)
        if fmt == ".pdf":
            with _event_dispatcher():
                data, _pages = render_pdf_bytes(document, phases.render)
            outputs = [(out, data)]
        else:
            outputs = [(out, render_html(document, phases.render).encode("utf-8"))]
    for path, data in outputs:
        with atomic_write(path) as stream:
            stream.write(data)
    if progress is not None:
        progress(100, 100)
    return [path for path, _ in outputs]
