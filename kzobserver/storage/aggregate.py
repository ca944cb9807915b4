"""The observers' records against the announced aggregate results (DESIGN §4.2-4.4).

Kazakhstan publishes national and regional totals, not per-station tables, so the observers'
protocol copies are checked against them in aggregate:

- shares and turnout: the sample's ratio estimates (domain.estimates) with a 95 % margin, under
  the recorded sample design (storage.sample_design), against the announced figures;
- coverage: in an area where every station has a record, the plain sums against its totals;
- headcounts: each station's final count against its ``ballots_issued``, and the counts at the
  commission's announced times of day against the announced turnout series;
- the announced figures against themselves: shares vs votes, totals, and seats.

Everything is read in a handful of bulk queries (``summary.load_source`` reads all records of the
source in one), so 100,000 stations take seconds. Where several observers recorded a station, the
latest updated record counts, as in ``summary``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import tzinfo

from kzobserver.domain.comparison import issued_lines
from kzobserver.domain.estimates import (
    AnnouncedComparison,
    Estimate,
    SampleDesign,
    compare_with_announced,
    estimate_shares,
    estimate_turnout,
)
from kzobserver.domain.model import LocalizedText
from kzobserver.domain.templates import VOTES_PREFIX
from kzobserver.i18n import translate
from kzobserver.storage.aggregate_checks import (
    AnnouncedChecks,
    AnnouncedFigures,
    HeadcountStation,
    HeadcountSummary,
    HeadcountTime,
    SeatRow,
    TotalCheck,
    announced_checks,
    decimals_of,
    headcount_summary,
)
from kzobserver.storage.aggregate_json import aggregate_to_dict
from kzobserver.storage.checks import contest_lines
from kzobserver.storage.headcount import TURNOUT_LINE
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.reference import announced_figures, list_areas
from kzobserver.storage.sample_design import (
    NO_REGION,
    STRATIFIED,
    DesignInfo,
    design_info,
    station_counts_by_region,
)
from kzobserver.storage.summary import election_and_contest, load_source, station_places

__all__ = [
    "AggregateComparison",
    "AnnouncedChecks",
    "CoverageLine",
    "CoverageRow",
    "DesignInfo",
    "HeadcountStation",
    "HeadcountSummary",
    "HeadcountTime",
    "SeatRow",
    "ShareRow",
    "TotalCheck",
    "TurnoutRow",
    "aggregate_comparison",
    "aggregate_to_dict",
]

Record = Mapping[str, int | None]


@dataclass(frozen=True)
class ShareRow:
    """One contestant: the sample's estimate of its share against the announced share."""

    code: str
    name: LocalizedText
    special: bool  # against_all and the like: in the base, never a seat
    estimate: Estimate | None  # in percent; None when the sample cannot give one (see messages)
    announced: float | None  # percent
    announced_from_votes: bool  # no share published: computed from the announced votes
    comparison: AnnouncedComparison | None  # None unless both estimate and announced exist


@dataclass(frozen=True)
class TurnoutRow:
    """Turnout nationally (area None) or in a region with an announced turnout and stations in
    the logbook."""

    area: str | None  # region code; None for the whole election
    name: LocalizedText
    stations: int  # stations of the area with a record from the source
    population: int  # stations of the area in the design
    estimate: Estimate | None  # in percent
    announced: float | None  # percent
    as_of: str | None  # of the announced figure: "final" or a time of day
    comparison: AnnouncedComparison | None
    message: str = ""  # why there is no estimate


@dataclass(frozen=True)
class CoverageLine:
    line: str  # a protocol line code (votes:<contestant> included) or turnout_percent
    label: LocalizedText
    observed: float  # the sum over the area's records (turnout_percent: their turnout)
    announced: float | None
    difference: float | None  # announced − observed
    missing: int = 0  # records of the area without a value on this line: the sum falls short


@dataclass(frozen=True)
class CoverageRow:
    """An area every station of which has a record from the source."""

    area: str | None  # region code; None for the whole election
    name: LocalizedText
    stations: int
    lines: tuple[CoverageLine, ...]


@dataclass(frozen=True)
class AggregateComparison:
    contest: str
    source: str
    design: DesignInfo
    sampled: int  # stations with a record from the source
    shares: tuple[ShareRow, ...]
    turnout: tuple[TurnoutRow, ...]  # national first, then regions with an announced turnout
    coverage: tuple[CoverageRow, ...]  # national first when complete, then regions
    headcounts: HeadcountSummary
    announced_checks: AnnouncedChecks
    messages: tuple[str, ...]  # what could not be estimated, and why


class _Context:
    """What every part of the comparison reads, loaded once."""

    def __init__(self, logbook: Logbook, source: str, contest: str | None) -> None:
        self.logbook = logbook
        self.election, self.contest = election_and_contest(logbook, contest)
        self.source = source
        self.records: dict[str, Record] = load_source(logbook, self.contest, source)
        self.places = station_places(logbook, self.election.id)
        self.design = design_info(logbook, self.election.id)
        self.sample_design = self.design.sample_design() if self.design.population_size else None
        self.station_counts = station_counts_by_region(logbook, self.election.id)
        areas = list_areas(logbook, self.election.id)
        countries = {a.code for a in areas if a.level == "country"}
        self.country_name = next(
            (a.name for a in areas if a.level == "country"), self.election.name
        )
        self.regions = [a for a in areas if a.level in ("region", "abroad")]
        self.announced = AnnouncedFigures(
            announced_figures(logbook, self.election.id), self.contest.code, countries
        )
        self.line_codes = [line.code for line in contest_lines(self.contest)]
        self.issued = issued_lines(self.line_codes)
        # Records of stations of this election only, with their stratum (region) beside them.
        self.sampled = [s for s in self.records if s in self.places]
        self.region_of = {s: self.places[s][1] or NO_REGION for s in self.sampled}
        self.by_region: dict[str, list[str]] = {}
        for s in self.sampled:
            self.by_region.setdefault(self.region_of[s], []).append(s)

    def strata(self, stations: list[str]) -> list[str] | None:
        if self.design.kind != STRATIFIED:
            return None
        return [self.region_of[s] for s in stations]


def aggregate_comparison(
    logbook: Logbook,
    source: str = "pec_copy",
    contest: str | None = None,
    *,
    tz: tzinfo | None = None,
) -> AggregateComparison:
    """The whole aggregate comparison of the records of ``source`` for ``contest`` (None: the
    first). ``tz`` is the zone the headcounts' times of day are read in (None: this device's,
    i.e. the station's when the laptop is there)."""
    ctx = _Context(logbook, source, contest)
    messages: list[str] = []
    shares = _shares(ctx, messages)
    return AggregateComparison(
        contest=ctx.contest.code,
        source=source,
        design=ctx.design,
        sampled=len(ctx.sampled),
        shares=shares,
        turnout=_turnout(ctx),
        coverage=_coverage(ctx),
        headcounts=headcount_summary(
            logbook,
            ctx.election.id,
            ctx.election.date,
            ctx.records,
            ctx.places,
            ctx.issued,
            ctx.announced,
            tz,
        ),
        announced_checks=announced_checks(ctx.contest, ctx.announced, ctx.regions),
        messages=tuple(messages),
    )


def _compared(
    estimate: Estimate | None, announced: float | None, decimals: int | None
) -> AnnouncedComparison | None:
    if estimate is None or announced is None:
        return None
    return compare_with_announced(estimate, announced, decimals=decimals)


def _no_stations() -> str:
    return translate("Aggregate", "The logbook has no stations in this area.")


def _shares(ctx: _Context, messages: list[str]) -> tuple[ShareRow, ...]:
    codes = [c.code for c in ctx.contest.contestants]
    if not codes:
        return ()
    records = [ctx.records[s] for s in ctx.sampled]
    estimates: dict[str, Estimate] = {}
    try:
        if ctx.sample_design is None:
            raise ValueError(_no_stations())
        estimates = estimate_shares(records, codes, ctx.sample_design, ctx.strata(ctx.sampled))
    except ValueError as exc:
        messages.append(
            translate("Aggregate", "No estimate of the shares: {reason}").format(reason=exc)
        )
    left_out = next(iter(estimates.values())).left_out if estimates else 0
    if left_out:
        messages.append(
            translate(
                "Aggregate",
                "{n} stations lack a contestant's votes and are left out of the shares.",
            ).format(n=left_out)
        )
    announced_votes = {c: ctx.announced.get(None, VOTES_PREFIX + c) for c in codes}
    votes_base = sum(v for v in announced_votes.values() if v is not None)
    all_votes = None not in announced_votes.values() and votes_base > 0
    rows = []
    for c in ctx.contest.contestants:
        published = ctx.announced.get(None, "share_percent:" + c.code)
        from_votes = published is None and all_votes
        if from_votes:
            published = 100 * (announced_votes[c.code] or 0) / votes_base
        estimate = estimates[c.code].in_percent() if c.code in estimates else None
        decimals = decimals_of(published) if published is not None and not from_votes else None
        rows.append(
            ShareRow(
                code=c.code,
                name=c.name,
                special=c.special,
                estimate=estimate,
                announced=published,
                announced_from_votes=from_votes,
                comparison=_compared(estimate, published, decimals),
            )
        )
    return tuple(rows)


def _turnout(ctx: _Context) -> tuple[TurnoutRow, ...]:
    rows = [_turnout_row(ctx, None, ctx.country_name, ctx.sampled, ctx.sample_design)]
    for region in ctx.regions:
        if ctx.announced.latest(region.code, TURNOUT_LINE) is None:
            continue
        # The region's stations: its stratum, or, in a simple design, the logbook's count (the
        # region's part of a simple random sample is a simple random sample of the region). A
        # region without stations in the logbook has nothing to estimate from: left out.
        size = ctx.design.stratum_sizes.get(region.code) or ctx.station_counts.get(region.code, 0)
        if size > 0:
            stations = ctx.by_region.get(region.code, [])
            design = SampleDesign.simple(size)
            rows.append(_turnout_row(ctx, region.code, region.name, stations, design))
    return tuple(rows)


def _turnout_row(
    ctx: _Context,
    area: str | None,
    name: LocalizedText,
    stations: list[str],
    design: SampleDesign | None,
) -> TurnoutRow:
    announced = ctx.announced.latest(area, TURNOUT_LINE)
    value, as_of = announced if announced else (None, None)
    estimate: Estimate | None = None
    message = ""
    if design is None:
        message = _no_stations()
    elif not ctx.issued:
        message = translate("Aggregate", "The protocol has no line of ballots issued.")
    else:
        try:
            estimate = estimate_turnout(
                [ctx.records[s] for s in stations],
                design,
                ctx.strata(stations) if area is None else None,
                issued_lines=ctx.issued,
            ).in_percent()
        except ValueError as exc:
            message = str(exc)
    return TurnoutRow(
        area=area,
        name=name,
        stations=len(stations),
        population=design.population_size if design else 0,
        estimate=estimate,
        announced=value,
        as_of=as_of,
        comparison=_compared(estimate, value, None if value is None else decimals_of(value)),
        message=message,
    )


@dataclass
class _Sums:
    """An area's line sums, the records lacking each line, and its turnout's two sums."""

    stations: int
    sums: dict[str, int]
    missing: dict[str, int]
    issued: int
    voters: int

    def __add__(self, other: _Sums) -> _Sums:
        return _Sums(
            self.stations + other.stations,
            {k: v + other.sums[k] for k, v in self.sums.items()},
            {k: v + other.missing[k] for k, v in self.missing.items()},
            self.issued + other.issued,
            self.voters + other.voters,
        )


def _sums(ctx: _Context, stations: list[str]) -> _Sums:
    # Column by column: one comprehension per line is several times faster than a loop per
    # station over the lines, at 100,000 stations.
    records = [ctx.records[s] for s in stations]
    sums, missing = {}, {}
    for code in ctx.line_codes:
        column = [r.get(code) for r in records]
        sums[code] = sum(filter(None, column))
        missing[code] = column.count(None)
    issued = voters = 0
    for record in records:
        station_voters = record.get("voters_on_list")
        station_issued = [record.get(c) for c in ctx.issued]
        if station_voters and None not in station_issued:
            issued += sum(v or 0 for v in station_issued)
            voters += station_voters
    return _Sums(len(records), sums, missing, issued, voters)


def _coverage(ctx: _Context) -> tuple[CoverageRow, ...]:
    # Areas (NO_REGION included) whose every station has a record.
    covered = {
        region: _sums(ctx, stations)
        for region, stations in ctx.by_region.items()
        if len(stations) == ctx.station_counts.get(region, 0)
    }
    rows = []
    if covered and len(covered) == len(ctx.station_counts):  # every area: the whole country
        national = list(covered.values())
        total = sum(national[1:], national[0])
        rows.append(_coverage_row(ctx, None, ctx.country_name, total))
    rows.extend(
        _coverage_row(ctx, region.code, region.name, covered[region.code])
        for region in ctx.regions
        if region.code in covered
    )
    return tuple(rows)


def _coverage_row(
    ctx: _Context, area: str | None, name: LocalizedText, totals: _Sums
) -> CoverageRow:
    sums, missing, issued, voters = totals.sums, totals.missing, totals.issued, totals.voters
    labels = {line.code: line.label for line in contest_lines(ctx.contest)}
    lines = []
    for code in ctx.line_codes:
        announced = ctx.announced.get(area, code)
        lines.append(
            CoverageLine(
                line=code,
                label=labels[code],
                observed=sums[code],
                announced=announced,
                difference=None if announced is None else announced - sums[code],
                missing=missing[code],
            )
        )
    turnout = ctx.announced.latest(area, TURNOUT_LINE)
    if voters:
        observed = 100 * issued / voters
        announced_turnout = turnout[0] if turnout else None
        lines.append(
            CoverageLine(
                line=TURNOUT_LINE,
                label=LocalizedText(en="Turnout, %", ru="Явка, %", kk="Сайлауға келу, %"),
                observed=observed,
                announced=announced_turnout,
                difference=None if announced_turnout is None else announced_turnout - observed,
            )
        )
    return CoverageRow(area=area, name=name, stations=totals.stations, lines=tuple(lines))
