"""Running the rule engine over the protocol records in a logbook."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from kzobserver.domain.model import Contestant
from kzobserver.domain.rules import RuleResult, RuleStatus, evaluate_rules, rules_for_template
from kzobserver.domain.stationnumber import normalize_station_number, station_sort_key
from kzobserver.domain.templates import ProtocolLine, get_template
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocols import verified_from_reviews
from kzobserver.storage.reference import ContestRow, list_contests

# Worst first: a record's overall status is the worst of its rules'.
_STATUS_ORDER = (RuleStatus.FLAGGED, RuleStatus.VERIFIED, RuleStatus.MISSING, RuleStatus.OK)


def overall_status(results: list[RuleResult]) -> RuleStatus:
    statuses = {r.status for r in results}
    return next((s for s in _STATUS_ORDER if s in statuses), RuleStatus.OK)


@dataclass
class ProtocolCheck:
    protocol_id: str
    station_id: str
    station_number: str
    contest_code: str
    source: str
    observer: str
    values: dict[str, int | None]
    results: list[RuleResult] = field(default_factory=list)

    @property
    def status(self) -> RuleStatus:
        return overall_status(self.results)

    def as_dict(self) -> dict[str, Any]:
        return {
            "station": self.station_number,
            "contest": self.contest_code,
            "source": self.source,
            "observer": self.observer,
            "status": self.status.value,
            "rules": [result_as_dict(r) for r in self.results],
        }


def result_as_dict(result: RuleResult) -> dict[str, Any]:
    return {
        "rule": result.code,
        "severity": result.severity.value,
        "status": result.status.value,
        "values": dict(result.values),
        "difference": result.difference,
        "within_tolerance": result.within_tolerance,
        "missing": list(result.missing),
        "explanation": result.explanation,
    }


def contest_lines(contest: ContestRow) -> list[ProtocolLine]:
    """The protocol lines of a contest: its template's lines and one votes line per contestant."""
    contestants = [
        Contestant(code=c.code, name=c.name, ballot_order=c.ballot_order, special=c.special)
        for c in contest.contestants
    ]
    return get_template(contest.template).lines_for(contestants)


def check_record(
    contest: ContestRow,
    values: dict[str, int | None],
    verified: Collection[str] = (),
    *,
    lang: str = "en",
) -> list[RuleResult]:
    lines = contest_lines(contest)
    return evaluate_rules(
        rules_for_template(contest.template),
        values,
        [line.code for line in lines],
        verified,
        lang=lang,
        line_labels={line.code: line.label.get(lang) for line in lines},
    )


def check_protocols(
    logbook: Logbook,
    election_id: str,
    *,
    station_number: str | None = None,
    contest_code: str | None = None,
    source: str | None = None,
    lang: str = "en",
) -> list[ProtocolCheck]:
    """Every protocol record of the election (or of one station / contest / source), checked."""
    contests = {c.id: c for c in list_contests(logbook, election_id)}
    where = ["s.election_id = ?"]
    params: list[Any] = [election_id]
    if station_number is not None:
        where.append("s.number = ?")
        params.append(normalize_station_number(station_number) or station_number)
    if contest_code is not None:
        where.append("c.code = ?")
        params.append(contest_code)
    if source is not None:
        where.append("p.source = ?")
        params.append(source)
    clause = " AND ".join(where)
    records: dict[str, ProtocolCheck] = {}
    for pid, sid, number, cid, src, observer in logbook.db.execute(
        f"""
        SELECT p.id, s.id, s.number, p.contest_id, p.source, p.observer
        FROM protocols p JOIN stations s ON s.id = p.station_id
        JOIN contests c ON c.id = p.contest_id
        WHERE {clause}
        """,
        params,
    ):
        records[pid] = ProtocolCheck(pid, sid, number, contests[cid].code, src, observer, {})
    # One pass over the values and the reviews instead of a query per record.
    for pid, line, value in logbook.db.execute(
        f"""
        SELECT v.protocol_id, v.line, v.value FROM protocol_values v
        JOIN protocols p ON p.id = v.protocol_id JOIN stations s ON s.id = p.station_id
        JOIN contests c ON c.id = p.contest_id
        WHERE {clause}
        """,
        params,
    ):
        records[pid].values[line] = value
    latest_reviews: dict[str, dict[str, tuple[int, int | None]]] = defaultdict(dict)
    for pid, line, verified, value in logbook.db.execute(
        f"""
        SELECT r.protocol_id, r.line, r.verified, r.value FROM line_reviews r
        JOIN protocols p ON p.id = r.protocol_id JOIN stations s ON s.id = p.station_id
        JOIN contests c ON c.id = p.contest_id
        WHERE {clause} ORDER BY r.rowid
        """,
        params,
    ):
        latest_reviews[pid][line] = (verified, value)
    by_code = {c.code: c for c in contests.values()}
    for record in records.values():
        verified = verified_from_reviews(latest_reviews[record.protocol_id], record.values)
        record.results = check_record(
            by_code[record.contest_code], record.values, verified, lang=lang
        )
    source_order = {"observer_tally": 0, "pec_copy": 1, "official": 2}
    return sorted(
        records.values(),
        key=lambda r: (
            station_sort_key(r.station_number),
            r.contest_code,
            source_order.get(r.source, 9),
            r.observer,
        ),
    )
