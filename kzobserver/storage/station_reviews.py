"""Reviewers' decisions on stations where two sources part (DESIGN §4.1): under review,
confirmed (with evidence), excluded (with a reason) or cleared (the decision withdrawn).

Append-only: each decision is a new row and the latest one per (station, contest, pair of
sources) counts, so the history of decisions is never lost; each is logged in the audit log in the
same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from kzobserver.domain.comparison import ComparisonStatus, Review
from kzobserver.domain.model import new_id
from kzobserver.i18n import translate
from kzobserver.storage import audit
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.observers import current_observer
from kzobserver.storage.protocols import Source
from kzobserver.storage.records import require_station

__all__ = [
    "CLEARED",
    "REVIEW_STATES",
    "current_reviews",
    "decisions_in_force",
    "review_history",
    "set_review",
]

CLEARED = "cleared"
REVIEW_STATES = ("under_review", "confirmed", "excluded", CLEARED)

# Every decision of a pair of sources in the order they were made, per station (the index's own
# order, rowid breaking ties within a millisecond): reading them all and keeping the last per
# station is three times faster than picking the latest in SQL with a window function.
_IN_ORDER = """
    SELECT station_id, status, reason, evidence FROM station_reviews
    WHERE contest_id = ? AND source_a = ? AND source_b = ?
    ORDER BY station_id, created_at, rowid
"""


def _sources(source_a: str, source_b: str) -> tuple[str, str]:
    known = {s.value for s in Source}
    for source in (source_a, source_b):
        if source not in known:
            raise LogbookError(
                translate("Reviews", "Unknown source “{source}”; use {sources}.").format(
                    source=source, sources=", ".join(sorted(known))
                )
            )
    if source_a == source_b:
        raise LogbookError(translate("Reviews", "A review compares two different sources."))
    return source_a, source_b


def _reviewer(logbook: Logbook, reviewer: str | None) -> str:
    if reviewer is not None and reviewer.strip():
        return reviewer.strip()
    observer = current_observer(logbook)
    if observer is None:
        raise LogbookError(
            translate(
                "Reviews",
                "Who is reviewing? Choose yourself as the current observer (File → Observers…, "
                "or kzobserver observers add --current) or give the reviewer's name.",
            )
        )
    return observer.name


def _check_evidence(logbook: Logbook, evidence: Sequence[str]) -> list[str]:
    ids = list(dict.fromkeys(e.strip() for e in evidence if e.strip()))  # unique, in order
    if not ids:
        return ids
    marks = ",".join("?" * len(ids))
    found = {
        r[0] for r in logbook.db.execute(f"SELECT id FROM evidence WHERE id IN ({marks})", ids)
    }
    unknown = [e for e in ids if e not in found]
    if unknown:
        raise LogbookError(
            translate("Reviews", "There is no evidence with id {ids} in this logbook.").format(
                ids=", ".join(unknown)
            )
        )
    return ids


def _decision(row: tuple[Any, ...] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    review_id, status, reason, evidence, reviewer = row
    return {
        "id": review_id,
        "status": status,
        "reason": reason,
        "evidence": json.loads(evidence),
        "reviewer": reviewer,
    }


def set_review(
    logbook: Logbook,
    station_id: str,
    contest_id: str,
    status: str,
    reason: str = "",
    evidence: Sequence[str] = (),
    *,
    source_a: str = "pec_copy",
    source_b: str = "official",
    reviewer: str | None = None,
) -> str:
    """Record a reviewer's decision on a station and return its id. ``reviewer`` defaults to the
    current observer's name. Excluding needs a reason, confirming needs evidence (ids of files in
    this logbook); "cleared" withdraws the decision in force. The decision and its audit entry
    are written in one transaction."""
    if status not in REVIEW_STATES:
        raise LogbookError(
            translate("Reviews", "“{status}” is not a review decision; use {states}.").format(
                status=status, states=", ".join(REVIEW_STATES)
            )
        )
    source_a, source_b = _sources(source_a, source_b)
    number = require_station(logbook, station_id)
    if not logbook.db.execute("SELECT 1 FROM contests WHERE id = ?", [contest_id]).fetchone():
        raise LogbookError(translate("Reviews", "There is no such contest in this logbook."))
    name = _reviewer(logbook, reviewer)
    reason = reason.strip()
    evidence_ids = _check_evidence(logbook, evidence)
    if status != CLEARED:
        try:  # the domain's rules: a reason to exclude, evidence to confirm
            Review(ComparisonStatus(status), reason, tuple(evidence_ids))
        except ValueError as exc:
            raise LogbookError(str(exc)) from None
    review_id = new_id()
    record = {
        "id": review_id,
        "station_id": station_id,
        "contest_id": contest_id,
        "source_a": source_a,
        "source_b": source_b,
        "status": status,
        "reason": reason,
        "evidence": audit.canonical_json(evidence_ids),
        "reviewer": name,
    }
    db = logbook.db
    with db.atomic():
        # Inserted first: the write lock it takes makes the decision read next the latest one.
        db.table("station_reviews").insert(logbook.stamp(record))
        previous = _decision(
            db.execute(
                "SELECT id, status, reason, evidence, reviewer FROM station_reviews "
                "WHERE contest_id = ? AND source_a = ? AND source_b = ? AND station_id = ? "
                "AND id != ? ORDER BY created_at DESC, rowid DESC LIMIT 1",
                [contest_id, source_a, source_b, station_id, review_id],
            ).fetchone()
        )
        after = {k: v for k, v in record.items() if k not in ("id", "evidence")}
        audit.append(
            logbook,
            "review.set",
            table="station_reviews",
            row_id=review_id,
            before=previous,
            after={**after, "station": number, "evidence": evidence_ids},
            reason=reason,
        )
    return review_id


def _review(status: str, reason: str, evidence: str) -> Review:
    try:
        return Review(ComparisonStatus(status), reason, tuple(json.loads(evidence)))
    except ValueError:
        # Only a row written outside the app can break the rules (say, confirmed without
        # evidence): keep the station flagged for a person to look at rather than fail.
        return Review(ComparisonStatus.UNDER_REVIEW, reason)


def current_reviews(
    logbook: Logbook, contest_id: str, source_a: str = "pec_copy", source_b: str = "official"
) -> dict[str, Review]:
    """Station id → the decision in force for the pair of sources, in one query; stations whose
    latest decision is "cleared" (or that have none) are absent."""
    cursor = logbook.db.execute(_IN_ORDER, [contest_id, source_a, source_b])
    latest = {row[0]: row for row in cursor}  # later rows overwrite earlier ones
    made: dict[tuple[str, str, str], Review] = {}  # decisions repeat: build each one once
    found = {}
    for station, status, reason, evidence in latest.values():
        if status == CLEARED:
            continue
        key = (status, reason, evidence)
        review = made.get(key)
        if review is None:
            review = made[key] = _review(status, reason, evidence)
        found[station] = review
    return found


def decisions_in_force(
    logbook: Logbook, contest_id: str, source_a: str = "pec_copy", source_b: str = "official"
) -> list[dict[str, Any]]:
    """The decisions in force (not cleared), for listing: ``station_id``, ``station`` (its
    number), ``status``, ``reason``, ``evidence``, ``reviewer``, ``created_at``; in one query,
    ordered by station number as text."""
    rows = logbook.db.execute(
        """
        SELECT r.station_id, s.number, r.status, r.reason, r.evidence, r.reviewer, r.created_at
        FROM (
            SELECT *, row_number() OVER (
                PARTITION BY station_id ORDER BY created_at DESC, rowid DESC
            ) AS n
            FROM station_reviews WHERE contest_id = ? AND source_a = ? AND source_b = ?
        ) r JOIN stations s ON s.id = r.station_id
        WHERE r.n = 1 AND r.status != 'cleared'
        ORDER BY s.number
        """,
        [contest_id, source_a, source_b],
    ).fetchall()
    keys = ("station_id", "station", "status", "reason", "evidence", "reviewer", "created_at")
    found = [dict(zip(keys, row, strict=True)) for row in rows]
    for decision in found:
        decision["evidence"] = json.loads(decision["evidence"])
    return found


def review_history(
    logbook: Logbook,
    station_id: str,
    contest_id: str,
    source_a: str = "pec_copy",
    source_b: str = "official",
) -> list[dict[str, Any]]:
    """Every decision on the station for the pair of sources, oldest first: ``id``, ``status``,
    ``reason``, ``evidence`` (a list of ids), ``reviewer``, ``created_at``."""
    rows = logbook.db.execute(
        "SELECT id, status, reason, evidence, reviewer, created_at FROM station_reviews "
        "WHERE contest_id = ? AND source_a = ? AND source_b = ? AND station_id = ? "
        "ORDER BY created_at, rowid",
        [contest_id, source_a, source_b, station_id],
    ).fetchall()
    return [
        {
            "id": review_id,
            "status": status,
            "reason": reason,
            "evidence": json.loads(evidence),
            "reviewer": reviewer,
            "created_at": created_at,
        }
        for review_id, status, reason, evidence, reviewer, created_at in rows
    ]
