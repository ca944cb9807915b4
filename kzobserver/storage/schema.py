"""The logbook's schema as numbered migrations (sqlite-utils ``Migrations``).

Never edit a migration that has shipped: add the next one. Every user record carries ``id`` (a
UUID), ``author`` (observer id), ``device_id``, ``created_at`` and ``updated_at``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "kzobserver"
migrations = Migrations(MIGRATION_SET)
KNOWN_MIGRATIONS: list[str] = []


def _migration(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    KNOWN_MIGRATIONS.append(name)
    return migrations(name=name)


def _execute_all(db: Database, script: str) -> None:
    # Not executescript(): it COMMITs first, which would break the migration's transaction.
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


# Columns every user record carries; spliced into each CREATE TABLE.
RECORD_COLUMNS = """
    author TEXT,
    device_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
"""

_NAMES = "name_en TEXT NOT NULL, name_ru TEXT NOT NULL DEFAULT '', name_kk TEXT NOT NULL DEFAULT ''"


@_migration("0001_reference_data")
def m0001_reference_data(db: Database) -> None:
    _execute_all(
        db,
        f"""
        CREATE TABLE logbook_info (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE elections (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            country TEXT NOT NULL,
            date TEXT NOT NULL,
            {_NAMES},
            details TEXT NOT NULL DEFAULT '{{}}',
            {RECORD_COLUMNS}
        );
        CREATE TABLE areas (
            id TEXT PRIMARY KEY,
            election_id TEXT NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
            parent_id TEXT REFERENCES areas(id),
            level TEXT NOT NULL CHECK (level IN ('country', 'region', 'district', 'abroad')),
            code TEXT NOT NULL,
            {_NAMES},
            {RECORD_COLUMNS},
            UNIQUE (election_id, code)
        );
        CREATE TABLE contests (
            id TEXT PRIMARY KEY,
            election_id TEXT NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('party_list', 'single_member', 'local_list')),
            template TEXT NOT NULL,
            seats INTEGER,
            threshold_percent REAL,
            {_NAMES},
            {RECORD_COLUMNS},
            UNIQUE (election_id, code)
        );
        CREATE TABLE contestants (
            id TEXT PRIMARY KEY,
            contest_id TEXT NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            ballot_order INTEGER NOT NULL,
            special INTEGER NOT NULL DEFAULT 0,
            {_NAMES},
            {RECORD_COLUMNS},
            UNIQUE (contest_id, code)
        );
        CREATE TABLE stations (
            id TEXT PRIMARY KEY,
            election_id TEXT NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
            area_id TEXT REFERENCES areas(id),
            number TEXT NOT NULL,
            address TEXT,
            registered_voters INTEGER CHECK (registered_voters >= 0),
            latitude REAL CHECK (latitude BETWEEN -90 AND 90),
            longitude REAL CHECK (longitude BETWEEN -180 AND 180),
            abroad INTEGER NOT NULL DEFAULT 0,
            {RECORD_COLUMNS},
            UNIQUE (election_id, number)
        );
        CREATE TABLE station_contests (
            station_id TEXT NOT NULL REFERENCES stations(id) ON DELETE CASCADE,
            contest_id TEXT NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
            PRIMARY KEY (station_id, contest_id)
        );
        """,
    )


@_migration("0002_announced_figures_and_synthetic_stations")
def m0002_announced_figures(db: Database) -> None:
    # Demo stations must be told apart from real ones everywhere, so the flag lives in the row.
    _execute_all(
        db,
        f"""
        ALTER TABLE stations ADD COLUMN synthetic INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX stations_area ON stations(area_id);
        CREATE INDEX areas_parent ON areas(parent_id);
        CREATE TABLE announced_figures (
            id TEXT PRIMARY KEY,
            contest_id TEXT NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
            area_id TEXT REFERENCES areas(id),
            line TEXT NOT NULL,
            value REAL NOT NULL,
            as_of TEXT NOT NULL DEFAULT 'final',
            source TEXT NOT NULL DEFAULT '',
            {RECORD_COLUMNS}
        );
        CREATE UNIQUE INDEX announced_figures_key
            ON announced_figures(contest_id, ifnull(area_id, ''), line, as_of, source);
        """,
    )


@_migration("0003_protocol_records")
def m0003_protocol_records(db: Database) -> None:
    # One record per (station, contest, source, observer): several observers' copies of the same
    # protocol are all kept. ``observer`` is '' where no observer applies (official figures).
    # A line not seen has no value row or a NULL value: missing is never zero.
    _execute_all(
        db,
        f"""
        CREATE TABLE protocols (
            id TEXT PRIMARY KEY,
            station_id TEXT NOT NULL REFERENCES stations(id) ON DELETE CASCADE,
            contest_id TEXT NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
            source TEXT NOT NULL CHECK (source IN ('observer_tally', 'pec_copy', 'official')),
            observer TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            {RECORD_COLUMNS},
            UNIQUE (station_id, contest_id, source, observer)
        );
        CREATE INDEX protocols_contest_source ON protocols(contest_id, source);
        CREATE TABLE protocol_values (
            protocol_id TEXT NOT NULL REFERENCES protocols(id) ON DELETE CASCADE,
            line TEXT NOT NULL,
            value INTEGER CHECK (value IS NULL OR value >= 0),
            {RECORD_COLUMNS},
            PRIMARY KEY (protocol_id, line)
        ) WITHOUT ROWID;
        CREATE TABLE line_reviews (
            id TEXT PRIMARY KEY,
            protocol_id TEXT NOT NULL REFERENCES protocols(id) ON DELETE CASCADE,
            line TEXT NOT NULL,
            verified INTEGER NOT NULL CHECK (verified IN (0, 1)),
            value INTEGER,
            reviewer TEXT NOT NULL,
            reason TEXT NOT NULL,
            {RECORD_COLUMNS}
        );
        CREATE INDEX line_reviews_protocol ON line_reviews(protocol_id, line);
        """,
    )


SCHEMA_VERSION = len(KNOWN_MIGRATIONS)
