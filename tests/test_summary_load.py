"""The bulk readers behind ``summary`` and ``compare_sources``: ``load_source`` (one JSON text per
source), ``station_places`` (regions above districts) and ``number_key`` (station order), on the
edge cases the 100,000-station paths must not lose: a source with no records, a record with no
values, stations without an area or placed directly in a region."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzobserver.storage import Logbook
from kzobserver.storage.protocols import get_or_create_protocol, set_line_values
from kzobserver.storage.results_logbook import create_logbook_from_results
from kzobserver.storage.summary import (
    election_and_contest,
    load_source,
    number_key,
    station_places,
)
from tests.official_files import HEADER_2024, rows_2024, write_csv


@pytest.fixture
def book(tmp_path: Path):  # type: ignore[no-untyped-def]
    file = write_csv(tmp_path / "2024.csv", HEADER_2024, rows_2024(per_region=2))
    logbook, _ = create_logbook_from_results(tmp_path / "l.sqlite", file)
    yield logbook
    logbook.close()


def test_load_source_empty_sources_and_records(book: Logbook) -> None:
    _, contest = election_and_contest(book, None)
    assert load_source(book, contest, "pec_copy") == {}
    numbers = dict(book.db.execute("SELECT number, id FROM stations").fetchall())
    get_or_create_protocol(book, numbers["1-554"], contest.id, "pec_copy", "obs-1")  # no values
    filled = get_or_create_protocol(book, numbers["2-555"], contest.id, "pec_copy", "obs-1")
    set_line_values(book, filled, {"invalid": 3, "votes:putin": None})
    assert load_source(book, contest, "pec_copy") == {
        numbers["1-554"]: {},
        numbers["2-555"]: {"invalid": 3, "votes:putin": None},
    }
    official = load_source(book, contest, "official")
    assert len(official) == 6 and all(len(v) == 16 for v in official.values())


def test_station_places_find_the_region_above_a_district(book: Logbook) -> None:
    election, _ = election_and_contest(book, None)
    db = book.db
    ids = dict(db.execute("SELECT number, id FROM stations").fetchall())
    region_2 = db.execute("SELECT id FROM areas WHERE code = '2'").fetchone()[0]
    db.execute("UPDATE stations SET area_id = ? WHERE number = '2-555'", [region_2])
    db.execute("UPDATE stations SET area_id = NULL WHERE number = '3-554'")
    db.conn.commit()
    places = station_places(book, election.id)
    assert places == {
        ids["1-554"]: ("1-554", "1"),  # in a district (territorial commission) of region 1
        ids["1-555"]: ("1-555", "1"),
        ids["2-554"]: ("2-554", "2"),
        ids["2-555"]: ("2-555", "2"),  # directly in its region
        ids["3-554"]: ("3-554", None),  # nowhere
        ids["3-555"]: ("3-555", "3"),
    }


def test_number_key_orders_numbers_as_people_read_them() -> None:
    numbers = ["22-554", "10", "3-A", "22-99", "3", "abc", "3-10", "3-9", "12a", "²"]
    assert sorted(numbers, key=number_key) == [
        "3",
        "3-9",
        "3-10",
        "3-A",
        "10",
        "22-99",
        "22-554",
        "abc",  # the others after the numbers, by their leading digits, then as text
        "²",
        "12a",
    ]
