"""Evidence records: what the logbook knows about each attached file, and finding them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from kzobserver.i18n import translate
from kzobserver.storage import audit
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook, utc_now

CHUNK_SIZE = 1024 * 1024
# SQLite's page cache while evidence streams (negative = KiB). The logbook's usual 64 MB cache
# would otherwise fill with blob pages that are never read again, and count as memory in use.
STREAM_CACHE_KIB = 8 * 1024
EXIF_HEAD_BYTES = 128 * 1024  # an APP1 (EXIF) segment is at most 64 KiB and comes first

# progress(done_bytes, total_bytes); an exception raised from it cancels the operation (rolled
# back, nothing written) and propagates unchanged.
Progress = Callable[[int, int], None]

_LINKS = ("station_id", "incident_id", "checklist_answer_id", "protocol_id")
_LINK_TABLES = {
    "station_id": "stations",
    "incident_id": "incidents",
    "checklist_answer_id": "checklist_answers",
    "protocol_id": "protocols",
}
_COLUMNS = (
    "e.id, e.sha256, e.size, e.original_name, e.media_type, e.captured_at, e.do_not_publish, "
    "e.note, e.station_id, s.number, e.incident_id, e.checklist_answer_id, e.protocol_id, "
    "e.author, e.created_at"
)
_FROM = "FROM evidence e LEFT JOIN stations s ON s.id = e.station_id"


@dataclass(frozen=True)
class EvidenceRecord:
    id: str
    sha256: str
    size: int
    original_name: str
    media_type: str
    captured_at: str | None  # UTC ISO 8601 ("…Z"); see add_evidence for where it comes from
    do_not_publish: bool
    note: str
    station_id: str | None
    station_number: str | None
    incident_id: str | None
    checklist_answer_id: str | None
    protocol_id: str | None
    author: str | None
    created_at: str
    already_present: bool = False  # add_evidence found this file already attached there

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class ProblemKind(StrEnum):
    CHANGED = "changed"  # every chunk is there but the content no longer has its SHA-256
    INCOMPLETE = "incomplete"  # chunks missing (a gap in the sequence) or the size differs
    MISSING = "missing"  # no content stored at all


@dataclass(frozen=True)
class EvidenceProblem:
    evidence_id: str
    original_name: str
    station_id: str | None
    station_number: str | None
    kind: ProblemKind
    message: str  # translated, says what is wrong

    def __str__(self) -> str:
        station = (
            translate("Evidence", "station {number}").format(number=self.station_number)
            if self.station_number
            else translate("Evidence", "no station")
        )
        return f"{self.original_name} ({self.evidence_id}, {station}): {self.message}"

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "kind": self.kind.value}


# --- reading ------------------------------------------------------------------------------------


def get_evidence(logbook: Logbook, evidence_id: str) -> EvidenceRecord | None:
    row = logbook.db.execute(f"SELECT {_COLUMNS} {_FROM} WHERE e.id = ?", [evidence_id]).fetchone()
    return _record(row) if row else None


def evidence_for(
    logbook: Logbook,
    *,
    station_id: str | None = None,
    incident_id: str | None = None,
    checklist_answer_id: str | None = None,
    protocol_id: str | None = None,
) -> list[EvidenceRecord]:
    """Evidence linked to all the given records (every item when none is given), oldest first."""
    given = {
        "station_id": station_id,
        "incident_id": incident_id,
        "checklist_answer_id": checklist_answer_id,
        "protocol_id": protocol_id,
    }
    where = [f"e.{name} = ?" for name, value in given.items() if value is not None]
    values = [value for value in given.values() if value is not None]
    sql = f"SELECT {_COLUMNS} {_FROM}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY coalesce(e.captured_at, e.created_at), e.created_at, e.id"
    return [_record(row) for row in logbook.db.execute(sql, values)]


def _record(row: tuple[Any, ...]) -> EvidenceRecord:
    return EvidenceRecord(
        id=row[0],
        sha256=row[1],
        size=row[2],
        original_name=row[3],
        media_type=row[4],
        captured_at=row[5],
        do_not_publish=bool(row[6]),
        note=row[7],
        station_id=row[8],
        station_number=row[9],
        incident_id=row[10],
        checklist_answer_id=row[11],
        protocol_id=row[12],
        author=row[13],
        created_at=row[14],
    )


def _require(logbook: Logbook, evidence_id: str) -> EvidenceRecord:
    record = get_evidence(logbook, evidence_id)
    if record is None:
        raise LogbookError(
            translate("Evidence", "There is no evidence with id {id} in this logbook.").format(
                id=evidence_id
            )
        )
    return record


def set_do_not_publish(logbook: Logbook, evidence_id: str, flag: bool) -> None:
    """Mark a file as not for publication (or clear the mark); a change is audited."""
    before = _require(logbook, evidence_id).do_not_publish
    with logbook.db.atomic():
        logbook.db.execute(
            "UPDATE evidence SET do_not_publish = ?, updated_at = ? WHERE id = ?",
            [int(flag), utc_now(), evidence_id],
        )
        if before != flag:
            audit.append(
                logbook,
                "evidence.do_not_publish",
                table="evidence",
                row_id=evidence_id,
                before={"do_not_publish": before},
                after={"do_not_publish": bool(flag)},
            )
