"""What an irregularity report is: its fields, its place in an amendment chain, and the checks
its content passes before it is stored. The operations on reports are in
:mod:`kzobserver.storage.incidents`, which re-exports the names a caller needs."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from enum import StrEnum
from typing import Any

from kzobserver.domain.taxonomy import Severity, get_category
from kzobserver.i18n import translate
from kzobserver.storage import audit
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.records import require_station
from kzobserver.storage.times import stored_time

SENSITIVE_FIELDS = ("perpetrator", "witnesses")
# What a draft's author fills in; amendments copy these from the version they correct.
CONTENT_FIELDS = (
    "station_id",
    "location",
    "location_text",
    "contest_id",
    "occurred_at",
    "category",
    "severity",
    "description",
    "perpetrator",
    "witnesses",
    "complaint_filed",
    "complaint_reference",
)


class Location(StrEnum):
    STATION = "station"  # at station_id
    OTHER_STATION = "other_station"  # another station: station_id if registered, else the text
    NOT_AT_STATION = "not_at_station"  # e.g. at a bus stop or a workplace: location_text


def location_label(location: str) -> str:
    return {
        Location.STATION: translate("Incidents", "At the station"),
        Location.OTHER_STATION: translate("Incidents", "At another station"),
        Location.NOT_AT_STATION: translate("Incidents", "Not at a station"),
    }.get(Location(location), location)


class SubmittedReportError(LogbookError):
    """A change to a submitted report was refused; the UI offers an amendment instead."""

    def __init__(self) -> None:
        super().__init__(
            translate("Incidents", "Submitted reports cannot be changed; add an amendment.")
        )


@dataclass(frozen=True)
class Incident:
    """One version of an irregularity report.

    SENSITIVE: ``perpetrator`` and ``witnesses`` name people. Reports, exports and the CLI leave
    them out unless asked (``as_dict(include_sensitive=True)``); show them only to the observer
    and coordinators.
    """

    id: str
    station_id: str | None
    location: str  # a Location value
    location_text: str
    contest_id: str | None
    occurred_at: str  # stored UTC time
    category: str  # a taxonomy code
    severity: str  # a Severity value
    description: str
    perpetrator: str  # SENSITIVE
    witnesses: str  # SENSITIVE
    complaint_filed: bool
    complaint_reference: str
    status: str  # a FollowUpStatus value
    submitted_at: str | None  # None: a draft, still editable
    amends_id: str | None  # the version this one corrects
    checklist_answer_id: str | None  # the red-flag answer it came from
    author: str | None
    device_id: str
    created_at: str
    updated_at: str
    is_latest: bool  # no amendment of it exists: its text is the report's current one
    original_id: str  # the first version of the chain
    version: int  # 1 for the original, 2 for its first amendment, …

    @property
    def submitted(self) -> bool:
        return self.submitted_at is not None

    def as_dict(self, *, include_sensitive: bool = False) -> dict[str, Any]:
        data = asdict(self)
        if not include_sensitive:
            for key in SENSITIVE_FIELDS:
                del data[key]
        return data


@dataclass(frozen=True)
class StatusChange:
    id: str
    incident_id: str
    status: str
    reason: str
    author: str | None
    created_at: str


STORED = [f.name for f in fields(Incident) if f.name not in ("is_latest", "original_id", "version")]
COLUMNS = ", ".join(STORED)


class Chains:
    """Every report's place in its amendment chain (the table is small: one logbook's reports)."""

    def __init__(self, logbook: Logbook) -> None:
        rows = logbook.db.execute("SELECT id, amends_id, created_at FROM incidents").fetchall()
        self.parent = {r[0]: r[1] for r in rows}
        self.created = {r[0]: r[2] for r in rows}
        self.children: dict[str, list[str]] = {}
        for child, parent in self.parent.items():
            if parent:
                self.children.setdefault(parent, []).append(child)

    def _ancestors(self, incident_id: str) -> list[str]:
        found: list[str] = []
        parent = self.parent.get(incident_id)
        while parent and parent not in found:  # the guard only matters for a damaged file
            found.append(parent)
            parent = self.parent.get(parent)
        return found

    def root(self, incident_id: str) -> str:
        ancestors = self._ancestors(incident_id)
        return ancestors[-1] if ancestors else incident_id

    def depth(self, incident_id: str) -> int:
        return 1 + len(self._ancestors(incident_id))

    def latest(self, incident_id: str) -> str:
        # Amendments written on two devices can fork a chain; the newest branch wins.
        node = self.root(incident_id)
        while self.children.get(node):
            node = max(self.children[node], key=lambda c: (self.created[c], c))
        return node

    def members(self, incident_id: str) -> list[str]:
        found, stack = [], [self.root(incident_id)]
        while stack:
            node = stack.pop()
            found.append(node)
            stack.extend(self.children.get(node, []))
        return found


def incident_from_row(row: Any, chains: Chains) -> Incident:
    data = dict(zip(STORED, row, strict=True))
    data["complaint_filed"] = bool(data["complaint_filed"])
    return Incident(
        **data,
        is_latest=not chains.children.get(data["id"]),
        original_id=chains.root(data["id"]),
        version=chains.depth(data["id"]),
    )


def validated_content(logbook: Logbook, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (every content field) checked and normalised for storage."""
    try:
        get_category(str(data["category"]))
    except KeyError:
        raise LogbookError(
            translate("Incidents", "“{category}” is not an irregularity category.").format(
                category=data["category"]
            )
        ) from None
    try:
        severity = Severity(data["severity"])
    except ValueError:
        raise LogbookError(
            translate("Incidents", "“{value}” is not a severity; choose one of: {known}.").format(
                value=data["severity"], known=", ".join(s.value for s in Severity)
            )
        ) from None
    try:
        location = Location(data["location"])
    except ValueError:
        raise LogbookError(
            translate("Incidents", "“{value}” is not a location; choose one of: {known}.").format(
                value=data["location"], known=", ".join(loc.value for loc in Location)
            )
        ) from None
    if data["station_id"] is not None:
        require_station(logbook, data["station_id"])
    if location == Location.STATION and data["station_id"] is None:
        raise LogbookError(
            translate(
                "Incidents",
                "Choose the station, or mark the report as at another station or not at a station.",
            )
        )
    contest = data["contest_id"]
    if (
        contest is not None
        and not logbook.db.execute("SELECT 1 FROM contests WHERE id = ?", [contest]).fetchone()
    ):
        raise LogbookError(translate("Incidents", "There is no such contest in this logbook."))
    texts = ("location_text", "description", "perpetrator", "witnesses", "complaint_reference")
    return {
        **data,
        **{key: str(data[key] or "").strip() for key in texts},
        "severity": severity.value,
        "location": location.value,
        "occurred_at": stored_time(data["occurred_at"]),
        "complaint_filed": int(bool(data["complaint_filed"])),
    }


# What the audit log says instead of a sensitive field's text: it must not spread the names of
# witnesses and perpetrators into a table that can never be cleaned.
SENSITIVE_MARK = "(sensitive)"


def _stored_content(data: dict[str, Any]) -> dict[str, Any]:
    return {
        key: int(bool(data[key])) if key == "complaint_filed" else data[key]
        for key in CONTENT_FIELDS
    }


def content_digest(incident: Incident) -> str:
    """SHA-256 of the report's content as stored: the canonical JSON (see storage.audit) of its
    id and ``CONTENT_FIELDS``, ``complaint_filed`` as 0 or 1. It pins the submitted text in the
    audit log without copying it there."""
    data = {"id": incident.id, **_stored_content(asdict(incident))}
    return hashlib.sha256(audit.canonical_json(data).encode("utf-8")).hexdigest()


def changed_fields(
    incident: Incident, content: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The content fields ``content`` (validated) changes in ``incident``, as (before, after),
    sensitive ones marked rather than copied."""
    old, new = _stored_content(asdict(incident)), _stored_content(content)
    changed = [key for key in CONTENT_FIELDS if old[key] != new[key]]

    def shown(key: str, value: Any) -> Any:
        return SENSITIVE_MARK if key in SENSITIVE_FIELDS and value else value

    return (
        {key: shown(key, old[key]) for key in changed},
        {key: shown(key, new[key]) for key in changed},
    )


def check_changes(changes: dict[str, Any]) -> None:
    unknown = sorted(set(changes) - set(CONTENT_FIELDS))
    if unknown:
        raise TypeError(f"not a field of a report's content: {', '.join(unknown)}")


@contextmanager
def refusing_submitted() -> Iterator[None]:
    """Turns the schema's "submitted report" trigger into SubmittedReportError (a draft can be
    submitted on another connection between our check and our write)."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        if "submitted incident" in str(exc):
            raise SubmittedReportError() from exc
        raise
