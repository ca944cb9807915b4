"""What the observation modules share: checking the station a record is about."""

from __future__ import annotations

from kzobserver.i18n import translate
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook


def require_station(logbook: Logbook, station_id: str) -> str:
    """The station's number; LogbookError when the logbook has no such station (checked before
    writing, so the user gets a sentence rather than a foreign-key failure)."""
    row = logbook.db.execute("SELECT number FROM stations WHERE id = ?", [station_id]).fetchone()
    if row is None:
        raise LogbookError(translate("Storage", "There is no such station in this logbook."))
    return str(row[0])
