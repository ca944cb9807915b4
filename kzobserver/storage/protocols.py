"""Protocol records: the line values of one protocol from one source, saved line by line, and the
reviewers' verifications of single lines."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from kzobserver.domain.model import new_id
from kzobserver.i18n import translate
from kzobserver.storage import audit
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook, utc_now


class Source(StrEnum):
    OBSERVER_TALLY = "observer_tally"  # the observer's own count
    PEC_COPY = "pec_copy"  # certified copy of the precinct commission's protocol
    OFFICIAL = "official"  # published by the election commission


def source_label(source: str) -> str:
    return {
        Source.OBSERVER_TALLY: translate("Protocols", "Observer's tally"),
        Source.PEC_COPY: translate("Protocols", "Commission's protocol copy"),
        Source.OFFICIAL: translate("Protocols", "Official published figures"),
    }.get(Source(source), source)


MAX_LINE_VALUE = 10_000_000  # beyond any station: a typo, not a count


@dataclass
class ProtocolRecord:
    id: str
    station_id: str
    contest_id: str
    source: str
    observer: str
    values: dict[str, int | None] = field(default_factory=dict)
    verified_lines: set[str] = field(default_factory=set)
    updated_at: str = ""


def get_or_create_protocol(
    logbook: Logbook, station_id: str, contest_id: str, source: str, observer: str | None = None
) -> str:
    """The id of the record for (station, contest, source, observer), created empty if needed."""
    Source(source)  # reject unknown sources early, with a ValueError naming them
    observer = (logbook.author or "") if observer is None else observer
    if source == Source.OFFICIAL:
        observer = ""
    row = logbook.db.execute(
        "SELECT id FROM protocols WHERE station_id = ? AND contest_id = ? AND source = ? "
        "AND observer = ?",
        [station_id, contest_id, source, observer],
    ).fetchone()
    if row:
        return str(row[0])
    record_id = new_id()
    with logbook.db.atomic():
        logbook.db.table("protocols").insert(
            logbook.stamp(
                {
                    "id": record_id,
                    "station_id": station_id,
                    "contest_id": contest_id,
                    "source": source,
                    "observer": observer,
                    "note": "",
                }
            )
        )
    return record_id


def check_line_value(value: int | None) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        raise LogbookError(translate("Protocols", "A protocol line holds a whole number."))
    if value < 0:
        raise LogbookError(translate("Protocols", "A protocol line cannot be negative."))
    if value > MAX_LINE_VALUE:
        raise LogbookError(
            translate("Protocols", "{value} is too large for a polling station's protocol.").format(
                value=f"{value:,}"
            )
        )


def set_line_values(logbook: Logbook, protocol_id: str, values: Mapping[str, int | None]) -> None:
    """Save line values (None clears a line back to "not seen") and commit at once, with an
    audit entry of the lines that changed (before → after)."""
    for value in values.values():
        check_line_value(value)
    now = utc_now()
    # Who saved and when is on the protocol row and in the audit log, not on each value.
    rows = [
        {"protocol_id": protocol_id, "line": line, "value": value} for line, value in values.items()
    ]
    with logbook.db.atomic():
        # Written first: it takes the write lock, so the values read next are the latest.
        logbook.db.execute("UPDATE protocols SET updated_at = ? WHERE id = ?", [now, protocol_id])
        before = _values(logbook, [protocol_id])[protocol_id]
        logbook.db.conn.executemany(
            """
            INSERT INTO protocol_values (protocol_id, line, value)
            VALUES (:protocol_id, :line, :value)
            ON CONFLICT (protocol_id, line) DO UPDATE SET value = excluded.value
            """,
            rows,
        )
        changed = [line for line, value in values.items() if before.get(line) != value]
        if changed:
            audit.append(
                logbook,
                "protocol.values",
                table="protocols",
                row_id=protocol_id,
                before={line: before.get(line) for line in changed},
                after={line: values[line] for line in changed},
            )


def set_line_value(logbook: Logbook, protocol_id: str, line: str, value: int | None) -> None:
    set_line_values(logbook, protocol_id, {line: value})


def _values(logbook: Logbook, protocol_ids: Iterable[str]) -> dict[str, dict[str, int | None]]:
    ids = list(protocol_ids)
    found: dict[str, dict[str, int | None]] = {pid: {} for pid in ids}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for pid, line, value in logbook.db.execute(
            f"SELECT protocol_id, line, value FROM protocol_values WHERE protocol_id IN ({marks})",
            chunk,
        ):
            found[pid][line] = value
    return found


def verified_from_reviews(
    reviews: Mapping[str, tuple[int, int | None]], values: Mapping[str, int | None]
) -> set[str]:
    """Lines whose latest review (line -> (verified, value then)) verified them at the value they
    hold now: editing a verified line afterwards lapses the verification."""
    return {
        line
        for line, (verified, value) in reviews.items()
        if verified and values.get(line) is not None and values.get(line) == value
    }


def verified_lines(
    logbook: Logbook, protocol_id: str, values: Mapping[str, int | None]
) -> set[str]:
    latest: dict[str, tuple[int, int | None]] = {}
    for line, verified, value in logbook.db.execute(
        "SELECT line, verified, value FROM line_reviews WHERE protocol_id = ? ORDER BY rowid",
        [protocol_id],
    ):
        latest[line] = (verified, value)
    return verified_from_reviews(latest, values)


def load_protocol(logbook: Logbook, protocol_id: str) -> ProtocolRecord:
    row = logbook.db.execute(
        "SELECT id, station_id, contest_id, source, observer, updated_at FROM protocols "
        "WHERE id = ?",
        [protocol_id],
    ).fetchone()
    if row is None:
        raise LogbookError(translate("Protocols", "This protocol record no longer exists."))
    values = _values(logbook, [protocol_id])[protocol_id]
    return ProtocolRecord(
        id=row[0],
        station_id=row[1],
        contest_id=row[2],
        source=row[3],
        observer=row[4],
        values=values,
        verified_lines=verified_lines(logbook, protocol_id, values),
        updated_at=row[5],
    )


def protocols_for_station(
    logbook: Logbook, station_id: str, contest_id: str | None = None
) -> list[ProtocolRecord]:
    """Every record of a station (optionally of one contest), in source order."""
    where = "station_id = ?" + (" AND contest_id = ?" if contest_id else "")
    params = [station_id, contest_id] if contest_id else [station_id]
    order = {s.value: i for i, s in enumerate(Source)}
    rows = logbook.db.execute(
        f"SELECT id FROM protocols WHERE {where} ORDER BY created_at", params
    ).fetchall()
    records = [load_protocol(logbook, r[0]) for r in rows]
    records.sort(key=lambda r: order[r.source])
    return records


def review_line(
    logbook: Logbook,
    protocol_id: str,
    line: str,
    *,
    verified: bool,
    reviewer: str,
    reason: str,
) -> None:
    """Record that a reviewer confirmed (or withdrew the confirmation of) one line's value."""
    if not reviewer.strip():
        raise LogbookError(translate("Protocols", "A review needs the reviewer's name."))
    if verified and not reason.strip():
        raise LogbookError(translate("Protocols", "Say why the line is verified."))
    value = _values(logbook, [protocol_id])[protocol_id].get(line)
    if verified and value is None:
        raise LogbookError(translate("Protocols", "An empty line cannot be verified."))
    review_id = new_id()
    review: dict[str, object] = {
        "id": review_id,
        "protocol_id": protocol_id,
        "line": line,
        "verified": int(verified),
        "value": value,
        "reviewer": reviewer.strip(),
        "reason": reason.strip(),
    }
    with logbook.db.atomic():
        logbook.db.table("line_reviews").insert(logbook.stamp(review))
        previous = logbook.db.execute(
            "SELECT verified, value, reviewer FROM line_reviews WHERE protocol_id = ? AND line = ? "
            "AND id != ? ORDER BY rowid DESC LIMIT 1",
            [protocol_id, line, review_id],
        ).fetchone()
        audit.append(
            logbook,
            "protocol.line_review",
            table="line_reviews",
            row_id=review_id,
            before=dict(zip(("verified", "value", "reviewer"), previous, strict=True))
            if previous
            else None,
            after={k: v for k, v in review.items() if k not in ("id", "reason")},
            reason=reason.strip(),
        )


def line_reviews(logbook: Logbook, protocol_id: str) -> list[dict[str, object]]:
    return list(
        logbook.db.query(
            "SELECT line, verified, value, reviewer, reason, created_at FROM line_reviews "
            "WHERE protocol_id = ? ORDER BY rowid",
            [protocol_id],
        )
    )
