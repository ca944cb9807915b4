"""The headcount page: counting voters with the keyboard, every tap committed at once, snapshots
against the announced turnout, and ``ballots_issued`` once a protocol has it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kzobserver.domain.model import Station
from kzobserver.storage import Logbook
from kzobserver.storage import headcount as hc
from kzobserver.storage.protocols import get_or_create_protocol, set_line_value
from kzobserver.storage.reference import contest_id, current_election
from kzobserver.storage.setup import create_logbook
from kzobserver.storage.stations import add_stations_to_election, station_id
from kzobserver.ui.headcountpage import HeadcountPage

pytestmark = [
    pytest.mark.gui,
    # Showing a window on the offscreen platform logs this warning; it is about the platform.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

KZ = "kz-2023-majilis"
ASTANA = timezone(timedelta(hours=6))  # the station's clock in 2023


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2023, 3, 19, hour, minute, tzinfo=ASTANA)


class Clock:
    """The page's "now", moved by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def add_station(logbook: Logbook) -> str:
    election = current_election(logbook)
    assert election is not None
    add_stations_to_election(
        logbook, election, [Station(number="101", region="astana", registered_voters=1500)]
    )
    return station_id(KZ, "101")


@pytest.fixture
def station(kz_logbook: Logbook) -> str:
    return add_station(kz_logbook)


@pytest.fixture
def clock() -> Clock:
    return Clock(at(7, 55))  # before the first suggested snapshot (08:00)


def open_page(qtbot, logbook: Logbook, station: str, clock: Clock) -> HeadcountPage:
    page = HeadcountPage(logbook, station, lang="en", tz=ASTANA, clock=clock)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    # Shown, the page takes the keyboard itself: Space counts without a click first.
    qtbot.waitUntil(page.hasFocus)
    return page


@pytest.fixture
def page(qtbot, kz_logbook: Logbook, station: str, clock: Clock) -> HeadcountPage:
    return open_page(qtbot, kz_logbook, station, clock)


def table_row(page: HeadcountPage, row: int) -> list[str]:
    return [page.table.item(row, c).text() for c in range(page.table.columnCount())]


def test_counting_25_voters_with_space_and_undoing_one_survives_reopening(qtbot, tmp_path, clock):
    path = tmp_path / "day.sqlite"
    logbook = create_logbook(path, KZ)
    station = add_station(logbook)
    page = open_page(qtbot, logbook, station, clock)
    assert page.counter.text() == "0" and page.paused.isHidden()
    for _ in range(25):
        qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.counter.text() == "25"
    assert hc.count(logbook, station) == 25  # committed tap by tap, not on close
    assert page.share.text() == "1.7 % of 1,500 registered voters"
    qtbot.keyClick(page, Qt.Key.Key_Backspace)
    assert page.counter.text() == "24" and hc.count(logbook, station) == 24
    assert page.status.text() == "−1 saved at 07:55:00"
    page.close()
    logbook.close()

    with Logbook.open(path) as reopened:
        again = open_page(qtbot, reopened, station, clock)
        assert again.counter.text() == "24"
        again.close()


def test_plus_minus_buttons_and_held_keys(qtbot, page, kz_logbook, station):
    qtbot.keyClick(page, Qt.Key.Key_Plus)
    qtbot.keyClick(page, Qt.Key.Key_Equal)  # the "+" key without Shift
    assert hc.count(kz_logbook, station) == 2
    qtbot.keyClick(page, Qt.Key.Key_Minus)
    assert hc.count(kz_logbook, station) == 1
    # A key held down repeats: one voter, not thirty.
    for _ in range(5):
        event = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ", True
        )
        QApplication.sendEvent(page, event)
    assert hc.count(kz_logbook, station) == 1
    # Clicking a button keeps the keyboard on the page: the next Space is one voter, not a click.
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.hasFocus() and not page.add_button.hasFocus()
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page, Qt.Key.Key_Space)
    assert hc.count(kz_logbook, station) == 3
    for _ in range(5):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
        if not page.undo_button.isEnabled():
            break
    assert hc.count(kz_logbook, station) == 0 and page.counter.text() == "0"
    assert not page.undo_button.isEnabled()  # nothing to take off


def test_snapshots_against_the_announced_turnout(qtbot, page, kz_logbook, station, clock):
    for _ in range(25):
        qtbot.keyClick(page, Qt.Key.Key_Space)
    clock.now = at(10, 2)
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page, Qt.Key.Key_S)
    assert [(s.count, s.at) for s in hc.snapshots(kz_logbook, station)] == [
        (25, "2023-03-19T04:02:00.000Z")
    ]
    # 25 of 1,500 registered; the commission announced 14.21 % nationally at 10:10.
    assert table_row(page, 0) == [
        "10:02",
        "25",
        "1.7 %",
        "14.21 % at 10:10 (national)",
        "−12.54 points",
    ]
    assert page.table.item(0, 3).toolTip() == "Announced 8 min from the snapshot"
    assert not page.issued.isVisibleTo(page)

    # At 22:05 the nearest release is 22:10, where Astana's own figure beats the national one.
    clock.now = at(22, 5)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert table_row(page, 1)[3] == "42.91 % at 22:10 (Astana)"
    assert table_row(page, 1)[4] == "−41.24 points"


def test_the_due_snapshot_is_recorded_for_its_hour_with_enter(
    qtbot, page, kz_logbook, station, clock
):
    assert page.due_banner.isHidden()  # 07:55: nothing due yet
    qtbot.keyClick(page, Qt.Key.Key_Return)  # and Enter does nothing then
    assert not hc.snapshots(kz_logbook, station)
    hc.take_snapshot(kz_logbook, station, at(10))  # the 10:00 one was taken
    for minute in range(10):
        clock.now = at(10, 50 + minute)
        qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.due_banner.isHidden()
    clock.now = at(11, 25)  # three more after 11:00, and the 11:00 snapshot forgotten
    for _ in range(3):
        qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.due_banner.isVisibleTo(page)  # checked at each tap, not only by the timer
    assert page.due_label.text() == (
        "The 11:00 snapshot is due. Enter records the count as it was at 11:00."
    )
    qtbot.keyClick(page, Qt.Key.Key_Return)
    _ten, eleven = hc.snapshots(kz_logbook, station)
    assert (eleven.count, eleven.at) == (10, "2023-03-19T05:00:00.000Z")
    assert page.due_banner.isHidden()
    assert table_row(page, 1)[:2] == ["11:00", "10"]
    assert page.counter.text() == "13"


def test_ballots_issued_once_a_protocol_has_it(qtbot, page, kz_logbook, station):
    for _ in range(4):
        qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.issued.isHidden()
    contest = contest_id(KZ, "majilis_list")
    protocol = get_or_create_protocol(kz_logbook, station, contest, "pec_copy", "obs-1")
    set_line_value(kz_logbook, protocol, "ballots_issued", 905)
    page.refresh()
    assert page.issued.isVisibleTo(page)
    assert page.issued.text() == (
        "Ballots issued (Commission's protocol copy): 905 · your headcount: 4 · "
        "issued − counted: +901"
    )
    qtbot.keyClick(page, Qt.Key.Key_Space)  # the comparison follows the counter
    assert "your headcount: 5" in page.issued.text() and page.issued.text().endswith("+900")


def test_keys_pause_visibly_when_the_page_loses_the_focus(qtbot, page):
    from PySide6.QtWidgets import QLineEdit

    other = QLineEdit(page)
    other.show()
    other.setFocus()
    qtbot.waitUntil(lambda: not page.hasFocus())
    assert page.paused.isVisibleTo(page)
    qtbot.mouseClick(page.counter, Qt.MouseButton.LeftButton)
    assert page.hasFocus() and page.paused.isHidden()
