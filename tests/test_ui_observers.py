"""Who is observing (the observers dialog and the first-time question), and where: the visits strip
of a station and the list of stations visited."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout, QWidget

from kzobserver.domain.model import Station
from kzobserver.storage import Logbook
from kzobserver.storage import visits as store
from kzobserver.storage.observers import (
    add_observer,
    current_observer,
    list_observers,
    restore_current_observer,
    set_current_observer,
)
from kzobserver.storage.reference import current_election
from kzobserver.storage.setup import create_logbook
from kzobserver.storage.stations import add_stations_to_election, station_id
from kzobserver.ui import messages
from kzobserver.ui.clock import format_moment, recent_moment
from kzobserver.ui.observersdialog import ObserversDialog, ensure_current_observer
from kzobserver.ui.visitsbar import (
    BREAK,
    ELSEWHERE,
    HERE,
    NOWHERE,
    StationsVisitedDialog,
    VisitsBar,
)

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

KZ = "kz-2023-majilis"


def add_stations(logbook: Logbook) -> tuple[str, str]:
    election = current_election(logbook)
    assert election is not None
    add_stations_to_election(
        logbook,
        election,
        [
            Station(number="101", region="astana", registered_voters=1500, address="Kenesary 40"),
            Station(number="102", region="astana", registered_voters=800),
        ],
    )
    return station_id(KZ, "101"), station_id(KZ, "102")


@pytest.fixture
def stations(kz_logbook: Logbook) -> tuple[str, str]:
    return add_stations(kz_logbook)


@pytest.fixture
def observer(kz_logbook: Logbook) -> str:
    found = add_observer(kz_logbook, "Aigerim Seitova", accreditation="KZ-0042")
    set_current_observer(kz_logbook, found.id)
    return found.id


def show_active(qtbot, widget: QWidget) -> None:
    """Shown and active: mnemonics and a moving focus need an active window."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


# --- observers -----------------------------------------------------------------------------------


def test_an_observer_added_in_the_dialog_becomes_current_and_is_remembered(
    qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "day.sqlite"
    logbook = create_logbook(path, KZ)
    dialog = ObserversDialog(logbook)
    qtbot.addWidget(dialog)
    assert dialog.editing is None and dialog.form_box.title() == "New observer"
    assert not dialog.use_button.isEnabled()  # nobody to use yet
    assert dialog.current_label.text().startswith("No observer chosen")
    qtbot.keyClicks(dialog.name_edit, "  Aigerim Seitova ")
    qtbot.keyClicks(dialog.accreditation_edit, "KZ-0042")
    qtbot.keyClicks(dialog.organisation_edit, "Adal Sailau")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("reviewer"))
    assert dialog.role_combo.currentText() == "Reviewer"
    with qtbot.waitSignal(dialog.current_changed) as signal:
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    (observer,) = list_observers(logbook)
    assert (observer.name, observer.accreditation, observer.organisation, observer.role) == (
        "Aigerim Seitova",
        "KZ-0042",
        "Adal Sailau",
        "reviewer",
    )
    assert signal.args == [observer.id] and dialog.chosen == observer
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert logbook.author == observer.id
    logbook.close()
    with Logbook.open(path) as reopened:  # on this computer, next time: signed as before
        assert reopened.author == observer.id
        assert restore_current_observer(reopened) == observer


def test_observers_are_listed_edited_and_the_current_one_marked(qtbot, kz_logbook) -> None:
    bolat = add_observer(kz_logbook, "Bolat", role="coordinator")
    aigerim = add_observer(kz_logbook, "Aigerim")
    set_current_observer(kz_logbook, aigerim.id)
    dialog = ObserversDialog(kz_logbook)
    qtbot.addWidget(dialog)
    assert dialog.observer_ids() == [aigerim.id, bolat.id]  # by name
    assert dialog.editing == aigerim  # the current one is selected
    first = dialog.tree.topLevelItem(0)
    assert first.text(0) == "✔ Aigerim" and first.font(0).bold()
    assert dialog.tree.topLevelItem(1).text(3) == "Coordinator"
    assert dialog.current_label.text() == "Records made on this computer are signed: Aigerim"

    dialog.select(bolat.id)
    assert dialog.name_edit.text() == "Bolat" and dialog.save_button.text() == "&Save changes"
    dialog.name_edit.setText("Bolat Nurlanov")
    qtbot.keyClick(dialog.organisation_edit, Qt.Key.Key_Return)  # Enter in the form saves
    assert [o.name for o in list_observers(kz_logbook)] == ["Aigerim", "Bolat Nurlanov"]
    assert current_observer(kz_logbook) == aigerim  # saving is not choosing

    # Typing is kept: switching to another observer saves the edit first.
    dialog.accreditation_edit.setText("KZ-7")
    dialog.select(aigerim.id)
    assert [o.accreditation for o in list_observers(kz_logbook)] == ["", "KZ-7"]

    # A name is required; the reason is shown in the dialog.
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.editing is None and dialog.name_edit.text() == ""
    assert dialog.save_button.text() == "A&dd observer" and not dialog.save_button.isEnabled()
    dialog.accreditation_edit.setText("KZ-8")
    assert not dialog.save_form()
    assert dialog.error_label.text() == "An observer needs a name."
    assert not dialog.error_label.isHidden()
    assert len(list_observers(kz_logbook)) == 2


def test_choosing_an_observer_in_the_list_with_enter(qtbot, kz_logbook) -> None:
    add_observer(kz_logbook, "Aigerim")
    bolat = add_observer(kz_logbook, "Bolat")
    dialog = ObserversDialog(kz_logbook)
    qtbot.addWidget(dialog)
    dialog.select(bolat.id)
    with qtbot.waitSignal(dialog.current_changed):
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert kz_logbook.author == bolat.id and dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def dialogs(monkeypatch):
    """Modal dialogs are recorded and handed to ``act`` instead of being run."""
    shown: list[QDialog] = []
    actions: list = []

    def fake_exec(dialog: QDialog) -> int:
        shown.append(dialog)
        if actions:
            actions.pop(0)(dialog)
        return dialog.result()

    monkeypatch.setattr(messages, "exec_dialog", fake_exec)
    return shown, actions


def test_the_first_time_the_observer_adds_themselves_with_two_enters(
    qtbot, kz_logbook, dialogs
) -> None:
    shown, actions = dialogs

    def add_myself(dialog: ObserversDialog) -> None:
        qtbot.addWidget(dialog)
        show_active(qtbot, dialog)
        assert not dialog.intro.isHidden()
        assert dialog.intro.text().startswith("Every record you make is signed with your name")
        qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.name_edit)
        qtbot.keyClicks(dialog.name_edit, "Aigerim")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # saved, not yet chosen
        assert [o.name for o in list_observers(kz_logbook)] == ["Aigerim"]
        assert kz_logbook.author is None and dialog.isVisible()
        qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.use_button)
        qtbot.keyClick(dialog.use_button, Qt.Key.Key_Return)

    actions.append(add_myself)
    assert ensure_current_observer(None, kz_logbook)
    assert len(shown) == 1 and shown[0].first_time
    assert current_observer(kz_logbook).name == "Aigerim"
    # Chosen once: the next start (same computer) restores them without asking.
    kz_logbook.author = None
    assert ensure_current_observer(None, kz_logbook)
    assert len(shown) == 1 and kz_logbook.author == current_observer(kz_logbook).id


def test_cancelling_the_first_time_question_leaves_records_unsigned(
    qtbot, kz_logbook, dialogs
) -> None:
    shown, actions = dialogs
    add_observer(kz_logbook, "Aigerim")
    add_observer(kz_logbook, "Bolat")

    def cancel(dialog: ObserversDialog) -> None:
        qtbot.addWidget(dialog)
        assert dialog.editing is None  # two observers: nobody is guessed
        dialog.reject()

    actions.append(cancel)
    assert not ensure_current_observer(None, kz_logbook)
    assert len(shown) == 1 and kz_logbook.author is None


# --- visits --------------------------------------------------------------------------------------


@pytest.fixture
def bars(qtbot, kz_logbook, stations, observer):
    """The strips of stations 101 and 102, each as it would sit over its station's pages."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    first = VisitsBar(kz_logbook, stations[0], window, lang="en")
    second = VisitsBar(kz_logbook, stations[1], window, lang="en")
    layout.addWidget(first)
    layout.addWidget(second)
    window.resize(1100, 300)
    return window, first, second


def enabled(bar: VisitsBar) -> tuple[bool, bool, bool, bool]:
    buttons = (bar.arrive_button, bar.leave_button, bar.break_button, bar.resume_button)
    return tuple(b.isEnabled() for b in buttons)  # type: ignore[return-value]


def test_arrive_break_and_leave_with_the_buttons(qtbot, kz_logbook, stations, bars) -> None:
    _window, bar, _other = bars
    assert bar.state == NOWHERE and bar.status.text() == "Not at a station"
    assert enabled(bar) == (True, False, False, False)

    with qtbot.waitSignal(bar.changed):
        qtbot.mouseClick(bar.arrive_button, Qt.MouseButton.LeftButton)
    assert store.current_station(kz_logbook) == stations[0]
    since = bar.where.since
    assert since is not None
    clock = datetime.fromisoformat(since).astimezone().strftime("%H:%M")
    assert bar.state == HERE
    assert bar.status.text() == f"You are at this station since {clock}"
    assert enabled(bar) == (False, True, True, False)

    qtbot.mouseClick(bar.break_button, Qt.MouseButton.LeftButton)
    assert store.on_break(kz_logbook) and bar.state == BREAK
    assert bar.status.text().startswith("On a break since ")
    assert bar.hint.text() == f"At this station since {clock}"
    assert enabled(bar) == (False, True, False, True)

    qtbot.mouseClick(bar.resume_button, Qt.MouseButton.LeftButton)
    assert not store.on_break(kz_logbook) and bar.state == HERE
    assert enabled(bar) == (False, True, True, False)

    qtbot.mouseClick(bar.leave_button, Qt.MouseButton.LeftButton)
    assert store.current_station(kz_logbook) is None and bar.state == NOWHERE
    events = [v.event for v in store.visits(kz_logbook, stations[0])]
    assert events == ["arrival", "break_start", "break_end", "departure"]


def test_the_buttons_answer_to_their_mnemonics(qtbot, kz_logbook, stations, observer) -> None:
    bar = VisitsBar(kz_logbook, stations[0], lang="en")  # one strip, as in a station's view
    qtbot.addWidget(bar)
    show_active(qtbot, bar)

    def press(key: Qt.Key, state: str) -> None:
        # A mnemonic animates the click: the button is pressed a moment later.
        qtbot.keyClick(bar, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: bar.state == state)

    press(Qt.Key.Key_A, HERE)
    assert store.current_station(kz_logbook) == stations[0]
    press(Qt.Key.Key_B, BREAK)
    press(Qt.Key.Key_E, HERE)
    press(Qt.Key.Key_L, NOWHERE)
    assert store.current_station(kz_logbook) is None
    qtbot.keyClick(bar, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(bar.at_check.isChecked)
    assert not bar.time_edit.isHidden()
    qtbot.waitUntil(lambda: bar.focusWidget() is bar.time_edit)  # ready for the time


def test_an_arrival_recorded_a_few_minutes_late(qtbot, kz_logbook, stations, bars) -> None:
    _window, bar, _other = bars
    assert bar.time_edit.isHidden() and bar.chosen_time() is None
    bar.at_check.setChecked(True)
    assert not bar.time_edit.isHidden()
    earlier = datetime.now() - timedelta(minutes=7)
    bar.time_edit.setTime(QTime(earlier.hour, earlier.minute))
    assert bar.arrive()
    (arrival,) = store.visits(kz_logbook, stations[0])
    local = datetime.fromisoformat(arrival.at).astimezone()
    assert local.strftime("%H:%M") == earlier.strftime("%H:%M")
    shown = format_moment(arrival.at, "en")  # with the date just after midnight
    assert bar.status.text() == f"You are at this station since {shown}"
    assert not bar.at_check.isChecked()  # the next button press is "now" again


def test_a_refused_visit_event_is_explained_in_the_strip(qtbot, kz_logbook, stations, bars):
    _window, bar, _other = bars
    now = datetime.now()
    store.arrive(kz_logbook, stations[0], now - timedelta(minutes=2))
    bar.refresh()
    bar.at_check.setChecked(True)
    earlier = now - timedelta(minutes=30)
    bar.time_edit.setTime(QTime(earlier.hour, earlier.minute))
    assert not bar.leave()
    assert not bar.error_label.isHidden()
    assert bar.error_label.text() == "The departure cannot be before the arrival."
    assert store.current_station(kz_logbook) == stations[0] and bar.state == HERE
    # A break dated before the arrival would be written but not count: refused in the strip.
    bar.time_edit.setTime(QTime(earlier.hour, earlier.minute))
    assert not bar.start_break()
    assert bar.error_label.text().startswith("Choose a time after ")
    assert bar.error_label.text().endswith(": that is when you arrived here.")
    assert not store.on_break(kz_logbook)
    bar.at_check.setChecked(False)
    assert bar.start_break()
    bar.at_check.setChecked(True)
    bar.time_edit.setTime(QTime(earlier.hour, earlier.minute))
    assert not bar.end_break()
    assert bar.error_label.text().endswith(": that is when your break started.")
    assert [v.event for v in store.visits(kz_logbook)] == ["arrival", "break_start"]
    bar.at_check.setChecked(False)
    assert bar.end_break() and bar.leave()
    assert bar.error_label.isHidden()


def test_moving_to_another_station(qtbot, kz_logbook, stations, bars) -> None:
    _window, first, second = bars
    first.arrive()
    second.refresh()
    assert second.state == ELSEWHERE
    assert second.status.text().startswith("You are at station № 101 since ")
    assert second.hint.text() == "“Arrive here” also records that you left station № 101."
    assert enabled(second) == (True, False, False, False)
    assert not second.start_break()  # not from here: that would pause the day at 101
    assert second.error_label.text() == "You are at station № 101, not at this one."
    assert not store.on_break(kz_logbook)

    with qtbot.waitSignal(second.changed):
        qtbot.mouseClick(second.arrive_button, Qt.MouseButton.LeftButton)
    first.refresh()
    assert store.current_station(kz_logbook) == stations[1]
    assert (first.state, second.state) == (ELSEWHERE, HERE)
    assert first.status.text().startswith("You are at station № 102 since ")
    events = [(v.station_id, v.event) for v in store.visits(kz_logbook)]
    assert events == [
        (stations[0], "arrival"),
        (stations[0], "departure"),
        (stations[1], "arrival"),
    ]


def test_the_stations_visited_and_opening_one(qtbot, kz_logbook, stations, observer) -> None:
    today = datetime.now().date()
    store.arrive(kz_logbook, stations[0], datetime.combine(today, time(6, 30)))
    store.arrive(kz_logbook, stations[1], datetime.combine(today, time(11, 5)))
    dialog = StationsVisitedDialog(kz_logbook, lang="en")
    qtbot.addWidget(dialog)
    assert dialog.station_ids() == list(stations)
    rows = [
        [dialog.tree.topLevelItem(r).text(c) for c in range(5)]
        for r in range(dialog.tree.topLevelItemCount())
    ]
    assert rows == [
        ["№ 101", "Kenesary 40", "06:30", "11:05", ""],
        ["№ 102", "—", "11:05", "—", "here now"],
    ]
    assert dialog.tree.currentItem() is dialog.tree.topLevelItem(1)  # where the observer is
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    with qtbot.waitSignal(dialog.station_chosen) as signal:
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert signal.args == [stations[0]] and dialog.result() == QDialog.DialogCode.Accepted


def test_no_station_visited_yet(qtbot, kz_logbook, stations, observer) -> None:
    dialog = StationsVisitedDialog(kz_logbook, lang="en")
    qtbot.addWidget(dialog)
    assert dialog.station_ids() == [] and not dialog.open_button.isEnabled()
    assert not dialog.empty_label.isHidden() and dialog.tree.isHidden()


def test_a_time_set_later_than_now_is_yesterdays() -> None:
    now = datetime(2023, 3, 20, 0, 10)
    assert recent_moment(QTime(23, 55), now) == datetime(2023, 3, 19, 23, 55)
    assert recent_moment(QTime(0, 2), now) == datetime(2023, 3, 20, 0, 2)
