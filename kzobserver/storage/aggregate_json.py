"""The aggregate comparison (storage.aggregate) as JSON-ready data; the shape is in the README."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from kzobserver.domain.estimates import AnnouncedComparison, Estimate
from kzobserver.domain.model import LocalizedText

if TYPE_CHECKING:  # aggregate imports this module to re-export aggregate_to_dict
    from kzobserver.storage.aggregate import AggregateComparison


def _number(value: float | None, digits: int = 6) -> float | None:
    """A float for JSON: rounded, and None for what JSON cannot hold (±inf, NaN)."""
    if value is None or not math.isfinite(value):
        return None
    return round(value, digits)


def _names(text: LocalizedText) -> dict[str, str]:
    return {"en": text.en, "ru": text.ru, "kk": text.kk}


def _estimate(estimate: Estimate | None) -> dict[str, Any] | None:
    if estimate is None:
        return None
    return {
        "value": _number(estimate.value),
        "margin": _number(estimate.margin),
        "low": _number(estimate.low),
        "high": _number(estimate.high),
        "standard_error": _number(estimate.standard_error),
        "stations": estimate.sample_size,
        "population": estimate.population_size,
        "left_out": estimate.left_out,
    }


def _comparison(comparison: AnnouncedComparison | None) -> dict[str, Any]:
    if comparison is None:
        return {"inside": None, "difference": None, "z_score": None}
    return {
        "inside": comparison.inside,
        "difference": _number(comparison.difference),
        "z_score": _number(comparison.z_score),
    }


def aggregate_to_dict(result: AggregateComparison) -> dict[str, Any]:
    """The comparison as JSON-ready data (the shape is in the README). Percentages are in
    percent; ``difference`` is always announced − observed."""
    design = result.design
    checks = result.announced_checks
    lr, dh = checks.largest_remainder, checks.dhondt
    return {
        "contest": result.contest,
        "source": result.source,
        "design": {
            "kind": design.kind,
            "population_size": design.population_size,
            "strata": design.strata,
            "recorded": design.recorded,
            "sizes_recorded": design.sizes_recorded,
            "note": design.note,
            "stratum_sizes": dict(design.stratum_sizes),
        },
        "sampled": result.sampled,
        "shares": [
            {
                "code": row.code,
                "name": _names(row.name),
                "special": row.special,
                "estimate": _estimate(row.estimate),
                "announced": row.announced,
                "announced_from_votes": row.announced_from_votes,
                **_comparison(row.comparison),
            }
            for row in result.shares
        ],
        "turnout": [
            {
                "area": row.area,
                "name": _names(row.name),
                "stations": row.stations,
                "population": row.population,
                "estimate": _estimate(row.estimate),
                "announced": row.announced,
                "as_of": row.as_of,
                **_comparison(row.comparison),
                "message": row.message,
            }
            for row in result.turnout
        ],
        "coverage": [
            {
                "area": row.area,
                "name": _names(row.name),
                "stations": row.stations,
                "lines": [
                    {
                        "line": line.line,
                        "observed": _number(line.observed),
                        "missing": line.missing,
                        "announced": line.announced,
                        "difference": _number(line.difference),
                    }
                    for line in row.lines
                ],
            }
            for row in result.coverage
        ],
        "headcounts": {
            "stations": [
                {
                    "station": s.number,
                    "region": s.region,
                    "registered_voters": s.registered_voters,
                    "headcount": s.headcount,
                    "ballots_issued": s.ballots_issued,
                    "difference": s.difference,
                }
                for s in result.headcounts.stations
            ],
            "times": [
                {
                    "as_of": t.as_of,
                    "stations": t.stations,
                    "observed_percent": _number(t.observed_percent),
                    "announced_percent": t.announced_percent,
                    "difference": _number(t.difference_points),
                }
                for t in result.headcounts.times
            ],
        },
        "announced_checks": {
            "shares_checked": checks.shares_checked,
            "share_decimals": checks.share_decimals,
            "share_mismatches": [
                {
                    "contestant": m.contestant,
                    "published": m.published,
                    "computed": _number(m.computed),
                    "votes": m.votes,
                    "consistent_low": m.consistent_low,
                    "consistent_high": m.consistent_high,
                }
                for m in checks.share_mismatches
            ],
            "totals_checked": checks.totals_checked,
            "total_mismatches": [
                {
                    "area": t.area,
                    "check": t.mismatch.check,
                    "published": t.mismatch.published,
                    "computed": _number(t.mismatch.computed),
                    "message": t.mismatch.message,
                }
                for t in checks.total_mismatches
            ],
            "seats": {
                "total": sum(lr.seats.values()) if lr else None,
                "base": lr.base if lr else None,
                "threshold_votes": _number(float(lr.threshold_votes)) if lr else None,
                "quota": _number(float(lr.quota)) if lr and lr.quota is not None else None,
                "qualifying": list(lr.qualifying) if lr else [],
                "tied": {
                    "largest_remainder": list(lr.tied) if lr else [],
                    "dhondt": list(dh.tied) if dh else [],
                },
                "matches_announced": checks.seats_match,
                "lists": [
                    {
                        "code": r.code,
                        "name": _names(r.name),
                        "votes": r.votes,
                        "announced": r.announced,
                        "largest_remainder": r.largest_remainder,
                        "dhondt": r.dhondt,
                    }
                    for r in checks.seats
                ],
            },
            "messages": list(checks.messages),
        },
        "messages": list(result.messages),
    }
