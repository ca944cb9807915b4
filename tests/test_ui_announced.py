"""File → Announced results…: the announced figures of a contest listed, typed in and corrected by
hand (checked as they are typed), saved as a whole or reverted, and imported from a file; and the
storage functions behind it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QStyleOptionViewItem,
)

from kzobserver.domain.model import AnnouncedFigure
from kzobserver.storage import Logbook
from kzobserver.storage.announced import (
    AnnouncedFiguresError,
    contest_figures,
    figure_line_choices,
    normal_as_of,
    save_contest_figures,
)
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.reference import list_regions
from kzobserver.storage.summary import election_and_contest
from kzobserver.ui.announceddialog import AnnouncedDialog
from kzobserver.ui.mainwindow import MainWindow
from kzobserver.ui.messages import ProblemsDialog
from kzobserver.ui.officialmodels import AREA, AS_OF, LINE, SOURCE, VALUE, parse_value
from tests.official_files import write_csv

pytestmark = pytest.mark.gui
CONTEST = "majilis_list"
BUNDLED = 52  # figures of the bundled 2023 election for the party lists


@pytest.fixture
def dialog(qtbot, kz_logbook, dialogs):
    d = AnnouncedDialog(kz_logbook)
    qtbot.addWidget(d)
    return d


def stored(logbook: Logbook) -> dict[tuple[str | None, str, str, str], float]:
    return {
        (f.area_code, f.line, f.as_of, f.source): f.value for f in contest_figures(logbook, CONTEST)
    }


def refusals(model) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    model.refused.connect(seen.append)
    return seen


# --- the table ------------------------------------------------------------------------------------


def test_the_bundled_figures_are_listed(dialog, qtmodeltester):
    model = dialog.model
    assert model.rowCount() == BUNDLED
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(5)] == [
        "National",
        "Voters included in the voter lists",
        "12,035,578",
        "final",
        "Central Election Commission, final result of 27 March 2023",
    ]
    turnout = next(r for r in range(model.rowCount()) if model.rows[r].area == "karaganda")
    assert model.index(turnout, AREA).data() == "Karaganda Region"
    assert model.index(turnout, LINE).data() == "Turnout, %"
    assert model.index(turnout, VALUE).data() == "59.48"
    assert model.index(turnout, AS_OF).data() == "22:10"
    assert not dialog.save_button.isEnabled() and not dialog.revert_button.isEnabled()
    assert dialog.import_button.isEnabled()
    assert "52 figures" in dialog.status.text()


def test_values_are_checked_as_they_are_typed(dialog):
    model = dialog.model
    seen = refusals(model)
    # A new row like the first one: the next line its area, time and source have no figure for.
    assert model.rows[model.add_row(model.rows[0])].line == "ballots_received"
    row = model.add_row()  # national, final, no source: nothing is taken
    assert (model.rows[row].area, model.rows[row].line) == (None, "voters_on_list")
    value = model.index(row, VALUE)
    assert not model.setData(value, "-5")
    assert not model.setData(value, "1 000,5")  # a count is whole
    assert not model.setData(value, "много")
    assert not model.setData(value, "")
    assert model.setData(model.index(row, LINE), "turnout_percent")
    assert not model.setData(value, "100,5")
    assert not model.setData(model.index(row, AREA), "narnia")
    assert not model.setData(model.index(row, LINE), "votes:nobody")
    assert not model.setData(model.index(row, AS_OF), "25:00")
    assert dialog.status.text() == "Write “final” or a time of day such as 22:10."
    assert seen == [
        "A figure cannot be negative.",
        "A count must be a whole number.",
        "“много” is not a number.",
        "Enter a value.",
        "A percentage cannot be over 100.",
        "Choose an area from the list.",
        "Choose a line from the list.",
        "Write “final” or a time of day such as 22:10.",
    ]
    assert model.rows[row].value is None  # nothing refused got in
    assert model.setData(value, "54,5 %") and model.rows[row].value == 54.5
    assert model.setData(model.index(row, AS_OF), "2210") and model.rows[row].as_of == "22:10"
    assert model.setData(model.index(row, AREA), "karaganda")
    assert model.index(row, AREA).data() == "Karaganda Region"
    assert dialog.status.text() == "Row 53: Enter a value."  # the other new row still lacks one


def test_add_and_save(dialog, kz_logbook):
    model = dialog.model
    row = model.add_row()
    assert dialog.save_button.isEnabled() and dialog.windowTitle().endswith("*")
    assert not dialog.import_button.isEnabled()  # it would drop the edits
    assert not dialog.contest_combo.isEnabled()
    model.setData(model.index(row, AREA), "karaganda")
    model.setData(model.index(row, LINE), "votes:amanat")
    model.setData(model.index(row, VALUE), "210 000")
    model.setData(model.index(row, SOURCE), "Karaganda commission")
    assert dialog.save()
    assert dialog.wrote
    figures = stored(kz_logbook)
    assert len(figures) == BUNDLED + 1
    assert figures[("karaganda", "votes:amanat", "final", "Karaganda commission")] == 210000
    assert "1 added, 0 changed, 0 removed" in dialog.status.text()
    assert not dialog.model.is_dirty() and dialog.model.rowCount() == BUNDLED + 1
    assert not dialog.save_button.isEnabled() and dialog.import_button.isEnabled()


def test_change_remove_and_revert(dialog, kz_logbook):
    model = dialog.model
    before = stored(kz_logbook)
    model.setData(model.index(2, VALUE), "54.2")  # the national turnout
    model.remove_rows([0, 1])
    assert model.is_dirty() and model.rowCount() == BUNDLED - 2
    dialog.revert()
    assert not model.is_dirty() and model.rowCount() == BUNDLED
    assert model.index(2, VALUE).data() == "54.19"
    assert stored(kz_logbook) == before  # nothing was written
    model.setData(model.index(2, VALUE), "54.2")
    dialog.view.selectRow(0)
    dialog.remove_selected()
    assert dialog.save()
    after = stored(kz_logbook)
    assert len(after) == BUNDLED - 1
    source = "Central Election Commission, final result of 27 March 2023"
    assert (None, "voters_on_list", "final", source) not in after
    assert after[(None, "turnout_percent", "final", source)] == 54.2
    assert "0 added, 1 changed, 1 removed" in dialog.status.text()
    actions = [
        r[0]
        for r in kz_logbook.db.execute(
            "SELECT action FROM audit_log WHERE table_name = 'announced_figures' ORDER BY seq"
        )
    ]
    assert actions == ["announced.remove", "announced.change"]


def test_rows_to_fix_are_pointed_at_and_nothing_is_saved(dialog, kz_logbook):
    model = dialog.model
    before = stored(kz_logbook)
    row = model.add_row()
    assert not dialog.save()
    assert "Row 53: Enter a value." in dialog.status.text()
    assert dialog.view.currentIndex().row() == row
    assert model.index(row, VALUE).data(Qt.ItemDataRole.BackgroundRole) is not None  # red
    # A row that repeats another figure is refused by the storage layer too.
    model.setData(model.index(row, LINE), "turnout_percent")
    model.setData(model.index(row, VALUE), "54.19")
    model.setData(model.index(row, SOURCE), model.rows[2].source)
    assert model.row_problem(row) == (
        "Row 3 already gives this figure for the same area, time and source."
    )
    assert not dialog.save()
    assert "Row 53: Row 3 already gives this figure" in dialog.status.text()
    assert stored(kz_logbook) == before


def test_closing_with_unsaved_edits_asks(dialog, dialogs, kz_logbook):
    model = dialog.model
    model.setData(model.index(2, VALUE), "60")
    dialogs.answers.append(lambda box: QMessageBox.StandardButton.Cancel.value)
    dialog.reject()
    assert isinstance(dialogs.shown[-1], QMessageBox)
    assert dialog.result() == 0 and model.is_dirty()  # still open
    dialogs.answers.append(lambda box: QMessageBox.StandardButton.Save.value)
    dialog.reject()
    assert (
        stored(kz_logbook)[(None, "turnout_percent", "final", model.rows[2].source)] == 60
    )  # saved on the way out
    model = dialog.model
    model.setData(model.index(2, VALUE), "61")
    dialogs.answers.append(lambda box: QMessageBox.StandardButton.Discard.value)
    dialog.reject()
    assert stored(kz_logbook)[(None, "turnout_percent", "final", model.rows[2].source)] == 60


# --- importing a file ---------------------------------------------------------------------------


def test_import_a_file(dialog, kz_logbook, tmp_path, monkeypatch):
    path = write_csv(
        tmp_path / "regions.csv",
        ["area", "line", "value", "as_of", "source"],
        [
            ["Карагандинская область", "ballots_issued", "500 123", "", "CEC"],
            ["astana", "Партия «AMANAT»", "210000", "22:10", "CEC"],
        ],
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    dialog.choose_import()
    assert dialog.wrote
    assert dialog.model.rowCount() == BUNDLED + 2
    assert "Imported 2 figures from regions.csv: 0 national, 2 areas." in dialog.status.text()
    assert stored(kz_logbook)[("karaganda", "ballots_issued", "final", "CEC")] == 500123


def test_a_bad_file_lists_its_problems_and_imports_nothing(dialog, dialogs, kz_logbook, tmp_path):
    path = write_csv(
        tmp_path / "bad.csv",
        ["area", "line", "value"],
        [["Атлантида", "turnout_percent", "50"], ["", "ballots_issued", "много"]],
    )
    assert dialog.import_file(path) is False
    [problems] = dialogs.shown
    assert isinstance(problems, ProblemsDialog)
    text = problems.text.toPlainText()
    assert "bad.csv, row 2, column “area”" in text and "Атлантида" in text
    assert "bad.csv, row 3, column “value”" in text and "много" in text
    assert len(stored(kz_logbook)) == BUNDLED and not dialog.wrote


# --- the main window ----------------------------------------------------------------------------


def test_the_file_menu_opens_the_dialog_and_reloads_after_a_save(
    qtbot, tmp_path, dialogs, monkeypatch
):
    from kzobserver.storage.setup import create_logbook

    path = tmp_path / "kz.sqlite"
    create_logbook(path, "kz-2023-majilis").close()
    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    window.open_path(path)
    reloads = []
    monkeypatch.setattr(window, "reload", lambda: reloads.append(True))
    assert window.announced_action.isEnabled()
    window.announced_action.trigger()  # looked at and closed
    assert isinstance(dialogs.shown[-1], AnnouncedDialog) and reloads == []

    def change_and_save(d):  # type: ignore[no-untyped-def]
        d.model.setData(d.model.index(2, VALUE), "55")
        return int(d.save())

    dialogs.answers.append(change_and_save)
    window.announced_action.trigger()
    assert reloads == [True]


# --- storage --------------------------------------------------------------------------------------


def test_save_checks_everything_and_keeps_what_did_not_change(kz_logbook):
    figures = contest_figures(kz_logbook, CONTEST)
    first = kz_logbook.db.execute(
        "SELECT id, created_at, updated_at FROM announced_figures ORDER BY rowid LIMIT 1"
    ).fetchone()
    bad = [
        *figures,
        AnnouncedFigure(CONTEST, "turnout_percent", 101.0, "narnia", "25:61"),
        AnnouncedFigure(CONTEST, "seats:amanat", 40.5),
    ]
    with pytest.raises(AnnouncedFiguresError) as caught:
        save_contest_figures(kz_logbook, CONTEST, bad)
    assert [(p.index, p.field) for p in caught.value.problems] == [
        (BUNDLED, "area"),
        (BUNDLED, "value"),
        (BUNDLED, "as_of"),
        (BUNDLED + 1, "value"),
    ]
    assert "Row 53: Unknown area “narnia”." in str(caught.value)
    with pytest.raises(LogbookError, match="must belong to the contest"):
        save_contest_figures(kz_logbook, CONTEST, [AnnouncedFigure("other", "valid", 1.0)])
    assert contest_figures(kz_logbook, CONTEST) == figures
    saved = save_contest_figures(kz_logbook, CONTEST, figures)
    assert (saved.added, saved.changed, saved.removed) == (0, 0, 0)
    assert (
        kz_logbook.db.execute(
            "SELECT id, created_at, updated_at FROM announced_figures ORDER BY rowid LIMIT 1"
        ).fetchone()
        == first
    )


def test_figure_lines_and_times(kz_logbook):
    _, contest = election_and_contest(kz_logbook, CONTEST)
    lines = figure_line_choices(contest)
    codes = [line.code for line in lines]
    assert codes[0] == "voters_on_list" and "turnout_percent" in codes
    assert codes[-2:] == ["votes:against_all", "share_percent:against_all"]  # no seats
    assert [line.percent for line in lines if line.code.endswith("amanat")] == [False, True, False]
    assert next(line for line in lines if line.code == "seats:amanat").label("ru") == (
        "Seats: Партия «AMANAT»"
    )
    assert [normal_as_of(t) for t in ("", "Final", "9:05", "2210", "22.10", "24:00", "x")] == [
        "final", "final", "09:05", "22:10", "22:10", None, None,
    ]  # fmt: skip
    assert [parse_value(t) for t in ("3 431 510", "54,19", "8.59 %", "1e400", "")] == [
        3431510, 54.19, 8.59, None, None,
    ]  # fmt: skip


def test_areas_and_lines_are_chosen_from_lists(dialog, kz_logbook):
    model, view = dialog.model, dialog.view
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    area = model.index(0, AREA)
    editor = delegate.createEditor(view.viewport(), option, area)
    assert isinstance(editor, QComboBox)
    election, contest = election_and_contest(kz_logbook, CONTEST)
    regions = list_regions(kz_logbook, election.id)
    assert editor.count() == 1 + len(regions)
    assert editor.itemText(0) == "National"
    delegate.setEditorData(editor, area)
    assert editor.currentData() == ""
    editor.setCurrentIndex(editor.findData(regions[3].code))
    delegate.setModelData(editor, model, area)
    assert model.rows[0].area == regions[3].code
    line = model.index(0, LINE)
    editor = delegate.createEditor(view.viewport(), option, line)
    assert editor.count() == len(figure_line_choices(contest))
    value = delegate.createEditor(view.viewport(), option, model.index(0, VALUE))
    assert isinstance(value, QLineEdit)
    delegate.setEditorData(value, model.index(0, VALUE))
    assert value.text() == "12035578"  # digits only, nothing lost
