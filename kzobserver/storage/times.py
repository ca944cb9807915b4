"""Moments in the logbook: stored as UTC text in the format of :func:`utc_now`
(``2023-03-19T04:00:00.000Z``), so that text order is time order in SQL and every layer parses
them the same way (the UI reads them with ``Qt.ISODateWithMs``).

Times the observer edits arrive as datetimes or ISO texts. One without a zone is the device's local
time: the laptop is at the station, and its clock is what the observer reads.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from kzobserver.i18n import translate
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import utc_now


def stored_time(value: datetime | str | None = None) -> str:
    """``value`` (None: now) as stored; LogbookError for text that is not a date and time."""
    if value is None:
        return utc_now()
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise LogbookError(
                translate("Storage", "“{value}” is not a date and time.").format(value=value)
            ) from None
    if value.tzinfo is None:
        value = value.astimezone()  # naive: the device's local time
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_stored_time(text: str) -> datetime:
    """A stored time as an aware UTC datetime."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def local_clock(stored: str, tz: tzinfo | None = None) -> str:
    """The wall-clock time ``HH:MM`` of a stored moment in ``tz`` (None: the device's zone)."""
    moment = parse_stored_time(stored)
    local = moment.astimezone(tz) if tz is not None else moment.astimezone()
    return local.strftime("%H:%M")
