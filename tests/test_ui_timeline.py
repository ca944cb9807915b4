"""A station's timeline page: every kind of entry in time order, colours, the filter by kind, a
note written with the keyboard, and opening a record."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from kzobserver.domain.model import Station
from kzobserver.storage import Logbook
from kzobserver.storage import headcount as hc
from kzobserver.storage.checklist_answers import save_answer
from kzobserver.storage.evidence import add_evidence
from kzobserver.storage.incidents import amend, create_draft, submit
from kzobserver.storage.notes import add_note, notes
from kzobserver.storage.observers import add_observer, set_current_observer
from kzobserver.storage.protocols import get_or_create_protocol, set_line_values
from kzobserver.storage.reference import contest_id, current_election
from kzobserver.storage.stations import add_stations_to_election, station_id
from kzobserver.storage.timeline import TimelineKind
from kzobserver.storage.visits import arrive, depart, end_break, start_break
from kzobserver.ui.clock import format_moment
from kzobserver.ui.timelinemodel import (
    RED_FLAG,
    RED_FLAG_TINT,
    KindRole,
    RecordIdRole,
    RedFlagRole,
    TimelineModel,
)
from kzobserver.ui.timelinepage import TimelinePage

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

KZ = "kz-2023-majilis"
TODAY = date.today()


def at(hour: int, minute: int = 0) -> datetime:
    """Today at ``hour:minute`` on this computer's clock (as the observer types times)."""
    return datetime.combine(TODAY, time(hour, minute))


def stored(moment: datetime) -> str:
    return moment.astimezone().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


@pytest.fixture
def day(kz_logbook: Logbook, tmp_path: Path) -> dict[str, str]:
    """A day at station 101 with an entry of every kind, each at a time of its own."""
    election = current_election(kz_logbook)
    assert election is not None
    add_stations_to_election(
        kz_logbook,
        election,
        [
            Station(number="101", region="astana", registered_voters=1500),
            Station(number="102", region="astana", registered_voters=800),
        ],
    )
    station, other = station_id(KZ, "101"), station_id(KZ, "102")
    observer = add_observer(kz_logbook, "Aigerim Seitova")
    set_current_observer(kz_logbook, observer.id)
    ids = {"station": station, "observer": observer.id}
    ids["arrival"] = arrive(kz_logbook, station, at(6, 30)).id
    ids["note"] = add_note(kz_logbook, "Chair late", station_id=station, at=at(6, 40)).id
    ids["answer"] = save_answer(
        kz_logbook, station, "opening", "members_present", 9, answered_at=at(6, 45)
    ).id
    ids["red_flag"] = save_answer(
        kz_logbook, station, "opening", "boxes_shown_empty", "no", answered_at=at(6, 50)
    ).id
    report = create_draft(
        kz_logbook,
        "boxes_not_shown_empty",
        station_id=station,
        occurred_at=at(6, 52),
        description="The boxes were sealed unseen.",
    )
    submit(kz_logbook, report.id)
    ids["report"] = report.id
    photo = tmp_path / "box.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    ids["evidence"] = add_evidence(kz_logbook, photo, incident_id=report.id, captured_at=at(7)).id
    hc.tap(kz_logbook, station, at=at(9))
    ids["snapshot"] = hc.take_snapshot(kz_logbook, station, at(10)).id
    start_break(kz_logbook, at(12, 10))
    end_break(kz_logbook, at(12, 40))
    amendment = amend(kz_logbook, report.id, description="Both boxes were sealed unseen.")
    kz_logbook.db.execute(
        "UPDATE incidents SET created_at = ? WHERE id = ?", [stored(at(13)), amendment.id]
    )
    ids["amendment"] = amendment.id
    # Another station's report stays on that station's timeline.
    create_draft(kz_logbook, "campaign_material", station_id=other, occurred_at=at(14))
    pid = get_or_create_protocol(kz_logbook, station, contest_id(KZ, "majilis_list"), "pec_copy")
    set_line_values(kz_logbook, pid, {"ballots_issued": 905, "invalid": 3})
    kz_logbook.db.execute("UPDATE protocols SET updated_at = ?", [stored(at(21, 5))])
    kz_logbook.db.conn.commit()
    ids["protocol"] = pid
    ids["departure"] = depart(kz_logbook, at(22, 30)).id
    return ids


@pytest.fixture
def page(qtbot, kz_logbook, day):
    widget = TimelinePage(kz_logbook, day["station"], lang="en")
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    return widget


def rows(page: TimelinePage) -> list[tuple[str, str]]:
    """(kind, time shown) of the rows the view shows."""
    proxy = page.proxy
    return [
        (proxy.index(r, 0).data(KindRole), proxy.index(r, TimelineModel.TIME).data())
        for r in range(proxy.rowCount())
    ]


def cell(page: TimelinePage, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return page.proxy.index(row, column).data(role)


V, A, H, R, P, N, E = (
    TimelineKind.VISIT,
    TimelineKind.CHECKLIST_ANSWER,
    TimelineKind.HEADCOUNT_SNAPSHOT,
    TimelineKind.INCIDENT,
    TimelineKind.PROTOCOL,
    TimelineKind.NOTE,
    TimelineKind.EVIDENCE,
)
DAY = [
    (V, "06:30"),
    (N, "06:40"),
    (A, "06:45"),
    (A, "06:50"),
    (R, "06:52"),
    (E, "07:00"),
    (H, "10:00"),
    (V, "12:10"),
    (V, "12:40"),
    (R, "13:00"),
    (P, "21:05"),
    (V, "22:30"),
]


def test_the_day_in_time_order_with_every_kind(page: TimelinePage, day) -> None:
    assert rows(page) == DAY
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Time", "Kind", "What", "Details", "By"]
    first = [cell(page, 0, c) for c in range(5)]
    assert first == ["06:30", "Visit", "Arrived at the station", "", "Aigerim Seitova"]
    assert cell(page, 1, TimelineModel.DETAIL) == "Chair late"
    assert cell(page, 4, TimelineModel.TITLE) == (
        "Irregularity report: Boxes not shown empty / seals not checked"
    )
    assert cell(page, 9, TimelineModel.TITLE).startswith("Amendment 1 to the report:")
    assert cell(page, 9, 0, RecordIdRole) == day["amendment"]
    assert cell(page, 6, TimelineModel.TITLE) == "Headcount: 1 voters"
    assert cell(page, 10, TimelineModel.KIND) == "Protocol"
    assert cell(page, 5, TimelineModel.TITLE) == "Evidence: box.jpg"
    assert page.summary.text() == "12 entries · 1 red flag"
    assert page.empty_label.isHidden()


def test_a_red_flag_is_red_and_other_kinds_have_their_colour(page: TimelinePage, day) -> None:
    flagged, plain = 3, 2
    assert cell(page, flagged, 0, RedFlagRole) is True
    assert cell(page, flagged, 0, RecordIdRole) == day["red_flag"]
    assert cell(page, flagged, TimelineModel.KIND) == "Red flag"
    assert cell(page, flagged, TimelineModel.DETAIL) == "No — red flag"
    red = QColor(RED_FLAG)
    assert cell(page, flagged, TimelineModel.TITLE, Qt.ItemDataRole.ForegroundRole) == red
    assert cell(page, flagged, TimelineModel.TIME, Qt.ItemDataRole.BackgroundRole) == QColor(
        RED_FLAG_TINT
    )
    assert cell(page, plain, TimelineModel.KIND) == "Checklist"
    assert cell(page, plain, TimelineModel.TITLE, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(page, plain, TimelineModel.TIME, Qt.ItemDataRole.BackgroundRole) is None
    kind_colours = {
        cell(page, r, TimelineModel.KIND, Qt.ItemDataRole.ForegroundRole).name()
        for r in range(page.proxy.rowCount())
        if r != flagged
    }
    assert len(kind_colours) == len(TimelineKind)  # a colour per kind
    assert not cell(page, 0, TimelineModel.KIND, Qt.ItemDataRole.DecorationRole).isNull()


def test_times_of_another_day_show_the_date(qtbot, page: TimelinePage) -> None:
    page.model.today = TODAY + timedelta(days=1)
    shown = cell(page, 0, TimelineModel.TIME)
    assert shown == format_moment(stored(at(6, 30)), "en", TODAY + timedelta(days=1))
    assert shown.endswith(" 06:30") and shown != "06:30"
    assert cell(page, 0, TimelineModel.TIME, Qt.ItemDataRole.ToolTipRole) == (
        f"{TODAY.isoformat()} 06:30:00"
    )


def test_the_filter_by_kind(qtbot, page: TimelinePage) -> None:
    buttons = page.filter_buttons
    assert [b.text() for b in buttons.values()] == [
        "Visits 4",
        "Checklists 2",
        "Headcounts 1",
        "Reports 2",
        "Protocols 1",
        "Notes 1",
        "Evidence 1",
    ]
    qtbot.mouseClick(buttons[V], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons[N], Qt.MouseButton.LeftButton)
    assert page.visible_kinds() == {A, H, R, P, E}
    assert rows(page) == [row for row in DAY if row[0] not in (V, N)]
    page.set_kind_visible(V, True)
    assert rows(page) == [row for row in DAY if row[0] != N]
    for kind in TimelineKind:
        page.set_kind_visible(kind, kind == R)
    assert rows(page) == [(R, "06:52"), (R, "13:00")]
    page.refresh()  # the filter holds across a refresh
    assert rows(page) == [(R, "06:52"), (R, "13:00")]


def test_a_note_written_with_the_keyboard_is_saved_at_once(
    qtbot, kz_logbook, page: TimelinePage, day
) -> None:
    page.set_kind_visible(N, False)  # hidden notes come back when one is written
    page.show()
    qtbot.waitExposed(page)
    page.focus_note()
    qtbot.keyClicks(page.note_edit, "  Queue outside, about 30 people ")
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.note_edit, Qt.Key.Key_Return)
    written = next(n for n in notes(kz_logbook, day["station"]) if n.text.startswith("Queue"))
    assert written.text == "Queue outside, about 30 people"
    assert written.author == day["observer"]
    assert page.note_edit.text() == "" and page.filter_buttons[N].isChecked()
    current = page.view.currentIndex()
    assert current.data(RecordIdRole) == written.id  # shown and selected
    assert page.summary.text() == "13 entries · 1 red flag"
    # Nothing typed, nothing written; commit_pending saves a note typed but not entered.
    assert not page.add_note()
    page.note_edit.setText("Left for lunch")
    assert page.commit_pending()
    assert "Left for lunch" in [n.text for n in notes(kz_logbook, day["station"])]


def test_the_view_follows_the_latest_entry(qtbot, kz_logbook, day) -> None:
    for minute in range(40):  # a long day: more rows than fit
        add_note(kz_logbook, f"note {minute}", station_id=day["station"], at=at(15, minute))
    page = TimelinePage(kz_logbook, day["station"], lang="en")
    qtbot.addWidget(page)
    page.resize(900, 400)
    page.show()
    qtbot.waitExposed(page)
    bar = page.view.verticalScrollBar()
    assert bar.maximum() > 0
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())
    bar.setValue(0)  # reading the morning: a refresh leaves the observer there
    page.refresh()
    assert bar.value() == 0


def test_enter_or_double_click_opens_the_record(qtbot, page: TimelinePage, day) -> None:
    page.show()
    qtbot.waitExposed(page)
    index = page.proxy.index(4, TimelineModel.TITLE)
    page.view.setCurrentIndex(index)
    with qtbot.waitSignal(page.open_record) as signal:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert signal.args == [R, day["report"]]
    page.view.scrollTo(page.proxy.index(10, 0))
    rect = page.view.visualRect(page.proxy.index(10, TimelineModel.TITLE))
    viewport = page.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_record) as signal:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [P, day["protocol"]]
    assert page.select_record(E, day["evidence"])
    assert page.view.currentIndex().data(RecordIdRole) == day["evidence"]
    assert not page.select_record(E, "nothing")


def test_an_empty_station(qtbot, kz_logbook, day) -> None:
    page = TimelinePage(kz_logbook, station_id(KZ, "102"), lang="en")
    qtbot.addWidget(page)
    # The other station holds only its own report.
    assert rows(page) == [(R, "14:00")]
    kz_logbook.db.execute("DELETE FROM incidents WHERE station_id = ?", [station_id(KZ, "102")])
    page.refresh()
    assert rows(page) == [] and not page.empty_label.isHidden()
    assert page.summary.text() == "0 entries"


def test_the_model_passes_the_model_tester(qtmodeltester, page: TimelinePage) -> None:
    qtmodeltester.check(page.model)
    page.set_kind_visible(V, False)
    qtmodeltester.check(page.proxy)
    assert page.model.data(QModelIndex()) is None
