"""Where the observer was: arrivals, departures and breaks at stations.

Visits are a log of events, each with an editable time (defaulting to now). Where the observer is
now follows from the current observer's events in time order: moving to another station mid-day is
a departure from the first and an arrival at the second, written together by :func:`arrive`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, NamedTuple

from kzobserver.domain.model import new_id
from kzobserver.i18n import translate
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook, utc_now
from kzobserver.storage.records import require_station
from kzobserver.storage.times import stored_time


class VisitEvent(StrEnum):
    ARRIVAL = "arrival"
    DEPARTURE = "departure"
    BREAK_START = "break_start"
    BREAK_END = "break_end"


def visit_event_label(event: str) -> str:
    return {
        VisitEvent.ARRIVAL: translate("Visits", "Arrived at the station"),
        VisitEvent.DEPARTURE: translate("Visits", "Left the station"),
        VisitEvent.BREAK_START: translate("Visits", "Break started"),
        VisitEvent.BREAK_END: translate("Visits", "Break ended"),
    }.get(VisitEvent(event), event)


@dataclass(frozen=True)
class Visit:
    id: str
    station_id: str
    event: str  # a VisitEvent value
    at: str  # stored UTC time (see storage.times)
    note: str
    author: str | None
    created_at: str
    updated_at: str


class StationVisit(NamedTuple):
    """One line of "where I have been": a station and the current observer's time there."""

    station_id: str
    number: str
    first_arrival: str
    last_departure: str | None  # None while never departed
    present_now: bool


_COLUMNS = "id, station_id, event, at, note, author, created_at, updated_at"
_ORDER = "ORDER BY at, rowid"


def _visit(row: Any) -> Visit:
    return Visit(*row)


def record_visit(
    logbook: Logbook,
    station_id: str,
    event: str,
    at: datetime | str | None = None,
    note: str = "",
) -> Visit:
    """Write one event as given, without checking it against where the observer is (for
    corrections and imports; the day's buttons use :func:`arrive`, :func:`depart` and the
    break functions)."""
    require_station(logbook, station_id)
    record = _record(logbook, station_id, VisitEvent(event), stored_time(at), note)
    with logbook.db.atomic():
        logbook.db.table("visits").insert(record)
    return get_visit(logbook, record["id"])


def _record(
    logbook: Logbook, station_id: str, event: VisitEvent, at: str, note: str
) -> dict[str, Any]:
    return logbook.stamp(
        {
            "id": new_id(),
            "station_id": station_id,
            "event": event.value,
            "at": at,
            "note": note.strip(),
        }
    )


def _mine(logbook: Logbook) -> list[Visit]:
    """The current observer's events in time order."""
    rows = logbook.db.execute(
        f"SELECT {_COLUMNS} FROM visits WHERE author IS ? {_ORDER}", [logbook.author]
    ).fetchall()
    return [_visit(r) for r in rows]


def _last_arrival(logbook: Logbook) -> Visit | None:
    """The arrival at the station the current observer is at now, if any."""
    last = None
    for visit in _mine(logbook):
        if visit.event == VisitEvent.ARRIVAL:
            last = visit
        elif visit.event == VisitEvent.DEPARTURE:
            last = None
    return last


def current_station(logbook: Logbook) -> str | None:
    """The station the current observer arrived at and has not left, if any."""
    arrival = _last_arrival(logbook)
    return arrival.station_id if arrival else None


def on_break(logbook: Logbook) -> bool:
    """Whether the current observer is on a break at their current station."""
    arrival = _last_arrival(logbook)
    if arrival is None:
        return False
    state = False
    for visit in _mine(logbook):
        if visit.station_id == arrival.station_id and visit.at >= arrival.at:
            if visit.event == VisitEvent.BREAK_START:
                state = True
            elif visit.event == VisitEvent.BREAK_END:
                state = False
    return state


def arrive(
    logbook: Logbook, station_id: str, at: datetime | str | None = None, note: str = ""
) -> Visit:
    """Arrive at ``station_id``. Coming from another station, the departure from it is written
    at the same time, in the same transaction."""
    number = require_station(logbook, station_id)
    when = stored_time(at)
    previous = _last_arrival(logbook)
    if previous and previous.station_id == station_id:
        raise LogbookError(
            translate("Visits", "You are already at station {number}.").format(number=number)
        )
    if previous and when < previous.at:
        raise LogbookError(translate("Visits", "This is before your arrival at your last station."))
    arrival = _record(logbook, station_id, VisitEvent.ARRIVAL, when, note)
    with logbook.db.atomic():
        if previous:
            logbook.db.table("visits").insert(
                _record(logbook, previous.station_id, VisitEvent.DEPARTURE, when, "")
            )
        logbook.db.table("visits").insert(arrival)
    return get_visit(logbook, arrival["id"])


def depart(logbook: Logbook, at: datetime | str | None = None, note: str = "") -> Visit:
    """Leave the current station."""
    arrival = _require_present(logbook)
    when = stored_time(at)
    if when < arrival.at:
        raise LogbookError(translate("Visits", "The departure cannot be before the arrival."))
    return _insert(logbook, _record(logbook, arrival.station_id, VisitEvent.DEPARTURE, when, note))


def start_break(logbook: Logbook, at: datetime | str | None = None, note: str = "") -> Visit:
    arrival = _require_present(logbook)
    if on_break(logbook):
        raise LogbookError(translate("Visits", "You are already on a break."))
    when = stored_time(at)
    return _insert(
        logbook, _record(logbook, arrival.station_id, VisitEvent.BREAK_START, when, note)
    )


def end_break(logbook: Logbook, at: datetime | str | None = None, note: str = "") -> Visit:
    arrival = _require_present(logbook)
    if not on_break(logbook):
        raise LogbookError(translate("Visits", "You are not on a break."))
    when = stored_time(at)
    return _insert(logbook, _record(logbook, arrival.station_id, VisitEvent.BREAK_END, when, note))


def _require_present(logbook: Logbook) -> Visit:
    arrival = _last_arrival(logbook)
    if arrival is None:
        raise LogbookError(translate("Visits", "You are not at a station; record your arrival."))
    return arrival


def _insert(logbook: Logbook, record: dict[str, Any]) -> Visit:
    with logbook.db.atomic():
        logbook.db.table("visits").insert(record)
    return get_visit(logbook, record["id"])


def update_visit(
    logbook: Logbook,
    visit_id: str,
    *,
    at: datetime | str | None = None,
    note: str | None = None,
) -> Visit:
    """Correct the time or the note of an event (None leaves it as it is)."""
    get_visit(logbook, visit_id)
    changes: dict[str, Any] = {"updated_at": utc_now()}
    if at is not None:
        changes["at"] = stored_time(at)
    if note is not None:
        changes["note"] = note.strip()
    with logbook.db.atomic():
        logbook.db.table("visits").update(visit_id, changes)
    return get_visit(logbook, visit_id)


def get_visit(logbook: Logbook, visit_id: str) -> Visit:
    row = logbook.db.execute(f"SELECT {_COLUMNS} FROM visits WHERE id = ?", [visit_id]).fetchone()
    if row is None:
        raise LogbookError(translate("Visits", "This visit record no longer exists."))
    return _visit(row)


def visits(logbook: Logbook, station_id: str | None = None) -> list[Visit]:
    """Every observer's events (at one station, or everywhere), in time order."""
    where, params = ("WHERE station_id = ?", [station_id]) if station_id else ("", [])
    rows = logbook.db.execute(f"SELECT {_COLUMNS} FROM visits {where} {_ORDER}", params)
    return [_visit(r) for r in rows.fetchall()]


def stations_visited(logbook: Logbook) -> list[StationVisit]:
    """The stations the current observer has been at, in the order of their first arrival."""
    rows = logbook.db.execute(
        """
        SELECT v.station_id, s.number,
               min(CASE WHEN v.event = 'arrival' THEN v.at END),
               max(CASE WHEN v.event = 'departure' THEN v.at END)
        FROM visits v JOIN stations s ON s.id = v.station_id
        WHERE v.author IS ?
        GROUP BY v.station_id
        HAVING min(CASE WHEN v.event = 'arrival' THEN v.at END) IS NOT NULL
        ORDER BY 3
        """,
        [logbook.author],
    ).fetchall()
    here = current_station(logbook)
    return [StationVisit(r[0], r[1], r[2], r[3], r[0] == here) for r in rows]
