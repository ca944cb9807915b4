"""Irregularity reports: drafts, submission (after which a report is immutable), amendments that
keep the original, and the follow-up status with its history.

A report and its amendments form a chain through ``amends_id``: each amendment points at the
version it corrects, so the chain reads original → first amendment → …; the last one is the
report's current text. The follow-up status belongs to the report as a whole: setting it updates
every version (the schema's trigger allows that one column) and is logged once in
``incident_status_changes``.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from kzobserver.domain.checklists import prefilled_incident
from kzobserver.domain.model import new_id
from kzobserver.domain.taxonomy import FollowUpStatus, Severity, get_category
from kzobserver.i18n import translate
from kzobserver.storage import audit
from kzobserver.storage.checklist_answers import checklist_and_question, get_answer
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.incident_records import (
    COLUMNS,
    CONTENT_FIELDS,
    SENSITIVE_FIELDS,
    Chains,
    Incident,
    Location,
    StatusChange,
    SubmittedReportError,
    changed_fields,
    check_changes,
    content_digest,
    incident_from_row,
    location_label,
    refusing_submitted,
    validated_content,
)
from kzobserver.storage.logbook import Logbook, utc_now
from kzobserver.storage.times import stored_time

__all__ = [
    "CONTENT_FIELDS",
    "SENSITIVE_FIELDS",
    "Incident",
    "Location",
    "StatusChange",
    "SubmittedReportError",
    "amend",
    "create_draft",
    "delete_draft",
    "from_red_flag",
    "get_incident",
    "list_incidents",
    "location_label",
    "set_status",
    "status_history",
    "submit",
    "update_draft",
    "versions",
]


def get_incident(logbook: Logbook, incident_id: str) -> Incident:
    row = logbook.db.execute(
        f"SELECT {COLUMNS} FROM incidents WHERE id = ?", [incident_id]
    ).fetchone()
    if row is None:
        raise LogbookError(translate("Incidents", "This report no longer exists."))
    return incident_from_row(row, Chains(logbook))


def versions(logbook: Logbook, incident_id: str) -> list[Incident]:
    """Every version of the report ``incident_id`` belongs to, the original first."""
    chains = Chains(logbook)
    ids = chains.members(incident_id)
    marks = ",".join("?" * len(ids))
    rows = logbook.db.execute(f"SELECT {COLUMNS} FROM incidents WHERE id IN ({marks})", ids)
    found = [incident_from_row(r, chains) for r in rows.fetchall()]
    return sorted(found, key=lambda i: (i.version, i.created_at))


def create_draft(
    logbook: Logbook,
    category: str,
    *,
    station_id: str | None = None,
    location: str | None = None,
    location_text: str = "",
    contest_id: str | None = None,
    occurred_at: datetime | str | None = None,
    severity: str | None = None,
    description: str = "",
    perpetrator: str = "",
    witnesses: str = "",
    complaint_filed: bool = False,
    complaint_reference: str = "",
    checklist_answer_id: str | None = None,
) -> Incident:
    """A new draft report, saved at once. ``severity`` None takes the category's default;
    ``location`` None is "station" with a station and "not at a station" without one;
    ``occurred_at`` None is now."""
    if severity is None and category:
        try:
            severity = get_category(category).default_severity.value
        except KeyError:
            severity = Severity.MEDIUM  # the unknown category is refused just below
    content = validated_content(
        logbook,
        {
            "station_id": station_id,
            "location": location or (Location.STATION if station_id else Location.NOT_AT_STATION),
            "location_text": location_text,
            "contest_id": contest_id,
            "occurred_at": occurred_at,
            "category": category,
            "severity": severity,
            "description": description,
            "perpetrator": perpetrator,
            "witnesses": witnesses,
            "complaint_filed": complaint_filed,
            "complaint_reference": complaint_reference,
        },
    )
    record = {
        "id": new_id(),
        **content,
        "status": FollowUpStatus.OPEN.value,
        "checklist_answer_id": checklist_answer_id,
    }
    with logbook.db.atomic():
        logbook.db.table("incidents").insert(logbook.stamp(record))
    return get_incident(logbook, record["id"])


def update_draft(logbook: Logbook, incident_id: str, **changes: Any) -> Incident:
    """Change fields (any of ``CONTENT_FIELDS``) of a draft, saved at once.
    :class:`SubmittedReportError` for a submitted report."""
    check_changes(changes)
    current = get_incident(logbook, incident_id)
    if current.submitted:
        raise SubmittedReportError()
    merged = {key: getattr(current, key) for key in CONTENT_FIELDS} | changes
    content = validated_content(logbook, merged)
    with refusing_submitted(), logbook.db.atomic():
        logbook.db.table("incidents").update(incident_id, {**content, "updated_at": utc_now()})
    return get_incident(logbook, incident_id)


def delete_draft(logbook: Logbook, incident_id: str) -> None:
    """Discard a draft nobody submitted (an offered report the observer declined)."""
    current = get_incident(logbook, incident_id)
    if current.submitted:
        raise SubmittedReportError()
    try:
        with refusing_submitted(), logbook.db.atomic():
            logbook.db.execute(
                "DELETE FROM incident_status_changes WHERE incident_id = ?", [current.id]
            )
            logbook.db.execute("DELETE FROM incidents WHERE id = ?", [current.id])
    except SubmittedReportError:
        raise
    except sqlite3.IntegrityError:  # evidence (or an amendment) still points at it
        raise LogbookError(
            translate("Incidents", "This draft cannot be discarded: files are attached to it.")
        ) from None


def submit(logbook: Logbook, incident_id: str) -> Incident:
    """Mark the report submitted: from now on its content can never change (the database refuses
    it). Submitting a submitted report changes nothing."""
    current = get_incident(logbook, incident_id)
    if current.submitted:
        return current
    if not current.description:
        raise LogbookError(translate("Incidents", "Describe what happened before submitting."))
    now = utc_now()
    with refusing_submitted(), logbook.db.atomic():
        logbook.db.table("incidents").update(incident_id, {"submitted_at": now, "updated_at": now})
        # Read again under the write lock: the content as submitted, not as first read.
        submitted = get_incident(logbook, incident_id)
        audit.append(
            logbook,
            "incident.submit",
            table="incidents",
            row_id=incident_id,
            before={"submitted_at": None},
            after={"submitted_at": now, "content_sha256": content_digest(submitted)},
        )
    return get_incident(logbook, incident_id)


def amend(logbook: Logbook, incident_id: str, **changes: Any) -> Incident:
    """Correct a report: a new draft version copying the report's latest version with
    ``changes``, pointing at it with ``amends_id``; every earlier version stays as it was.
    When the latest version is still a draft (an amendment not yet submitted, or an original
    never submitted) the changes go into it instead: a report has at most one open draft."""
    check_changes(changes)
    chains = Chains(logbook)
    if incident_id not in chains.parent:
        raise LogbookError(translate("Incidents", "This report no longer exists."))
    latest = get_incident(logbook, chains.latest(incident_id))
    if not latest.submitted:
        return update_draft(logbook, latest.id, **changes) if changes else latest
    content = validated_content(
        logbook, {key: getattr(latest, key) for key in CONTENT_FIELDS} | changes
    )
    record = {
        "id": new_id(),
        **content,
        "status": latest.status,
        "amends_id": latest.id,
        "checklist_answer_id": latest.checklist_answer_id,
    }
    before, after = changed_fields(latest, content)
    with logbook.db.atomic():
        logbook.db.table("incidents").insert(logbook.stamp(record))
        audit.append(
            logbook,
            "incident.amend",
            table="incidents",
            row_id=record["id"],
            before=before,
            after={**after, "amends_id": latest.id},
        )
    return get_incident(logbook, record["id"])


def set_status(logbook: Logbook, incident_id: str, status: str, reason: str = "") -> Incident:
    """Set the report's follow-up status (allowed after submission) and log the change; a report
    is only excluded with a reason. Returns the report's latest version."""
    try:
        new_status = FollowUpStatus(status)
    except ValueError:
        raise LogbookError(
            translate("Incidents", "“{status}” is not a follow-up status.").format(status=status)
        ) from None
    if new_status == FollowUpStatus.EXCLUDED and not reason.strip():
        raise LogbookError(translate("Incidents", "Say why the report is excluded."))
    chains = Chains(logbook)
    if incident_id not in chains.parent:
        raise LogbookError(translate("Incidents", "This report no longer exists."))
    members = chains.members(incident_id)
    latest = chains.latest(incident_id)
    now = utc_now()
    marks = ",".join("?" * len(members))
    change = {"id": new_id(), "incident_id": latest, "status": new_status.value}
    with logbook.db.atomic():
        # The log row first: its write lock makes the status read next the latest one.
        logbook.db.table("incident_status_changes").insert(
            logbook.stamp({**change, "reason": reason.strip()}, now=now)
        )
        (old_status,) = logbook.db.execute(
            "SELECT status FROM incidents WHERE id = ?", [latest]
        ).fetchone()
        logbook.db.execute(
            f"UPDATE incidents SET status = ?, updated_at = ? WHERE id IN ({marks})",
            [new_status.value, now, *members],
        )
        audit.append(
            logbook,
            "incident.status",
            table="incidents",
            row_id=latest,
            before={"status": old_status},
            after={"status": new_status.value, "status_change_id": change["id"]},
            reason=reason.strip(),
        )
    return get_incident(logbook, latest)


def status_history(logbook: Logbook, incident_id: str) -> list[StatusChange]:
    """Every follow-up status change of the report (any of its versions), oldest first."""
    members = Chains(logbook).members(incident_id)
    marks = ",".join("?" * len(members))
    rows = logbook.db.execute(
        "SELECT id, incident_id, status, reason, author, created_at FROM incident_status_changes "
        f"WHERE incident_id IN ({marks}) ORDER BY created_at, rowid",
        members,
    ).fetchall()
    return [StatusChange(*r) for r in rows]


def list_incidents(
    logbook: Logbook,
    station_id: str | None = None,
    category: str | None = None,
    severity: str | None = None,
    status: str | None = None,
    since: datetime | str | None = None,
    until: datetime | str | None = None,
    *,
    latest_only: bool = False,
) -> list[Incident]:
    """Reports matching every given filter (``since``/``until`` bound the time it happened,
    inclusive), in the order they happened; each version is a row, ``is_latest`` marks the
    current ones (``latest_only`` keeps only those)."""
    where, params = [], []
    for column, value in (
        ("station_id", station_id),
        ("category", category),
        ("severity", severity),
        ("status", status),
    ):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if since is not None:
        where.append("occurred_at >= ?")
        params.append(stored_time(since))
    if until is not None:
        where.append("occurred_at <= ?")
        params.append(stored_time(until))
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = logbook.db.execute(
        f"SELECT {COLUMNS} FROM incidents {clause} ORDER BY occurred_at, created_at, rowid",
        params,
    ).fetchall()
    chains = Chains(logbook)
    found = [incident_from_row(r, chains) for r in rows]
    return [i for i in found if i.is_latest] if latest_only else found


def from_red_flag(logbook: Logbook, answer_id: str, lang: str) -> Incident:
    """The draft report a red-flag answer offers, pre-filled in ``lang`` (category, severity,
    description, station, time) and linked to the answer. Accepting the same offer twice
    returns the report already made from it (its latest version)."""
    answer = get_answer(logbook, answer_id)
    existing = logbook.db.execute(
        "SELECT id FROM incidents WHERE checklist_answer_id = ? ORDER BY created_at LIMIT 1",
        [answer_id],
    ).fetchone()
    if existing:
        return get_incident(logbook, Chains(logbook).latest(existing[0]))
    _, question = checklist_and_question(answer.checklist, answer.question)
    try:
        offered = prefilled_incident(question, answer.value, lang)
    except ValueError:
        raise LogbookError(translate("Incidents", "This answer is not a red flag.")) from None
    return create_draft(
        logbook,
        offered["category"],
        severity=offered["severity"],
        description=offered["description"],
        station_id=answer.station_id,
        location=Location.STATION,
        occurred_at=answer.answered_at,
        checklist_answer_id=answer.id,
    )
