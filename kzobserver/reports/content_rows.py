"""The report as spreadsheet tables (CSV, XLSX): one row per station and line that differs, one
per irregularity report, one per evidence file. Numbers stay numbers; every row carries what it
takes to trace it (station, source, observer, time)."""

from __future__ import annotations

from kzobserver.domain.comparison import ComparisonStatus
from kzobserver.domain.taxonomy import category_name, severity_label, status_label
from kzobserver.i18n import translate
from kzobserver.reports.content_data import Progress, ReportData, gather
from kzobserver.reports.content_format import comparison_status_label, local_time
from kzobserver.reports.content_options import ReportOptions
from kzobserver.reports.content_stations import evidence_name
from kzobserver.reports.document import Align, Column, Table
from kzobserver.reports.language import report_language
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocols import source_label

_QUIET = (ComparisonStatus.MATCH, ComparisonStatus.MISSING_BOTH)


def report_rows(
    logbook: Logbook, options: ReportOptions, progress: Progress | None = None
) -> list[Table]:
    """The discrepancy rows, the irregularity reports and the evidence list of the report
    ``options`` describe, with their headers in the report's language."""
    with report_language(options.language):
        data = gather(logbook, options, progress)
        return [discrepancy_rows(data), incident_rows(data), evidence_rows(data)]


def _latest(data: ReportData, sid: str, source: str) -> tuple[str, str]:
    """(observer name, last changed) of the record of ``source`` that was compared."""
    records = [r for r in data.records.get(sid, []) if r.source == source]
    if not records:
        return "", ""
    record = max(records, key=lambda r: r.updated_at)
    who = record.observer or record.author
    return data.observer_name(who) if who else "", local_time(record.updated_at)


def discrepancy_rows(data: ReportData) -> Table:
    a, b = data.options.source_a, data.options.source_b
    table = Table(
        [
            Column(translate("Reports", "Station")),
            Column(translate("Reports", "Region")),
            Column(translate("Reports", "Line code"), monospace=True),
            Column(translate("Reports", "Line")),
            Column("A: " + source_label(a), Align.RIGHT),
            Column("B: " + source_label(b), Align.RIGHT),
            Column(translate("Reports", "B − A"), Align.RIGHT),
            Column(translate("Reports", "Line status")),
            Column(translate("Reports", "Station status")),
            Column(translate("Reports", "Review")),
            Column(translate("Reports", "Review reason")),
            Column(translate("Reports", "A recorded by")),
            Column(translate("Reports", "A last changed")),
            Column(translate("Reports", "B recorded by")),
            Column(translate("Reports", "B last changed")),
        ],
        name=translate("Reports", "discrepancies"),
    )
    for c in data.discrepancies():
        sid = data.station_ids[c.station]
        review = c.review
        a_who, a_when = _latest(data, sid, a)
        b_who, b_when = _latest(data, sid, b)
        for line in c.lines():
            if line.status in _QUIET:
                continue
            table.add_row(
                [
                    c.station,
                    data.region_name(c.region),
                    line.code,
                    data.line_label(line.code),
                    line.a,
                    line.b,
                    line.difference,
                    comparison_status_label(line.status),
                    comparison_status_label(c.computed_status),
                    comparison_status_label(review.status) if review else "",
                    review.reason if review else "",
                    a_who,
                    a_when,
                    b_who,
                    b_when,
                ]
            )
    return table


def incident_rows(data: ReportData) -> Table:
    lang = data.lang
    sensitive = data.options.include_sensitive
    columns = [
        Column(translate("Reports", "Report id"), monospace=True),
        Column(translate("Reports", "Station")),
        Column(translate("Reports", "Region")),
        Column(translate("Reports", "Time")),
        Column(translate("Reports", "Time (UTC)")),
        Column(translate("Reports", "Category code"), monospace=True),
        Column(translate("Reports", "Category")),
        Column(translate("Reports", "Severity")),
        Column(translate("Reports", "Follow-up")),
        Column(translate("Reports", "Description")),
        Column(translate("Reports", "Complaint filed")),
        Column(translate("Reports", "Complaint reference")),
        Column(translate("Reports", "Version"), Align.RIGHT),
        Column(translate("Reports", "Reported by")),
        Column(translate("Reports", "Submitted")),
    ]
    if sensitive:
        columns += [
            Column(translate("Reports", "Perpetrator")),
            Column(translate("Reports", "Witnesses")),
        ]
    table = Table(columns, name=translate("Reports", "irregularities"))
    yes, no = translate("Reports", "yes"), translate("Reports", "no")
    for i in data.incidents:
        number, region = data.places.get(i.station_id or "", ("", None))
        row: list[str | int | float | None] = [
            i.id,
            number or i.location_text,
            data.region_name(region) if region else "",
            local_time(i.occurred_at),
            i.occurred_at,
            i.category,
            category_name(i.category, lang),
            severity_label(i.severity),
            status_label(i.status),
            i.description,
            yes if i.complaint_filed else no,
            i.complaint_reference,
            i.version,
            data.observer_name(i.author),
            local_time(i.submitted_at) if i.submitted_at else "",
        ]
        if sensitive:
            row += [i.perpetrator, i.witnesses]
        table.add_row(row)
    return table


def evidence_rows(data: ReportData) -> Table:
    table = Table(
        [
            Column(translate("Reports", "Evidence id"), monospace=True),
            Column(translate("Reports", "Station")),
            Column(translate("Reports", "File")),
            Column("SHA-256", monospace=True),
            Column(translate("Reports", "Size, bytes"), Align.RIGHT),
            Column(translate("Reports", "Type")),
            Column(translate("Reports", "Captured")),
            Column(translate("Reports", "Do not publish")),
            Column(translate("Reports", "Irregularity report")),
            Column(translate("Reports", "Attached by")),
        ],
        name=translate("Reports", "evidence"),
    )
    yes, no = translate("Reports", "yes"), translate("Reports", "no")
    for e in data.evidence:
        table.add_row(
            [
                e.id,
                e.station_number or "",
                evidence_name(data, e),
                e.sha256,
                e.size,
                e.media_type,
                local_time(e.captured_at or e.created_at),
                yes if e.do_not_publish else no,
                e.incident_id or "",
                data.observer_name(e.author),
            ]
        )
    return table
