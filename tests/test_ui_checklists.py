"""Answering the checklists with the keyboard: every answer saved as given, invalid ones refused,
and a red flag offering a pre-filled irregularity report in one keystroke."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QTabWidget

from kzobserver.domain.model import Station
from kzobserver.storage import Logbook
from kzobserver.storage.checklist_answers import answers
from kzobserver.storage.incidents import get_incident, list_incidents
from kzobserver.storage.reference import current_election
from kzobserver.storage.setup import create_logbook
from kzobserver.storage.stations import add_stations_to_election, station_id
from kzobserver.ui.checklistpage import ChecklistPage

pytestmark = [
    pytest.mark.gui,
    # Showing a window on the offscreen platform logs this warning; it is about the platform.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def add_station(logbook: Logbook) -> str:
    election = current_election(logbook)
    assert election is not None
    add_stations_to_election(
        logbook, election, [Station(number="101", region="astana", registered_voters=1500)]
    )
    logbook.author = "obs-1"
    return station_id("kz-2023-majilis", "101")


@pytest.fixture
def station(kz_logbook: Logbook) -> str:
    return add_station(kz_logbook)


def open_page(qtbot, logbook: Logbook, station: str, lang: str = "en") -> ChecklistPage:
    page = ChecklistPage(logbook, station, lang=lang)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


@pytest.fixture
def page(qtbot, kz_logbook: Logbook, station: str) -> ChecklistPage:
    return open_page(qtbot, kz_logbook, station)


def focused():
    return QApplication.focusWidget()


def type_answer(qtbot, text: str, key=Qt.Key.Key_Return) -> None:
    widget = focused()
    qtbot.keyClicks(widget, text)
    if key is not None:
        qtbot.keyClick(widget, key)


def saved(logbook: Logbook, station: str, checklist: str = "opening") -> dict[str, object]:
    return {code: a.value for code, a in answers(logbook, station, checklist).items()}


def send_key(widget, key: int, text: str, scan_code: int = 0) -> None:
    """A key press as a non-Latin layout delivers it (the character, and the physical key)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, scan_code, 0, 0, text)
        QApplication.sendEvent(widget, event)


def test_the_opening_checklist_by_keyboard_with_a_red_flag_accepted_in_one_keystroke(
    qtbot, page, kz_logbook, station
):
    # Shown as a tab, the cursor waits on the first open question.
    qtbot.waitUntil(lambda: focused() is page.rows["arrival_time"].editor)
    type_answer(qtbot, "0650")  # four digits are a time: no colon to hunt for
    assert focused() is page.rows["admitted"].editor
    type_answer(qtbot, "1")  # yes
    type_answer(qtbot, "7")  # commission members present
    type_answer(qtbot, "y")  # yes, by the word's letter
    type_answer(qtbot, "1 500")
    assert saved(kz_logbook, station) == {
        "arrival_time": "06:50",
        "admitted": "yes",
        "members_present": 7,
        "ballots_received_announced": "yes",
        "ballots_received": 1500,
    }

    # "No, the boxes were not shown empty": saved at once, marked red, the offer shown right there.
    row = page.rows["boxes_shown_empty"]
    assert focused() is row.editor
    qtbot.keyClick(row.editor, Qt.Key.Key_2)
    assert saved(kz_logbook, station)["boxes_shown_empty"] == "no"
    assert answers(kz_logbook, station, "opening")["boxes_shown_empty"].red_flag
    assert row.red_flag and row.offer.isVisible()
    assert row.number.styleSheet() == "color: #c62828;"
    assert "This is a red flag (Boxes not shown empty" in row.offer_label.text()
    assert "press Enter" in row.offer_label.text()
    assert not list_incidents(kz_logbook, station)

    with qtbot.waitSignal(page.incident_requested) as requested:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # one keystroke
    incident = get_incident(kz_logbook, requested.args[0])
    answer = answers(kz_logbook, station, "opening")["boxes_shown_empty"]
    assert incident.submitted_at is None  # a draft, for the observer to complete
    assert incident.category == "boxes_not_shown_empty"
    assert incident.description == (
        "The ballot boxes were not shown empty to those present before they were sealed."
    )
    assert (incident.station_id, incident.checklist_answer_id) == (station, answer.id)
    assert "was drafted" in row.offer_label.text() and not row.dismiss_button.isVisible()

    # Back from the report, Enter goes on to the next question (no second report).
    qtbot.keyClick(row.editor, Qt.Key.Key_Return)
    assert focused() is page.rows["boxes_sealed_in_view"].editor
    assert len(list_incidents(kz_logbook, station)) == 1
    for key in "111":  # sealed in view, voter lists available, booths secret
        type_answer(qtbot, key)
    type_answer(qtbot, "1", key=None)  # campaign material seen: yes, another red flag
    assert saved(kz_logbook, station)["campaign_material"] == "yes"
    assert page.rows["campaign_material"].offer.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # not now
    assert not page.rows["campaign_material"].offer.isVisible()
    assert page.rows["campaign_material"].red_flag  # still marked red
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is page.rows["unauthorised_present"].editor
    assert len(list_incidents(kz_logbook, station)) == 1

    type_answer(qtbot, "2")  # nobody unauthorised
    type_answer(qtbot, "7:00")
    type_answer(qtbot, "2")  # opening assessment: good
    type_answer(qtbot, "Opened on time, queue of 12 at 07:00")
    values = saved(kz_logbook, station)
    assert len(values) == 14
    assert values["voting_started_at"] == "07:00"
    assert values["opening_assessment"] == "good"
    assert values["opening_notes"] == "Opened on time, queue of 12 at 07:00"
    status = page.stage_items["opening"].status.text()
    assert "answered 14 of 14" in status and "red flags: 2" in status


def test_answers_persist_after_reopening_the_logbook(qtbot, tmp_path):
    path = tmp_path / "day.sqlite"
    logbook = create_logbook(path, "kz-2023-majilis")
    station = add_station(logbook)
    page = open_page(qtbot, logbook, station)
    qtbot.waitUntil(lambda: focused() is page.rows["arrival_time"].editor)
    type_answer(qtbot, "6.45")
    type_answer(qtbot, "2")  # admitted: no, a red flag
    page.show_stage("counting", focus=True)
    assert focused() is page.rows["count_started_at"].editor
    page.focus_question("counting_method")
    qtbot.keyClick(focused(), Qt.Key.Key_3)  # out of view
    page.close()
    logbook.close()

    with Logbook.open(path) as reopened:
        reopened.author = "obs-1"
        again = open_page(qtbot, reopened, station)
        assert again.rows["arrival_time"].editor.text() == "06:45"
        admitted = again.rows["admitted"]
        assert admitted.editor.buttons["no"].isChecked() and admitted.red_flag
        assert admitted.offer.isVisible()  # the red flag still offers its report
        # The cursor waits on the first question not yet answered.
        qtbot.waitUntil(lambda: focused() is again.rows["members_present"].editor)
        assert "answered 1 of 15" in again.stage_items["counting"].status.text()
        again.show_stage("counting")
        assert again.rows["counting_method"].editor.buttons["out_of_view"].isChecked()
        again.close()


def test_invalid_answers_are_refused_with_the_reason_beside_the_question(
    qtbot, page, kz_logbook, station
):
    page.focus_question("members_present")
    row = page.rows["members_present"]
    type_answer(qtbot, "99")  # at most 50 commission members
    assert focused() is row.editor  # Enter did not move on
    assert row.error.isVisible()
    assert row.error.text() == "Not saved: 99 is more than this question allows (50)."
    assert "members_present" not in saved(kz_logbook, station)
    qtbot.keyClicks(row.editor, "x")  # letters never reach a number field
    assert row.editor.text() == "99"
    qtbot.keyClick(row.editor, Qt.Key.Key_Escape)  # back to what is saved (nothing)
    assert row.editor.text() == "" and not row.error.isVisible()
    type_answer(qtbot, "9")
    assert saved(kz_logbook, station)["members_present"] == 9
    assert focused() is page.rows["ballots_received_announced"].editor

    page.focus_question("voting_started_at")
    time_row = page.rows["voting_started_at"]
    type_answer(qtbot, "25:00")
    assert time_row.error.isVisible() and "not a time of day" in time_row.error.text()
    assert "voting_started_at" not in saved(kz_logbook, station)
    # Leaving the field with Tab tries to save too; the refusal stays visible.
    qtbot.keyClick(time_row.editor, Qt.Key.Key_Tab)
    assert time_row.error.isVisible()
    assert "voting_started_at" not in saved(kz_logbook, station)


def test_keys_in_russian_and_kazakh_layouts_and_clearing(qtbot, kz_logbook, station):
    page = open_page(qtbot, kz_logbook, station, lang="ru")
    row = page.rows["admitted"]
    assert row.editor.buttons["yes"].text().startswith("1 Д")  # the keys are on the buttons
    assert "1 Д Да" in page.keys_hint.text()
    page.focus_question("admitted")
    send_key(row.editor, 0x41D, "н")  # Н: нет
    assert saved(kz_logbook, station)["admitted"] == "no"
    assert row.red_flag and row.offer.isVisible()
    send_key(row.editor, 0x414, "д")  # Д: да
    assert saved(kz_logbook, station)["admitted"] == "yes" and not row.offer.isVisible()
    qtbot.keyClick(row.editor, Qt.Key.Key_Backspace)  # cleared: not answered
    assert saved(kz_logbook, station)["admitted"] is None
    assert not any(b.isChecked() for b in row.editor.buttons.values())
    if sys.platform.startswith("linux"):
        # The Kazakh layout types "ә" on the digit key 2: the physical key still answers 2.
        send_key(row.editor, 0x4D8, "ә", scan_code=11)
        assert saved(kz_logbook, station)["admitted"] == "no"


def test_stages_switch_with_ctrl_digits_and_buttons_answer_by_mouse(
    qtbot, page, kz_logbook, station
):
    assert page.stage_list.count() == 5
    qtbot.waitUntil(lambda: focused() is page.rows["arrival_time"].editor)
    qtbot.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert page.stage == "voting" and page.title.text() == "Voting"
    assert focused() is page.rows["id_checked"].editor
    row = page.rows["voting_assessment"]
    qtbot.mouseClick(row.editor.buttons["very_bad"], Qt.MouseButton.LeftButton)
    assert saved(kz_logbook, station, "voting")["voting_assessment"] == "very_bad"
    assert focused() is row.editor  # the keyboard carries on from the clicked question
    assert row.offer.isVisible()
    with qtbot.assertNotEmitted(page.changed):
        qtbot.keyClick(row.editor, Qt.Key.Key_4)  # the same answer: nothing new to write
    assert "red flags: 1" in page.stage_items["voting"].status.text()
    page.stage_list.setCurrentRow(4)
    assert page.stage == "protocol_copy"


def test_coming_back_to_the_tab_returns_to_the_last_question(qtbot, kz_logbook, station):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    other = QLineEdit(tabs)
    tabs.addTab(other, "Other")
    page = ChecklistPage(kz_logbook, station, tabs, lang="en")
    tabs.addTab(page, "Checklists")
    tabs.resize(1100, 750)
    tabs.show()
    qtbot.waitExposed(tabs)
    tabs.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tabs)
    tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: focused() is page.rows["arrival_time"].editor)
    page.focus_question("booths_secret")
    tabs.setCurrentWidget(other)
    other.setFocus()
    qtbot.waitUntil(lambda: focused() is other)
    tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: focused() is page.rows["booths_secret"].editor)
