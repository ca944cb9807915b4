"""What a discrepancy report says: ``build_report`` turns a logbook into a
:class:`~kzobserver.reports.document.Document` (rendered to PDF or HTML by ``reports.export``),
and ``report_rows`` gives the tables a spreadsheet wants (CSV, XLSX).

A report is evidence: every figure names its station, its source, the observer who recorded it
and when; every file is listed with its SHA-256; the cover lists the files imported into the
logbook with their hashes, and the logbook file's own. Everything is written in the report's
language, whatever the window speaks (``report_language``).

The parts live in ``content_data`` (reading, scope), ``content_stations`` (the discrepancy
table and a page per flagged station), ``content_aggregate``, ``content_sections`` (summary,
irregularities, methodology, appendix) and ``content_rows`` (spreadsheet rows).
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kzobserver import __version__
from kzobserver.i18n import translate
from kzobserver.reports.content_aggregate import aggregate_section
from kzobserver.reports.content_data import Progress, ReportData, gather
from kzobserver.reports.content_format import DASH, local_time, number
from kzobserver.reports.content_options import (
    ALL_SECTIONS,
    ReportOptions,
    Section,
    section_label,
)
from kzobserver.reports.content_rows import report_rows
from kzobserver.reports.content_sections import (
    appendix_section,
    irregularities_section,
    methodology_section,
    summary_section,
)
from kzobserver.reports.content_stations import discrepancy_table, station_pages
from kzobserver.reports.document import (
    Column,
    Document,
    DocumentInfo,
    Emphasis,
    KeyValue,
    Table,
)
from kzobserver.reports.language import report_language
from kzobserver.storage import audit
from kzobserver.storage.aggregate import AggregateComparison, aggregate_comparison
from kzobserver.storage.evidence import EvidenceRecord, thumbnail_source
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocols import Source, source_label

__all__ = [
    "ALL_SECTIONS",
    "LogbookFingerprint",
    "ReportOptions",
    "Section",
    "build_report",
    "report_rows",
    "section_label",
]

THUMBNAIL_MAX_BYTES = 25 * 1024 * 1024  # larger photos are listed without a picture
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


@dataclass(frozen=True)
class LogbookFingerprint:
    name: str
    sha256: str
    size: int
    complete: bool  # False: recent changes were still in the write-ahead log


def logbook_fingerprint(logbook: Logbook) -> LogbookFingerprint:
    """The SHA-256 of the logbook file as the report was made. The write-ahead log is folded
    into the file first, so the file alone holds what the report shows; another program reading
    the logbook at that moment can keep the fold from finishing, which is then said."""
    complete = True
    try:
        busy, _, _ = logbook.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        complete = not busy
    except sqlite3.Error:
        complete = False
    digest = hashlib.sha256()
    size = 0
    with Path(logbook.path).open("rb") as f:
        while chunk := f.read(1024 * 1024):
            digest.update(chunk)
            size += len(chunk)
    return LogbookFingerprint(logbook.path.name, digest.hexdigest(), size, complete)


def observed_source(options: ReportOptions) -> str:
    """The source the observers' sample comes from: A, unless A is the official one."""
    return options.source_b if options.source_a == Source.OFFICIAL else options.source_a


def build_report(
    logbook: Logbook, options: ReportOptions, progress: Progress | None = None
) -> Document:
    """The report ``options`` describe. ``progress(done, total)`` is called as it is built and
    may raise (``Cancelled``) to stop; runs in the calling thread."""
    total = 100

    def tell(done: int) -> None:
        if progress is not None:
            progress(min(done, total), total)

    with report_language(options.language):
        data = gather(logbook, options, lambda done, steps: tell(done * 20 // steps))
        aggregate: AggregateComparison | None = None
        if options.has(Section.AGGREGATE) or options.has(Section.SUMMARY):
            aggregate = aggregate_comparison(logbook, observed_source(options), data.contest.code)
        tell(25)
        doc = Document(
            DocumentInfo(
                title=translate("Reports", "Discrepancy report: {election}").format(
                    election=data.election.name.get(options.language)
                ),
                author=data.author.name if data.author else "",
                language=options.language,
                subject=data.scope_label(),
            )
        )
        _cover(logbook, data, doc)
        tell(30)
        if options.has(Section.SUMMARY):
            summary_section(data, aggregate, doc)
        if options.has(Section.AGGREGATE) and aggregate is not None:
            aggregate_section(data, aggregate, doc)
        tell(40)
        if options.has(Section.DISCREPANCIES):
            doc.page_break()
            discrepancy_table(data, doc)
        if options.has(Section.STATIONS):
            station_pages(
                data,
                doc,
                lambda item: _thumbnail(logbook, item),
                lambda done, n: tell(40 + 50 * done // max(n, 1)),
            )
        tell(90)
        if options.has(Section.IRREGULARITIES):
            irregularities_section(data, doc)
        if options.has(Section.METHODOLOGY):
            methodology_section(data, doc)
        if options.has(Section.APPENDIX):
            appendix_section(data, audit.summary(logbook), audit.verify(logbook), doc)
        tell(100)
    return doc


def _thumbnail(logbook: Logbook, item: EvidenceRecord) -> bytes | None:
    try:
        return thumbnail_source(logbook, item.id, THUMBNAIL_MAX_BYTES)
    except Exception:  # an incomplete file is listed without its picture (verify says why)
        return None


def synthetic_stations(logbook: Logbook, data: ReportData) -> int:
    """How many stations in the report's scope are synthetic demo stations."""
    flagged = {
        sid
        for (sid,) in logbook.db.execute(
            "SELECT id FROM stations WHERE election_id = ? AND synthetic = 1", [data.election.id]
        )
    }
    return len(flagged if data.in_scope is None else flagged & data.in_scope)


def _cover(logbook: Logbook, data: ReportData, doc: Document) -> None:
    options, lang = data.options, data.lang
    doc.heading(translate("Reports", "Discrepancy report"))
    doc.paragraph(
        f"{data.election.name.get(lang)}, {data.election.date}\n{data.contest.name.get(lang)}",
        Emphasis.STRONG,
    )
    synthetic = synthetic_stations(logbook, data)
    if synthetic:  # a report on invented stations must never pass for evidence
        doc.paragraph(
            translate(
                "Reports",
                "DEMO DATA: {n} of the stations in this report are synthetic demo stations, "
                "invented for trying the app, and so is every figure about them. This report is "
                "not evidence.",
            ).format(n=synthetic),
            Emphasis.WARNING,
        )
    author = data.author
    made_by = DASH
    if author is not None:
        made_by = ", ".join(p for p in (author.name, author.organisation) if p)
        if author.accreditation:
            made_by += " " + translate("Reports", "(accreditation {number})").format(
                number=author.accreditation
            )
    privacy = (
        translate(
            "Reports",
            "INCLUDED at the author's request: names of witnesses and perpetrators, and the "
            "names and pictures of evidence marked do-not-publish. Do not publish this report.",
        )
        if options.include_sensitive
        else translate(
            "Reports",
            "Left out: names of witnesses and perpetrators, and the names and pictures of "
            "evidence marked do-not-publish (their SHA-256 is listed).",
        )
    )
    fingerprint = logbook_fingerprint(logbook)
    doc.key_values(
        [
            (translate("Reports", "Election"), data.election.name.get(lang)),
            (translate("Reports", "Election day"), data.election.date),
            (translate("Reports", "Contest"), data.contest.name.get(lang)),
            (translate("Reports", "Scope"), data.scope_label()),
            (
                translate("Reports", "Sources compared"),
                f"A: {source_label(options.source_a)}; B: {source_label(options.source_b)}",
            ),
            (translate("Reports", "Prepared by"), made_by),
            (
                translate("Reports", "Made on"),
                local_time(datetime.now(UTC).isoformat().replace("+00:00", "Z")),
            ),
            (translate("Reports", "Language"), LANGUAGE_NAMES.get(lang, lang)),
            (translate("Reports", "Sensitive information"), privacy),
            (translate("Reports", "Made with"), f"kzobserver {__version__}"),
        ]
    )
    doc.heading(translate("Reports", "Data sources"), 2)
    imports = [
        e
        for e in audit.entries(logbook)
        if isinstance(e.get("after"), dict) and "sha256" in e["after"] and "file" in e["after"]
    ]
    imports.reverse()  # oldest first
    if imports:
        table = Table(
            [
                Column(translate("Reports", "Imported"), weight=1.5),
                Column(translate("Reports", "What"), monospace=True, weight=1.3),
                Column(translate("Reports", "File"), monospace=True, weight=1.6),
                Column("SHA-256", monospace=True, weight=3.6),
                Column(translate("Reports", "By"), weight=1.2),
            ],
            name="imports",
        )
        for e in imports:
            table.add_row(
                [
                    local_time(e["at"]),
                    e["action"],
                    str(e["after"]["file"]),
                    str(e["after"]["sha256"]),
                    data.observer_name(e["author"]),
                ]
            )
        doc.table(table)
    else:
        doc.paragraph(
            translate(
                "Reports",
                "The audit log records no imported file: the records were entered in the app.",
            )
        )
    items = [
        KeyValue(translate("Reports", "Logbook file"), fingerprint.name),
        KeyValue(
            translate("Reports", "Its SHA-256 when this report was made"),
            fingerprint.sha256,
            monospace=True,
        ),
        KeyValue(translate("Reports", "Its size"), number(fingerprint.size, lang)),
    ]
    doc.key_values(items)
    if not fingerprint.complete:
        doc.paragraph(
            translate(
                "Reports",
                "Another program had the logbook open, so its latest changes may not be in the "
                "file yet: the hash may not match a copy of the file made now.",
            ),
            Emphasis.MUTED,
        )
    doc.paragraph(
        translate(
            "Reports",
            "Every figure in this report names its station and source; each station's page "
            "names who recorded each record and when, and lists the evidence files by SHA-256.",
        ),
        Emphasis.MUTED,
    )
    sections = [section_label(s) for s in Section if options.has(s)]
    doc.paragraph(
        translate("Reports", "Contents: {sections}.").format(sections="; ".join(sections))
    )
