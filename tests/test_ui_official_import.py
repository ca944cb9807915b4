"""File → Import official results…: the preview of the first rows, the column mapping, the import
on a worker thread (progress, Cancel), problems listed with their row and column, unmatched
stations, and the main window's menu. Files shaped like the Russian commission's are generated
(tests/official_files.py)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton

from kzobserver.storage import Logbook
from kzobserver.storage.results_logbook import create_logbook_from_results
from kzobserver.storage.summary import election_and_contest, load_source
from kzobserver.ui import officialimportdialog as dialog_module
from kzobserver.ui.mainwindow import MainWindow
from kzobserver.ui.officialimportdialog import (
    PREVIEW_ROWS,
    OfficialImportDialog,
    build_dialog,
    summary_text,
)
from kzobserver.ui.officialmapping import NOT_IMPORTED
from tests.official_files import HEADER_2024, LINE_CODES, REGIONS, rows_2024, write_csv

pytestmark = pytest.mark.gui
OFFSCREEN = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CODES = ["davankov", "putin", "sluckiy", "haritonov"]
LINES = [*LINE_CODES, *(f"votes:{c}" for c in CODES)]


@pytest.fixture
def logbook(tmp_path: Path):
    """A logbook made from a results file: 12 stations (UIKs 554–557 in three regions)."""
    file = write_csv(tmp_path / "registry.csv", HEADER_2024, rows_2024())
    made, _ = create_logbook_from_results(tmp_path / "ru.sqlite", file)
    yield made
    made.close()


def official_values(logbook: Logbook) -> dict[str, dict[str, int | None]]:
    _, contest = election_and_contest(logbook, None)
    numbers = dict(logbook.db.execute("SELECT id, number FROM stations").fetchall())
    return {numbers[s]: dict(v) for s, v in load_source(logbook, contest, "official").items()}


def expected(rows: list[list[str]]) -> dict[str, dict[str, int]]:
    """Station number ("<region code>-<UIK>") → the values of a generated file's rows."""
    found = {}
    for row in rows:
        region = REGIONS.index(row[0]) + 1
        uik = row[2].removeprefix("УИК №")
        found[f"{region}-{uik}"] = dict(zip(LINES, map(int, row[3:]), strict=True))
    return found


def open_dialog(qtbot, logbook: Logbook, path: Path) -> OfficialImportDialog:
    dialog = build_dialog(None, logbook, path)
    qtbot.addWidget(dialog)
    return dialog


# --- the preview and the mapping ----------------------------------------------------------------


def test_preview_shows_the_first_rows_and_recognises_the_columns(qtbot, logbook, tmp_path):
    rows = rows_2024(per_region=30, seed=2)  # 90 rows
    dialog = open_dialog(qtbot, logbook, write_csv(tmp_path / "big.csv", HEADER_2024, rows))
    assert len(dialog.preview.rows) == PREVIEW_ROWS  # only the first rows were read
    assert dialog.model.rowCount() == PREVIEW_ROWS
    assert "The first 50 of about 90 rows" in dialog.preview_label.text()
    assert "UTF-8" in dialog.file_label.text() and "comma" in dialog.file_label.text()
    assert dialog.columns == {
        "station": 2,
        "region": 0,
        "district": 1,
        **{line: 3 + i for i, line in enumerate(LINES)},
    }
    assert dialog.mapping() == {}  # nothing chosen by hand
    combo = dialog.mapping_panel.combos["votes:putin"]
    assert combo.currentText() == f"Q: {HEADER_2024[16]}"
    assert dialog.model.headerData(2, 1) == "uik\n→ Station number"
    assert dialog.mapping_panel.unused_columns() == []
    assert dialog.import_button.isEnabled()
    assert "12 stations of this contest" in dialog.unmatched_note.text()


def test_columns_chosen_by_hand(qtbot, logbook, tmp_path):
    header = list(HEADER_2024)
    header[2], header[-1] = "Номер комиссии", "Н. М. Харитонов"
    rows = rows_2024(seed=5)
    dialog = open_dialog(qtbot, logbook, write_csv(tmp_path / "m.csv", header, rows))
    panel = dialog.mapping_panel
    assert "station" not in dialog.columns and "votes:haritonov" not in dialog.columns
    assert panel.unused_columns() == [2, len(header) - 1]
    assert not dialog.import_button.isEnabled()
    assert "station number" in dialog.hint.text()
    dialog.set_column("station", 2)
    # The left-over column is given its field from the list of columns not imported.
    assert panel.unused_columns() == [len(header) - 1]
    combo = panel.unused_table.cellWidget(0, 1)
    assert combo.objectName() == f"unused_{len(header) - 1}"
    combo.setCurrentIndex(combo.findData("votes:haritonov"))
    combo.activated.emit(combo.currentIndex())
    assert dialog.mapping() == {"station": "Номер комиссии", "votes:haritonov": "Н. М. Харитонов"}
    assert panel.unused_columns() == [] and dialog.import_button.isEnabled()
    # A column recognised by its name can be replaced, not dropped.
    assert not panel.combos["votes:putin"].model().item(0).isEnabled()
    assert panel.combos["votes:haritonov"].model().item(0).isEnabled()  # chosen by hand
    dialog.set_column("votes:haritonov", NOT_IMPORTED)
    assert "votes:haritonov" not in dialog.columns
    dialog.set_column("votes:haritonov", len(header) - 1)
    assert dialog.start_import()
    assert official_values(logbook)["3-557"] == expected(rows)["3-557"]


def test_one_column_feeds_one_field(qtbot, logbook, tmp_path):
    path = write_csv(tmp_path / "r.csv", HEADER_2024, rows_2024(seed=2))
    dialog = open_dialog(qtbot, logbook, path)
    putin = dialog.columns["votes:putin"]
    dialog.set_column("votes:davankov", putin)
    assert dialog.columns["votes:davankov"] == putin
    assert "votes:putin" not in dialog.columns
    assert dialog.mapping() == {"votes:davankov": HEADER_2024[putin]}
    assert "1 lines have no column" in dialog.hint.text()


# --- importing ------------------------------------------------------------------------------------


def test_import_runs_in_the_background_and_writes_every_row(qtbot, logbook, tmp_path, dialogs):
    rows = rows_2024(seed=2)  # new figures for the same 12 stations
    path = write_csv(tmp_path / "results.csv", HEADER_2024, rows)
    threads: list[int] = []
    real_import = dialog_module.import_official

    def recording_import(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return real_import(*args, **kwargs)

    dialog_module.import_official = recording_import
    try:
        dialogs.answers.append(lambda d: int(d.start_import()))
        assert dialog_module.run_official_import(None, logbook, path)
    finally:
        dialog_module.import_official = real_import
    assert threads and threads[0] != threading.get_ident()  # on a worker thread
    dialog, summary = dialogs.shown
    assert isinstance(dialog, OfficialImportDialog)
    assert dialog.summary.records_updated == 12 and dialog.summary.stations == 12
    assert isinstance(summary, QMessageBox)
    assert "12 official records for main from 12 rows" in summary.informativeText()
    assert official_values(logbook) == expected(rows)


def test_cancel_writes_nothing(qtbot, logbook, tmp_path, monkeypatch):
    before = official_values(logbook)
    path = write_csv(tmp_path / "results.csv", HEADER_2024, rows_2024(seed=3))
    dialog = open_dialog(qtbot, logbook, path)
    writing, cancelled = threading.Event(), threading.Event()
    real_import = dialog_module.import_official

    def import_paused_while_writing(*args, progress, **kwargs):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> None:
            if total and done > total // 2 and not cancelled.is_set():  # writing the records
                writing.set()
                cancelled.wait(10)
            progress(done, total)

        return real_import(*args, progress=report, **kwargs)

    monkeypatch.setattr(dialog_module, "import_official", import_paused_while_writing)

    def press_cancel() -> None:
        if not writing.is_set():
            QTimer.singleShot(5, press_cancel)
            return
        [progress] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        progress.findChild(QPushButton).click()
        cancelled.set()

    QTimer.singleShot(0, press_cancel)
    assert dialog.start_import() is False
    assert dialog.summary is None
    assert "Cancelled: nothing was imported" in dialog.hint.text()
    assert official_values(logbook) == before


@OFFSCREEN
def test_a_malformed_file_lists_the_problem_and_writes_nothing(qtbot, logbook, tmp_path):
    before = official_values(logbook)
    rows = rows_2024(seed=4)
    rows[6][3 + 13] = "много"  # Путин on spreadsheet row 8
    path = write_csv(tmp_path / "bad.csv", HEADER_2024, rows, encoding="cp1251", delimiter=";")
    dialog = open_dialog(qtbot, logbook, path)
    dialog.show()
    assert "Windows-1251" in dialog.file_label.text() and "semicolon" in dialog.file_label.text()
    assert dialog.start_import() is False
    assert dialog.problems_box.isVisible()  # the dialog stays open with the problems
    model = dialog.problems_model
    assert model.rowCount() == 1
    file, row, column, message = model.cells(0)
    assert (file, row, column) == ("bad.csv", "8", HEADER_2024[16])
    assert "много" in message
    assert "1 problem" in dialog.problems_label.text()
    dialog.copy_problems()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "File\tRow\tColumn\tProblem"
    assert copied[1].startswith(f"bad.csv\t8\t{HEADER_2024[16]}\t")
    assert official_values(logbook) == before


def test_unmatched_stations_are_refused_unless_allowed(qtbot, logbook, tmp_path):
    before = official_values(logbook)
    rows = rows_2024(seed=9)
    rows[2][2] = "УИК №9001"  # no such UIK in Алтайский край
    path = write_csv(tmp_path / "u.csv", HEADER_2024, rows)
    dialog = open_dialog(qtbot, logbook, path)
    assert dialog.start_import() is False
    messages_shown = [
        dialog.problems_model.cells(r) for r in range(dialog.problems_model.rowCount())
    ]
    assert "1 rows name stations that are not in this logbook" in messages_shown[0][3]
    assert messages_shown[1][1:] == (
        "4",
        "",
        "Station “УИК №9001” (Алтайский край) is not in the logbook.",
    )
    assert official_values(logbook) == before
    dialog.allow_unmatched.setChecked(True)
    assert dialog.start_import()
    assert not dialog.problems_box.isVisibleTo(dialog)
    assert (dialog.summary.stations, dialog.summary.unmatched) == (11, 1)
    text = summary_text(dialog.summary)
    assert "1 rows were left out" in text
    assert "row 4: УИК №9001 (Алтайский край)" in text
    assert official_values(logbook)["1-554"] == expected(rows)["1-554"]


def test_another_file_can_be_chosen(qtbot, logbook, tmp_path, dialogs, monkeypatch):
    first = write_csv(tmp_path / "a.csv", HEADER_2024, rows_2024(seed=2))
    dialog = open_dialog(qtbot, logbook, first)
    broken = tmp_path / "old.xls"
    broken.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert dialog.load_file(broken) is False  # explained, and the first file kept
    assert ".xls" in dialogs.shown[0].text.toPlainText()
    assert dialog.path == first
    header = [*HEADER_2024, "url"]
    second = write_csv(tmp_path / "b.csv", header, [[*r, "http://x"] for r in rows_2024()])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(second), ""))
    )
    dialog.choose_file()
    assert dialog.path == second
    assert dialog.mapping_panel.unused_columns() == [len(header) - 1]
    assert "Columns not imported (1)" in dialog.mapping_panel.unused_label.text()


def test_problems_model(qtmodeltester, qtbot, logbook, tmp_path):
    rows = rows_2024(seed=4)
    rows[0][5] = "-1"
    rows[1][2] = "УИК"
    dialog = open_dialog(qtbot, logbook, write_csv(tmp_path / "p.csv", HEADER_2024, rows))
    assert dialog.start_import() is False
    assert dialog.problems_model.rowCount() == 2
    qtmodeltester.check(dialog.problems_model)
    dialog.problems_view.selectRow(1)
    dialog.copy_selected_problems()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 2 and lines[1].startswith("p.csv\t3\tuik\t")


# --- the main window ------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, logbook, dialogs):
    path = logbook.path
    logbook.close()
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.open_path(path)
    return w


def test_the_file_menu_imports_and_the_window_reloads(window, tmp_path, dialogs, monkeypatch):
    rows = rows_2024(seed=7)
    path = write_csv(tmp_path / "r.csv", HEADER_2024, rows)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    reloads = []
    monkeypatch.setattr(window, "reload", lambda: reloads.append(True))
    assert window.official_import_action.isEnabled()
    assert window.official_import_action.text() == "Import o&fficial results…"
    dialogs.answers.append(lambda d: int(d.start_import()))
    window.official_import_action.trigger()
    assert reloads == [True]
    assert official_values(window.logbook) == expected(rows)
    # Cancelling the dialog leaves the window as it was.
    window.official_import_action.trigger()
    assert reloads == [True]
