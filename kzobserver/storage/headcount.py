"""The headcount: voters seen entering, one committed row per keystroke, with time-stamped
snapshots compared with the turnout the commission announces and with ``ballots_issued``.

Taps are an append-only log (+1 / -1): each is committed before the key handler returns, so the
count survives a crash or a dead battery, and two devices' logs merge by simple union. Undo is
therefore a -1 row, not a deletion. The count is per station over every tap in the logbook (a
logbook is one observer's, or one team's sharing a laptop in shifts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from kzobserver.domain.model import new_id
from kzobserver.i18n import translate
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocols import Source
from kzobserver.storage.records import require_station
from kzobserver.storage.times import local_clock, parse_stored_time, stored_time

# Polls are open 07:00-20:00; the first full hour of counting is 08:00.
FIRST_SNAPSHOT_HOUR = 8
LAST_SNAPSHOT_HOUR = 20
SNAPSHOT_WINDOW = timedelta(minutes=15)  # a snapshot this close to a suggested time covers it
TURNOUT_LINE = "turnout_percent"


@dataclass(frozen=True)
class Snapshot:
    id: str
    station_id: str
    at: str  # stored UTC time
    count: int
    note: str
    author: str | None
    created_at: str


def tap(
    logbook: Logbook, station_id: str, delta: int = 1, *, at: datetime | str | None = None
) -> int:
    """Add ``delta`` (+1, or -1) to the station's count, committed at once; returns the new
    count. A -1 at zero writes nothing: the count never goes below zero."""
    if delta not in (1, -1):
        raise LogbookError(translate("Headcount", "A tap adds or removes one voter."))
    require_station(logbook, station_id)
    current = count(logbook, station_id)
    if delta < 0 and current == 0:
        return 0
    record = {"id": new_id(), "station_id": station_id, "delta": delta, "at": stored_time(at)}
    with logbook.db.atomic():
        logbook.db.table("headcount_taps").insert(logbook.stamp(record))
    return current + delta


def undo_last_tap(logbook: Logbook, station_id: str) -> int:
    """Backspace: take one voter off the count (a -1 tap, so the log keeps every keystroke);
    nothing at zero. Returns the new count."""
    return tap(logbook, station_id, -1)


def count(logbook: Logbook, station_id: str, *, until: datetime | str | None = None) -> int:
    """Voters counted at the station, up to ``until`` when given."""
    sql = "SELECT coalesce(sum(delta), 0) FROM headcount_taps WHERE station_id = ?"
    params: list[Any] = [station_id]
    if until is not None:
        sql += " AND at <= ?"
        params.append(stored_time(until))
    return max(0, int(logbook.db.execute(sql, params).fetchone()[0]))


def take_snapshot(
    logbook: Logbook,
    station_id: str,
    at: datetime | str | None = None,
    *,
    count_value: int | None = None,
    note: str = "",
) -> Snapshot:
    """Record the count at ``at`` (None: now). For a past time the count is the taps up to it,
    so a snapshot taken late still shows the 10:00 figure; ``count_value`` overrides it (a count
    kept on paper)."""
    require_station(logbook, station_id)
    when = stored_time(at)
    value = count(logbook, station_id, until=when) if count_value is None else count_value
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise LogbookError(translate("Headcount", "A headcount is a whole number, 0 or more."))
    record = {"id": new_id(), "station_id": station_id, "at": when, "count": value}
    with logbook.db.atomic():
        logbook.db.table("headcount_snapshots").insert(
            logbook.stamp({**record, "note": note.strip()})
        )
    return next(s for s in snapshots(logbook, station_id) if s.id == record["id"])


def snapshots(logbook: Logbook, station_id: str) -> list[Snapshot]:
    """The station's snapshots in time order."""
    rows = logbook.db.execute(
        "SELECT id, station_id, at, count, note, author, created_at FROM headcount_snapshots "
        "WHERE station_id = ? ORDER BY at, rowid",
        [station_id],
    ).fetchall()
    return [Snapshot(*r) for r in rows]


def suggested_snapshot_times(day: date, tz: tzinfo | None = None) -> list[datetime]:
    """The full hours of voting on ``day`` (08:00 to 20:00) in ``tz`` (None: this device's
    zone), as aware datetimes."""
    times = []
    for hour in range(FIRST_SNAPSHOT_HOUR, LAST_SNAPSHOT_HOUR + 1):
        moment = datetime(day.year, day.month, day.day, hour)
        times.append(moment.replace(tzinfo=tz) if tz else moment.astimezone())
    return times


def due_snapshot(
    logbook: Logbook, station_id: str, now: datetime | None = None, tz: tzinfo | None = None
) -> datetime | None:
    """The latest suggested time already passed today with no snapshot within 15 minutes of it,
    for a reminder; None when every suggested time so far is covered."""
    now = now.astimezone(tz) if now else datetime.now(tz).astimezone(tz)
    taken = [parse_stored_time(s.at) for s in snapshots(logbook, station_id)]
    for suggested in reversed(suggested_snapshot_times(now.date(), tz or now.tzinfo)):
        if suggested <= now:
            covered = any(abs(t - suggested) <= SNAPSHOT_WINDOW for t in taken)
            return None if covered else suggested
    return None


@dataclass(frozen=True)
class AnnouncedTurnout:
    percent: float
    as_of: str  # the commission's local time of day, "10:10"
    area_code: str | None  # the station's region, or None for the national figure
    source: str


@dataclass(frozen=True)
class IssuedFigure:
    """``ballots_issued`` from one protocol record of the station."""

    value: int
    source: str  # observer_tally | pec_copy | official
    contest: str  # contest code
    observer: str


@dataclass(frozen=True)
class SnapshotComparison:
    snapshot: Snapshot
    local_time: str  # the snapshot's "HH:MM" in the comparison's time zone
    count_percent: float | None  # of the station's registered voters; None when unknown
    announced: AnnouncedTurnout | None  # the announcement nearest in time of day
    minutes_apart: int | None  # between the snapshot and that announcement

    @property
    def difference_points(self) -> float | None:
        """Headcount % minus announced %, in percentage points."""
        if self.count_percent is None or self.announced is None:
            return None
        return self.count_percent - self.announced.percent


@dataclass(frozen=True)
class HeadcountComparison:
    station_id: str
    registered_voters: int | None
    contest: str | None  # the contest whose announcements were used
    current_count: int
    rows: tuple[SnapshotComparison, ...]
    ballots_issued: tuple[IssuedFigure, ...]  # preferred first: the contest's, then by source

    @property
    def issued(self) -> IssuedFigure | None:
        return self.ballots_issued[0] if self.ballots_issued else None


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _is_clock(text: str) -> bool:
    hours, sep, minutes = text.partition(":")
    return bool(sep) and hours.isdigit() and minutes.isdigit() and len(minutes) == 2


def headcount_comparison(
    logbook: Logbook,
    station_id: str,
    *,
    contest_id: str | None = None,
    tz: tzinfo | None = None,
) -> HeadcountComparison:
    """Each snapshot as a share of the station's registered voters beside the turnout announced
    at the nearest time of day (for the station's region when announced, else nationally; a
    regional figure wins a tie), and the ``ballots_issued`` of the station's protocols.

    Announcements are times of day in the commission's local time and snapshots are compared in
    ``tz`` (None: this device's zone, i.e. the station's when the laptop is there).
    ``contest_id`` None picks the first of the station's contests with timed announcements.
    """
    require_station(logbook, station_id)
    db = logbook.db
    registered, region_id = db.execute(
        """
        SELECT s.registered_voters, CASE WHEN a.level = 'district' THEN a.parent_id ELSE a.id END
        FROM stations s LEFT JOIN areas a ON a.id = s.area_id WHERE s.id = ?
        """,
        [station_id],
    ).fetchone()
    figures = db.execute(
        """
        SELECT c.id, c.code, f.value, f.as_of, f.source,
               CASE WHEN f.area_id IS NULL OR a.level = 'country' THEN NULL ELSE a.code END
        FROM station_contests sc
        JOIN contests c ON c.id = sc.contest_id
        JOIN announced_figures f ON f.contest_id = c.id AND f.line = ?
        LEFT JOIN areas a ON a.id = f.area_id
        WHERE sc.station_id = ? AND (f.area_id IS NULL OR f.area_id = ? OR a.level = 'country')
        ORDER BY c.rowid, f.rowid
        """,
        [TURNOUT_LINE, station_id, region_id],
    ).fetchall()
    figures = [f for f in figures if _is_clock(f[3]) and (contest_id is None or f[0] == contest_id)]
    chosen_id = contest_id or (figures[0][0] if figures else None)
    contest_code = next((f[1] for f in figures if f[0] == chosen_id), None)
    announced = [
        AnnouncedTurnout(float(f[2]), f[3], f[5], f[4]) for f in figures if f[0] == chosen_id
    ]
    rows = []
    for snapshot in snapshots(logbook, station_id):
        clock = local_clock(snapshot.at, tz)
        percent = 100 * snapshot.count / registered if registered else None
        nearest = min(
            announced,
            key=lambda a: (abs(_minutes(a.as_of) - _minutes(clock)), a.area_code is None),
            default=None,
        )
        apart = abs(_minutes(nearest.as_of) - _minutes(clock)) if nearest else None
        rows.append(SnapshotComparison(snapshot, clock, percent, nearest, apart))
    return HeadcountComparison(
        station_id=station_id,
        registered_voters=registered,
        contest=contest_code,
        current_count=count(logbook, station_id),
        rows=tuple(rows),
        ballots_issued=_ballots_issued(logbook, station_id, chosen_id),
    )


def _ballots_issued(
    logbook: Logbook, station_id: str, contest_id: str | None
) -> tuple[IssuedFigure, ...]:
    rows = logbook.db.execute(
        """
        SELECT v.value, p.source, c.code, p.observer, p.contest_id = ? AS preferred
        FROM protocols p
        JOIN protocol_values v ON v.protocol_id = p.id AND v.line = 'ballots_issued'
        JOIN contests c ON c.id = p.contest_id
        WHERE p.station_id = ? AND v.value IS NOT NULL
        """,
        [contest_id, station_id],
    ).fetchall()
    # The commission's copy first: it is the figure the headcount is meant to check.
    order = {Source.PEC_COPY: 0, Source.OBSERVER_TALLY: 1, Source.OFFICIAL: 2}
    rows.sort(key=lambda r: (not r[4], order.get(r[1], 3), r[3]))
    return tuple(IssuedFigure(r[0], r[1], r[2], r[3]) for r in rows)
