"""``write_records``, the bulk path of every table import: records created, then updated line by
line; the values land as integers and empty lines as NULL; all or nothing on cancel or on an
unknown station; the foreign-key checks it switches off for the bulk write come back on."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest

from kzobserver.storage import Logbook
from kzobserver.storage.protocol_import import random_ids, write_records
from kzobserver.storage.reference import ContestRow
from kzobserver.storage.results_logbook import create_logbook_from_results
from kzobserver.storage.summary import election_and_contest, load_source
from tests.official_files import HEADER_2024, rows_2024, write_csv

LINES = ("voters_on_list", "invalid", "votes:putin")


@pytest.fixture
def book(tmp_path: Path):  # type: ignore[no-untyped-def]
    file = write_csv(tmp_path / "2024.csv", HEADER_2024, rows_2024())
    logbook, _ = create_logbook_from_results(tmp_path / "w.sqlite", file)
    yield logbook
    logbook.close()


def stations(logbook: Logbook) -> list[str]:
    return [r[0] for r in logbook.db.execute("SELECT id FROM stations ORDER BY number")]


def copies(logbook: Logbook, contest: ContestRow) -> dict[str, dict[str, int | None]]:
    return {sid: dict(v) for sid, v in load_source(logbook, contest, "pec_copy").items()}


def foreign_keys(logbook: Logbook) -> int:
    return int(logbook.db.execute("PRAGMA foreign_keys").fetchone()[0])


def test_records_are_created_then_updated_line_by_line(book: Logbook) -> None:
    _, contest = election_and_contest(book, None)
    ids = stations(book)[:3]
    first = [(sid, (1000 + i, None if i == 1 else i, 400 + i)) for i, sid in enumerate(ids)]
    result = write_records(book, contest, "pec_copy", "obs-1", LINES, first)
    assert (result.records_created, result.records_updated, result.values_written) == (3, 0, 9)
    assert copies(book, contest) == {
        sid: dict(zip(LINES, values, strict=True)) for sid, values in first
    }
    types = book.db.execute(
        "SELECT DISTINCT typeof(value) FROM protocol_values v JOIN protocols p "
        "ON p.id = v.protocol_id WHERE p.source = 'pec_copy' ORDER BY 1"
    ).fetchall()
    assert types == [("integer",), ("null",)]
    record_ids = dict(
        book.db.execute("SELECT station_id, id FROM protocols WHERE source = 'pec_copy'")
    )
    assert all(uuid.UUID(pid).version == 4 for pid in record_ids.values())

    # Again with one line only, for two of the stations: the other lines stay as they were.
    again = [(ids[0], (7,)), (ids[2], (None,))]
    result = write_records(book, contest, "pec_copy", "obs-1", ("invalid",), again)
    assert (result.records_created, result.records_updated, result.values_written) == (0, 2, 2)
    assert copies(book, contest) == {
        ids[0]: {"voters_on_list": 1000, "invalid": 7, "votes:putin": 400},
        ids[1]: {"voters_on_list": 1001, "invalid": None, "votes:putin": 401},
        ids[2]: {"voters_on_list": 1002, "invalid": None, "votes:putin": 402},
    }
    assert (
        dict(book.db.execute("SELECT station_id, id FROM protocols WHERE source = 'pec_copy'"))
        == record_ids
    )
    assert foreign_keys(book) == 1


def test_cancel_writes_nothing_and_the_checks_come_back(book: Logbook) -> None:
    _, contest = election_and_contest(book, None)
    records = [(sid, (1, 2, 3)) for sid in stations(book)]

    def cancel(done: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_records(book, contest, "pec_copy", "obs-1", LINES, records, progress=cancel)
    assert copies(book, contest) == {}
    count = "SELECT count(*) FROM protocols WHERE source = 'pec_copy'"
    assert book.db.execute(count).fetchone() == (0,)
    assert foreign_keys(book) == 1


def test_an_unknown_station_is_refused_as_the_foreign_key_would(book: Logbook) -> None:
    _, contest = election_and_contest(book, None)
    records = [(stations(book)[0], (1, 2, 3)), ("no-such-station", (4, 5, 6))]
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        write_records(book, contest, "pec_copy", "obs-1", LINES, records)
    assert copies(book, contest) == {}
    assert foreign_keys(book) == 1


def test_a_record_with_the_wrong_number_of_values_is_refused(book: Logbook) -> None:
    _, contest = election_and_contest(book, None)
    with pytest.raises(ValueError, match="one value per line"):
        write_records(book, contest, "pec_copy", "obs-1", LINES, [(stations(book)[0], (1, 2))])
    assert copies(book, contest) == {}


def test_random_ids_are_distinct_version_4_uuids() -> None:
    ids = random_ids(2000)
    assert len(set(ids)) == 2000
    for text in ids:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuid.RFC_4122, text)
    assert random_ids(0) == []
