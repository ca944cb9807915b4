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


@_migration("0004_observer_logbook")
def m0004_observer_logbook(db: Database) -> None:
    # The observer's day: who observes, where they were, checklist answers, the headcount,
    # incident reports (immutable once submitted), evidence files and free notes.
    _execute_all(
        db,
        f"""
        CREATE TABLE observers (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) != ''),
            accreditation TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT 'observer'
                CHECK (role IN ('observer', 'reviewer', 'coordinator')),
            {RECORD_COLUMNS}
        );
        CREATE TABLE visits (
            id TEXT PRIMARY KEY,
            station_id TEXT NOT NULL REFERENCES stations(id),
            event TEXT NOT NULL
                CHECK (event IN ('arrival', 'departure', 'break_start', 'break_end')),
            at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            {RECORD_COLUMNS}
        );
        CREATE INDEX visits_station ON visits(station_id, at);
        CREATE TABLE checklist_answers (
            id TEXT PRIMARY KEY,
            station_id TEXT NOT NULL REFERENCES stations(id),
            checklist TEXT NOT NULL,
            checklist_version INTEGER NOT NULL,
            question TEXT NOT NULL,
            answer TEXT,
            red_flag INTEGER NOT NULL DEFAULT 0,
            answered_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            {RECORD_COLUMNS}
        );
        CREATE UNIQUE INDEX checklist_answers_key
            ON checklist_answers(station_id, checklist, question, ifnull(author, ''));
        CREATE TABLE headcount_taps (
            id TEXT PRIMARY KEY,
            station_id TEXT NOT NULL REFERENCES stations(id),
            delta INTEGER NOT NULL CHECK (delta IN (-1, 1)),
            at TEXT NOT NULL,
            {RECORD_COLUMNS}
        );
        CREATE INDEX headcount_taps_station ON headcount_taps(station_id, at);
        CREATE TABLE headcount_snapshots (
            id TEXT PRIMARY KEY,
            station_id TEXT NOT NULL REFERENCES stations(id),
            at TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count >= 0),
            note TEXT NOT NULL DEFAULT '',
            {RECORD_COLUMNS}
        );
        CREATE INDEX headcount_snapshots_station ON headcount_snapshots(station_id, at);
        CREATE TABLE incidents (
            id TEXT PRIMARY KEY,
            station_id TEXT REFERENCES stations(id),
            location TEXT NOT NULL DEFAULT 'station'
                CHECK (location IN ('station', 'other_station', 'not_at_station')),
            location_text TEXT NOT NULL DEFAULT '',
            contest_id TEXT REFERENCES contests(id),
            occurred_at TEXT NOT NULL,
            category TEXT NOT NULL,
            severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
            description TEXT NOT NULL DEFAULT '',
            perpetrator TEXT NOT NULL DEFAULT '',
            witnesses TEXT NOT NULL DEFAULT '',
            complaint_filed INTEGER NOT NULL DEFAULT 0,
            complaint_reference TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'needs_follow_up', 'resolved', 'excluded')),
            submitted_at TEXT,
            amends_id TEXT REFERENCES incidents(id),
            checklist_answer_id TEXT REFERENCES checklist_answers(id),
            {RECORD_COLUMNS},
            CHECK (location != 'station' OR station_id IS NOT NULL)
        );
        CREATE INDEX incidents_station ON incidents(station_id, occurred_at);
        CREATE TABLE incident_status_changes (
            id TEXT PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            status TEXT NOT NULL
                CHECK (status IN ('open', 'needs_follow_up', 'resolved', 'excluded')),
            reason TEXT NOT NULL DEFAULT '',
            {RECORD_COLUMNS}
        );
        CREATE TABLE evidence (
            id TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size >= 0),
            original_name TEXT NOT NULL,
            media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
            captured_at TEXT,
            do_not_publish INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            station_id TEXT REFERENCES stations(id),
            incident_id TEXT REFERENCES incidents(id),
            checklist_answer_id TEXT REFERENCES checklist_answers(id),
            protocol_id TEXT REFERENCES protocols(id),
            {RECORD_COLUMNS}
        );
        CREATE INDEX evidence_station ON evidence(station_id);
        CREATE INDEX evidence_incident ON evidence(incident_id);
        CREATE TABLE evidence_chunks (
            evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL CHECK (seq >= 0),
            data BLOB NOT NULL,
            UNIQUE (evidence_id, seq)
        );
        CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            station_id TEXT REFERENCES stations(id),
            at TEXT NOT NULL,
            text TEXT NOT NULL CHECK (trim(text) != ''),
            {RECORD_COLUMNS}
        );
        CREATE INDEX notes_station ON notes(station_id, at);
        """,
    )
    # A submitted report is evidence: its content can never change (only its follow-up status,
    # whose history is kept in incident_status_changes). Corrections are amendments, new rows
    # pointing at the original with amends_id. Enforced here so no code path can forget it.
    content = (
        "station_id, location, location_text, contest_id, occurred_at, category, severity, "
        "description, perpetrator, witnesses, complaint_filed, complaint_reference, "
        "submitted_at, amends_id, checklist_answer_id, author, device_id, created_at"
    )
    db.execute(
        f"""
        CREATE TRIGGER incidents_immutable_once_submitted
        BEFORE UPDATE OF {content} ON incidents
        WHEN OLD.submitted_at IS NOT NULL
        BEGIN
            SELECT RAISE(ABORT, 'a submitted incident report cannot be changed');
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER incidents_not_deleted_once_submitted
        BEFORE DELETE ON incidents
        WHEN OLD.submitted_at IS NOT NULL
        BEGIN
            SELECT RAISE(ABORT, 'a submitted incident report cannot be deleted');
        END
        """
    )


@_migration("0005_reviews_audit_sample_design")
def m0005_reviews_audit_sample_design(db: Database) -> None:
    # Station reviews: a reviewer's decision on a station where two sources part. Append-only:
    # the latest row per (station, contest, pair of sources) counts, and "cleared" withdraws a
    # decision, so the history of decisions is never lost.
    # The audit log: every change worth answering for, hash-chained per device (so logs from
    # many laptops can be merged without breaking a chain), and never updated or deleted.
    # Sample designs: how the observed stations were drawn (the latest row counts); strata
    # sizes default to the logbook's station counts per region when stratum_sizes is NULL.
    _execute_all(
        db,
        f"""
        CREATE TABLE station_reviews (
            id TEXT PRIMARY KEY,
            station_id TEXT NOT NULL REFERENCES stations(id),
            contest_id TEXT NOT NULL REFERENCES contests(id),
            source_a TEXT NOT NULL,
            source_b TEXT NOT NULL,
            status TEXT NOT NULL
                CHECK (status IN ('under_review', 'confirmed', 'excluded', 'cleared')),
            reason TEXT NOT NULL DEFAULT '',
            evidence TEXT NOT NULL DEFAULT '[]',
            reviewer TEXT NOT NULL,
            {RECORD_COLUMNS}
        );
        CREATE INDEX station_reviews_key
            ON station_reviews(contest_id, source_a, source_b, station_id, created_at);
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            at TEXT NOT NULL,
            author TEXT,
            device_id TEXT NOT NULL,
            action TEXT NOT NULL,
            table_name TEXT NOT NULL DEFAULT '',
            row_id TEXT NOT NULL DEFAULT '',
            before TEXT,
            after TEXT,
            reason TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
            hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
        );
        CREATE INDEX audit_log_device ON audit_log(device_id, seq);
        CREATE INDEX audit_log_row ON audit_log(table_name, row_id);
        CREATE TABLE sample_designs (
            id TEXT PRIMARY KEY,
            election_id TEXT NOT NULL REFERENCES elections(id),
            kind TEXT NOT NULL CHECK (kind IN ('simple', 'stratified')),
            stratum_sizes TEXT,
            note TEXT NOT NULL DEFAULT '',
            {RECORD_COLUMNS}
        )
        """,
    )
    for event in ("UPDATE", "DELETE"):
        db.execute(
            f"""
            CREATE TRIGGER audit_log_no_{event.lower()}
            BEFORE {event} ON audit_log
            BEGIN
                SELECT RAISE(ABORT, 'the audit log is append-only');
            END
            """
        )


@_migration("0006_protocol_values_without_audit_columns")
def m0006_protocol_values_without_audit_columns(db: Database) -> None:
    # A national results file writes 2 million line values; the four audit columns on each made
    # them 150 bytes instead of 60 and the import three times slower than the bare writes. Who
    # saved a record and when stays on the protocol row, and the audit log (storage.audit) keeps
    # the before and after of every protocol save. The latest change of a record's values is
    # folded into its updated_at first, so what the timeline showed stays; the per-line stamps
    # remain in the copy of the file made before any migration.
    # The values are copied aside and back rather than a new table renamed: after an ALTER
    # TABLE, SQLite (3.40) refuses the connection's WAL checkpoints ("database table is locked")
    # once its journal mode has been switched, as creating a logbook from results does.
    _execute_all(
        db,
        """
        UPDATE protocols SET updated_at = max(updated_at, coalesce(
            (SELECT max(v.updated_at) FROM protocol_values v WHERE v.protocol_id = protocols.id),
            ''
        ));
        CREATE TABLE protocol_values_0006 (
            protocol_id TEXT NOT NULL, line TEXT NOT NULL, value INTEGER,
            PRIMARY KEY (protocol_id, line)
        ) WITHOUT ROWID;
        INSERT INTO protocol_values_0006 SELECT protocol_id, line, value FROM protocol_values;
        DROP TABLE protocol_values;
        CREATE TABLE protocol_values (
            protocol_id TEXT NOT NULL REFERENCES protocols(id) ON DELETE CASCADE,
            line TEXT NOT NULL,
            value INTEGER CHECK (value IS NULL OR value >= 0),
            PRIMARY KEY (protocol_id, line)
        ) WITHOUT ROWID;
        INSERT INTO protocol_values SELECT protocol_id, line, value FROM protocol_values_0006;
        DROP TABLE protocol_values_0006
        """,
    )


SCHEMA_VERSION = len(KNOWN_MIGRATIONS)
