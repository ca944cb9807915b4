"""One logbook = one SQLite file. Opening it applies migrations (after a backup) and refuses
files written by a newer version."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from kzobserver import __version__
from kzobserver.i18n import translate
from kzobserver.storage import schema
from kzobserver.storage.device import device_id as machine_device_id
from kzobserver.storage.errors import LogbookError, NewerSchemaError, NotALogbookError

log = logging.getLogger(__name__)

LOGBOOK_FORMAT = "kzobserver-logbook"


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Logbook:
    """An open logbook. Every write method commits before it returns (WAL keeps that cheap), so a
    killed process loses at most the keystroke it was typing."""

    def __init__(self, path: Path, db: Database, device_id: str) -> None:
        self.path = path
        self.db = db
        self.device_id = device_id
        self.author: str | None = None  # the current observer's id, stamped on new records
        self.closed = False

    # --- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False) -> Logbook:
        path = Path(path).expanduser().resolve()
        if not path.exists():
            if not create:
                raise LogbookError(
                    translate("Storage", "There is no logbook at {path}.").format(path=path)
                )
            path.parent.mkdir(parents=True, exist_ok=True)
        elif path.is_dir():
            raise NotALogbookError(path, translate("Storage", "it is a folder"))
        is_new = not path.exists() or path.stat().st_size == 0
        try:
            conn = sqlite3.connect(str(path))
            db = Database(conn)
            db.execute("PRAGMA foreign_keys = ON")
            # journal_mode is the first read of the file: a non-SQLite file fails here.
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            # A 64 MB page cache (a limit, not an allocation) instead of 2 MB: the UUID-keyed
            # indexes of 100,000 stations do not fit in 2 MB, which slowed a national import by a
            # third.
            db.execute("PRAGMA cache_size = -65536")
        except sqlite3.DatabaseError as exc:
            raise NotALogbookError(path, str(exc)) from exc
        try:
            if not is_new:
                cls._check_is_logbook(path, db)
            cls._migrate(path, db)
        except BaseException:
            db.close()
            raise
        logbook = cls(path, db, machine_device_id())
        logbook.author = logbook._remembered_author()
        if is_new:
            logbook._set_info("format", LOGBOOK_FORMAT)
            logbook._set_info("created_at", utc_now())
            logbook._set_info("created_by_version", __version__)
        return logbook

    @staticmethod
    def _check_is_logbook(path: Path, db: Database) -> None:
        tables = set(db.table_names())
        if not tables:
            return  # an empty SQLite file: safe to turn into a logbook
        if "logbook_info" not in tables or "_sqlite_migrations" not in tables:
            raise NotALogbookError(
                path, translate("Storage", "it is an SQLite database of another program")
            )

    @staticmethod
    def _migrate(path: Path, db: Database) -> None:
        applied = [m.name for m in schema.migrations.applied(db)]
        unknown = [name for name in applied if name not in schema.KNOWN_MIGRATIONS]
        user_version = db.execute("PRAGMA user_version").fetchone()[0]
        if unknown or user_version > schema.SCHEMA_VERSION:
            raise NewerSchemaError(path, max(user_version, len(applied)), schema.SCHEMA_VERSION)
        pending = schema.migrations.pending(db)
        if not pending:
            return
        if applied:
            backup_before_migration(path, db, len(applied))
        schema.migrations.apply(db)
        db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        log.info("migrated %s to schema %d", path, schema.SCHEMA_VERSION)

    def close(self) -> None:
        """Close the file; closing again is harmless (the window and its caller may both)."""
        if self.closed:
            return
        self.closed = True
        try:
            # Fold the WAL back so the logbook is one self-contained file when copied.
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            log.warning("WAL checkpoint failed for %s", self.path, exc_info=True)
        self.db.close()

    def __enter__(self) -> Logbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- records -------------------------------------------------------------------------------

    def stamp(self, record: dict[str, Any], *, now: str | None = None) -> dict[str, Any]:
        """``record`` with the audit columns every user record carries."""
        now = now or utc_now()
        return {
            **record,
            "author": self.author,
            "device_id": self.device_id,
            "created_at": now,
            "updated_at": now,
        }

    def current_observer_key(self) -> str:
        """Where this device's current observer is remembered: per device, so a logbook copied
        to a colleague's laptop does not make it write in the first observer's name."""
        return f"current_observer:{self.device_id}"

    def _remembered_author(self) -> str | None:
        observer_id = self.info(self.current_observer_key())
        if not observer_id:
            return None
        found = self.db.execute("SELECT 1 FROM observers WHERE id = ?", [observer_id]).fetchone()
        return observer_id if found else None

    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def info(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM logbook_info WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _set_info(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO logbook_info(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )


def backup_before_migration(path: Path, db: Database, from_version: int) -> Path:
    """Copy the logbook aside (consistently, WAL included) before its schema changes."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.schema{from_version}-backup-{stamp}{path.suffix}")
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    log.info("backed up %s to %s before migrating", path, target)
    return target
