"""Protocol records: saved line by line, missing is not zero, several observers kept apart,
reviews of single lines."""

from __future__ import annotations

import sqlite3

import pytest

from kzobserver.domain.model import Station
from kzobserver.storage import Logbook, LogbookError
from kzobserver.storage.protocols import (
    get_or_create_protocol,
    line_reviews,
    load_protocol,
    protocols_for_station,
    review_line,
    set_line_value,
    set_line_values,
)
from kzobserver.storage.reference import contest_id, current_election
from kzobserver.storage.stations import add_stations_to_election, station_id

KZ = "kz-2023-majilis"


@pytest.fixture
def station(kz_logbook: Logbook) -> str:
    election = current_election(kz_logbook)
    assert election is not None
    add_stations_to_election(
        kz_logbook, election, [Station(number="101", region="astana", registered_voters=1500)]
    )
    return station_id(KZ, "101")


def test_values_are_saved_at_once_and_missing_is_not_zero(
    kz_logbook: Logbook, station: str
) -> None:
    pid = get_or_create_protocol(kz_logbook, station, contest_id(KZ, "majilis_list"), "pec_copy")
    set_line_value(kz_logbook, pid, "voters_on_list", 1500)
    set_line_value(kz_logbook, pid, "invalid", 0)
    with sqlite3.connect(kz_logbook.path) as other:  # what survives a killed process
        rows = dict(other.execute("SELECT line, value FROM protocol_values").fetchall())
    assert rows == {"voters_on_list": 1500, "invalid": 0}
    record = load_protocol(kz_logbook, pid)
    assert record.values == {"voters_on_list": 1500, "invalid": 0}
    assert "ballots_issued" not in record.values
    set_line_value(kz_logbook, pid, "invalid", None)  # cleared back to "not seen"
    assert load_protocol(kz_logbook, pid).values["invalid"] is None


def test_same_record_is_found_again(kz_logbook: Logbook, station: str) -> None:
    contest = contest_id(KZ, "majilis_list")
    first = get_or_create_protocol(kz_logbook, station, contest, "observer_tally", "obs-1")
    assert get_or_create_protocol(kz_logbook, station, contest, "observer_tally", "obs-1") == first


def test_two_observers_records_are_both_kept(kz_logbook: Logbook, station: str) -> None:
    contest = contest_id(KZ, "majilis_list")
    a = get_or_create_protocol(kz_logbook, station, contest, "pec_copy", "obs-a")
    b = get_or_create_protocol(kz_logbook, station, contest, "pec_copy", "obs-b")
    official = get_or_create_protocol(kz_logbook, station, contest, "official", "obs-a")
    assert len({a, b, official}) == 3
    set_line_values(kz_logbook, a, {"ballots_issued": 900})
    set_line_values(kz_logbook, b, {"ballots_issued": 990})
    records = protocols_for_station(kz_logbook, station, contest)
    assert [(r.source, r.observer) for r in records] == [
        ("pec_copy", "obs-a"),
        ("pec_copy", "obs-b"),
        ("official", ""),
    ]
    assert [r.values.get("ballots_issued") for r in records] == [900, 990, None]


@pytest.mark.parametrize("bad", [-1, 10_000_001])
def test_absurd_values_are_refused_and_nothing_written(
    kz_logbook: Logbook, station: str, bad: int
) -> None:
    pid = get_or_create_protocol(kz_logbook, station, contest_id(KZ, "majilis_list"), "pec_copy")
    with pytest.raises(LogbookError):
        set_line_values(kz_logbook, pid, {"voters_on_list": 1200, "invalid": bad})
    assert load_protocol(kz_logbook, pid).values == {}


def test_unknown_source_is_refused(kz_logbook: Logbook, station: str) -> None:
    with pytest.raises(ValueError, match="rumour"):
        get_or_create_protocol(kz_logbook, station, contest_id(KZ, "majilis_list"), "rumour")


def test_review_verifies_until_the_value_changes(kz_logbook: Logbook, station: str) -> None:
    pid = get_or_create_protocol(kz_logbook, station, contest_id(KZ, "majilis_list"), "pec_copy")
    set_line_value(kz_logbook, pid, "ballots_in_boxes", 1250)
    review_line(
        kz_logbook, pid, "ballots_in_boxes", verified=True, reviewer="A. Reviewer", reason="photo"
    )
    assert load_protocol(kz_logbook, pid).verified_lines == {"ballots_in_boxes"}
    set_line_value(kz_logbook, pid, "ballots_in_boxes", 1251)
    assert load_protocol(kz_logbook, pid).verified_lines == set()
    set_line_value(kz_logbook, pid, "ballots_in_boxes", 1250)
    assert load_protocol(kz_logbook, pid).verified_lines == {"ballots_in_boxes"}
    review_line(kz_logbook, pid, "ballots_in_boxes", verified=False, reviewer="B", reason="doubt")
    assert load_protocol(kz_logbook, pid).verified_lines == set()
    history = line_reviews(kz_logbook, pid)
    assert [(h["reviewer"], h["verified"]) for h in history] == [("A. Reviewer", 1), ("B", 0)]


def test_review_needs_who_and_why_and_a_value(kz_logbook: Logbook, station: str) -> None:
    pid = get_or_create_protocol(kz_logbook, station, contest_id(KZ, "majilis_list"), "pec_copy")
    with pytest.raises(LogbookError, match="empty line"):
        review_line(kz_logbook, pid, "invalid", verified=True, reviewer="A", reason="seen")
    set_line_value(kz_logbook, pid, "invalid", 3)
    with pytest.raises(LogbookError, match="reviewer"):
        review_line(kz_logbook, pid, "invalid", verified=True, reviewer=" ", reason="seen")
    with pytest.raises(LogbookError, match="why"):
        review_line(kz_logbook, pid, "invalid", verified=True, reviewer="A", reason="")
