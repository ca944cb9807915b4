"""Entering a protocol with the keyboard, the live control relations, undo, review, and the
sources side by side."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QApplication, QDialog

from kzobserver.domain.model import Station
from kzobserver.domain.rules import RuleStatus
from kzobserver.storage import Logbook
from kzobserver.storage.protocols import (
    get_or_create_protocol,
    protocols_for_station,
    set_line_values,
)
from kzobserver.storage.reference import contest_id, current_election
from kzobserver.storage.stations import add_stations_to_election, station_id
from kzobserver.ui import messages
from kzobserver.ui.protocolcompare import DIFFERS, DifferenceRole, SourcesComparison, ValueRole
from kzobserver.ui.protocolform import ProtocolForm
from kzobserver.ui.protocolpage import ProtocolPage

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

ELECTION = "kz-2023-majilis"
CONTEST = "majilis_list"
VOTES = {
    "votes:amanat": 610,
    "votes:auyl": 120,
    "votes:respublica": 95,
    "votes:aq_jol": 80,
    "votes:qhp": 60,
    "votes:osdp": 40,
    "votes:baytaq": 25,
    "votes:against_all": 50,
}  # 1,080 votes + 90 invalid = 1,170 ballots in the boxes
# Typed in protocol order: 1,250 in the boxes against 1,180 issued is the stuffing sign.
PROTOCOL = {
    "voters_on_list": 1500,
    "ballots_received": 1500,
    "ballots_issued": 1180,
    "issued_outside": 40,
    "issued_absentee": 12,
    "ballots_cancelled": 320,
    "ballots_in_boxes": 1250,
    "invalid": 90,
    **VOTES,
}


@pytest.fixture
def station(kz_logbook):
    election = current_election(kz_logbook)
    add_stations_to_election(
        kz_logbook, election, [Station(number="101", region="astana", registered_voters=1500)]
    )
    kz_logbook.author = "obs-1"
    return station_id(ELECTION, "101")


@pytest.fixture
def page(qtbot, kz_logbook, station, monkeypatch):
    monkeypatch.setattr(ProtocolForm, "last_reviewer", "")
    widget = ProtocolPage(kz_logbook, station, lang="en")
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


@pytest.fixture
def dialogs(monkeypatch):
    """Answers every dialog as reviewer "Anna" with a reason, without a modal loop."""
    shown = []

    def fake_exec(dialog):
        shown.append(dialog)
        dialog.reviewer_edit.setText("Anna")
        dialog.reason_edit.setText("checked against the photo of the protocol")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(messages, "exec_dialog", fake_exec)
    return shown


def records(logbook, station):
    return protocols_for_station(logbook, station, contest_id(ELECTION, CONTEST))


def focused():
    return QApplication.focusWidget()


def type_line(qtbot, text: str, key=Qt.Key.Key_Return) -> None:
    widget = focused()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, key)


def saved_record(logbook, station, source="observer_tally"):
    found = [r for r in records(logbook, station) if r.source == source]
    assert len(found) == 1
    return found[0]


def test_a_whole_protocol_typed_with_the_keyboard_is_checked_and_saved(
    qtbot, page, kz_logbook, station, logbook_path, monkeypatch
):
    form = page.form
    assert not records(kz_logbook, station)  # opening the form creates nothing
    form.focus_first_empty()
    assert list(form.fields) == list(PROTOCOL)
    for i, (code, value) in enumerate(PROTOCOL.items()):
        assert focused() is form.fields[code]
        # Enter and Tab both go to the next line.
        type_line(qtbot, str(value), Qt.Key.Key_Return if i % 2 else Qt.Key.Key_Tab)

    result = form.panel.result("boxes_le_issued")
    assert result.status is RuleStatus.FLAGGED
    card = form.panel.cards["boxes_le_issued"].explanation.text()
    assert "1,250 > ballots issued 1,180: 70 more" in card
    assert {"ballots_in_boxes", "ballots_issued"} <= form.flagged_lines()
    assert form.fields["voters_on_list"].state == ""
    assert "relations fail" in form.panel.summary.text()
    assert form.fields["ballots_in_boxes"].text() == "1,250"  # grouped once left

    # Correct line 5: the relation holds as soon as the digits are typed, before saving.
    form.focus_line("ballots_in_boxes")
    assert focused().text() == "1250"  # raw digits while editing
    qtbot.keyClicks(focused(), "1170")
    assert form.panel.result("boxes_le_issued").status is RuleStatus.OK
    assert saved_record(kz_logbook, station).values["ballots_in_boxes"] == 1250
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is form.fields["invalid"]
    assert all(r.status is RuleStatus.OK for r in form.results)
    assert not form.flagged_lines()
    assert form.panel.summary.text() == f"All {len(form.results)} relations hold."

    page.close()
    kz_logbook.close()
    monkeypatch.setattr(kz_logbook, "close", lambda: None)  # closed here, not by the fixture
    again = Logbook.open(logbook_path)
    try:
        values = saved_record(again, station).values
        assert values == {**PROTOCOL, "ballots_in_boxes": 1170}
        assert saved_record(again, station).observer == "obs-1"
    finally:
        again.close()


def test_shift_tab_and_up_go_back_and_escape_drops_the_typing(qtbot, page):
    form = page.form
    form.focus_line("ballots_issued")
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is form.fields["ballots_received"]
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert focused() is form.fields["voters_on_list"]
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is form.source_combo  # the line before line 1 is the record's source
    form.focus_line("invalid")
    qtbot.keyClicks(focused(), "77")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert form.fields["invalid"].text() == ""


def test_an_empty_line_is_missing_never_flagged(qtbot, page, kz_logbook, station):
    form = page.form
    form.focus_first_empty()
    for code, value in PROTOCOL.items():
        type_line(qtbot, "" if code == "invalid" else str(value))
    assert saved_record(kz_logbook, station).values.get("invalid") is None
    result = form.panel.result("boxes_balance")
    assert result.status is RuleStatus.MISSING
    assert "invalid" in result.missing
    assert "cannot be checked yet" in form.panel.summary.text()
    assert form.fields["invalid"].state == ""
    # Clicking the rule takes the observer to the empty line.
    qtbot.mouseClick(form.panel.cards["boxes_balance"], Qt.MouseButton.LeftButton)
    assert focused() is form.fields["invalid"]


def test_clicking_a_failing_rule_focuses_its_first_line(qtbot, page):
    form = page.form
    form.focus_line("ballots_issued")
    type_line(qtbot, "1180")
    form.focus_line("ballots_in_boxes")
    type_line(qtbot, "1250")
    assert form.panel.result("boxes_le_issued").status is RuleStatus.FLAGGED
    form.focus_line("voters_on_list")
    qtbot.mouseClick(form.panel.cards["boxes_le_issued"], Qt.MouseButton.LeftButton)
    assert focused() is form.fields["ballots_in_boxes"]


def test_letters_and_minus_are_rejected(qtbot, page):
    field = page.form.fields["voters_on_list"]
    validator = field.validator()
    for text in ("-5", "12a", "1.5", "–3", "5e3"):
        assert validator.validate(text, len(text))[0] == QValidator.State.Invalid, text
    for text in ("", "0", "1250", "1 250", "1,250", "1\u00a0250"):
        assert validator.validate(text, len(text))[0] == QValidator.State.Acceptable, text
    page.form.focus_line("voters_on_list")
    qtbot.keyClicks(field, "1a-2b3")
    assert field.text() == "123"


def test_zero_is_a_value_and_clearing_a_line_stores_null(qtbot, page, kz_logbook, station):
    form = page.form
    form.focus_line("issued_absentee")
    type_line(qtbot, "0")
    assert saved_record(kz_logbook, station).values["issued_absentee"] == 0
    assert form.fields["issued_absentee"].text() == "0"
    form.clear_line("issued_absentee")
    assert saved_record(kz_logbook, station).values["issued_absentee"] is None


def test_undo_and_redo_restore_the_form_and_the_logbook(qtbot, page, kz_logbook, station):
    form = page.form
    form.focus_first_empty()
    type_line(qtbot, "1500")
    type_line(qtbot, "1400")
    form.focus_line("voters_on_list")
    type_line(qtbot, "1600")  # 1,500 → 1,600

    def values():
        return saved_record(kz_logbook, station).values

    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(focused(), Qt.Key.Key_Z, ctrl)
    assert values()["voters_on_list"] == 1500
    assert form.fields["voters_on_list"].typed() == 1500
    qtbot.keyClick(focused(), Qt.Key.Key_Z, ctrl)
    assert values()["ballots_received"] is None
    assert form.fields["ballots_received"].text() == ""
    assert focused() is form.fields["ballots_received"]  # the undone line is shown
    form.undo_action.trigger()  # the toolbar button
    assert values()["voters_on_list"] is None
    assert not form.undo_action.isEnabled()

    qtbot.keyClick(focused(), Qt.Key.Key_Z, ctrl | shift)
    assert values()["voters_on_list"] == 1500
    qtbot.keyClick(focused(), Qt.Key.Key_Y, ctrl)
    assert values()["ballots_received"] == 1400
    assert form.fields["ballots_received"].typed() == 1400
    form.redo_action.trigger()
    assert values()["voters_on_list"] == 1600
    assert form.fields["voters_on_list"].typed() == 1600
    assert not form.redo_action.isEnabled()


def test_undo_first_drops_what_is_typed_but_not_saved(qtbot, page, kz_logbook, station):
    form = page.form
    form.focus_first_empty()
    type_line(qtbot, "1500")
    qtbot.keyClicks(focused(), "999")
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.fields["ballots_received"].text() == ""
    assert saved_record(kz_logbook, station).values["voters_on_list"] == 1500


def test_undo_reaches_back_into_another_source(qtbot, page, kz_logbook, station):
    form = page.form
    form.focus_line("invalid")
    type_line(qtbot, "90")
    form.select(source="pec_copy")
    assert form.fields["invalid"].text() == ""
    form.undo()
    assert form.source == "observer_tally"
    assert saved_record(kz_logbook, station).values["invalid"] is None


def test_switching_contest_and_source_reloads_the_record(qtbot, page, kz_logbook, station):
    form = page.form
    pec = get_or_create_protocol(kz_logbook, station, contest_id(ELECTION, CONTEST), "pec_copy")
    set_line_values(kz_logbook, pec, {"voters_on_list": 1490})
    form.select(source="pec_copy")
    assert form.fields["voters_on_list"].text() == "1,490"
    form.select(contest="majilis_smd")
    assert "votes:amanat" not in form.fields
    assert form.fields["voters_on_list"].text() == ""
    form.select(contest=CONTEST, source="official")
    assert "not an observer" in form.observer_label.text()
    assert form.fields["voters_on_list"].text() == ""
    # Moving through the lines without typing writes nothing.
    form.focus_first_empty()
    for _ in range(5):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert [r.source for r in records(kz_logbook, station)] == ["pec_copy"]


def test_no_observer_chosen_is_said(qtbot, kz_logbook, station):
    kz_logbook.author = None
    form = ProtocolForm(kz_logbook, station, lang="en")
    qtbot.addWidget(form)
    assert "no observer chosen" in form.observer_label.text()


def test_verifying_every_line_of_a_failing_rule_makes_it_verified(
    qtbot, page, kz_logbook, station, dialogs
):
    form = page.form
    pec = get_or_create_protocol(kz_logbook, station, contest_id(ELECTION, CONTEST), "pec_copy")
    set_line_values(kz_logbook, pec, PROTOCOL)
    form.select(source="pec_copy")
    assert form.panel.result("boxes_le_issued").status is RuleStatus.FLAGGED

    form.focus_line("ballots_in_boxes")
    menu = form.line_menu("ballots_in_boxes")
    texts = [a.text() for a in menu.actions()]
    assert "Mark as verified…" in texts and "Withdraw verification…" in texts
    assert form.verify_action.isEnabled() and not form.withdraw_action.isEnabled()
    form.verify_action.trigger()
    assert form.panel.result("boxes_le_issued").status is RuleStatus.FLAGGED  # one line of two
    form.verify_line("ballots_issued")
    result = form.panel.result("boxes_le_issued")
    assert result.status is RuleStatus.VERIFIED
    assert result.explanation.startswith("Verified by a reviewer")
    assert form.marks["ballots_issued"].text() == "✓"
    assert "Anna" in form.marks["ballots_issued"].toolTip()
    assert "photo" in form.marks["ballots_issued"].toolTip()
    assert ProtocolForm.last_reviewer == "Anna"
    assert "relations fail" not in form.panel.summary.text()

    form.withdraw_verification("ballots_issued")
    assert form.panel.result("boxes_le_issued").status is RuleStatus.FLAGGED
    assert form.marks["ballots_issued"].text() == ""
    assert [d.verify for d in dialogs] == [True, True, False]


def test_verifying_an_empty_line_is_refused_without_a_dialog(qtbot, page, dialogs):
    page.form.verify_line("invalid")
    assert not dialogs
    assert page.form.error_label.isVisible()


def test_an_absurd_value_is_refused_with_a_message(qtbot, page, kz_logbook, station):
    form = page.form
    form.focus_line("voters_on_list")
    type_line(qtbot, "99999999")
    assert form.error_label.isVisible()
    assert "too large" in form.error_label.text()
    assert form.fields["voters_on_list"].text() == ""
    assert focused() is form.fields["voters_on_list"]
    assert not records(kz_logbook, station)  # not even an empty record was created
    type_line(qtbot, "1500")
    assert not form.error_label.isVisible()
    form.focus_line("ballots_received")
    type_line(qtbot, "20000000", Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: focused() is form.fields["ballots_received"])
    assert saved_record(kz_logbook, station).values == {"voters_on_list": 1500}


def test_comparison_shows_differences_between_sources(qtbot, qtmodeltester, kz_logbook, station):
    cid = contest_id(ELECTION, CONTEST)
    pec = get_or_create_protocol(kz_logbook, station, cid, "pec_copy")
    set_line_values(kz_logbook, pec, {**PROTOCOL, "ballots_in_boxes": 1170})
    official = get_or_create_protocol(kz_logbook, station, cid, "official")
    set_line_values(
        kz_logbook,
        official,
        {**PROTOCOL, "votes:amanat": 680, "votes:baytaq": None, "ballots_in_boxes": 1250},
    )
    widget = SourcesComparison(kz_logbook, station, CONTEST, lang="en")
    qtbot.addWidget(widget)
    model = widget.model
    qtmodeltester.check(model)
    assert model.rowCount() == len(PROTOCOL)
    assert model.columnCount() == 5  # number, line, two records, difference
    assert model.columns[0].title() == "Commission's protocol copy (obs-1)"
    header = model.headerData(2, Qt.Orientation.Horizontal)
    assert header == "Commission's protocol copy\nobs-1 · all relations hold"
    header = model.headerData(3, Qt.Orientation.Horizontal)
    assert header == "Official published figures\na relation fails"

    rows = {line.code: i for i, line in enumerate(model.lines)}
    boxes = rows["ballots_in_boxes"]
    assert model.index(boxes, 3).data() == "1,250 (+80)"
    assert model.index(boxes, 3).data(DifferenceRole) == 80
    assert model.index(boxes, 3).data(ValueRole) == 1250
    assert model.index(boxes, 3).data(Qt.ItemDataRole.BackgroundRole).color() == DIFFERS
    assert model.index(boxes, 4).data() == "+80"
    assert model.index(boxes, 2).data() == "1,170"
    baytaq = rows["votes:baytaq"]
    assert model.index(baytaq, 3).data() == "—"
    assert model.index(baytaq, 4).data() == "—"
    voters = rows["voters_on_list"]
    assert model.index(voters, 3).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(voters, 4).data() == "0"
    assert "2 lines differ" in widget.summary.text()


def test_two_observers_tallies_that_conflict_are_pointed_out(
    qtbot, qtmodeltester, kz_logbook, station
):
    cid = contest_id(ELECTION, CONTEST)
    for observer, issued in (("obs-1", 1180), ("obs-2", 1190)):
        pid = get_or_create_protocol(kz_logbook, station, cid, "observer_tally", observer)
        set_line_values(kz_logbook, pid, {"ballots_issued": issued, "invalid": 90})
    pec = get_or_create_protocol(kz_logbook, station, cid, "pec_copy")
    set_line_values(kz_logbook, pec, {"ballots_issued": 1180})
    widget = SourcesComparison(kz_logbook, station, CONTEST, lang="en")
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.model)
    assert widget.model.columnCount() == 5  # no difference column with three records
    assert "2 records of “Observer's tally”: they conflict on 1 line" in widget.summary.text()


def test_an_empty_comparison_passes_the_model_tester(qtbot, qtmodeltester, kz_logbook, station):
    widget = SourcesComparison(kz_logbook, station, CONTEST, lang="en")
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.model)
    assert "Nothing entered" in widget.summary.text()


def test_the_page_signals_each_save_and_refreshes_the_comparison(qtbot, page):
    form = page.form
    form.focus_first_empty()
    with qtbot.waitSignal(page.changed, timeout=1000):
        type_line(qtbot, "1500")
    page.show_comparison()
    model = page.comparison.model
    assert model.columnCount() == 3
    assert model.index(0, 2).data() == "1,500"
    page.show_entry()
    assert focused() is form.fields["ballots_received"]
    page.refresh()
    assert form.fields["voters_on_list"].text() == "1,500"
