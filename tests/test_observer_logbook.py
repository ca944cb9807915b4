"""The observer's day in storage: observers, visits, checklist answers, the headcount, notes and
the station's timeline."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kzobserver.domain.model import AnnouncedFigure, Station
from kzobserver.storage import Logbook, LogbookError
from kzobserver.storage import headcount as hc
from kzobserver.storage.checklist_answers import answers, get_answer, red_flag_answers, save_answer
from kzobserver.storage.evidence import add_evidence
from kzobserver.storage.incidents import amend, create_draft, from_red_flag, submit
from kzobserver.storage.notes import add_note, notes, update_note
from kzobserver.storage.observers import (
    add_observer,
    current_observer,
    list_observers,
    restore_current_observer,
    set_current_observer,
    update_observer,
)
from kzobserver.storage.protocols import get_or_create_protocol, set_line_values
from kzobserver.storage.reference import contest_id, current_election, record_announced_figure
from kzobserver.storage.setup import create_logbook
from kzobserver.storage.stations import add_stations_to_election, station_id
from kzobserver.storage.timeline import TimelineKind, timeline
from kzobserver.storage.visits import (
    arrive,
    current_station,
    depart,
    end_break,
    on_break,
    start_break,
    stations_visited,
    update_visit,
    visits,
)

KZ = "kz-2023-majilis"
ASTANA = timezone(timedelta(hours=6))  # the station's clock in 2023


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2023, 3, 19, hour, minute, tzinfo=ASTANA)


@pytest.fixture
def stations(kz_logbook: Logbook) -> tuple[str, str]:
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
    return station_id(KZ, "101"), station_id(KZ, "102")


@pytest.fixture
def station(stations: tuple[str, str]) -> str:
    return stations[0]


@pytest.fixture
def observer(kz_logbook: Logbook) -> str:
    observer = add_observer(kz_logbook, "Айгерим Сейітова", accreditation="KZ-0042")
    set_current_observer(kz_logbook, observer.id)
    return observer.id


# --- observers -----------------------------------------------------------------------------------


def test_observers_are_added_updated_and_listed(kz_logbook: Logbook) -> None:
    b = add_observer(kz_logbook, " Bolat ", organisation="Erkindik Qanaty", role="reviewer")
    a = add_observer(kz_logbook, "aigerim")
    assert b.name == "Bolat" and b.role == "reviewer" and b.organisation == "Erkindik Qanaty"
    assert [o.name for o in list_observers(kz_logbook)] == ["aigerim", "Bolat"]
    changed = update_observer(kz_logbook, a.id, name="Aigerim", accreditation="A-7")
    assert (changed.name, changed.accreditation, changed.role) == ("Aigerim", "A-7", "observer")
    with pytest.raises(LogbookError, match="needs a name"):
        add_observer(kz_logbook, "  ")
    with pytest.raises(LogbookError, match="“boss” is not a role"):
        add_observer(kz_logbook, "X", role="boss")
    with pytest.raises(LogbookError, match="no such observer"):
        update_observer(kz_logbook, "nobody", name="Y")


def new_logbook_with_station(path: Path) -> tuple[Logbook, str]:
    """A logbook the test closes itself (the kz_logbook fixture would close it again)."""
    logbook = create_logbook(path, KZ)
    election = current_election(logbook)
    assert election is not None
    add_stations_to_election(logbook, election, [Station(number="101", region="astana")])
    return logbook, station_id(KZ, "101")


def test_the_current_observer_is_stamped_and_restored_per_device(tmp_path: Path) -> None:
    path = tmp_path / "day.sqlite"
    logbook, station = new_logbook_with_station(path)
    with logbook:
        observer = add_observer(logbook, "Aigerim")
        assert current_observer(logbook) is None
        set_current_observer(logbook, observer.id)
        assert logbook.author == observer.id
        note = add_note(logbook, "arrived early", station_id=station)
        assert note.author == observer.id
    with Logbook.open(path) as reopened:
        assert reopened.author == observer.id  # Logbook.open restores it
        assert restore_current_observer(reopened) == observer
        assert reopened.author == observer.id
        # Another computer opening the same file has not chosen anyone yet.
        reopened.device_id = "another-laptop"
        assert restore_current_observer(reopened) is None
        assert reopened.author is None
        with pytest.raises(LogbookError, match="no such observer"):
            set_current_observer(reopened, "nobody")


# --- visits --------------------------------------------------------------------------------------


def test_arrival_breaks_and_departure(kz_logbook: Logbook, station: str, observer: str) -> None:
    assert current_station(kz_logbook) is None
    with pytest.raises(LogbookError, match="not at a station"):
        depart(kz_logbook)
    arrive(kz_logbook, station, at(6, 30))
    assert current_station(kz_logbook) == station
    with pytest.raises(LogbookError, match="already at station 101"):
        arrive(kz_logbook, station)
    start_break(kz_logbook, at(13, 0), note="lunch")
    assert on_break(kz_logbook)
    with pytest.raises(LogbookError, match="already on a break"):
        start_break(kz_logbook, at(13, 5))
    end_break(kz_logbook, at(13, 30))
    assert not on_break(kz_logbook)
    with pytest.raises(LogbookError, match="not on a break"):
        end_break(kz_logbook, at(13, 40))
    with pytest.raises(LogbookError, match="before the arrival"):
        depart(kz_logbook, at(6, 0))
    depart(kz_logbook, at(23, 50))
    assert current_station(kz_logbook) is None
    events = [(v.event, v.note) for v in visits(kz_logbook, station)]
    assert events == [
        ("arrival", ""),
        ("break_start", "lunch"),
        ("break_end", ""),
        ("departure", ""),
    ]
    assert all(v.author == observer for v in visits(kz_logbook))
    assert visits(kz_logbook)[0].at == "2023-03-19T00:30:00.000Z"  # stored in UTC


def test_moving_to_another_station_departs_from_the_first(
    kz_logbook: Logbook, stations: tuple[str, str], observer: str
) -> None:
    first, second = stations
    arrive(kz_logbook, first, at(6, 30))
    arrive(kz_logbook, second, at(11, 15))
    assert current_station(kz_logbook) == second
    assert [(v.station_id, v.event) for v in visits(kz_logbook)] == [
        (first, "arrival"),
        (first, "departure"),
        (second, "arrival"),
    ]
    assert stations_visited(kz_logbook) == [
        (first, "101", "2023-03-19T00:30:00.000Z", "2023-03-19T05:15:00.000Z", False),
        (second, "102", "2023-03-19T05:15:00.000Z", None, True),
    ]
    with pytest.raises(LogbookError, match="before your arrival at your last station"):
        arrive(kz_logbook, first, at(9, 0))


def test_visit_times_are_editable_and_unknown_stations_refused(
    kz_logbook: Logbook, station: str, observer: str
) -> None:
    arrival = arrive(kz_logbook, station)  # now
    corrected = update_visit(kz_logbook, arrival.id, at="2023-03-19T06:40:00+06:00", note="late")
    assert (corrected.at, corrected.note) == ("2023-03-19T00:40:00.000Z", "late")
    with pytest.raises(LogbookError, match="not a date and time"):
        update_visit(kz_logbook, arrival.id, at="half past six")
    with pytest.raises(LogbookError, match="no such station"):
        arrive(kz_logbook, "not-a-station")


def test_each_observer_has_their_own_whereabouts(
    kz_logbook: Logbook, stations: tuple[str, str], observer: str
) -> None:
    arrive(kz_logbook, stations[0], at(7))
    colleague = add_observer(kz_logbook, "Bolat")
    set_current_observer(kz_logbook, colleague.id)
    assert current_station(kz_logbook) is None
    arrive(kz_logbook, stations[1], at(7, 5))
    assert [v.number for v in stations_visited(kz_logbook)] == ["102"]
    set_current_observer(kz_logbook, observer)
    assert current_station(kz_logbook) == stations[0]


# --- checklist answers ---------------------------------------------------------------------------


def test_answers_are_saved_validated_and_replaced(
    kz_logbook: Logbook, station: str, observer: str
) -> None:
    first = save_answer(kz_logbook, station, "closing", "unused_cancelled", "нет")
    assert (first.value, first.red_flag, first.checklist_version) == ("no", True, 1)
    with sqlite3.connect(kz_logbook.path) as other:  # committed at once
        assert other.execute("SELECT answer FROM checklist_answers").fetchall() == [("no",)]
    second = save_answer(kz_logbook, station, "closing", "unused_cancelled", "yes", note="redone")
    assert second.id == first.id  # one answer per question and observer, replaced
    assert (second.value, second.red_flag, second.note) == ("yes", False, "redone")
    save_answer(kz_logbook, station, "closing", "unused_number", "1 200")
    save_answer(kz_logbook, station, "closing", "closed_at", "20:00")
    # In the checklist's order, whatever the order of answering.
    assert list(answers(kz_logbook, station, "closing")) == [
        "closed_at",
        "unused_cancelled",
        "unused_number",
    ]
    assert answers(kz_logbook, station, "closing")["unused_number"].value == 1200
    cleared = save_answer(kz_logbook, station, "closing", "closed_at", "")
    assert cleared.value is None and not cleared.red_flag


def test_a_bad_answer_is_refused_and_nothing_written(
    kz_logbook: Logbook, station: str, observer: str
) -> None:
    save_answer(kz_logbook, station, "closing", "unused_number", 300)
    with pytest.raises(LogbookError, match="“many” is not a whole number"):
        save_answer(kz_logbook, station, "closing", "unused_number", "many")
    assert answers(kz_logbook, station, "closing")["unused_number"].value == 300
    with pytest.raises(LogbookError, match="no question 'colour'"):
        save_answer(kz_logbook, station, "closing", "colour", "red")
    with pytest.raises(LogbookError, match="unknown checklist 'lunch'"):
        save_answer(kz_logbook, station, "lunch", "soup", "yes")


def test_two_observers_answers_are_kept_apart(
    kz_logbook: Logbook, station: str, observer: str
) -> None:
    save_answer(kz_logbook, station, "opening", "admitted", "yes")
    colleague = add_observer(kz_logbook, "Bolat")
    set_current_observer(kz_logbook, colleague.id)
    assert answers(kz_logbook, station, "opening") == {}
    save_answer(kz_logbook, station, "opening", "admitted", "no")
    assert answers(kz_logbook, station, "opening")["admitted"].value == "no"
    assert [a.author for a in red_flag_answers(kz_logbook, station)] == [colleague.id]
    set_current_observer(kz_logbook, observer)
    assert answers(kz_logbook, station, "opening")["admitted"].value == "yes"


# --- headcount -----------------------------------------------------------------------------------


def test_the_counter_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "day.sqlite"
    logbook, station = new_logbook_with_station(path)
    with logbook:
        for expected in range(1, 26):
            assert hc.tap(logbook, station) == expected
        with sqlite3.connect(path) as other:  # what a killed process leaves on disk
            assert other.execute("SELECT sum(delta) FROM headcount_taps").fetchone() == (25,)
    with Logbook.open(path) as reopened:
        assert hc.count(reopened, station) == 25


def test_undo_takes_one_off_and_never_goes_below_zero(kz_logbook: Logbook, station: str) -> None:
    assert hc.undo_last_tap(kz_logbook, station) == 0
    assert kz_logbook.db.execute("SELECT count(*) FROM headcount_taps").fetchone() == (0,)
    hc.tap(kz_logbook, station)
    hc.tap(kz_logbook, station)
    assert hc.undo_last_tap(kz_logbook, station) == 1
    assert hc.undo_last_tap(kz_logbook, station) == 0
    assert hc.undo_last_tap(kz_logbook, station) == 0
    deltas = [
        r[0] for r in kz_logbook.db.execute("SELECT delta FROM headcount_taps ORDER BY rowid")
    ]
    assert deltas == [1, 1, -1, -1]  # every keystroke kept
    with pytest.raises(LogbookError, match="adds or removes one voter"):
        hc.tap(kz_logbook, station, 5)


def test_a_late_snapshot_counts_the_taps_up_to_its_time(kz_logbook: Logbook, station: str) -> None:
    for minute in range(0, 30, 2):  # 15 voters from 09:00
        hc.tap(kz_logbook, station, at=at(9, minute))
    for minute in range(0, 10):  # 10 more after 10:00
        hc.tap(kz_logbook, station, at=at(10, minute + 1))
    ten = hc.take_snapshot(kz_logbook, station, at(10), note="taken at 10:12")
    assert (ten.count, ten.at, ten.note) == (15, "2023-03-19T04:00:00.000Z", "taken at 10:12")
    paper = hc.take_snapshot(kz_logbook, station, at(12), count_value=230)
    assert paper.count == 230
    with pytest.raises(LogbookError, match="whole number, 0 or more"):
        hc.take_snapshot(kz_logbook, station, at(13), count_value=-1)
    assert [s.count for s in hc.snapshots(kz_logbook, station)] == [15, 230]
    assert hc.count(kz_logbook, station) == 25


def test_suggested_snapshot_times_are_on_the_hour() -> None:
    times = hc.suggested_snapshot_times(date(2023, 3, 19), ASTANA)
    assert [t.strftime("%H:%M") for t in times] == [f"{h:02d}:00" for h in range(8, 21)]
    assert all(t.tzinfo is ASTANA for t in times)
    assert hc.suggested_snapshot_times(date(2023, 3, 19))[0].tzinfo is not None


def test_the_due_snapshot_reminder(kz_logbook: Logbook, station: str) -> None:
    assert hc.due_snapshot(kz_logbook, station, at(7, 30), ASTANA) is None
    assert hc.due_snapshot(kz_logbook, station, at(10, 20), ASTANA) == at(10)
    hc.take_snapshot(kz_logbook, station, at(10, 5))
    assert hc.due_snapshot(kz_logbook, station, at(10, 20), ASTANA) is None


def test_snapshots_against_announced_turnout_and_ballots_issued(
    kz_logbook: Logbook, station: str
) -> None:
    # The bundled election announces national turnout at 10:10, 12:10, 16:10, … (14.21 % at 10:10).
    for _ in range(213):
        hc.tap(kz_logbook, station, at=at(9, 30))
    hc.take_snapshot(kz_logbook, station, at(10))
    hc.take_snapshot(kz_logbook, station, at(15, 40))
    comparison = hc.headcount_comparison(kz_logbook, station, tz=ASTANA)
    assert comparison.registered_voters == 1500
    assert comparison.contest == "majilis_list"
    assert comparison.current_count == 213
    morning, afternoon = comparison.rows
    assert morning.local_time == "10:00"
    assert morning.count_percent == pytest.approx(14.2)
    assert morning.announced is not None
    assert (morning.announced.as_of, morning.announced.percent) == ("10:10", 14.21)
    assert morning.announced.area_code is None  # national
    assert morning.minutes_apart == 10
    assert morning.difference_points == pytest.approx(-0.01)
    assert afternoon.announced is not None and afternoon.announced.as_of == "16:10"
    assert comparison.issued is None

    # A regional figure at the same time is the closer comparison.
    record_announced_figure(
        kz_logbook,
        KZ,
        AnnouncedFigure("majilis_list", "turnout_percent", 12.5, area_code="astana", as_of="10:10"),
    )
    pid = get_or_create_protocol(kz_logbook, station, contest_id(KZ, "majilis_list"), "pec_copy")
    set_line_values(kz_logbook, pid, {"ballots_issued": 905, "voters_on_list": 1500})
    tally = get_or_create_protocol(
        kz_logbook, station, contest_id(KZ, "majilis_list"), "observer_tally", "obs"
    )
    set_line_values(kz_logbook, tally, {"ballots_issued": 899})
    comparison = hc.headcount_comparison(kz_logbook, station, tz=ASTANA)
    announced = comparison.rows[0].announced
    assert announced is not None and (announced.area_code, announced.percent) == ("astana", 12.5)
    assert [(f.source, f.value) for f in comparison.ballots_issued] == [
        ("pec_copy", 905),
        ("observer_tally", 899),
    ]
    assert comparison.issued is not None and comparison.issued.contest == "majilis_list"


def test_comparison_without_registered_voters_or_announcements(kz_logbook: Logbook) -> None:
    election = current_election(kz_logbook)
    assert election is not None
    add_stations_to_election(kz_logbook, election, [Station(number="900", region="abai")])
    station = station_id(KZ, "900")
    kz_logbook.db.execute("DELETE FROM announced_figures WHERE line = 'turnout_percent'")
    hc.take_snapshot(kz_logbook, station, at(10), count_value=40)
    (row,) = hc.headcount_comparison(kz_logbook, station, tz=ASTANA).rows
    assert row.count_percent is None and row.announced is None and row.difference_points is None


# --- notes ---------------------------------------------------------------------------------------


def test_notes(kz_logbook: Logbook, station: str, observer: str) -> None:
    first = add_note(kz_logbook, "Queue of 40 at the door", station_id=station, at=at(7, 10))
    add_note(kz_logbook, "Taxi to the next station")
    assert [n.text for n in notes(kz_logbook, station)] == ["Queue of 40 at the door"]
    assert len(notes(kz_logbook)) == 2
    edited = update_note(kz_logbook, first.id, text="Queue of 45 at the door")
    assert edited.text == "Queue of 45 at the door" and edited.at == first.at
    with pytest.raises(LogbookError, match="cannot be empty"):
        add_note(kz_logbook, "   ")


# --- timeline ------------------------------------------------------------------------------------


def test_the_timeline_puts_the_day_in_time_order(
    kz_logbook: Logbook, stations: tuple[str, str], observer: str, tmp_path: Path
) -> None:
    station, other = stations
    arrive(kz_logbook, station, at(6, 30))
    answer = save_answer(
        kz_logbook, station, "opening", "boxes_shown_empty", "no", answered_at=at(6, 50)
    )
    save_answer(kz_logbook, station, "opening", "members_present", 9, answered_at=at(6, 45))
    report = from_red_flag(kz_logbook, answer.id, "en")
    submit(kz_logbook, report.id)
    photo = tmp_path / "box.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    add_evidence(kz_logbook, photo, incident_id=report.id, captured_at=at(6, 52))
    add_note(kz_logbook, "Chair arrived late", station_id=station, at=at(6, 40))
    hc.tap(kz_logbook, station, at=at(9))
    hc.take_snapshot(kz_logbook, station, at(10))
    create_draft(kz_logbook, "campaign_material", station_id=other, occurred_at=at(10, 30))
    amendment = amend(kz_logbook, report.id, description="Both boxes were sealed unseen.")
    kz_logbook.db.execute(
        "UPDATE incidents SET created_at = ? WHERE id = ?",
        ["2023-03-19T05:00:00.000Z", amendment.id],  # written at 11:00
    )
    pid = get_or_create_protocol(kz_logbook, station, contest_id(KZ, "majilis_list"), "pec_copy")
    set_line_values(kz_logbook, pid, {"ballots_issued": 905, "invalid": 3})
    kz_logbook.db.execute("UPDATE protocols SET updated_at = '2023-03-19T17:05:00.000Z'")
    depart(kz_logbook, at(23, 30))

    entries = timeline(kz_logbook, station, "en")
    assert [(e.kind, e.at[11:16]) for e in entries] == [
        (TimelineKind.VISIT, "00:30"),
        (TimelineKind.NOTE, "00:40"),
        (TimelineKind.CHECKLIST_ANSWER, "00:45"),
        (TimelineKind.CHECKLIST_ANSWER, "00:50"),
        (TimelineKind.INCIDENT, "00:50"),
        (TimelineKind.EVIDENCE, "00:52"),
        (TimelineKind.HEADCOUNT_SNAPSHOT, "04:00"),
        (TimelineKind.INCIDENT, "05:00"),
        (TimelineKind.PROTOCOL, "17:05"),
        (TimelineKind.VISIT, "17:30"),
    ]
    by_kind = {(e.kind, e.red_flag): e for e in entries}
    flagged = by_kind[(TimelineKind.CHECKLIST_ANSWER, True)]
    assert flagged.title == (
        "Opening: Were all ballot boxes, stationary and mobile, shown empty before they were "
        "sealed?"
    )
    assert flagged.detail == "No — red flag" and flagged.record_id == answer.id
    assert entries[2].detail == "9" and not entries[2].red_flag
    assert entries[0].title == "Arrived at the station" and entries[-1].title == "Left the station"
    assert entries[4].title == "Irregularity report: Boxes not shown empty / seals not checked"
    assert entries[4].detail.startswith("High · Open · submitted\n")
    assert entries[5].title == "Evidence: box.jpg" and "SHA-256 " in entries[5].detail
    assert entries[6].title == "Headcount: 1 voters"
    assert entries[6].detail == "0.1% of the 1,500 registered voters"
    assert entries[7].title.startswith("Amendment 1 to the report:")
    assert entries[7].record_id == amendment.id
    assert entries[8].title == "Protocol: Commission's protocol copy, Mäjilis, party lists"
    assert entries[8].detail == "2 lines filled in"
    assert all(e.author == observer for e in entries if e.kind != TimelineKind.EVIDENCE)
    assert get_answer(kz_logbook, answer.id).red_flag
    # The other station's report is on its own timeline; titles follow the data language.
    (elsewhere,) = timeline(kz_logbook, other, "kk")
    assert elsewhere.title.endswith("Учаскеде немесе оның маңында үгіт материалдары")
    with pytest.raises(LogbookError, match="no such station"):
        timeline(kz_logbook, "nowhere")


def test_opening_a_logbook_signs_records_as_this_devices_observer(kz_logbook) -> None:  # type: ignore[no-untyped-def]
    """Every way in (GUI, CLI, a background task's own connection) goes through Logbook.open,
    which restores the current observer: nothing gets written unsigned by accident."""
    from kzobserver.storage import Logbook
    from kzobserver.storage.observers import add_observer, set_current_observer

    observer = add_observer(kz_logbook, "Aigerim")
    set_current_observer(kz_logbook, observer.id)
    with Logbook.open(kz_logbook.path) as again:
        assert again.author == observer.id
