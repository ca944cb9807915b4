"""Reports → New report…: the dialog's choices become the report's options, Create… writes the
file through the background task (progress and Cancel), the preview shows the report, the
choices are remembered except the privacy option, and the main window offers the menu."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox

from kzobserver.reports.content import ReportOptions, Section
from kzobserver.reports.document import Column as DocColumn
from kzobserver.reports.document import Document, DocumentInfo, PageBreak, Paragraph, Table
from kzobserver.storage.logbook import Logbook
from kzobserver.ui import messages, reportdialog
from kzobserver.ui.mainwindow import MainWindow
from kzobserver.ui.reportdialog import ReportDialog, first_pages
from kzobserver.ui.settings import Settings
from kzobserver.ui.tasks import Cancelled
from tests.test_report_content import (
    PRIVATE_NAME,
    WITNESS,
    Planted,
    build_report_logbook,
    pdf_text,
)

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def planted(tmp_path: Path) -> Planted:
    return build_report_logbook(tmp_path / "logbook.sqlite", tmp_path)


@pytest.fixture
def logbook(planted: Planted):  # type: ignore[no-untyped-def]
    book = Logbook.open(planted.path)
    yield book
    book.close()


@pytest.fixture
def dialogs(monkeypatch):  # type: ignore[no-untyped-def]
    """Message boxes are recorded instead of shown."""
    record = SimpleNamespace(shown=[])

    def fake_exec(dialog):  # type: ignore[no-untyped-def]
        record.shown.append(dialog)
        return 0

    monkeypatch.setattr(messages, "exec_dialog", fake_exec)
    return record


@pytest.fixture
def tasks(monkeypatch):  # type: ignore[no-untyped-def]
    """run_in_background, recorded and then run for real."""
    record = SimpleNamespace(calls=[])
    real = reportdialog.run_in_background

    def spy(parent, logbook, work, **kwargs):  # type: ignore[no-untyped-def]
        record.calls.append(kwargs)
        return real(parent, logbook, work, **kwargs)

    monkeypatch.setattr(reportdialog, "run_in_background", spy)
    return record


@pytest.fixture
def make_dialog(qtbot, logbook, tmp_path):  # type: ignore[no-untyped-def]
    settings_file = tmp_path / "kzobserver.ini"

    def make() -> ReportDialog:
        dialog = ReportDialog(logbook, settings_=Settings(settings_file), lang="en")
        qtbot.addWidget(dialog)
        return dialog

    return make


def test_create_writes_a_pdf_in_the_background(
    make_dialog, dialogs, tasks, tmp_path, monkeypatch, planted
):  # type: ignore[no-untyped-def]
    dialog = make_dialog()
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    monkeypatch.setattr(dialog, "ask_output_path", lambda: out)
    dialog.create()
    assert [call["title"] for call in tasks.calls] == ["New report"]
    assert dialog.written == [out]
    text = pdf_text(out)
    for number in planted.differences:
        assert f"Station {number}" in text
    [box] = dialogs.shown
    assert isinstance(box, QMessageBox) and box.informativeText() == str(out)
    assert str(out) in dialog.status_label.text()


def test_the_dialogs_choices_are_the_reports_options(make_dialog):  # type: ignore[no-untyped-def]
    dialog = make_dialog()
    assert dialog.options() == ReportOptions(language="en")
    dialog.region_radio.setChecked(True)
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("karaganda"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("kk"))
    dialog.section_checks[Section.APPENDIX].setChecked(False)
    dialog.charts_check.setChecked(False)
    dialog.sensitive_check.setChecked(True)
    options = dialog.options()
    assert options.region == "karaganda" and options.stations == ()
    assert options.language == "kk"
    assert options.sections == frozenset(Section) - {Section.APPENDIX}
    assert (options.charts, options.include_sensitive) == (False, True)
    dialog.stations_radio.setChecked(True)
    dialog.stations_edit.setText("103; 107 204")
    assert dialog.options().stations == ("103", "107", "204")
    assert dialog.options().region is None


def test_choices_are_remembered_but_privacy_is_not(make_dialog, dialogs, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    dialog = make_dialog()
    assert not dialog.sensitive_check.isChecked()  # unticked by default
    dialog.stations_radio.setChecked(True)
    dialog.stations_edit.setText("107")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    dialog.section_checks[Section.METHODOLOGY].setChecked(False)
    dialog.sensitive_check.setChecked(True)
    out = tmp_path / "r.csv"
    monkeypatch.setattr(dialog, "ask_output_path", lambda: out)
    dialog.create()
    assert out.exists()
    again = make_dialog()
    assert again.stations_radio.isChecked() and again.stations_edit.text() == "107"
    assert again.language_combo.currentData() == "ru"
    assert not again.section_checks[Section.METHODOLOGY].isChecked()
    assert again.section_checks[Section.SUMMARY].isChecked()
    assert not again.sensitive_check.isChecked()


def test_preview_shows_the_report(make_dialog, dialogs, tasks, planted):  # type: ignore[no-untyped-def]
    dialog = make_dialog()
    dialog.charts_check.setChecked(False)
    dialog.preview()
    first = dialog.browser.toPlainText()
    assert "Discrepancy report" in first
    assert "Station 107" in first  # within the first pages
    dialog.preview_extent.setCurrentIndex(dialog.preview_extent.findData(True))
    dialog.sensitive_check.setChecked(True)
    dialog.preview()
    whole = dialog.browser.toPlainText()
    assert "signals for follow-up, not proof" in whole
    assert "signals for follow-up, not proof" not in first
    assert WITNESS in whole and PRIVATE_NAME in whole
    assert len(tasks.calls) == 2
    assert dialogs.shown == []


def test_first_pages_cut_long_tables() -> None:
    doc = Document(DocumentInfo("t"))
    table = Table([DocColumn("n")], rows=[[i] for i in range(100)])
    doc.add(table)
    for i in range(12):
        doc.add(PageBreak())
        doc.add(Paragraph(f"page {i + 2}"))
    shown = first_pages(doc, pages=3, rows=10)
    cut = shown.blocks[0]
    assert isinstance(cut, Table) and len(cut.rows) == 10 and len(table.rows) == 100
    assert shown.blocks[1] == Paragraph("… and 90 more rows in the report.")
    texts = [b.text for b in shown.blocks if isinstance(b, Paragraph)]
    assert texts[-1] == "page 3"


def test_cancel_leaves_no_file(make_dialog, dialogs, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    dialog = make_dialog()
    out = tmp_path / "r.html"
    monkeypatch.setattr(dialog, "ask_output_path", lambda: out)

    def cancelled(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise Cancelled

    monkeypatch.setattr(reportdialog, "run_in_background", cancelled)
    dialog.create()
    assert not out.exists()
    assert dialog.status_label.text() == "Cancelled: no file was written."
    assert dialogs.shown == []


def test_problems_are_explained(make_dialog, dialogs, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    dialog = make_dialog()
    dialog.stations_radio.setChecked(True)
    dialog.stations_edit.setText("")
    dialog.create()  # no stations typed: said before any file is asked for
    dialog.stations_edit.setText("999")
    monkeypatch.setattr(dialog, "ask_output_path", lambda: tmp_path / "r.docx")
    dialog.create()  # a format it cannot write
    monkeypatch.setattr(dialog, "ask_output_path", lambda: tmp_path / "r.html")
    dialog.create()  # a station the logbook does not have
    texts = [box.informativeText() or box.text() for box in dialogs.shown]
    assert "Type the numbers of the stations" in texts[0]
    assert "name the file .pdf, .html, .csv or .xlsx" in texts[1]
    assert "This logbook has no station 999." in texts[2]
    assert list(tmp_path.glob("r.*")) == []


def test_the_main_window_has_a_reports_menu(qtbot, planted, dialogs, tmp_path):  # type: ignore[no-untyped-def]
    window = MainWindow(Settings(tmp_path / "w.ini"), lang="en")
    qtbot.addWidget(window)
    assert not window.report_action.isEnabled()  # no logbook yet
    assert window.open_path(planted.path)
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Reports" in titles
    assert window.report_action.isEnabled()
    window.report_action.trigger()
    [dialog] = [d for d in dialogs.shown if isinstance(d, ReportDialog)]
    assert dialog.logbook is window.logbook
