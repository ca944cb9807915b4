"""Schema 6: protocol_values without the per-value audit columns. A schema-5 logbook with protocol
records opens with every value kept (empty lines stay empty), the latest change of a record's
values folded into the record's updated_at, the foreign key and the check still in force, and
the old file, per-line stamps and all, kept as the pre-migration backup."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from kzobserver.storage import Logbook, schema
from kzobserver.storage.protocols import load_protocol, set_line_values
from kzobserver.storage.results_logbook import create_logbook_from_results
from tests.official_files import HEADER_2024, rows_2024, write_csv

MIGRATION = "0006_protocol_values_without_audit_columns"
STAMP = "'dev-1', '2023-03-19T15:00:00.000Z', '2023-03-19T15:00:00.000Z'"
# protocol → (updated_at of the record, {line: (value, updated_at of the value)})
RECORDS: dict[str, tuple[str, dict[str, tuple[int | None, str]]]] = {
    "p-copy": (
        "2023-03-19T17:00:00.000Z",
        {
            "ballots_issued": (905, "2023-03-19T16:58:00.000Z"),
            "invalid": (None, "2023-03-19T16:59:00.000Z"),  # cleared back to "not seen"
            "votes:amanat": (512, "2023-03-19T17:05:00.000Z"),  # saved after the record's stamp
        },
    ),
    "p-official": ("2023-03-20T09:00:00.000Z", {"ballots_issued": (911, "2023-03-20T08:00:00Z")}),
    "p-empty": ("2023-03-19T18:00:00.000Z", {}),
}


def make_schema5_logbook(path: Path) -> None:
    """A logbook as schema 5 left it: one election, one station, three protocol records."""
    db = Database(sqlite3.connect(path))
    db.execute("PRAGMA journal_mode = WAL")
    schema.migrations.apply(db, stop_before=MIGRATION)
    db.execute("PRAGMA user_version = 5")
    sources = {"p-copy": "pec_copy", "p-official": "official", "p-empty": "observer_tally"}
    with db.conn:
        db.execute("INSERT INTO logbook_info VALUES ('format', 'kzobserver-logbook')")
        db.execute(
            "INSERT INTO elections (id, code, country, date, name_en, author, device_id, "
            "created_at, updated_at) "
            f"VALUES ('e', 'test-5', 'KZ', '2023-03-19', 'Test', NULL, {STAMP})"
        )
        db.execute(
            "INSERT INTO contests (id, election_id, code, kind, template, name_en, author, "
            f"device_id, created_at, updated_at) VALUES ('c', 'e', 'list', 'party_list', "
            f"'kz-party-list', 'List', NULL, {STAMP})"
        )
        db.execute(
            "INSERT INTO stations (id, election_id, number, author, device_id, created_at, "
            f"updated_at) VALUES ('s', 'e', '101', NULL, {STAMP})"
        )
        for pid, (updated_at, values) in RECORDS.items():
            db.execute(
                "INSERT INTO protocols (id, station_id, contest_id, source, observer, author, "
                "device_id, created_at, updated_at) "
                "VALUES (?, 's', 'c', ?, '', 'obs-1', 'dev-1', '2023-03-19T15:00:00.000Z', ?)",
                [pid, sources[pid], updated_at],
            )
            for line, (value, stamped) in values.items():
                db.execute(
                    "INSERT INTO protocol_values (protocol_id, line, value, author, device_id, "
                    "created_at, updated_at) VALUES (?, ?, ?, 'obs-2', 'dev-2', ?, ?)",
                    [pid, line, value, stamped, stamped],
                )
    db.close()


def test_upgrade_from_schema5_keeps_every_value(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    make_schema5_logbook(path)
    with Logbook.open(path) as logbook:
        assert logbook.schema_version() == schema.SCHEMA_VERSION
        db = logbook.db
        assert MIGRATION in [m.name for m in schema.migrations.applied(db)]
        columns = [r[1] for r in db.execute("PRAGMA table_info(protocol_values)")]
        assert columns == ["protocol_id", "line", "value"]
        (sql,) = db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'protocol_values'"
        ).fetchone()
        assert sql.rstrip().endswith("WITHOUT ROWID")
        for pid, (_, values) in RECORDS.items():
            record = load_protocol(logbook, pid)
            assert record.values == {line: value for line, (value, _) in values.items()}
        updated = dict(db.execute("SELECT id, updated_at FROM protocols").fetchall())
        assert updated == {
            "p-copy": "2023-03-19T17:05:00.000Z",  # the later value's time
            "p-official": "2023-03-20T09:00:00.000Z",
            "p-empty": "2023-03-19T18:00:00.000Z",
        }
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            db.execute("INSERT INTO protocol_values VALUES ('no-such-record', 'invalid', 1)")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            db.execute("INSERT INTO protocol_values VALUES ('p-copy', 'valid', -1)")
        logbook.db.conn.rollback()
        set_line_values(logbook, "p-copy", {"invalid": 7, "votes:amanat": 513})
        assert load_protocol(logbook, "p-copy").values == {
            "ballots_issued": 905,
            "invalid": 7,
            "votes:amanat": 513,
        }
    (backup,) = tmp_path.glob("old.schema5-backup-*.sqlite")
    with sqlite3.connect(backup) as conn:  # the per-line stamps stay in the backup
        assert conn.execute(
            "SELECT author, updated_at FROM protocol_values WHERE line = 'votes:amanat'"
        ).fetchone() == ("obs-2", "2023-03-19T17:05:00.000Z")


def test_a_logbook_made_from_results_closes_cleanly(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Renaming a table in migration 6 made SQLite refuse this connection's WAL checkpoints once
    the new logbook's journal mode had been switched back; closing must fold the WAL back."""
    file = write_csv(tmp_path / "2024.csv", HEADER_2024, rows_2024())
    path = tmp_path / "new.sqlite"
    with caplog.at_level(logging.WARNING):
        logbook, created = create_logbook_from_results(path, file)
        assert logbook.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
        logbook.close()
    assert not [r for r in caplog.records if "checkpoint" in r.getMessage()]
    assert not path.with_name(path.name + "-wal").exists()
    with Logbook.open(path) as logbook:
        count = logbook.db.execute("SELECT count(*) FROM protocol_values").fetchone()[0]
    assert count == created.values_written == 12 * 16
