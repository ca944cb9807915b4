"""One station's day in time order: visits, checklist answers, headcount snapshots, reports and
their amendments, protocol entries, notes and evidence files. Read-only: each entry names the
record it shows, so the UI can open it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from kzobserver.domain.checklists import decode_answer, format_answer
from kzobserver.domain.model import LocalizedText
from kzobserver.domain.taxonomy import category_name, severity_label, status_label
from kzobserver.i18n import translate
from kzobserver.storage.checklist_answers import checklist_and_question
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.headcount import snapshots
from kzobserver.storage.incidents import list_incidents
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.notes import notes
from kzobserver.storage.protocols import source_label
from kzobserver.storage.records import require_station
from kzobserver.storage.times import stored_time
from kzobserver.storage.visits import visit_event_label, visits


class TimelineKind(StrEnum):
    VISIT = "visit"
    CHECKLIST_ANSWER = "checklist_answer"
    HEADCOUNT_SNAPSHOT = "headcount_snapshot"
    INCIDENT = "incident"
    PROTOCOL = "protocol"
    NOTE = "note"
    EVIDENCE = "evidence"


# At the same moment, the order a reader expects: arriving comes before anything done there.
_KIND_ORDER = {kind: i for i, kind in enumerate(TimelineKind)}


@dataclass(frozen=True)
class TimelineEntry:
    at: str  # stored UTC time
    kind: str  # a TimelineKind value
    title: str
    detail: str
    record_id: str  # the id of the record in the table the kind names
    red_flag: bool = False  # a red-flag checklist answer
    author: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _sort_key(entry: TimelineEntry) -> tuple[str, int, str]:
    try:
        at = stored_time(entry.at)  # evidence capture times may come in another ISO form
    except LogbookError:
        at = entry.at
    return (at, _KIND_ORDER[TimelineKind(entry.kind)], entry.record_id)


def timeline(logbook: Logbook, station_id: str, lang: str = "en") -> list[TimelineEntry]:
    """Everything recorded about ``station_id`` (by any observer), oldest first. Titles are in
    the UI language; checklist questions and categories in ``lang``. Sensitive report fields
    (perpetrator, witnesses) are never shown here."""
    require_station(logbook, station_id)
    entries = [
        *_visits(logbook, station_id),
        *_answers(logbook, station_id, lang),
        *_snapshots(logbook, station_id),
        *_incidents(logbook, station_id, lang),
        *_protocols(logbook, station_id, lang),
        *_notes(logbook, station_id),
        *_evidence(logbook, station_id),
    ]
    return sorted(entries, key=_sort_key)


def _visits(logbook: Logbook, station_id: str) -> list[TimelineEntry]:
    return [
        TimelineEntry(
            v.at, TimelineKind.VISIT, visit_event_label(v.event), v.note, v.id, False, v.author
        )
        for v in visits(logbook, station_id)
    ]


def _answers(logbook: Logbook, station_id: str, lang: str) -> list[TimelineEntry]:
    rows = logbook.db.execute(
        "SELECT id, checklist, question, answer, red_flag, answered_at, note, author "
        "FROM checklist_answers WHERE station_id = ? AND answer IS NOT NULL",
        [station_id],
    ).fetchall()
    entries = []
    for answer_id, checklist_code, question_code, stored, red_flag, at, note, author in rows:
        try:
            checklist, question = checklist_and_question(checklist_code, question_code)
            title = translate("Timeline", "{checklist}: {question}").format(
                checklist=checklist.name.get(lang), question=question.text.get(lang)
            )
            shown = format_answer(question, decode_answer(question, stored), lang)
        except LogbookError:  # a question this version does not ship
            title, shown = f"{checklist_code}: {question_code}", stored
        detail = (
            translate("Timeline", "{answer} — red flag").format(answer=shown) if red_flag else shown
        )
        if note:
            detail += f"\n{note}"
        entries.append(
            TimelineEntry(
                at, TimelineKind.CHECKLIST_ANSWER, title, detail, answer_id, bool(red_flag), author
            )
        )
    return entries


def _snapshots(logbook: Logbook, station_id: str) -> list[TimelineEntry]:
    row = logbook.db.execute(
        "SELECT registered_voters FROM stations WHERE id = ?", [station_id]
    ).fetchone()
    registered = row[0] if row else None
    entries = []
    for s in snapshots(logbook, station_id):
        title = translate("Timeline", "Headcount: {count} voters").format(count=f"{s.count:,}")
        detail = ""
        if registered:
            detail = translate(
                "Timeline", "{percent}% of the {registered} registered voters"
            ).format(percent=f"{100 * s.count / registered:.1f}", registered=f"{registered:,}")
        if s.note:
            detail = f"{detail}\n{s.note}".strip()
        entries.append(
            TimelineEntry(
                s.at, TimelineKind.HEADCOUNT_SNAPSHOT, title, detail, s.id, False, s.author
            )
        )
    return entries


def _incidents(logbook: Logbook, station_id: str, lang: str) -> list[TimelineEntry]:
    entries = []
    for report in list_incidents(logbook, station_id=station_id):
        category = category_name(report.category, lang)
        state = (
            translate("Timeline", "submitted")
            if report.submitted
            else translate("Timeline", "draft")
        )
        detail = " · ".join((severity_label(report.severity), status_label(report.status), state))
        if report.description:
            detail += "\n" + report.description
        if report.version == 1:
            title = translate("Timeline", "Irregularity report: {category}").format(
                category=category
            )
            at = report.occurred_at
        else:
            # An amendment is an event of its own: placed when it was written, not when the
            # incident happened.
            title = translate("Timeline", "Amendment {version} to the report: {category}").format(
                version=report.version - 1, category=category
            )
            at = report.created_at
        entries.append(
            TimelineEntry(at, TimelineKind.INCIDENT, title, detail, report.id, False, report.author)
        )
    return entries


def _protocols(logbook: Logbook, station_id: str, lang: str) -> list[TimelineEntry]:
    rows = logbook.db.execute(
        """
        SELECT p.id, p.source, p.observer, p.author, c.name_en, c.name_ru, c.name_kk,
               p.updated_at,
               count(v.value)
        FROM protocols p
        JOIN contests c ON c.id = p.contest_id
        LEFT JOIN protocol_values v ON v.protocol_id = p.id
        WHERE p.station_id = ?
        GROUP BY p.id
        """,
        [station_id],
    ).fetchall()
    entries = []
    for pid, source, _observer, author, en, ru, kk, at, filled in rows:
        title = translate("Timeline", "Protocol: {source}, {contest}").format(
            source=source_label(source), contest=LocalizedText(en, ru, kk).get(lang)
        )
        detail = translate("Timeline", "{count} lines filled in").format(count=filled)
        entries.append(TimelineEntry(at, TimelineKind.PROTOCOL, title, detail, pid, False, author))
    return entries


def _notes(logbook: Logbook, station_id: str) -> list[TimelineEntry]:
    return [
        TimelineEntry(
            n.at, TimelineKind.NOTE, translate("Timeline", "Note"), n.text, n.id, False, n.author
        )
        for n in notes(logbook, station_id)
    ]


def _evidence(logbook: Logbook, station_id: str) -> list[TimelineEntry]:
    # A file belongs to the station directly or through what it is attached to.
    rows = logbook.db.execute(
        """
        SELECT e.id, e.original_name, e.sha256, e.size, e.do_not_publish,
               coalesce(e.captured_at, e.created_at), e.author
        FROM evidence e
        LEFT JOIN incidents i ON i.id = e.incident_id
        LEFT JOIN checklist_answers a ON a.id = e.checklist_answer_id
        LEFT JOIN protocols p ON p.id = e.protocol_id
        WHERE e.station_id = ? OR i.station_id = ? OR a.station_id = ? OR p.station_id = ?
        """,
        [station_id] * 4,
    ).fetchall()
    entries = []
    for evidence_id, name, sha256, size, private, at, author in rows:
        title = translate("Timeline", "Evidence: {name}").format(name=name)
        detail = translate("Timeline", "SHA-256 {sha256}, {size} bytes").format(
            sha256=sha256, size=f"{size:,}"
        )
        if private:
            detail += " · " + translate("Timeline", "do not publish")
        entries.append(
            TimelineEntry(at, TimelineKind.EVIDENCE, title, detail, evidence_id, False, author)
        )
    return entries
