"""Importing protocol records from a table: one row per station, one column per protocol line.

All or nothing, like the station import: every problem is reported with its row and column, and
a file with any problem writes nothing. Importing the same file again updates the same records.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from kzobserver.domain.templates import ProtocolLine
from kzobserver.i18n import translate
from kzobserver.storage import audit
from kzobserver.storage.audit import record_import
from kzobserver.storage.cells import cell_text, header_key, parse_count
from kzobserver.storage.checks import contest_lines
from kzobserver.storage.errors import InputFileError, LogbookError, Problem
from kzobserver.storage.logbook import Logbook, utc_now
from kzobserver.storage.protocols import MAX_LINE_VALUE, Source, source_label
from kzobserver.storage.reference import ContestRow, current_election, list_contests
from kzobserver.storage.station_import import parse_station_number, suggest_mapping
from kzobserver.storage.tabular import MAX_PROBLEMS, Table

STATION_COLUMN = "station"


@dataclass
class ProtocolImportSummary:
    contest: str
    source: str
    stations: int = 0
    records_created: int = 0
    records_updated: int = 0
    values_written: int = 0
    lines: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "contest": self.contest,
            "source": self.source,
            "stations": self.stations,
            "records_created": self.records_created,
            "records_updated": self.records_updated,
            "values_written": self.values_written,
            "lines": list(self.lines),
        }


def _line_names(line: ProtocolLine, contest: ContestRow) -> set[str]:
    names = {line.code, *line.label.variants(), *line.aliases}
    if line.contestant:
        names.add(line.contestant)
        for c in contest.contestants:
            if c.code == line.contestant:
                names.update(c.name.variants())
    return {header_key(n) for n in names if n}


def suggest_line_mapping(header: list[str], contest: ContestRow) -> dict[str, int]:
    """Column index per recognised column: ``"station"`` and protocol line codes. A column is
    recognised by the line's code, its label or an alias in en/ru/kk, or a contestant's name."""
    mapping: dict[str, int] = {}
    station = suggest_mapping(header).get("number")
    if station is not None:
        mapping[STATION_COLUMN] = station
    lookup: dict[str, str] = {}
    for line in contest_lines(contest):
        for name in _line_names(line, contest):
            lookup.setdefault(name, line.code)
    for index, name in enumerate(header):
        code = lookup.get(header_key(name))
        if code and code not in mapping and index not in mapping.values():
            mapping[code] = index
    return mapping


def find_contest(logbook: Logbook, election_id: str, code: str | None) -> ContestRow:
    contests = list_contests(logbook, election_id)
    if not contests:
        raise LogbookError(translate("ProtocolImport", "The election has no contests."))
    if code is None:
        return contests[0]
    for contest in contests:
        if contest.code == code:
            return contest
    raise LogbookError(
        translate("ProtocolImport", "Unknown contest “{code}”; the contests are: {codes}.").format(
            code=code, codes=", ".join(c.code for c in contests)
        )
    )


def import_protocols(
    logbook: Logbook,
    table: Table,
    source: str,
    *,
    contest_code: str | None = None,
    observer: str = "",
    mapping: dict[str, int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ProtocolImportSummary:
    """Write one ``source`` record per row of ``table`` for the contest, or nothing at all.

    An empty cell stores "not seen" (NULL), never 0; lines without a column are left as they were.
    """
    try:
        source = Source(source).value
    except ValueError:
        raise LogbookError(
            translate("ProtocolImport", "Unknown source “{source}”; use {sources}.").format(
                source=source, sources=", ".join(s.value for s in Source)
            )
        ) from None
    if source == Source.OFFICIAL:
        observer = ""
    election = current_election(logbook)
    if election is None:
        raise LogbookError(translate("ProtocolImport", "This logbook has no election yet."))
    contest = find_contest(logbook, election.id, contest_code)
    mapping = suggest_line_mapping(table.header, contest) if mapping is None else dict(mapping)
    file = table.path.name
    line_columns = {k: v for k, v in mapping.items() if k != STATION_COLUMN}
    if STATION_COLUMN not in mapping or not line_columns:
        missing = (
            translate("ProtocolImport", "a station number column")
            if STATION_COLUMN not in mapping
            else translate("ProtocolImport", "any column named after a protocol line")
        )
        raise InputFileError(
            [
                Problem(
                    file,
                    translate(
                        "ProtocolImport",
                        "No {missing} was found. The columns are: {found}. Name the columns "
                        "after the line codes ({codes}) or their labels.",
                    ).format(
                        missing=missing,
                        found=", ".join(f"“{h}”" for h in table.header),
                        codes=", ".join(line.code for line in contest_lines(contest)[:6]) + ", …",
                    ),
                    table.header_row,
                )
            ]
        )
    stations = dict(
        logbook.db.execute(
            "SELECT s.number, s.id FROM stations s JOIN station_contests sc "
            "ON sc.station_id = s.id WHERE s.election_id = ? AND sc.contest_id = ?",
            [election.id, contest.id],
        ).fetchall()
    )
    problems: list[Problem] = []
    first_row: dict[str, int] = {}
    records: list[tuple[str, tuple[int | None, ...]]] = []
    columns = list(line_columns.values())
    station_header = table.header[mapping[STATION_COLUMN]]
    total = len(table.rows)
    for index, cells in enumerate(table.rows):
        row = table.row_number(index)
        raw = cells[mapping[STATION_COLUMN]]
        number = parse_station_number(raw)
        station_id = stations.get(number) if number else None
        if number is None:
            problems.append(
                Problem(
                    file,
                    translate("ProtocolImport", "“{value}” is not a station number.").format(
                        value=cell_text(raw)
                    ),
                    row,
                    station_header,
                )
            )
        elif station_id is None:
            problems.append(
                Problem(
                    file,
                    translate(
                        "ProtocolImport",
                        "Station {number} is not in this logbook for the contest “{contest}”.",
                    ).format(number=number, contest=contest.code),
                    row,
                    station_header,
                )
            )
        elif number in first_row:
            problems.append(
                Problem(
                    file,
                    translate(
                        "ProtocolImport", "Station {number} is on rows {first} and {row}."
                    ).format(number=number, first=first_row[number], row=row),
                    row,
                    station_header,
                )
            )
        else:
            first_row[number] = row
        values: list[int | None] = []
        for column in columns:
            raw_value = cells[column]
            try:
                values.append(parse_line_value(raw_value))
            except ValueError:
                problems.append(value_problem(file, row, table.header[column], raw_value))
        if station_id is not None and number is not None:
            records.append((station_id, tuple(values)))
        if len(problems) >= MAX_PROBLEMS:
            break
        if progress and index % 1000 == 0:
            progress(index, total)
    if not table.rows:
        problems.append(
            Problem(
                file,
                translate("ProtocolImport", "The file has no rows below the header."),
                table.header_row,
            )
        )
    if problems:
        raise InputFileError(problems)
    summary = write_records(
        logbook, contest, source, observer, tuple(line_columns), records, file=table.path
    )
    if progress:
        progress(total, total)
    return summary


def parse_line_value(raw: Any) -> int | None:
    """A protocol line's value from a cell: None when empty; ValueError unless a whole number
    from 0 to MAX_LINE_VALUE."""
    value = parse_count(raw)
    if value is not None and not 0 <= value <= MAX_LINE_VALUE:
        raise ValueError(value)
    return value


def value_problem(file: str, row: int, column: str, raw: Any) -> Problem:
    return Problem(
        file,
        translate(
            "ProtocolImport",
            "“{value}” is not a count: a protocol line holds a whole number from "
            "0 to {limit}, or nothing when it was not seen.",
        ).format(value=cell_text(raw), limit=f"{MAX_LINE_VALUE:,}"),
        row,
        column,
    )


ValueRecord = tuple[str, Sequence[int | None]]  # (station id, values aligned with the lines)


def write_records(
    logbook: Logbook,
    contest: ContestRow,
    source: str,
    observer: str,
    lines: Sequence[str],
    records: Sequence[ValueRecord],
    *,
    progress: Callable[[int], None] | None = None,
    file: Path | None = None,
) -> ProtocolImportSummary:
    """Create or update one ``source`` record per station in one transaction: the bulk path of
    every table import. ``progress(records_written)`` may raise to cancel (rolled back). The
    audit log gets one entry for the import, in the same transaction: the ``file`` read (name
    and SHA-256) and the counts, not the values one by one."""
    db = logbook.db
    lines = tuple(lines)
    if any(len(values) != len(lines) for _, values in records):
        raise ValueError("every record needs one value per line")
    now = utc_now()
    summary = ProtocolImportSummary(
        contest=contest.code, source=source, stations=len(records), lines=lines
    )
    existing = dict(
        db.execute(
            "SELECT station_id, id FROM protocols WHERE contest_id = ? AND source = ? "
            "AND observer = ?",
            [contest.id, source, observer],
        ).fetchall()
    )
    # The new ids, random, are handed out in station order: the protocols' id index and their
    # (station, …) index then both grow at their ends, which saves a third of the insert time.
    new_protocols = sorted(station_id for station_id, _ in records if station_id not in existing)
    new_ids = sorted(random_ids(len(new_protocols)))
    ids = {**existing, **dict(zip(new_protocols, new_ids, strict=True))}
    # In primary-key order, so the value rows are appended to the B-tree rather than scattered
    # over it: at 2 million rows this halves the time of a national import.
    ordered = sorted(((ids[sid], values) for sid, values in records), key=itemgetter(0))
    summary.records_created = len(new_protocols)
    summary.records_updated = len(records) - len(new_protocols)
    summary.values_written = len(records) * len(lines)
    author, device = logbook.author, logbook.device_id
    chunk = max(1, 50_000 // max(1, len(lines)))  # records per statement: progress and cancel
    insert_values = _insert_values_sql(len(lines))
    with _foreign_keys_unchecked(logbook) as unchecked, db.atomic():
        db.conn.executemany(
            """
            INSERT INTO protocols (id, station_id, contest_id, source, observer, note, author,
                device_id, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?)
            """,
            [
                (pid, sid, contest.id, source, observer, author, device, now, now)
                for sid, pid in zip(new_protocols, new_ids, strict=True)
            ],
        )
        if unchecked:  # what the foreign key would have checked: one look-up per record
            unknown = db.execute(
                "SELECT count(*) FROM json_each(?) "
                "WHERE NOT EXISTS (SELECT 1 FROM stations WHERE id = value)",
                [json.dumps(new_protocols)],
            ).fetchone()[0]
            if unknown:
                raise sqlite3.IntegrityError("FOREIGN KEY constraint failed")
        for start in range(0, len(ordered) if lines else 0, chunk):
            # One JSON text per chunk that SQLite spreads over the lines: half the time of a
            # row of parameters per value, each built and bound in Python.
            db.execute(insert_values, [json.dumps(dict(ordered[start : start + chunk])), *lines])
            if progress:
                progress(min(start + chunk, len(ordered)))
        if summary.records_updated:
            db.conn.executemany(
                "UPDATE protocols SET updated_at = ? WHERE id = ?",
                [(now, existing[sid]) for sid, _ in records if sid in existing],
            )
        counts = {
            "contest": contest.code,
            "source": source,
            "observer": observer,
            "created": summary.records_created,
            "updated": summary.records_updated,
            "values": summary.values_written,
        }
        if file is not None:
            record_import(logbook, f"{source}.import", file, counts)
        else:
            audit.append(logbook, f"{source}.import", table="protocols", after=counts)
    return summary


def _insert_values_sql(line_count: int) -> str:
    """The values of many records: ``?1`` is ``{protocol id: [value, …]}`` in JSON, the values
    aligned with the line codes bound as ``?2``, ``?3``, …"""
    codes = " ".join(f"WHEN {i} THEN ?{i + 2}" for i in range(line_count))
    return f"""
        INSERT INTO protocol_values (protocol_id, line, value)
        SELECT r.key, CASE v.key {codes} END, v.value
        FROM json_each(?1) r, json_each(r.value) v
        WHERE true
        ON CONFLICT (protocol_id, line) DO UPDATE SET value = excluded.value
    """


@contextmanager
def _foreign_keys_unchecked(logbook: Logbook) -> Iterator[bool]:
    """Around a bulk write: no foreign-key look-up per value row, 2 million of them (a tenth of
    the time) in a national import. Every protocol id written is one the same transaction
    inserted or read, and protocols are never deleted; the new records' stations are checked
    once each by write_records. Yields whether the checks were switched off (never inside an
    open transaction, where SQLite ignores the switch)."""
    db = logbook.db
    switch = not db.conn.in_transaction and bool(db.execute("PRAGMA foreign_keys").fetchone()[0])
    if switch:
        db.execute("PRAGMA foreign_keys = OFF")
    try:
        yield switch
    finally:
        if switch:
            db.execute("PRAGMA foreign_keys = ON")


def random_ids(count: int) -> list[str]:
    """``count`` random version-4 UUIDs, as ``new_id`` makes them, without building a UUID
    object each: a fifth of the time, which counts for 100,000 new records."""
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = bytes(b & 0x0F | 0x40 for b in raw[6::16])  # version 4
    raw[8::16] = bytes(b & 0x3F | 0x80 for b in raw[8::16])  # RFC 4122 variant
    text = raw.hex()
    return [
        f"{text[i : i + 8]}-{text[i + 8 : i + 12]}-{text[i + 12 : i + 16]}-"
        f"{text[i + 16 : i + 20]}-{text[i + 20 : i + 32]}"
        for i in range(0, len(text), 32)
    ]


def describe(summary: ProtocolImportSummary) -> str:
    return translate(
        "ProtocolImport",
        "{stations} {source} records for {contest}: {created} new, {updated} updated, "
        "{values} values.",
    ).format(
        stations=summary.stations,
        source=source_label(summary.source),
        contest=summary.contest,
        created=summary.records_created,
        updated=summary.records_updated,
        values=summary.values_written,
    )
