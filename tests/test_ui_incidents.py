"""Irregularity reports in the window: a draft typed and saved with the keyboard, submission
after a confirmation, edits of a submitted report refused with an amendment offered, follow-up
status with its history, and the filtered list of reports."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow, QMessageBox

from kzobserver.domain.model import Station
from kzobserver.storage.evidence import evidence_for
from kzobserver.storage.incidents import (
    amend,
    create_draft,
    get_incident,
    list_incidents,
    set_status,
    status_history,
    submit,
    versions,
)
from kzobserver.storage.observers import add_observer, set_current_observer
from kzobserver.storage.reference import current_election
from kzobserver.storage.stations import add_stations_to_election, station_id
from kzobserver.ui import messages
from kzobserver.ui.incidentdialogs import StatusDialog
from kzobserver.ui.incidentform import IncidentForm
from kzobserver.ui.incidentmodel import IncidentIdRole, IncidentListModel
from kzobserver.ui.incidentspage import IncidentsPage

# The offscreen platform says so when a window or the category search's popup is shown.
pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        "This plugin does not support propagateSizeHints",
        r"This plugin does not support raise\(\)",
        "This plugin does not support grabbing the keyboard",
    ),
]

KZ = "kz-2023-majilis"
ASTANA = timezone(timedelta(hours=6))
OK = QMessageBox.StandardButton.Ok.value
CANCEL = QMessageBox.StandardButton.Cancel.value
STUFFING = "A man put about 20 ballots into box 2 while the chair looked away."


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2023, 3, 19, hour, minute, tzinfo=ASTANA)


@pytest.fixture
def station(kz_logbook):
    election = current_election(kz_logbook)
    add_stations_to_election(
        kz_logbook,
        election,
        [
            Station(number="101", region="astana", registered_voters=1500),
            Station(number="102", region="astana", registered_voters=900),
        ],
    )
    observer = add_observer(kz_logbook, "Aigerim")
    set_current_observer(kz_logbook, observer.id)
    kz_logbook.author = observer.id
    return station_id(KZ, "101")


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    """Every modal dialog is recorded, not run (none may block a test, not even at teardown);
    ``answers`` decide the next ones, Cancel when there is none."""
    record = SimpleNamespace(shown=[], answers=[])

    def fake_exec(dialog):
        record.shown.append(dialog)
        return record.answers.pop(0)(dialog) if record.answers else 0

    monkeypatch.setattr(messages, "exec_dialog", fake_exec)
    return record


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def open_form(qtbot, logbook, incident_id=None, station=None) -> IncidentForm:
    return shown(qtbot, IncidentForm(logbook, incident_id, station_id=station, lang="en"))


def submitted_report(logbook, station):
    draft = create_draft(
        logbook, "ballot_stuffing", station_id=station, occurred_at=at(10, 40), description=STUFFING
    )
    return submit(logbook, draft.id)


def test_a_draft_typed_with_the_keyboard_is_saved_with_ctrl_s(qtbot, kz_logbook, station):
    form = open_form(qtbot, kz_logbook, station=station)
    fields = form.fields
    assert QApplication.focusWidget() in (fields.category, fields.category.lineEdit())
    assert not list_incidents(kz_logbook)  # opening the form writes nothing

    # "stuff" is in one category name only; leaving the field picks it.
    qtbot.keyClicks(fields.category.lineEdit(), "stuff")
    fields.category.lineEdit().editingFinished.emit()
    assert fields.category.currentData() == "ballot_stuffing"
    assert fields.severity.currentData() == "critical"  # the category's default
    assert "ballot box" in fields.category_hint.text()
    assert fields.location.at_home.isChecked() and "№ 101" in fields.location.at_home.text()

    fields.description.setFocus()
    qtbot.keyClicks(fields.description, STUFFING)
    fields.witnesses.setFocus()
    qtbot.keyClicks(fields.witnesses, "A voter in the queue")
    assert form.dirty and form.saved_label.text() == "Changes not saved yet"
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(fields.witnesses, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    (report,) = list_incidents(kz_logbook)
    assert form.incident is not None and form.incident.id == report.id
    assert (report.category, report.severity, report.location) == (
        "ballot_stuffing",
        "critical",
        "station",
    )
    assert report.station_id == station
    assert report.description == STUFFING
    assert report.witnesses == "A voter in the queue"
    assert not report.submitted
    assert not form.dirty and form.saved_label.text().startswith("Saved at")
    assert form.banner.text().startswith("Draft")


def test_a_new_report_needs_a_category_before_it_is_saved(qtbot, kz_logbook, station):
    form = open_form(qtbot, kz_logbook, station=station)
    form.fields.description.setPlainText("Something happened")
    assert not form.save_draft()
    assert form.error.isVisible() and "category" in form.error.text()
    assert not list_incidents(kz_logbook)


def test_other_station_and_not_at_a_station(qtbot, kz_logbook, station):
    form = open_form(qtbot, kz_logbook, station=station)
    fields = form.fields
    fields.category.setCurrentIndex(fields.category.findData("observer_restricted"))
    fields.location.at_other.setChecked(True)
    fields.location.other_number.setText("102")
    assert form.save_draft()
    report = get_incident(kz_logbook, form.incident.id)
    assert (report.location, report.station_id) == ("other_station", station_id(KZ, "102"))

    fields.location.other_number.setText("977")  # not in this logbook: kept as text
    fields.location.place.setText("school 12")
    assert "not in this logbook" in fields.location.other_info.text()
    assert form.save_draft()
    report = get_incident(kz_logbook, form.incident.id)
    assert (report.station_id, report.location_text) == (None, "№ 977 — school 12")

    fields.location.not_at_station.setChecked(True)
    fields.location.place.setText("Bus stop on Abai street")
    assert form.save_draft()
    report = get_incident(kz_logbook, form.incident.id)
    assert (report.location, report.station_id) == ("not_at_station", None)
    assert report.location_text == "Bus stop on Abai street"


def test_a_draft_opens_as_saved_and_its_severity_follows_the_category(qtbot, kz_logbook, station):
    draft = create_draft(kz_logbook, "campaign_material", station_id=station, severity="high")
    form = open_form(qtbot, kz_logbook, draft.id)
    fields = form.fields
    assert fields.severity.currentData() == "high"  # as stored, not the category's "low"
    assert not form.dirty
    fields.category.setCurrentIndex(fields.category.findData("ballot_stuffing"))
    assert fields.severity.currentData() == "high"  # chosen by the observer: kept
    fields.severity.setCurrentIndex(fields.severity.findData("critical"))
    fields.category.setCurrentIndex(fields.category.findData("carousel"))
    assert fields.severity.currentData() == "high"  # was the default: follows the category


def test_closing_saves_the_draft(qtbot, kz_logbook, station):
    form = open_form(qtbot, kz_logbook, station=station)
    form.fields.category.setCurrentIndex(form.fields.category.findData("carousel"))
    form.fields.description.setPlainText("The same woman voted twice")
    qtbot.keyClick(form.fields.description, Qt.Key.Key_Escape)
    assert not form.isVisible()
    (report,) = list_incidents(kz_logbook)
    assert report.description == "The same woman voted twice"


def test_submitting_asks_first_and_makes_the_report_read_only(qtbot, kz_logbook, station, dialogs):
    form = open_form(qtbot, kz_logbook, station=station)
    form.fields.category.setCurrentIndex(form.fields.category.findData("ballot_stuffing"))
    assert not form.submit()  # no description: refused in the form, nothing asked
    assert "Describe what happened" in form.error.text() and not dialogs.shown

    form.fields.description.setPlainText(STUFFING)
    assert not form.submit()  # the confirmation was cancelled
    question = dialogs.shown[-1]
    assert "can no longer be changed" in question.informativeText()
    assert not get_incident(kz_logbook, form.incident.id).submitted

    dialogs.answers.append(lambda box: OK)
    assert form.submit()
    report = get_incident(kz_logbook, form.incident.id)
    assert report.submitted and report.description == STUFFING
    assert form.banner.text().startswith("Submitted on") and "cannot be changed" in (
        form.banner.text()
    )
    assert form.fields.description.isReadOnly()
    assert form.submit_button.isHidden() and form.save_button.isHidden()
    assert not form.banner_amend.isHidden()


def test_an_edit_of_a_submitted_report_is_refused_and_an_amendment_offered(
    qtbot, kz_logbook, station, dialogs
):
    original = submitted_report(kz_logbook, station)
    form = open_form(qtbot, kz_logbook, original.id)
    assert form.read_only

    # Typing is refused; declining the offer changes nothing.
    form.fields.description.setFocus()
    qtbot.keyClicks(form.fields.description, "x")
    qtbot.waitUntil(lambda: len(dialogs.shown) == 1)
    assert "cannot be changed" in dialogs.shown[0].text()
    assert dialogs.shown[0].button(QMessageBox.StandardButton.Ok).text() == "Add an amendment…"
    assert form.fields.description.toPlainText() == STUFFING
    assert len(versions(kz_logbook, original.id)) == 1

    # Typing into the category, Ctrl+S and a click on a check box are edits too; this time
    # the amendment is accepted.
    qtbot.keyClicks(form.fields.category.lineEdit(), "y")
    qtbot.waitUntil(lambda: len(dialogs.shown) == 2)
    assert form.fields.category.currentText() == "Ballot stuffing"
    qtbot.keyClick(form.fields.description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(dialogs.shown) == 3
    dialogs.answers.append(lambda box: OK)
    qtbot.mouseClick(form.fields.complaint, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialogs.shown) == 4)
    assert not form.fields.complaint.isChecked()

    draft = form.incident
    assert draft is not None and draft.id != original.id
    assert (draft.version, draft.amends_id, draft.submitted) == (2, original.id, False)
    assert not form.read_only and not form.fields.description.isReadOnly()
    assert "This is version 2 of 2" in form.versions_label.text()

    form.fields.description.setFocus()
    qtbot.keyClick(form.fields.description, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.fields.description, " Corrected: about 30 ballots.")
    qtbot.keyClick(form.fields.description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert get_incident(kz_logbook, draft.id).description.endswith("about 30 ballots.")
    unchanged = get_incident(kz_logbook, original.id)
    assert unchanged.description == STUFFING and unchanged.submitted_at == original.submitted_at

    # The original is one click away, and opens read-only, marked as corrected.
    form.versions_label.linkActivated.emit(original.id)
    assert form.incident.id == original.id and form.read_only
    assert "A later version corrects it" in form.banner.text()


def test_changes_to_a_report_submitted_elsewhere_become_an_amendment(qtbot, kz_logbook, station):
    draft = create_draft(kz_logbook, "carousel", station_id=station, description="Twice")
    form = open_form(qtbot, kz_logbook, draft.id)
    submit(kz_logbook, draft.id)  # from another window, say
    form.fields.description.setPlainText("Twice, at 11:00 and 11:20")
    assert form.save_draft()
    assert form.incident.amends_id == draft.id and not form.read_only
    assert form.incident.description == "Twice, at 11:00 and 11:20"
    assert get_incident(kz_logbook, draft.id).description == "Twice"
    assert "kept in an amendment" in form.error.text()


def test_status_change_needs_a_reason_to_exclude_and_is_kept_in_the_history(
    qtbot, kz_logbook, station, dialogs
):
    report = submitted_report(kz_logbook, station)
    form = open_form(qtbot, kz_logbook, report.id)
    assert (
        form.follow_up.status_label.text() == "Status: Open" and form.follow_up.history.isHidden()
    )

    def exclude(dialog: StatusDialog) -> int:
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("excluded"))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no reason yet
        dialog.reason_edit.setText("The commission showed the box was sealed")
        assert ok.isEnabled()
        return 1

    dialogs.answers.append(exclude)
    assert form.change_status()
    (change,) = status_history(kz_logbook, report.id)
    assert (change.status, change.reason) == (
        "excluded",
        "The commission showed the box was sealed",
    )
    assert form.follow_up.status_label.text() == "Status: Excluded"
    assert (
        "Excluded (Aigerim) — The commission showed the box was sealed"
        in form.follow_up.history.text()
    )
    assert get_incident(kz_logbook, report.id).description == STUFFING  # content untouched

    assert not form.change_status()  # cancelled: nothing logged
    assert len(status_history(kz_logbook, report.id)) == 1


def test_files_dropped_on_a_new_report_save_it_first(qtbot, kz_logbook, station, tmp_path):
    photo = tmp_path / "box.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkBlue)
    assert image.save(str(photo))
    form = open_form(qtbot, kz_logbook, station=station)
    assert form.evidence.attach_files([photo]) == []  # no category yet: nothing to attach to
    assert "Choose a category" in form.error.text()

    form.fields.category.setCurrentIndex(form.fields.category.findData("ballot_stuffing"))
    (record,) = form.evidence.attach_files([photo])
    assert form.incident is not None and record.incident_id == form.incident.id
    assert [e.id for e in evidence_for(kz_logbook, incident_id=form.incident.id)] == [record.id]


# --- the list ----------------------------------------------------------------------------------


@pytest.fixture
def reports(kz_logbook, station):
    other = station_id(KZ, "102")
    stuffing = submitted_report(kz_logbook, station)
    amended = submit(kz_logbook, amend(kz_logbook, stuffing.id, description="About 30").id)
    posters = create_draft(
        kz_logbook, "campaign_material", station_id=station, occurred_at=at(8, 15)
    )
    bus = create_draft(
        kz_logbook,
        "organised_transport",
        location="not_at_station",
        location_text="Bus stop",
        occurred_at=at(12),
    )
    removed = create_draft(
        kz_logbook, "observer_restricted", station_id=other, occurred_at=at(21, 30)
    )
    set_status(kz_logbook, removed.id, "needs_follow_up")
    return SimpleNamespace(
        stuffing=stuffing, amended=amended, posters=posters, bus=bus, removed=removed
    )


def listed(page: IncidentsPage) -> list[str]:
    return [page.model.index(r, 0).data(IncidentIdRole) for r in range(page.model.rowCount())]


def test_the_list_filters_reports(qtbot, kz_logbook, station, reports):
    page = IncidentsPage(kz_logbook, station, lang="en")
    qtbot.addWidget(page)
    r = reports
    assert listed(page) == [r.posters.id, r.amended.id]  # this station, latest versions
    assert page.count_label.text() == "2 shown, 1 not submitted"

    page.latest_only.setChecked(False)
    assert listed(page) == [r.posters.id, r.stuffing.id, r.amended.id]
    model = page.model
    row = listed(page).index(r.stuffing.id)
    assert model.index(row, IncidentListModel.VERSION).data() == "1 of 2"
    assert model.index(row, IncidentListModel.STATE).data() == "Submitted"
    assert model.index(0, IncidentListModel.STATE).data() == "Draft"
    assert model.index(0, IncidentListModel.STATION).data() == "№ 101"

    page.station_filter.setCurrentIndex(page.station_filter.findData(None))
    page.latest_only.setChecked(True)
    assert listed(page) == [r.posters.id, r.amended.id, r.bus.id, r.removed.id]
    stations = [model.index(i, IncidentListModel.STATION).data() for i in range(4)]
    assert stations == ["№ 101", "№ 101", "not at a station", "№ 102"]

    page.category_filter.setCurrentIndex(page.category_filter.findData("campaign_material"))
    assert listed(page) == [r.posters.id]
    page.category_filter.setCurrentIndex(0)
    page.severity_filter.setCurrentIndex(page.severity_filter.findData("critical"))
    assert listed(page) == [r.amended.id]
    page.severity_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("needs_follow_up"))
    assert listed(page) == [r.removed.id]
    page.status_filter.setCurrentIndex(0)

    page.since_edit.setDateTime(at(9).astimezone())
    page.until_edit.setDateTime(at(20).astimezone())
    assert len(listed(page)) == 4  # the range counts only once its boxes are ticked
    page.since_check.setChecked(True)
    page.until_check.setChecked(True)
    assert listed(page) == [r.amended.id, r.bus.id]

    page.category_filter.setCurrentIndex(page.category_filter.findData("carousel"))
    assert listed(page) == [] and page.empty_label.text() == "No report matches these filters."


def test_the_list_model_passes_qtmodeltester(qtbot, qtmodeltester, kz_logbook, station, reports):
    page = IncidentsPage(kz_logbook, None, lang="en")
    qtbot.addWidget(page)
    assert page.station_filter.isHidden()
    page.latest_only.setChecked(False)
    assert page.model.rowCount() == 5
    qtmodeltester.check(page.model)
    empty = IncidentListModel("en")
    qtmodeltester.check(empty)


def test_enter_opens_a_report_and_ctrl_n_a_new_one(qtbot, kz_logbook, station, reports):
    # In a window whose own Ctrl+N makes a new logbook, as the main window's does.
    window = QMainWindow()
    window_new = QAction("New logbook", window)
    window_new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
    window.menuBar().addMenu("File").addAction(window_new)
    page = IncidentsPage(kz_logbook, station, lang="en")
    window.setCentralWidget(page)
    shown(qtbot, window)
    page.view.setFocus()
    page.select(reports.posters.id)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    (form,) = page.forms
    assert form.incident is not None and form.incident.id == reports.posters.id
    assert page.open_incident(reports.posters.id) is form  # one window per report

    form.fields.description.setPlainText("Posters 20 m from the entrance")
    with qtbot.waitSignal(page.changed):
        assert form.save_draft()
    form.close()
    assert form not in page.forms

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.view.setFocus()
    with qtbot.assertNotEmitted(window_new.triggered):
        qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (new,) = page.forms
    assert new.incident is None and new.fields.location.at_home.isChecked()
    new.fields.category.setCurrentIndex(new.fields.category.findData("secrecy_breach"))
    assert new.save_draft()
    assert new.incident.id in listed(page)
    assert page.selected_id() == new.incident.id
    new.close()
