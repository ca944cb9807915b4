"""Parts of the aggregate comparison (storage.aggregate): the announced figures as read for it,
the announced figures checked against themselves, and the headcounts against the announced
turnout and the protocols' ``ballots_issued``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import Any

from kzobserver.domain.comparison import issued_lines
from kzobserver.domain.model import LocalizedText
from kzobserver.domain.seats import (
    SeatAllocation,
    ShareMismatch,
    TotalMismatch,
    check_published_shares,
    check_totals,
    dhondt,
    largest_remainder,
)
from kzobserver.domain.templates import VOTES_PREFIX
from kzobserver.i18n import translate
from kzobserver.storage.checks import contest_lines
from kzobserver.storage.headcount import LAST_SNAPSHOT_HOUR, SNAPSHOT_WINDOW, TURNOUT_LINE
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.reference import AreaRow, ContestRow
from kzobserver.storage.summary import number_key
from kzobserver.storage.times import parse_stored_time, stored_time

FINAL = "final"
Record = Mapping[str, int | None]


def clock_minutes(text: str) -> int | None:
    """Minutes after midnight of an "HH:MM" time of day; None for "final" and other labels."""
    hours, sep, minutes = text.partition(":")
    if not (sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        return None
    return int(hours) * 60 + int(minutes)


def decimals_of(value: float) -> int:
    """How many decimals a published figure was rounded to, judged from it (53.9 → 1)."""
    exponent = Decimal(repr(value)).normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


class AnnouncedFigures:
    """A contest's announced figures by (area code or None, line): the final ones and those at
    times of day ("10:10"). National figures are those without an area or for the country."""

    def __init__(
        self, rows: Iterable[Mapping[str, Any]], contest: str, countries: set[str]
    ) -> None:
        self.final: dict[tuple[str | None, str], float] = {}
        self.timed: dict[tuple[str | None, str], dict[str, float]] = {}
        for row in rows:  # in the order recorded: a later source replaces an earlier one
            if row["contest"] != contest:
                continue
            area = None if row["area"] is None or row["area"] in countries else row["area"]
            key = (area, row["line"])
            if row["as_of"] == FINAL:
                self.final[key] = float(row["value"])
            elif clock_minutes(row["as_of"]) is not None:
                self.timed.setdefault(key, {})[row["as_of"]] = float(row["value"])

    def get(self, area: str | None, line: str) -> float | None:
        return self.final.get((area, line))

    def latest(self, area: str | None, line: str) -> tuple[float, str] | None:
        """The final figure, or else the day's latest, with its as_of."""
        if (area, line) in self.final:
            return self.final[(area, line)], FINAL
        timed = self.timed.get((area, line), {})
        if not timed:
            return None
        as_of = max(timed, key=lambda t: clock_minutes(t) or 0)
        return timed[as_of], as_of

    def series(self, area: str | None, line: str) -> list[tuple[str, float]]:
        """The figures at times of day, in time order."""
        timed = self.timed.get((area, line), {})
        return sorted(timed.items(), key=lambda item: clock_minutes(item[0]) or 0)


# --- the announced figures against themselves -----------------------------------------------


@dataclass(frozen=True)
class SeatRow:
    code: str
    name: LocalizedText
    votes: int  # announced
    announced: int | None  # announced seats
    largest_remainder: int
    dhondt: int


@dataclass(frozen=True)
class TotalCheck:
    area: str | None  # region code; None for the whole election
    mismatch: TotalMismatch


@dataclass(frozen=True)
class AnnouncedChecks:
    """The announced figures against themselves."""

    shares_checked: int  # national shares published
    share_decimals: int
    share_mismatches: tuple[ShareMismatch, ...]
    totals_checked: int  # areas whose totals were checked
    total_mismatches: tuple[TotalCheck, ...]
    seats: tuple[SeatRow, ...]
    largest_remainder: SeatAllocation | None
    dhondt: SeatAllocation | None
    seats_match: bool | None  # largest remainder = announced seats; None when none announced
    messages: tuple[str, ...]  # checks that could not run, and why


def _votes(
    contest: ContestRow, announced: AnnouncedFigures, area: str | None
) -> dict[str, int] | None:
    """The announced votes of every contestant in ballot order, or None when any is missing."""
    votes = {c.code: announced.get(area, VOTES_PREFIX + c.code) for c in contest.contestants}
    if not votes or None in votes.values():
        return None
    return {code: round(value or 0) for code, value in votes.items()}


def announced_checks(
    contest: ContestRow, announced: AnnouncedFigures, regions: Sequence[AreaRow]
) -> AnnouncedChecks:
    """Published shares against the published votes, each area's totals, and the seats the
    published votes give against the published seats (national)."""
    messages: list[str] = []
    votes = _votes(contest, announced, None)
    if votes is None and contest.contestants:
        messages.append(
            translate(
                "Aggregate",
                "The votes of every contestant are not all announced nationally, so the "
                "shares and the seats cannot be checked.",
            )
        )
    published = {
        c.code: share
        for c in contest.contestants
        if (share := announced.get(None, "share_percent:" + c.code)) is not None
    }
    decimals = max((decimals_of(v) for v in published.values()), default=0)
    share_mismatches: list[ShareMismatch] = []
    if votes is not None and published:
        try:
            share_mismatches = check_published_shares(votes, published, decimals)
        except ValueError as exc:
            messages.append(str(exc))
    checked, totals = _totals(contest, announced, regions, messages)
    seat_rows, lr, dh = _seats(contest, announced, votes, messages)
    recorded = [r for r in seat_rows if r.announced is not None]
    return AnnouncedChecks(
        shares_checked=len(published) if votes is not None else 0,
        share_decimals=decimals,
        share_mismatches=tuple(share_mismatches),
        totals_checked=checked,
        total_mismatches=tuple(totals),
        seats=tuple(seat_rows),
        largest_remainder=lr,
        dhondt=dh,
        seats_match=all(r.announced == r.largest_remainder for r in recorded)
        if recorded and lr is not None
        else None,
        messages=tuple(messages),
    )


def _totals(
    contest: ContestRow,
    announced: AnnouncedFigures,
    regions: Sequence[AreaRow],
    messages: list[str],
) -> tuple[int, list[TotalCheck]]:
    issued_codes = issued_lines([line.code for line in contest_lines(contest)])
    checked = 0
    found: list[TotalCheck] = []
    for area in [None, *(r.code for r in regions)]:
        votes = _votes(contest, announced, area)
        issued_parts = [announced.get(area, code) for code in issued_codes]
        issued = None if not issued_parts or None in issued_parts else round(sum(issued_parts))  # type: ignore[arg-type]
        if issued is None:
            value = announced.get(area, "ballots_issued")
            issued = None if value is None else round(value)
        voters_value = announced.get(area, "voters_on_list")
        voters = None if voters_value is None else round(voters_value)
        valid = announced.get(area, "valid")
        turnout = announced.get(area, TURNOUT_LINE)
        if not ((votes and (valid is not None or issued is not None)) or (issued and voters)):
            continue
        checked += 1
        try:
            mismatches = check_totals(
                votes or {},
                published_sum=round(valid) if votes and valid is not None else None,
                ballots_issued=issued,
                voters_on_list=voters,
                published_turnout_percent=turnout,
                decimals=decimals_of(turnout) if turnout is not None else 2,
            )
        except ValueError as exc:
            messages.append(str(exc))
            continue
        found.extend(TotalCheck(area, m) for m in mismatches)
    return checked, found


def _seats(
    contest: ContestRow,
    announced: AnnouncedFigures,
    votes: dict[str, int] | None,
    messages: list[str],
) -> tuple[list[SeatRow], SeatAllocation | None, SeatAllocation | None]:
    if votes is None:
        return [], None, None
    if not contest.seats:
        if any(announced.get(None, "seats:" + c.code) is not None for c in contest.contestants):
            messages.append(
                translate(
                    "Aggregate",
                    "The contest's number of seats is not recorded, so the seats cannot be "
                    "allocated.",
                )
            )
        return [], None, None
    special = {c.code for c in contest.contestants if c.special}
    threshold = contest.threshold_percent or 0.0
    try:
        lr = largest_remainder(votes, contest.seats, threshold, special=special)
        dh = dhondt(votes, contest.seats, threshold, special=special)
    except ValueError as exc:
        messages.append(str(exc))
        return [], None, None
    rows = []
    for c in contest.contestants:
        if c.special:
            continue
        seats = announced.get(None, "seats:" + c.code)
        rows.append(
            SeatRow(
                code=c.code,
                name=c.name,
                votes=votes[c.code],
                announced=None if seats is None else round(seats),
                largest_remainder=lr.seats[c.code],
                dhondt=dh.seats[c.code],
            )
        )
    return rows, lr, dh


# --- headcounts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class HeadcountStation:
    station_id: str
    number: str
    region: str | None
    registered_voters: int | None
    headcount: int  # the final count: the latest of the tap count and the snapshots
    ballots_issued: int | None  # in the station's record from the source
    difference: int | None  # ballots_issued − headcount


@dataclass(frozen=True)
class HeadcountTime:
    """The headcounts at an announced time of day against the announced national turnout."""

    as_of: str  # "10:10", the commission's time of day
    stations: int  # stations with a count at that time and registered voters
    observed_percent: float | None  # Σ counts / Σ registered voters of those stations
    announced_percent: float

    @property
    def difference_points(self) -> float | None:
        """Announced minus observed, in percentage points."""
        if self.observed_percent is None:
            return None
        return self.announced_percent - self.observed_percent


@dataclass(frozen=True)
class HeadcountSummary:
    stations: tuple[HeadcountStation, ...]
    times: tuple[HeadcountTime, ...]


def _moment(day: date, clock: str, tz: tzinfo | None) -> datetime:
    minutes = clock_minutes(clock) or 0
    local = datetime(day.year, day.month, day.day, minutes // 60, minutes % 60)
    return local.replace(tzinfo=tz) if tz is not None else local.astimezone()


def headcount_summary(
    logbook: Logbook,
    election_id: str,
    election_date: str,
    records: Mapping[str, Record],
    places: Mapping[str, tuple[str, str | None]],
    issued: Sequence[str],
    announced: AnnouncedFigures,
    tz: tzinfo | None = None,
) -> HeadcountSummary:
    """Each station with a headcount: its final count against the ``ballots_issued`` of its
    record; and, at each time of the announced national turnout series, the counts of the
    stations counted then over their registered voters.

    A station is counted at a time by its snapshot within 15 minutes of it, or else by its taps
    when the observer was tapping then (taps before and after it, or any before it once the
    polls have closed)."""
    try:
        day = date.fromisoformat(election_date)
    except ValueError:
        series: list[tuple[str, float]] = []
    else:
        series = announced.series(None, TURNOUT_LINE)
    moments = [_moment(day, t, tz) for t, _ in series] if series else []
    closing = stored_time(_moment(day, f"{LAST_SNAPSHOT_HOUR:02d}:00", tz)) if series else ""
    stamps = [stored_time(m) for m in moments]
    at_times = "".join(", sum(CASE WHEN t.at <= ? THEN t.delta ELSE 0 END)" for _ in stamps)
    taps = {
        row[0]: row[1:]
        for row in logbook.db.execute(
            f"""
            SELECT t.station_id, sum(t.delta), min(t.at), max(t.at){at_times}
            FROM headcount_taps t JOIN stations s ON s.id = t.station_id
            WHERE s.election_id = ? GROUP BY t.station_id
            """,
            [*stamps, election_id],
        )
    }
    snapshots: dict[str, list[tuple[str, int]]] = {}
    for station_id, at, count in logbook.db.execute(
        """
        SELECT h.station_id, h.at, h.count
        FROM headcount_snapshots h JOIN stations s ON s.id = h.station_id
        WHERE s.election_id = ? ORDER BY h.at, h.rowid
        """,
        [election_id],
    ):
        snapshots.setdefault(station_id, []).append((at, count))
    registered = dict(
        logbook.db.execute(
            "SELECT id, registered_voters FROM stations WHERE election_id = ?", [election_id]
        ).fetchall()
    )
    stations = []
    counted = [[0, 0, 0] for _ in series]  # stations, Σ counts, Σ registered
    for station_id in sorted(
        taps.keys() | snapshots.keys(), key=lambda s: number_key(places[s][0])
    ):
        record = records.get(station_id, {})
        tapped = taps.get(station_id)
        shots = snapshots.get(station_id, [])
        if shots and (tapped is None or shots[-1][0] >= tapped[2]):
            final = shots[-1][1]
        else:
            final = max(0, tapped[0]) if tapped else 0
        parts = [record.get(code) for code in issued]
        ballots = sum(v or 0 for v in parts) if parts and None not in parts else None
        voters = registered.get(station_id) or record.get("voters_on_list")
        number, region = places[station_id]
        stations.append(
            HeadcountStation(
                station_id=station_id,
                number=number,
                region=region,
                registered_voters=voters,
                headcount=final,
                ballots_issued=ballots,
                difference=None if ballots is None else ballots - final,
            )
        )
        if not voters:
            continue
        for i, moment in enumerate(moments):
            near = [
                (abs(parse_stored_time(at) - moment), count)
                for at, count in shots
                if abs(parse_stored_time(at) - moment) <= SNAPSHOT_WINDOW
            ]
            value: int | None = min(near)[1] if near else None
            if value is None and tapped is not None:
                first, last = tapped[1], tapped[2]
                if first <= stamps[i] and (last > stamps[i] or stamps[i] >= closing):
                    value = max(0, tapped[3 + i])
            if value is not None:
                counted[i][0] += 1
                counted[i][1] += value
                counted[i][2] += voters
    times = tuple(
        HeadcountTime(
            as_of=as_of,
            stations=n,
            observed_percent=100 * total / voters if voters else None,
            announced_percent=percent,
        )
        for (as_of, percent), (n, total, voters) in zip(series, counted, strict=True)
    )
    return HeadcountSummary(stations=tuple(stations), times=times)
