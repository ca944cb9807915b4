"""File → Import stations…: the preview, the column mapping, and all-or-nothing importing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kzobserver.storage.errors import InputFileError
from kzobserver.storage.reference import current_election
from kzobserver.storage.setup import create_logbook
from kzobserver.storage.stations import station_counts
from kzobserver.ui.importdialog import PREVIEW_ROWS, ImportStationsDialog, build_dialog
from kzobserver.ui.mainwindow import MainWindow
from kzobserver.ui.messages import ProblemsDialog

pytestmark = pytest.mark.gui

HEADER = "№ участка;Область;Район;Адрес;Количество избирателей"


def station_rows(count: int) -> list[str]:
    regions = ("Акмолинская область", "город Алматы", "abroad")
    return [
        f"{n};{regions[n % 3]};Район {n % 4 + 1};ул. Абая, {n};{1000 + n}"
        for n in range(1, count + 1)
    ]


@pytest.fixture
def cp1251_csv(tmp_path: Path) -> Path:
    """What Excel on a Russian Windows saves as "CSV": Windows-1251 and semicolons."""
    path = tmp_path / "stations.csv"
    path.write_bytes("\r\n".join([HEADER, *station_rows(60)]).encode("cp1251"))
    return path


def stations_in(logbook) -> int:
    return station_counts(logbook, current_election(logbook).id)[0]


def test_preview_shows_encoding_delimiter_and_first_rows(qtbot, kz_logbook, cp1251_csv):
    dialog = build_dialog(None, kz_logbook, cp1251_csv)
    qtbot.addWidget(dialog)
    info = dialog.file_label.text()
    assert "Windows-1251" in info
    assert "semicolon" in info
    model = dialog.table_view.model()
    assert model.rowCount() == PREVIEW_ROWS
    assert model.columnCount() == 5
    assert model.index(0, 3).data() == "ул. Абая, 1"
    assert model.headerData(0, Qt.Orientation.Vertical) == "2"  # the row number Excel shows
    assert model.headerData(0, Qt.Orientation.Horizontal) == "№ участка\n→ Station number"


def test_columns_are_recognised_and_ok_is_enabled(qtbot, kz_logbook, cp1251_csv):
    dialog = build_dialog(None, kz_logbook, cp1251_csv)
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {
        "number": 0,
        "region": 1,
        "district": 2,
        "address": 3,
        "registered_voters": 4,
    }
    assert dialog.combos["latitude"].currentText() == "(ignore)"
    assert dialog.ok_button.isEnabled()
    assert dialog.missing_required() == []


def test_unrecognised_number_column_blocks_ok_until_mapped(qtbot, kz_logbook, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("code,place\n12,Main Street 1\n13,Main Street 2\n", encoding="utf-8")
    dialog = build_dialog(None, kz_logbook, path)
    qtbot.addWidget(dialog)
    assert dialog.missing_required() == ["number"]
    assert not dialog.ok_button.isEnabled()
    assert "b00020" in dialog.field_labels["number"].styleSheet()  # highlighted
    assert "Station number" in dialog.findChild(QObject, "mappingHint").text()
    dialog.set_column("number", 0)
    assert dialog.ok_button.isEnabled()
    assert dialog.field_labels["number"].styleSheet() == ""


def test_a_column_feeds_one_field_only(qtbot, kz_logbook, cp1251_csv):
    dialog = build_dialog(None, kz_logbook, cp1251_csv)
    qtbot.addWidget(dialog)
    dialog.set_column("district", 1)  # the region column
    assert dialog.mapping()["district"] == 1
    assert "region" not in dialog.mapping()


def test_import_writes_every_station(qtbot, kz_logbook, cp1251_csv, dialogs):
    dialog = build_dialog(None, kz_logbook, cp1251_csv)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == ImportStationsDialog.DialogCode.Accepted
    assert dialog.summary.added == 60  # the whole file, not the 50-row preview
    assert stations_in(kz_logbook) == 60
    assert dialogs.shown == []


def test_a_bad_row_imports_nothing_and_lists_the_problems(qtbot, kz_logbook, tmp_path, dialogs):
    rows = station_rows(10)
    rows[4] = "5;Нарния;Район 1;ул. Абая, 5;много"  # unknown region, voters not a number
    path = tmp_path / "bad.csv"
    path.write_text("\n".join([HEADER, *rows]), encoding="utf-8")
    dialog = build_dialog(None, kz_logbook, path)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != ImportStationsDialog.DialogCode.Accepted  # stays open to fix
    assert stations_in(kz_logbook) == 0
    [problems] = dialogs.shown
    assert isinstance(problems, ProblemsDialog)
    text = problems.text.toPlainText()
    assert "bad.csv, row 6, column “Область”" in text
    assert "Нарния" in text
    assert "много" in text
    assert problems.text.isReadOnly()
    problems.copy_all()


def test_an_unreadable_file_is_reported_before_the_dialog(kz_logbook, tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(InputFileError) as caught:
        build_dialog(None, kz_logbook, path)
    assert ".xls" in str(caught.value.problems[0])


@pytest.fixture
def window(qtbot, tmp_path, dialogs):
    path = tmp_path / "logbook.sqlite"
    create_logbook(path, "kz-2023-majilis").close()
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.open_path(path)
    return w


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_file_import_reloads_the_navigator(window, cp1251_csv, dialogs, monkeypatch):
    choose_file(monkeypatch, cp1251_csv)

    def press_import(dialog):
        dialog.accept()
        return dialog.result()

    dialogs.answers.append(press_import)
    assert window.navigator.model.total_count() == 0
    window.import_action.trigger()
    import_dialog, summary = dialogs.shown
    assert isinstance(import_dialog, ImportStationsDialog)
    assert isinstance(summary, QMessageBox)
    assert "Stations added: 60" in summary.informativeText()
    assert window.navigator.model.total_count() == 60
    assert window.navigator.count_label.text() == "60 stations"
    assert window.banner.isHidden()  # imported stations are real ones


def test_file_import_of_a_broken_file_shows_its_problems(window, tmp_path, dialogs, monkeypatch):
    path = tmp_path / "broken.xlsx"
    path.write_text("this is not a workbook", encoding="utf-8")
    choose_file(monkeypatch, path)
    window.import_action.trigger()
    [problems] = dialogs.shown
    assert isinstance(problems, ProblemsDialog)
    assert "broken.xlsx" in problems.text.toPlainText()
    assert window.navigator.model.total_count() == 0


def test_cancelled_import_changes_nothing(window, cp1251_csv, dialogs, monkeypatch):
    choose_file(monkeypatch, cp1251_csv)
    window.import_action.trigger()  # the recorded dialog "returns" Cancel
    assert len(dialogs.shown) == 1
    assert window.navigator.model.total_count() == 0
