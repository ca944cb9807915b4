"""Everything a report says, read from the logbook once and narrowed to the report's scope.

The section builders (``content_*``) only format what is gathered here, so each query runs once
per report, not once per station: a national report has 10,000 stations and hundreds of pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kzobserver.domain.comparison import ComparisonStatus, StationComparison
from kzobserver.domain.rules import RuleResult, RuleStatus
from kzobserver.domain.stationnumber import normalize_station_number
from kzobserver.domain.templates import ProtocolLine
from kzobserver.i18n import translate
from kzobserver.reports.content_checks import failing_checks
from kzobserver.reports.content_options import ReportOptions
from kzobserver.storage.checks import ProtocolCheck, contest_lines
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.evidence import EvidenceRecord, evidence_for
from kzobserver.storage.incidents import Incident, list_incidents
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.observers import Observer, current_observer, list_observers
from kzobserver.storage.reference import ContestRow, ElectionRow
from kzobserver.storage.station_reviews import current_reviews, review_history
from kzobserver.storage.summary import (
    compare_sources,
    election_and_contest,
    one_sided,
    region_names,
    station_places,
)

Progress = Callable[[int, int], None]

# "then status" in the severity order: a confirmed or open discrepancy before a settled one.
STATUS_ORDER = {
    status: i
    for i, status in enumerate(
        (
            ComparisonStatus.MISMATCH,
            ComparisonStatus.CONFIRMED,
            ComparisonStatus.UNDER_REVIEW,
            ComparisonStatus.WITHIN_TOLERANCE,
            ComparisonStatus.MISSING_B,
            ComparisonStatus.MISSING_A,
            ComparisonStatus.EXCLUDED,
            ComparisonStatus.MATCH,
            ComparisonStatus.MISSING_BOTH,
        )
    )
}
# Everything but agreement: what the discrepancy table lists.
DIFFERS = frozenset(ComparisonStatus) - {ComparisonStatus.MATCH, ComparisonStatus.MISSING_BOTH}
REVIEWED = frozenset(
    {ComparisonStatus.UNDER_REVIEW, ComparisonStatus.CONFIRMED, ComparisonStatus.EXCLUDED}
)


@dataclass(frozen=True)
class ReviewEntry:
    """One reviewer's decision on a station (the latest counts; the history is kept)."""

    status: str  # under_review | confirmed | excluded | cleared
    reason: str
    reviewer: str
    at: str  # stored UTC time
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecordInfo:
    """Who made a protocol record and when it last changed."""

    source: str
    observer: str  # "" for official records
    author: str | None  # who entered or imported it
    updated_at: str


@dataclass(frozen=True)
class StationFacts:
    district: str
    address: str
    registered_voters: int | None


@dataclass
class ReportData:
    options: ReportOptions
    election: ElectionRow
    contest: ContestRow
    lines: list[ProtocolLine]
    regions: dict[str, str]  # region code -> name in the report's language
    places: dict[str, tuple[str, str | None]]  # station id -> (number, region code)
    in_scope: set[str] | None  # station ids; None: the whole election
    comparisons: list[StationComparison]  # stations in scope with a record from A or B
    checks: dict[str, list[ProtocolCheck]]  # station id -> its records, checked
    incidents: list[Incident]  # current versions in scope, in the order they happened
    evidence: list[EvidenceRecord]  # in scope, oldest first
    observers: dict[str, Observer]
    author: Observer | None  # who makes the report: this computer's current observer
    reviews: dict[str, list[ReviewEntry]] = field(default_factory=dict)  # station id -> history
    station_ids: dict[str, str] = field(default_factory=dict)  # number -> station id
    records: dict[str, list[RecordInfo]] = field(default_factory=dict)  # station id -> records
    stations: dict[str, StationFacts] = field(default_factory=dict)  # flagged stations' facts

    @property
    def lang(self) -> str:
        return self.options.language

    def region_name(self, code: str | None) -> str:
        if not code:
            return "—"
        return self.regions.get(code, code)

    def observer_name(self, observer_id: str | None) -> str:
        if not observer_id:
            return translate("Reports", "unsigned")
        observer = self.observers.get(observer_id)
        return observer.name if observer else observer_id

    def contestant_names(self) -> dict[str, str]:
        return {c.code: c.name.get(self.lang) for c in self.contest.contestants}

    def line_label(self, code: str) -> str:
        line = next((li for li in self.lines if li.code == code), None)
        return f"{line.number}. {line.label.get(self.lang)}" if line else code

    def scope_label(self) -> str:
        options = self.options
        if options.stations:
            return translate("Reports", "Stations {numbers}").format(
                numbers=", ".join(options.stations)
            )
        if options.region:
            return translate("Reports", "Region: {name}").format(
                name=self.region_name(options.region)
            )
        return translate("Reports", "The whole election")

    # --- what is flagged ---------------------------------------------------------------------

    def discrepancies(self) -> list[StationComparison]:
        """Stations whose two records differ (or a reviewer decided on), recorded by both
        sources, worst first: the largest difference, then the status, then the number."""
        found = [c for c in self.comparisons if c.status in DIFFERS and one_sided(c) is None]
        return sorted(found, key=severity_key)

    def failing_rules(self, station_id: str) -> list[tuple[ProtocolCheck, RuleResult]]:
        return [
            (check, result)
            for check in self.checks.get(station_id, [])
            for result in check.results
            if result.status in (RuleStatus.FLAGGED, RuleStatus.VERIFIED)
        ]

    def flagged_stations(self) -> list[str]:
        """Station ids that get a page: a difference beyond the tolerance or a reviewer's
        decision first (in the discrepancy table's order), then a failed control relation, then
        irregularity reports, by number."""
        ordered: list[str] = []
        seen: set[str] = set()
        for c in self.discrepancies():
            if c.computed_status is ComparisonStatus.MISMATCH or c.status in REVIEWED:
                sid = self.station_ids[c.station]
                ordered.append(sid)
                seen.add(sid)
        rest = {
            sid
            for sid in self.checks
            if any(r.status is RuleStatus.FLAGGED for _, r in self.failing_rules(sid))
        } | {i.station_id for i in self.incidents if i.station_id}
        rest -= seen
        ordered.extend(sorted(rest, key=lambda sid: _number_key(self.places[sid][0])))
        return ordered


def severity_key(c: StationComparison) -> tuple[int, int, tuple[int, int | str]]:
    return (-c.largest_difference, STATUS_ORDER.get(c.status, 99), _number_key(c.station))


def _number_key(number: str) -> tuple[int, int | str]:
    return (0, int(number)) if number.isdigit() else (1, number)


# --- gathering -----------------------------------------------------------------------------


def gather(
    logbook: Logbook, options: ReportOptions, progress: Progress | None = None
) -> ReportData:
    """Read what ``options`` asks for. ``progress(done, 6)`` after each step; it may raise to
    cancel."""
    options.check()
    lang = options.language

    def step(done: int) -> None:
        if progress is not None:
            progress(done, 6)

    election, contest = election_and_contest(logbook, options.contest)
    places = station_places(logbook, election.id)
    regions = region_names(logbook, election.id, lang)
    station_ids = {number: sid for sid, (number, _) in places.items()}
    in_scope = _scope(options, places, regions, station_ids)
    step(1)
    comparisons = compare_sources(logbook, options.source_a, options.source_b, contest.code)
    if in_scope is not None:
        comparisons = [c for c in comparisons if station_ids[c.station] in in_scope]
    decisions = current_reviews(logbook, contest.id, options.source_a, options.source_b)
    if decisions:
        comparisons = [c.with_review(decisions.get(station_ids[c.station])) for c in comparisons]
    step(2)
    checks = failing_checks(logbook, contest, places, in_scope, lang)
    step(3)
    incidents = [
        i
        for i in list_incidents(logbook, latest_only=True)
        if (in_scope is None or i.station_id in in_scope)
    ]
    evidence = [e for e in evidence_for(logbook) if in_scope is None or e.station_id in in_scope]
    step(4)
    observers = {o.id: o for o in list_observers(logbook)}
    data = ReportData(
        options=options,
        election=election,
        contest=contest,
        lines=contest_lines(contest),
        regions=regions,
        places=places,
        in_scope=in_scope,
        comparisons=comparisons,
        checks=checks,
        incidents=incidents,
        evidence=evidence,
        observers=observers,
        author=current_observer(logbook),
        station_ids=station_ids,
    )
    _records_and_facts(logbook, data)
    for sid, *_ in logbook.db.execute(
        "SELECT DISTINCT station_id FROM station_reviews WHERE contest_id = ? AND source_a = ? "
        "AND source_b = ?",
        [contest.id, options.source_a, options.source_b],
    ).fetchall():
        if in_scope is None or sid in in_scope:
            data.reviews[sid] = [
                ReviewEntry(
                    r["status"], r["reason"], r["reviewer"], r["created_at"], tuple(r["evidence"])
                )
                for r in review_history(
                    logbook, sid, contest.id, options.source_a, options.source_b
                )
            ]
    step(5)
    return data


def _records_and_facts(logbook: Logbook, data: ReportData) -> None:
    order = {s: i for i, s in enumerate(("observer_tally", "pec_copy", "official"))}
    for sid, source, observer, author, updated_at in logbook.db.execute(
        "SELECT station_id, source, observer, author, updated_at FROM protocols "
        "WHERE contest_id = ? ORDER BY updated_at",
        [data.contest.id],
    ):
        if data.in_scope is None or sid in data.in_scope:
            info = RecordInfo(source, observer, author, updated_at)
            data.records.setdefault(sid, []).append(info)
    for records in data.records.values():
        records.sort(key=lambda r: order.get(r.source, 9))
    lang = data.lang
    name = {"en": "name_en", "ru": "name_ru", "kk": "name_kk"}[lang]
    for sid, level, district, address, voters in logbook.db.execute(
        f"""
        SELECT s.id, a.level, coalesce(nullif(a.{name}, ''), a.name_ru, a.name_en), s.address,
               s.registered_voters
        FROM stations s LEFT JOIN areas a ON a.id = s.area_id WHERE s.election_id = ?
        """,
        [data.election.id],
    ):
        if data.in_scope is None or sid in data.in_scope:
            data.stations[sid] = StationFacts(
                district if level == "district" else "", address or "", voters
            )


def _scope(
    options: ReportOptions,
    places: dict[str, tuple[str, str | None]],
    regions: dict[str, str],
    station_ids: dict[str, str],
) -> set[str] | None:
    if options.region:
        if options.region not in regions:
            raise LogbookError(
                translate("Reports", "There is no region “{code}”; the regions are: {codes}.")
                .format(code=options.region, codes=", ".join(sorted(regions)))
            )  # fmt: skip
        return {sid for sid, (_, region) in places.items() if region == options.region}
    if options.stations:
        wanted = [normalize_station_number(n) or n for n in options.stations]
        unknown = [n for n in wanted if n not in station_ids]
        if unknown:
            raise LogbookError(
                translate("Reports", "This logbook has no station {numbers}.").format(
                    numbers=", ".join(unknown)
                )
            )
        return {station_ids[n] for n in wanted}
    return None
