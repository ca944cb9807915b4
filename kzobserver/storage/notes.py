"""Free notes: anything the observer wants to write down, at a station or not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kzobserver.domain.model import new_id
from kzobserver.i18n import translate
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook, utc_now
from kzobserver.storage.records import require_station
from kzobserver.storage.times import stored_time


@dataclass(frozen=True)
class Note:
    id: str
    station_id: str | None
    at: str  # stored UTC time
    text: str
    author: str | None
    created_at: str
    updated_at: str


_COLUMNS = "id, station_id, at, text, author, created_at, updated_at"


def _text(text: str) -> str:
    if not text.strip():
        raise LogbookError(translate("Notes", "A note cannot be empty."))
    return text.strip()


def add_note(
    logbook: Logbook,
    text: str,
    *,
    station_id: str | None = None,
    at: datetime | str | None = None,
) -> Note:
    """Save a note at once; ``at`` None is now."""
    if station_id is not None:
        require_station(logbook, station_id)
    note_id = new_id()
    record = {"id": note_id, "station_id": station_id, "at": stored_time(at), "text": _text(text)}
    with logbook.db.atomic():
        logbook.db.table("notes").insert(logbook.stamp(record))
    return get_note(logbook, note_id)


def update_note(
    logbook: Logbook, note_id: str, *, text: str | None = None, at: datetime | str | None = None
) -> Note:
    """Change a note's text or time (None leaves it as it is)."""
    get_note(logbook, note_id)
    changes: dict[str, Any] = {"updated_at": utc_now()}
    if text is not None:
        changes["text"] = _text(text)
    if at is not None:
        changes["at"] = stored_time(at)
    with logbook.db.atomic():
        logbook.db.table("notes").update(note_id, changes)
    return get_note(logbook, note_id)


def get_note(logbook: Logbook, note_id: str) -> Note:
    row = logbook.db.execute(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", [note_id]).fetchone()
    if row is None:
        raise LogbookError(translate("Notes", "This note no longer exists."))
    return Note(*row)


def notes(logbook: Logbook, station_id: str | None = None) -> list[Note]:
    """The notes at one station (None: every note), in time order."""
    where, params = ("WHERE station_id = ?", [station_id]) if station_id else ("", [])
    rows = logbook.db.execute(f"SELECT {_COLUMNS} FROM notes {where} ORDER BY at, rowid", params)
    return [Note(*r) for r in rows.fetchall()]
