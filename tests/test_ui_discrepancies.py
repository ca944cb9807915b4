"""The Discrepancies view: the table model (qtmodeltester, filters and sorting on a logbook with
planted alterations, correctness at 100,000 rows), the page loading through the background task,
the keyboard, reviews from the view, and the main window's View → Discrepancies."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog

from kzobserver.domain.comparison import ComparisonStatus, compare_many
from kzobserver.storage import Logbook
from kzobserver.storage.checks import contest_lines
from kzobserver.storage.evidence import add_evidence
from kzobserver.storage.observers import add_observer, set_current_observer
from kzobserver.storage.protocol_import import write_records
from kzobserver.storage.results_logbook import create_logbook_from_results
from kzobserver.storage.station_reviews import review_history
from kzobserver.storage.summary import election_and_contest, load_source
from kzobserver.ui import discrepancypage
from kzobserver.ui.discrepancyfilters import ComparisonRequest
from kzobserver.ui.discrepancymodel import (
    DiscrepancyFilter,
    DiscrepancyModel,
    StatusRole,
    build_table,
)
from kzobserver.ui.discrepancypage import DiscrepancyPage, load_table
from kzobserver.ui.mainwindow import MainWindow
from kzobserver.ui.reviewdialog import StationReviewDialog
from kzobserver.ui.settings import Settings
from tests.official_files import ALTERATIONS, HEADER_2024, Values, rows_2024, write_csv

pytestmark = pytest.mark.gui
OFFSCREEN_SHOW = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

Status = ComparisonStatus
M = DiscrepancyModel
NOT_COPIED = "3-563"
MISMATCHES = {"1-556", "2-560", "3-555", "2-554"}
MISSING_A = {"1-557", NOT_COPIED}


@pytest.fixture
def logbook(tmp_path: Path):  # type: ignore[no-untyped-def]
    """30 stations in 3 regions with official figures, and commission copies that differ from
    them exactly as ALTERATIONS says (one station never copied); a current observer reviews."""
    file = write_csv(tmp_path / "2024.csv", HEADER_2024, rows_2024(per_region=10))
    book, _ = create_logbook_from_results(tmp_path / "c.sqlite", file)
    _, contest = election_and_contest(book, None)
    codes = [line.code for line in contest_lines(contest)]
    numbers = dict(book.db.execute("SELECT id, number FROM stations").fetchall())
    copies = []
    for sid, values in load_source(book, contest, "official").items():
        if numbers[sid] == NOT_COPIED:
            continue
        copy = dict(values)
        if numbers[sid] in ALTERATIONS:
            ALTERATIONS[numbers[sid]](copy)
        copies.append((sid, [copy[c] for c in codes]))
    write_records(book, contest, "pec_copy", "observer-1", codes, copies)
    set_current_observer(book, add_observer(book, "Aigerim Reviewer", role="reviewer").id)
    yield book
    book.close()


def _no_progress(done: int, total: int) -> None:
    pass


def loaded_model(logbook: Logbook, **request: object) -> DiscrepancyModel:
    fields: dict[str, object] = {"contest": None, "source_a": "pec_copy", "source_b": "official"}
    fields.update(request)
    table = load_table(logbook, ComparisonRequest(**fields), "en", _no_progress)  # type: ignore[arg-type]
    model = DiscrepancyModel(lang="en")
    model.set_table(table)
    return model


def station_id(logbook: Logbook, number: str) -> str:
    return str(
        logbook.db.execute("SELECT id FROM stations WHERE number = ?", [number]).fetchone()[0]
    )


# --- the model --------------------------------------------------------------------------------


def test_model_passes_qtmodeltester(qtmodeltester, logbook):
    model = loaded_model(logbook)
    qtmodeltester.check(model)
    model.sort(M.LARGEST, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_filter(DiscrepancyFilter(statuses=frozenset({Status.MISMATCH})))
    qtmodeltester.check(model)
    model.set_filter(DiscrepancyFilter(region="no such region"))
    assert model.rowCount() == 0
    qtmodeltester.check(model)
    empty = DiscrepancyModel(lang="en")
    qtmodeltester.check(empty)


def test_the_table_shows_every_station_and_its_status(logbook):
    model = loaded_model(logbook)
    assert model.rowCount() == model.total_count() == 30
    shown = {
        model.index(r, M.STATION).data(): model.index(r, M.STATUS).data()
        for r in range(model.rowCount())
    }
    assert {n for n, s in shown.items() if s == "Mismatch"} == MISMATCHES
    assert {n for n, s in shown.items() if s == "Missing in A"} == MISSING_A
    assert {n for n, s in shown.items() if s not in ("Mismatch", "Missing in A")} == (
        set(shown) - MISMATCHES - MISSING_A
    )
    moved = model.row_of_station(station_id(logbook, "1-556"))
    cells = [model.index(moved, c).data() for c in range(M.COLUMN_COUNT)]
    assert cells[M.LARGEST] in ("+25", "\u221225")
    assert cells[M.GAINER] == "Путин Владимир Владимирович (+25)"
    assert cells[M.LOSER] == "Даванков Владислав Андреевич (\u221225)"
    assert cells[M.NET] == "0"  # votes moved between candidates: none added in total
    stuffed = model.row_of_station(station_id(logbook, "2-560"))
    assert model.index(stuffed, M.LARGEST).data() == "+40"
    assert model.index(stuffed, M.NET).data() == "+40"
    assert model.index(stuffed, M.LOSER).data() == ""
    assert model.index(stuffed, M.STATUS).data(StatusRole) == "mismatch"
    mistyped = model.row_of_station(station_id(logbook, "3-555"))
    assert model.index(mistyped, M.LARGEST).data() == "\u221290"
    assert model.index(mistyped, M.LINE).data().startswith("1. ")


def test_filters_pick_exactly_the_altered_stations(logbook):
    model = loaded_model(logbook)

    def shown(**fields: object) -> set[str]:
        model.set_filter(DiscrepancyFilter(**fields))  # type: ignore[arg-type]
        return set(model.shown_numbers())

    assert shown(statuses=frozenset({Status.MISMATCH})) == MISMATCHES
    assert shown(statuses=frozenset({Status.MISSING_A, Status.MISSING_B})) == MISSING_A
    assert shown(statuses=frozenset({Status.MISMATCH}), region=_region(model, "2-")) == {
        "2-560",
        "2-554",
    }
    assert shown(contestant="putin") == {"1-556", "2-560"}
    assert shown(contestant="sluckiy") == {"2-554"}
    assert shown(contestant="davankov", min_difference=25) == {"1-556"}
    assert shown(min_difference=26) == {"2-560", "3-555"}
    assert shown(min_difference=2) == MISMATCHES - {"2-554"}
    assert len(shown()) == 30
    # A tolerance of one vote turns the one-vote slip into noise.
    tolerant = loaded_model(logbook, tolerance_abs=1)
    tolerant.set_filter(DiscrepancyFilter(statuses=frozenset({Status.WITHIN_TOLERANCE})))
    assert tolerant.shown_numbers() == ["2-554"]


def _region(model: DiscrepancyModel, prefix: str) -> str:
    table = model.table
    assert table is not None
    regions = {c.region for c in table.comparisons if c.station.startswith(prefix)}
    assert len(regions) == 1
    return str(regions.pop())


def test_net_shift_of_the_shown_rows(logbook):
    model = loaded_model(logbook)
    summary = model.summary()
    assert (summary.shown, summary.total, summary.mismatches) == (30, 30, len(MISMATCHES))
    assert summary.shift.by_contestant["putin"] == 25 + 40
    assert summary.shift.by_contestant["davankov"] == -25
    assert summary.shift.by_contestant["sluckiy"] == 1
    model.set_filter(DiscrepancyFilter(region=_region(model, "1-")))
    assert model.summary().shift.by_contestant["putin"] == 25


def test_sorting_orders_rows_and_the_selection_follows(logbook):
    model = loaded_model(logbook)
    numbers = model.shown_numbers()
    assert numbers[:3] == ["1-554", "1-555", "1-556"]  # station-number order at first
    row = model.row_of_station(station_id(logbook, "3-555"))
    kept = QPersistentModelIndex(model.index(row, M.STATUS))
    model.sort(M.LARGEST, Qt.SortOrder.DescendingOrder)
    assert model.shown_numbers()[:2] == ["3-555", "2-560"]  # 90, then 40
    assert kept.isValid() and kept.row() == 0 and kept.column() == M.STATUS
    model.sort(M.STATUS, Qt.SortOrder.AscendingOrder)
    statuses = [model.index(r, M.STATUS).data(StatusRole) for r in range(model.rowCount())]
    assert statuses[: len(MISMATCHES)] == ["mismatch"] * len(MISMATCHES)
    assert set(statuses[len(MISMATCHES) : len(MISMATCHES) + 2]) == {"missing_a"}
    assert model.shown_numbers()[kept.row()] == "3-555"
    model.sort(M.GAINER, Qt.SortOrder.DescendingOrder)
    gainers = [model.index(r, M.GAINER).data() for r in range(model.rowCount())]
    named = [g for g in gainers if g]
    assert gainers[: len(named)] == named  # stations without a gainer go last either way
    names = [g.rsplit(" (", 1)[0] for g in named]  # "Name (+25)"
    assert names == sorted(names, key=str.casefold, reverse=True)
    model.sort(M.STATION, Qt.SortOrder.DescendingOrder)
    assert model.shown_numbers() == numbers[::-1]


def test_a_hundred_thousand_rows_sort_and_filter_correctly():
    codes = ["voters_on_list", "ballots_issued", "invalid", *(f"votes:p{k}" for k in range(6))]
    rng = random.Random(5)
    # A pool of records shared by many stations keeps building 100,000 of them quick.
    pool: list[Values] = [{c: rng.randint(0, 2000) for c in codes} for _ in range(997)]
    pairs = []
    for i in range(100_000):
        a = pool[i % len(pool)]
        if i % 9 and i % 13:
            pairs.append((f"{i + 1}", f"r{i % 17}", a, a))
            continue
        b = dict(a)
        if i % 9 == 0:
            moved = rng.randint(1, 300)
            b["votes:p1"] = (b["votes:p1"] or 0) + moved
            b["votes:p4"] = (b["votes:p4"] or 0) - moved
        if i % 13 == 0:
            b["invalid"] = None
        pairs.append((f"{i + 1}", f"r{i % 17}", a, b))
    comparisons = compare_many(pairs, codes, tolerance_abs=5)
    table = build_table(
        comparisons,
        [f"s{i}" for i in range(len(comparisons))],
        source_a="pec_copy",
        source_b="official",
        contest_id="c",
        contest_code="c",
        region_names={f"r{k}": f"Region {k:02}" for k in range(17)},
        contestant_names={f"p{k}": f"Party {k}" for k in range(6)},
    )
    model = DiscrepancyModel(lang="en")
    model.set_table(table)
    assert model.rowCount() == 100_000
    largest = [c.largest_difference for c in comparisons]

    model.sort(M.LARGEST, Qt.SortOrder.DescendingOrder)
    shown = [largest[i] for i in model.visible]
    assert shown == sorted(largest, reverse=True)
    model.sort(M.REGION, Qt.SortOrder.AscendingOrder)
    regions = [comparisons[i].region for i in model.visible]
    assert regions == sorted(regions, key=lambda r: f"Region {int(r[1:]):02}")

    wanted = DiscrepancyFilter(
        statuses=frozenset({Status.MISMATCH, Status.MISSING_B}),
        region="r3",
        contestant="p4",
        min_difference=100,
    )
    model.set_filter(wanted)
    expected = {
        c.station
        for c in comparisons
        if c.status in wanted.statuses
        and c.region == "r3"
        and c.difference("votes:p4")
        and c.largest_difference >= 100
    }
    assert expected and set(model.shown_numbers()) == expected
    assert len(model.shown_numbers()) == len(expected)
    regions_then = [comparisons[i].region for i in model.visible]
    assert regions_then == ["r3"] * len(expected)
    model.sort(M.NET, Qt.SortOrder.AscendingOrder)
    assert set(model.shown_numbers()) == expected  # sorting keeps the filter
    nets = [table.net_votes[i] for i in model.visible]
    assert nets == sorted(nets)
    assert model.summary().mismatches == sum(
        1 for c in comparisons if c.station in expected and c.status is Status.MISMATCH
    )


# --- the page ---------------------------------------------------------------------------------


@pytest.fixture
def page(qtbot, logbook, dialogs, monkeypatch, tmp_path):
    calls = []
    real = discrepancypage.run_in_background

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(kwargs["title"])
        return real(*args, **kwargs)

    monkeypatch.setattr(discrepancypage, "run_in_background", recorded)
    p = DiscrepancyPage(settings_=Settings(tmp_path / "ui.ini"), lang="en")
    p.background_calls = calls  # type: ignore[attr-defined]
    qtbot.addWidget(p)
    p.resize(1100, 760)
    p.set_logbook(logbook)
    return p


def test_the_page_loads_through_the_background_task(page):
    assert page.model.rowCount() == 0
    page.activate()
    assert page.background_calls == ["Comparing"]
    assert page.model.rowCount() == 30
    assert page.count_label.text() == (
        "30 of 30 stations shown; 4 mismatches; net shift: "
        "+65 to Путин Владимир Владимирович, −25 from Даванков Владислав Андреевич."
    )
    page.activate()  # already read: not again
    assert len(page.background_calls) == 1
    page.filter_bar.set_statuses({Status.MISMATCH})
    assert set(page.model.shown_numbers()) == MISMATCHES
    assert page.count_label.text().startswith("4 of 30 stations shown; 4 mismatches")
    page.comparison_bar.source_a.setCurrentIndex(
        page.comparison_bar.source_a.findData("official")
    )  # A = B: nothing to compare, and no task
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "Choose two different sources to compare."
    assert len(page.background_calls) == 1


def test_the_status_menu_filters_the_table(page):
    page.activate()
    bar = page.filter_bar
    assert bar.status_button.text() == "Status: all"
    assert bar.status_actions[Status.MISMATCH].text() == f"Mismatch ({len(MISMATCHES)})"
    bar.status_actions[Status.MISSING_A].trigger()
    assert bar.status_button.text() == "Status: Missing in A"
    assert set(page.model.shown_numbers()) == MISSING_A
    bar.status_actions[Status.MISMATCH].trigger()
    assert bar.status_button.text() == "Status: 2 chosen"
    assert set(page.model.shown_numbers()) == MISSING_A | MISMATCHES
    bar.problems_action.trigger()
    assert set(page.model.shown_numbers()) == MISSING_A | MISMATCHES  # all but the matches
    bar.min_difference.setValue(26)
    assert set(page.model.shown_numbers()) == {"2-560", "3-555"}
    bar.clear_button.click()
    assert page.model.rowCount() == 30 and bar.status_button.text() == "Status: all"


def test_a_load_error_is_explained(page, dialogs, logbook):
    page.comparison_bar.set_contests([("no_such_contest", "Nothing")], "no_such_contest")
    assert not page.reload()
    assert len(dialogs.shown) == 1
    assert "no_such_contest" in dialogs.shown[0].text()


@OFFSCREEN_SHOW
def test_arrows_update_the_detail_and_enter_opens_the_station(qtbot, page, logbook):
    page.show()
    page.activate()
    page.filter_bar.set_statuses({Status.MISMATCH})
    assert page.model.shown_numbers() == ["1-556", "2-554", "2-560", "3-555"]
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(lambda: page.detail.station_id == station_id(logbook, "1-556"))
    assert page.detail.title.text() == "Station № 1-556 · Алтайский край — Mismatch"
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: page.detail.station_id == station_id(logbook, "2-554"))
    records = page.detail.records
    assert records is not None
    assert records.model.columnCount() == 2 + 2 + 1  # number, line, A, B, their difference
    differing = {
        records.model.lines[row].code: records.model.difference(row, 1)
        for row in range(records.model.rowCount())
        if records.model.disagrees(row)
    }
    assert differing == {"votes:sluckiy": 1}  # the one-vote slip, official minus copy
    with qtbot.waitSignal(page.station_opened) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [station_id(logbook, "2-554")]
    # A filter that keeps the station keeps it on show; one that hides it clears the detail.
    region = page.filter_bar.region
    region.setCurrentIndex(region.findData(_region(page.model, "2-")))
    assert page.model.shown_numbers() == ["2-554", "2-560"]
    assert page.current_station_id() == station_id(logbook, "2-554")
    assert page.detail.station_id == station_id(logbook, "2-554")
    region.setCurrentIndex(region.findData(_region(page.model, "3-")))
    assert page.model.shown_numbers() == ["3-555"]
    assert page.current_station_id() is None
    assert page.detail.station_id is None


def _review_page(page, logbook, number: str) -> int:
    page.activate()
    row = page.model.row_of_station(station_id(logbook, number))
    page.table.setCurrentIndex(page.model.index(row, 0))
    return row


def _fill(decision: str, reason: str = "", tick_all: bool = False) -> Callable[[QDialog], int]:
    def answer(dialog: StationReviewDialog) -> int:
        dialog.set_decision(decision)
        dialog.reason.setPlainText(reason)
        if tick_all:
            for i in range(dialog.evidence.count()):
                dialog.evidence.item(i).setCheckState(Qt.CheckState.Checked)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        return dialog.result()

    return answer


def test_excluding_needs_a_reason(qtbot, logbook):
    sid = station_id(logbook, "1-556")
    _, contest = election_and_contest(logbook, None)
    dialog = StationReviewDialog(
        logbook,
        sid,
        "1-556",
        contest.id,
        source_a="pec_copy",
        source_b="official",
        status="excluded",
    )
    qtbot.addWidget(dialog)
    assert dialog.decision() == "excluded"
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.error.isHidden()
    assert dialog.error.text() == "Say why the station is excluded."
    assert review_history(logbook, sid, contest.id) == []
    dialog.set_decision("confirmed")  # nothing to confirm it with: no evidence files
    assert not dialog.no_evidence.isHidden() and dialog.error.isHidden()
    dialog.accept()
    assert dialog.error.text() == "Tick at least one evidence file that confirms the difference."
    assert review_history(logbook, sid, contest.id) == []
    dialog.set_decision("excluded")
    dialog.reason.setPlainText("The copy was photographed before the recount")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    history = review_history(logbook, sid, contest.id)
    assert [(h["status"], h["reason"], h["reviewer"]) for h in history] == [
        ("excluded", "The copy was photographed before the recount", "Aigerim Reviewer")
    ]


def test_a_storage_refusal_is_shown_in_the_dialog(qtbot, logbook):
    set_current_observer(logbook, None)  # nobody to sign the decision
    _, contest = election_and_contest(logbook, None)
    sid = station_id(logbook, "1-556")
    dialog = StationReviewDialog(
        logbook, sid, "1-556", contest.id, source_a="pec_copy", source_b="official"
    )
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text().startswith("Who is reviewing?")


def test_a_review_updates_the_row_in_place(page, logbook, dialogs):
    row = _review_page(page, logbook, "1-556")
    page.filter_bar.set_statuses({Status.MISMATCH})
    row = page.model.row_of_station(station_id(logbook, "1-556"))
    page.table.setCurrentIndex(page.model.index(row, 0))
    dialogs.answers.append(_fill("excluded", ""))  # refused: the dialog stays open, not saved
    assert not page.review_station("excluded")
    dialogs.answers.append(_fill("excluded", "Copy illegible"))
    assert page.review_station("excluded")
    assert page.model.row_of_station(station_id(logbook, "1-556")) == row  # still shown there
    assert page.model.index(row, M.STATUS).data() == "Excluded"
    assert page.model.index(row, M.REVIEW).data() == "Copy illegible"
    assert page.detail.decision.text().startswith("Excluded by Aigerim Reviewer on ")
    assert page.detail.decision.text().endswith(": Copy illegible")
    assert page.detail.title.text() == "Station № 1-556 · Алтайский край — Excluded"
    assert page.detail.history.count() == 1
    assert "Copy illegible" in page.detail.history.item(0).text()
    # Excluded stations leave the mismatch count and the net shift.
    assert page.count_label.text().startswith("4 of 30 stations shown; 3 mismatches")
    assert "+40 to Путин" in page.count_label.text()
    dialogs.answers.append(_fill("cleared"))
    assert page.review_station("cleared")
    assert page.model.index(row, M.STATUS).data() == "Mismatch"
    assert page.detail.history.count() == 2
    assert page.detail.decision.text() == "No decision in force."
    assert not page.detail.buttons["cleared"].isEnabled()


def test_confirming_with_evidence(page, logbook, dialogs, tmp_path):
    photo = tmp_path / "protocol.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo of the protocol copy")
    sid = station_id(logbook, "2-560")
    record = add_evidence(logbook, photo, station_id=sid)
    row = _review_page(page, logbook, "2-560")
    dialogs.answers.append(_fill("confirmed", "The photo shows 40 fewer", tick_all=True))
    assert page.review_station("confirmed")
    assert page.model.index(row, M.STATUS).data() == "Confirmed"
    _, contest = election_and_contest(logbook, None)
    assert review_history(logbook, sid, contest.id)[-1]["evidence"] == [record.id]
    page.reload()  # read again: the decision comes from the logbook now
    row = page.model.row_of_station(sid)
    assert page.model.index(row, M.STATUS).data() == "Confirmed"


def test_the_layout_is_remembered(qtbot, logbook, dialogs, tmp_path):
    ini = Settings(tmp_path / "layout.ini")
    first = DiscrepancyPage(settings_=ini, lang="en")
    qtbot.addWidget(first)
    first.table.setColumnWidth(M.REGION, 321)
    first.table.horizontalHeader().setSortIndicator(M.LARGEST, Qt.SortOrder.DescendingOrder)
    first.save_layout()
    second = DiscrepancyPage(settings_=ini, lang="en")
    qtbot.addWidget(second)
    assert second.table.columnWidth(M.REGION) == 321
    assert second.model.sort_column() == (M.LARGEST, Qt.SortOrder.DescendingOrder)


def test_added_tabs_get_the_logbook(qtbot, page, logbook):
    from PySide6.QtWidgets import QLabel

    class Panel(QLabel):
        def set_logbook(self, book: Logbook | None) -> None:
            self.setText("has logbook" if book is not None else "none")

    panel = Panel()
    index = page.add_tab(panel, "Aggregate")
    assert page.tabs.tabText(index) == "Aggregate" and page.tabs.count() == 2
    assert panel.text() == "has logbook"
    page.set_logbook(None)
    assert panel.text() == "none"


# --- the main window --------------------------------------------------------------------------


@OFFSCREEN_SHOW
def test_view_discrepancies_and_open_a_station(qtbot, logbook, dialogs):
    path = logbook.path
    logbook.close()
    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    window.show()
    assert window.discrepancies_action.shortcut().toString() == "Ctrl+D"
    assert not window.discrepancies_action.isEnabled()  # no logbook yet
    assert window.open_path(path)
    assert window._discrepancy_page is None  # built when first shown
    window.discrepancies_action.trigger()
    page = window.discrepancy_page()
    assert window.pages.currentWidget() is page
    assert page.model.rowCount() == 30
    row = page.model.row_of_station(station_id(window.logbook, "2-560"))
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.station_view
    assert window.shown_station == station_id(window.logbook, "2-560")
    assert window.navigator.current_station_id() == window.shown_station
    window.discrepancies_action.trigger()  # back: the table is as it was, not read again
    assert window.pages.currentWidget() is page
    assert page.current_station_id() == station_id(window.logbook, "2-560")
    assert window.shown_station is None
    assert window.navigator.tree.currentIndex() == QModelIndex()
