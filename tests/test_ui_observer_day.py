"""An observer's day through the main window: arrive, answer the opening checklist with a red
flag, accept the offered report, count 25 voters with the keyboard, attach a photo, submit the
report, try to edit it (refused, amendment offered), leave — and find it all in the timeline."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from kzobserver.domain.model import Station
from kzobserver.storage import Logbook
from kzobserver.storage.checklist_answers import answers
from kzobserver.storage.evidence import evidence_for
from kzobserver.storage.headcount import count
from kzobserver.storage.incidents import get_incident, list_incidents
from kzobserver.storage.observers import add_observer, set_current_observer
from kzobserver.storage.reference import current_election
from kzobserver.storage.stations import add_stations_to_election, station_id
from kzobserver.storage.timeline import timeline
from kzobserver.storage.visits import current_station, visits
from kzobserver.ui import messages
from kzobserver.ui.mainwindow import MainWindow
from kzobserver.ui.stationview import CHECKLISTS, HEADCOUNT

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        "This plugin does not support propagateSizeHints", "This plugin does not support raise"
    ),
]


def press(widget, key: int, text: str = "") -> None:
    assert widget is not None, "nothing has the keyboard focus"
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


@pytest.fixture
def asked(monkeypatch):
    """Modal questions are answered with OK (Submit, Add an amendment…) and recorded."""
    shown: list[str] = []

    def answer(dialog):
        shown.append(dialog.text() if isinstance(dialog, QMessageBox) else type(dialog).__name__)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(messages, "exec_dialog", answer)
    return shown


def test_an_observers_day(qtbot, kz_logbook: Logbook, tmp_path: Path, asked) -> None:
    election = current_election(kz_logbook)
    assert election is not None
    add_stations_to_election(
        kz_logbook, election, [Station(number="101", region="astana", registered_voters=1500)]
    )
    station = station_id("kz-2023-majilis", "101")
    observer = add_observer(kz_logbook, "Aigerim Seitova", accreditation="KZ-0042")
    set_current_observer(kz_logbook, observer.id)

    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    window.resize(1366, 820)
    window.set_logbook(kz_logbook)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.navigator.select_station(station)
    view = window.station_view

    # 06:30 — arrive.
    assert view.visits is not None
    qtbot.mouseClick(view.visits.arrive_button, Qt.MouseButton.LeftButton)
    assert current_station(kz_logbook) == station

    # The opening checklist: one ordinary answer, then a red flag accepted with Enter.
    checklists = view.show_tab(CHECKLISTS)
    checklists.focus_question("admitted")
    press(QApplication.focusWidget(), Qt.Key.Key_1, "1")
    checklists.focus_question("boxes_shown_empty")
    press(QApplication.focusWidget(), Qt.Key.Key_2, "2")
    given = answers(kz_logbook, station, "opening")
    assert given["admitted"].value == "yes" and not given["admitted"].red_flag
    assert given["boxes_shown_empty"].value == "no" and given["boxes_shown_empty"].red_flag
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    (draft,) = list_incidents(kz_logbook, station_id=station)
    assert draft.category == "boxes_not_shown_empty" and draft.description
    assert draft.author == observer.id and not draft.submitted
    form = view.page("incidents").forms[-1]
    assert form.incident is not None and form.incident.id == draft.id

    # 08:00-20:00 — count 25 voters with the keyboard.
    headcount = view.show_tab(HEADCOUNT)
    headcount.setFocus()
    for _ in range(25):
        press(headcount, Qt.Key.Key_Space, " ")
    assert count(kz_logbook, station) == 25

    # A photo of the unsealed box, attached to the report.
    photo = tmp_path / "box.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("darkred"))
    assert image.save(str(photo))
    (record,) = form.evidence.attach_files([photo])
    assert record.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert [e.id for e in evidence_for(kz_logbook, incident_id=draft.id)] == [record.id]

    # Submit, then try to change it: refused, an amendment is offered and made.
    assert form.submit()
    submitted = get_incident(kz_logbook, draft.id)
    assert submitted is not None and submitted.submitted
    original_text = submitted.description
    form.fields.description.setFocus()
    qtbot.keyClicks(form.fields.description, "x")
    qtbot.waitUntil(lambda: any("cannot be changed" in text for text in asked))
    qtbot.waitUntil(lambda: form.incident is not None and form.incident.id != draft.id)
    assert get_incident(kz_logbook, draft.id).description == original_text
    amendment = form.incident
    assert amendment is not None and amendment.amends_id == draft.id and not amendment.submitted

    # Leave the station.
    qtbot.mouseClick(view.visits.leave_button, Qt.MouseButton.LeftButton)
    assert current_station(kz_logbook) is None
    assert [v.event for v in visits(kz_logbook, station)] == ["arrival", "departure"]

    kinds = {entry.kind for entry in timeline(kz_logbook, station)}
    assert {"visit", "checklist_answer", "incident", "evidence"} <= kinds
