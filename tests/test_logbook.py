"""The logbook file: creation, migrations, the newer-schema guard, backups, WAL."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kzobserver.storage import Logbook, LogbookError, NewerSchemaError, NotALogbookError, schema
from kzobserver.storage.reference import current_election
from kzobserver.storage.stations import list_stations

SCHEMA1 = Path(__file__).parent / "data" / "logbook-schema1.sqlite"


def test_fresh_logbook_has_every_migration_and_wal(logbook_path: Path) -> None:
    with Logbook.open(logbook_path, create=True) as logbook:
        assert logbook.schema_version() == schema.SCHEMA_VERSION == len(schema.KNOWN_MIGRATIONS)
        applied = [m.name for m in schema.migrations.applied(logbook.db)]
        assert applied == schema.KNOWN_MIGRATIONS
        assert logbook.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert logbook.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert logbook.info("format") == "kzobserver-logbook"
    # No backup is made for a brand-new file: there was nothing to lose.
    assert sorted(p.name for p in logbook_path.parent.iterdir()) == [logbook_path.name]


def test_missing_file_is_not_created_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(LogbookError, match="There is no logbook"):
        Logbook.open(tmp_path / "absent.sqlite")
    assert not (tmp_path / "absent.sqlite").exists()


def test_upgrade_from_schema1_keeps_data_and_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(SCHEMA1, path)
    with Logbook.open(path) as logbook:
        assert logbook.schema_version() == schema.SCHEMA_VERSION
        election = current_election(logbook)
        assert election is not None and election.code == "test-1"
        (station,) = list_stations(logbook, election.id)
        assert (station.number, station.address, station.registered_voters) == (
            "101",
            "1 Schema Street",
            1500,
        )
        assert station.synthetic is False  # the column added by migration 2 defaults to real
        assert logbook.db.table("announced_figures").exists()
    backups = list(tmp_path.glob("old.schema1-backup-*.sqlite"))
    assert len(backups) == 1
    # The backup is the untouched schema-1 logbook.
    with sqlite3.connect(backups[0]) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
        assert names == ["0001_reference_data"]
        assert conn.execute("SELECT address FROM stations").fetchone() == ("1 Schema Street",)


def test_second_open_does_not_back_up_again(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(SCHEMA1, path)
    Logbook.open(path).close()
    Logbook.open(path).close()
    assert len(list(tmp_path.glob("*backup*"))) == 1


def _make_newer(path: Path, *, via: str) -> None:
    Logbook.open(path, create=True).close()
    with sqlite3.connect(path) as conn:
        if via == "migration":
            conn.execute(
                "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                "VALUES ('kzobserver', '9999_from_the_future', '2030-01-01')"
            )
        else:
            conn.execute("PRAGMA user_version = 99")


@pytest.mark.parametrize("via", ["migration", "user_version"])
def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path, via: str) -> None:
    path = tmp_path / "future.sqlite"
    _make_newer(path, via=via)
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version of kzobserver") as info:
        Logbook.open(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*backup*"))


def test_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(NotALogbookError, match="another program"):
        Logbook.open(path)


def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("this is not a database\n" * 100)
    with pytest.raises(NotALogbookError, match="not a kzobserver logbook"):
        Logbook.open(path)


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotALogbookError, match="folder"):
        Logbook.open(tmp_path)


def test_failed_migration_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A migration that fails half-way leaves the schema-1 file as it was (apart from the
    backup), so the user can retry with a fixed version."""
    path = tmp_path / "old.sqlite"
    shutil.copyfile(SCHEMA1, path)
    migration = next(m for m in schema.migrations._migrations if m.name.startswith("0002"))
    original = migration.fn

    def broken(db) -> None:  # type: ignore[no-untyped-def]
        original(db)
        raise RuntimeError("power cut")

    monkeypatch.setattr(migration, "fn", broken)
    with pytest.raises(RuntimeError, match="power cut"):
        Logbook.open(path)
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
        assert names == ["0001_reference_data"]
        columns = [r[1] for r in conn.execute("PRAGMA table_info(stations)")]
        assert "synthetic" not in columns


def test_writes_are_committed_at_once(kz_logbook: Logbook) -> None:
    """Another connection (as after a crash) sees what was written without close()."""
    kz_logbook._set_info("probe", "saved")
    with sqlite3.connect(kz_logbook.path) as other:
        assert other.execute("SELECT value FROM logbook_info WHERE key = 'probe'").fetchone() == (
            "saved",
        )


def test_records_are_stamped(kz_logbook: Logbook) -> None:
    row = kz_logbook.db.execute(
        "SELECT device_id, created_at, updated_at FROM elections"
    ).fetchone()
    assert row[0] == kz_logbook.device_id
    assert row[1].endswith("Z") and row[1] == row[2]


def test_device_id_is_stable_per_machine(tmp_path: Path) -> None:
    from kzobserver.storage.device import device_id

    assert device_id() == device_id()
