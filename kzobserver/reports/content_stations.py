"""The discrepancy table and a page per flagged station: the two records side by side line by
line, the control relations that fail, the irregularities in time order, the evidence with its
SHA-256, and the reviewers' decisions.

Privacy: witnesses' and perpetrators' names, and the file names and thumbnails of evidence marked
do-not-publish, appear only with ``include_sensitive``. The SHA-256 of do-not-publish evidence is
always listed: it shows that the file exists and lets its holder prove it is the one recorded,
and a hash reveals nothing of the picture.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from kzobserver.domain.comparison import ComparisonStatus, StationComparison
from kzobserver.domain.taxonomy import category_name, severity_label, status_label
from kzobserver.i18n import translate
from kzobserver.reports.content_data import RecordInfo, ReportData
from kzobserver.reports.content_format import (
    DASH,
    comparison_status_label,
    contact_sheet,
    file_size,
    local_time,
    number,
    signed,
)
from kzobserver.reports.document import Align, Column, Document, Emphasis, Table
from kzobserver.storage.evidence import EvidenceRecord
from kzobserver.storage.incidents import Incident
from kzobserver.storage.protocols import source_label

Thumbnails = Callable[[EvidenceRecord], bytes | None]

# Every row of the discrepancy table differs, so only the settled ones stand out.
_ROW_EMPHASIS = {
    ComparisonStatus.CONFIRMED: Emphasis.STRONG,
    ComparisonStatus.EXCLUDED: Emphasis.MUTED,
    ComparisonStatus.WITHIN_TOLERANCE: Emphasis.MUTED,
}


def discrepancy_table(data: ReportData, doc: Document) -> None:
    lang = data.lang
    rows = data.discrepancies()
    doc.heading(translate("Reports", "Discrepancy table"))
    doc.paragraph(
        translate(
            "Reports",
            "Every station whose records from A ({a}) and B ({b}) differ, or on which a reviewer "
            "decided, worst first: the largest difference on any line, then the status. A "
            "difference is B − A.",
        ).format(a=source_label(data.options.source_a), b=source_label(data.options.source_b))
    )
    if not rows:
        doc.paragraph(translate("Reports", "No station's records differ."))
        return
    names = data.contestant_names()
    table = Table(
        [
            Column(translate("Reports", "Station"), weight=0.7),
            Column(translate("Reports", "Region"), weight=1.5),
            Column(translate("Reports", "Largest difference"), Align.RIGHT, weight=1.0),
            Column(translate("Reports", "On line"), weight=3.0),
            Column(translate("Reports", "Gained / lost in B"), weight=2.4),
            Column(translate("Reports", "Status, review"), weight=2.0),
        ],
        name="discrepancies",
    )
    for c in rows:
        largest = c.difference(c.largest_line) if c.largest_line else None
        gained = " / ".join(names.get(code, code) if code else DASH for code in (c.gainer, c.loser))
        status = comparison_status_label(c.computed_status)
        if c.review is not None:
            status += "; " + comparison_status_label(c.review.status)
            if c.review.reason:
                status += ": " + c.review.reason
        table.add_row(
            [
                c.station,
                data.region_name(c.region),
                signed(largest, lang),
                data.line_label(c.largest_line) if c.largest_line else DASH,
                gained if (c.gainer or c.loser) else DASH,
                status,
            ],
            _ROW_EMPHASIS.get(c.status, Emphasis.NONE),
        )
    doc.table(table)


def station_pages(
    data: ReportData,
    doc: Document,
    thumbnails: Thumbnails,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    flagged = data.flagged_stations()
    doc.page_break()
    doc.heading(translate("Reports", "Flagged stations"))
    doc.paragraph(
        translate(
            "Reports",
            "{n} stations: a difference beyond the tolerance or a reviewer's decision, a failed "
            "control relation, or an irregularity report. Each page shows the station's records "
            "line by line, who recorded them and when.",
        ).format(n=number(len(flagged), data.lang))
    )
    comparisons = {data.station_ids[c.station]: c for c in data.comparisons}
    incidents: dict[str, list[Incident]] = defaultdict(list)
    for incident in data.incidents:
        if incident.station_id:
            incidents[incident.station_id].append(incident)
    evidence: dict[str, list[EvidenceRecord]] = defaultdict(list)
    for item in data.evidence:
        if item.station_id:
            evidence[item.station_id].append(item)
    for done, sid in enumerate(flagged, 1):
        if done > 1:  # the first shares its page with the introduction
            doc.page_break()
        _station_page(
            data, doc, sid, comparisons.get(sid), incidents[sid], evidence[sid], thumbnails
        )
        if progress is not None:
            progress(done, len(flagged))


def _station_page(
    data: ReportData,
    doc: Document,
    sid: str,
    comparison: StationComparison | None,
    incidents: list[Incident],
    evidence: list[EvidenceRecord],
    thumbnails: Thumbnails,
) -> None:
    lang = data.lang
    number_, region = data.places[sid]
    facts = data.stations.get(sid)
    doc.heading(translate("Reports", "Station {number}").format(number=number_), 2)
    items: list[tuple[str, str | int | None]] = [
        (translate("Reports", "Region"), data.region_name(region)),
    ]
    if facts is not None:
        if facts.district:
            items.append((translate("Reports", "District"), facts.district))
        if facts.address:
            items.append((translate("Reports", "Address"), facts.address))
        items.append(
            (translate("Reports", "Registered voters"), number(facts.registered_voters, lang))
        )
    if comparison is not None:
        items.append(
            (
                translate("Reports", "Comparison"),
                comparison_status_label(comparison.computed_status),
            )
        )
        if comparison.review is not None:
            decision = comparison_status_label(comparison.review.status)
            if comparison.review.reason:
                decision += ": " + comparison.review.reason
            items.append((translate("Reports", "Review decision"), decision))
    doc.key_values(items)
    _records(data, doc, sid)
    if comparison is not None:
        _side_by_side(data, doc, comparison)
    _rules(data, doc, sid)
    if incidents:
        _incidents(data, doc, incidents)
    if evidence:
        _evidence(data, doc, evidence, thumbnails)
    if data.reviews.get(sid):
        _reviews(data, doc, sid)


def record_line(data: ReportData, record: RecordInfo) -> str:
    """Who recorded a protocol record and when: what makes its figures traceable."""
    if record.observer:
        who = translate("Reports", "recorded by {name}").format(
            name=data.observer_name(record.observer)
        )
    else:
        who = translate("Reports", "entered or imported by {name}").format(
            name=data.observer_name(record.author)
        )
    return translate("Reports", "{source}: {who}, last changed {time}").format(
        source=source_label(record.source), who=who, time=local_time(record.updated_at)
    )


def _records(data: ReportData, doc: Document, sid: str) -> None:
    records = data.records.get(sid, [])
    if not records:
        return
    text = "\n".join(record_line(data, r) for r in records)
    if len([r for r in records if r.source == data.options.source_a]) > 1:
        text += "\n" + translate(
            "Reports",
            "Where a source has several records, the latest changed one is compared.",
        )
    doc.paragraph(text, Emphasis.MUTED)


def _side_by_side(data: ReportData, doc: Document, c: StationComparison) -> None:
    lang = data.lang
    table = Table(
        [
            Column(translate("Reports", "Line"), weight=4.0),
            Column("A: " + source_label(data.options.source_a), Align.RIGHT, weight=1.6),
            Column("B: " + source_label(data.options.source_b), Align.RIGHT, weight=1.6),
            Column(translate("Reports", "B − A"), Align.RIGHT, weight=1.0),
            Column(translate("Reports", "Status"), weight=1.4),
        ],
        name="station_lines",
    )
    for line in c.lines():
        if line.status is ComparisonStatus.MISSING_BOTH:
            continue
        emphasis = (
            Emphasis.WARNING
            if line.status is ComparisonStatus.MISMATCH
            else Emphasis.NONE
            if line.status is ComparisonStatus.MATCH
            else Emphasis.MUTED
        )
        table.add_row(
            [
                data.line_label(line.code),
                number(line.a, lang),
                number(line.b, lang),
                signed(line.difference, lang) if line.difference else "",
                comparison_status_label(line.status),
            ],
            emphasis,
        )
    doc.table(table)


def _rules(data: ReportData, doc: Document, sid: str) -> None:
    failing = data.failing_rules(sid)
    if not failing:
        return
    doc.heading(translate("Reports", "Control relations that fail"), 3)
    table = Table(
        [
            Column(translate("Reports", "Record"), weight=1.6),
            Column(translate("Reports", "Rule"), weight=1.6),
            Column(translate("Reports", "What the numbers say"), weight=4.0),
        ],
        name="station_rules",
    )
    for check, result in failing:
        record = source_label(check.source)
        if check.observer:
            record += ", " + data.observer_name(check.observer)
        rule = result.rule.name.get(data.lang)
        if result.status.value == "verified":
            rule += " (" + translate("Reports", "verified by a reviewer") + ")"
        table.add_row([record, rule, result.explanation])
    doc.table(table)


def _incidents(data: ReportData, doc: Document, incidents: list[Incident]) -> None:
    lang = data.lang
    doc.heading(translate("Reports", "Irregularities, in time order"), 3)
    columns = [
        Column(translate("Reports", "Time"), weight=1.5),
        Column(translate("Reports", "Category"), weight=1.6),
        Column(translate("Reports", "Severity"), weight=0.8),
        Column(translate("Reports", "Description"), weight=3.0),
        Column(translate("Reports", "Reported by"), weight=1.3),
        Column(translate("Reports", "Follow-up"), weight=1.0),
    ]
    sensitive = data.options.include_sensitive
    if sensitive:
        columns += [
            Column(translate("Reports", "Perpetrator"), weight=1.2),
            Column(translate("Reports", "Witnesses"), weight=1.2),
        ]
    table = Table(columns, name="station_incidents")
    for i in incidents:
        version = ""
        if i.version > 1:
            version = " " + translate("Reports", "(amended, version {n})").format(n=i.version)
        row: list[str | int | None] = [
            local_time(i.occurred_at),
            category_name(i.category, lang),
            severity_label(i.severity),
            i.description + version,
            data.observer_name(i.author),
            status_label(i.status),
        ]
        if sensitive:
            row += [i.perpetrator, i.witnesses]
        table.add_row(row, Emphasis.MUTED if i.status == "excluded" else Emphasis.NONE)
    doc.table(table)
    if not sensitive and any(i.perpetrator or i.witnesses for i in incidents):
        doc.paragraph(
            translate(
                "Reports",
                "Names of perpetrators and witnesses are recorded but left out of this report.",
            ),
            Emphasis.MUTED,
        )


def evidence_name(data: ReportData, item: EvidenceRecord) -> str:
    if item.do_not_publish and not data.options.include_sensitive:
        return translate("Reports", "withheld: do not publish")
    return item.original_name


def _evidence(
    data: ReportData, doc: Document, items: list[EvidenceRecord], thumbnails: Thumbnails
) -> None:
    lang = data.lang
    doc.heading(translate("Reports", "Evidence"), 3)
    table = Table(
        [
            Column("#", weight=0.4),
            Column(translate("Reports", "File"), monospace=True, weight=1.8),
            Column("SHA-256", monospace=True, weight=3.6),
            Column(translate("Reports", "Size"), Align.RIGHT, weight=0.9),
            Column(translate("Reports", "Captured"), weight=1.5),
            Column(translate("Reports", "Attached by"), weight=1.2),
        ],
        name="station_evidence",
    )
    pictures: list[tuple[str, bytes]] = []
    for n, item in enumerate(items, 1):
        label = f"E{n}"
        name = evidence_name(data, item)
        if item.do_not_publish and data.options.include_sensitive:
            name += " (" + translate("Reports", "do not publish") + ")"
        table.add_row(
            [
                label,
                name,
                item.sha256,
                file_size(item.size, lang),
                local_time(item.captured_at or item.created_at),
                data.observer_name(item.author),
            ]
        )
        if item.is_image and (data.options.include_sensitive or not item.do_not_publish):
            thumb = thumbnails(item)
            if thumb is not None:
                pictures.append((label, thumb))
    doc.table(table)
    if pictures:
        sheet = contact_sheet([p for _, p in pictures])
        if sheet is not None:
            labels = ", ".join(label for label, _ in pictures)
            doc.image(
                sheet,
                translate("Reports", "Photos {labels}, left to right").format(labels=labels),
                width=min(1.0, 0.25 * min(4, len(pictures))),
            )
    if any(i.do_not_publish for i in items) and not data.options.include_sensitive:
        doc.paragraph(
            translate(
                "Reports",
                "Files marked do-not-publish are listed by their SHA-256 only, without their "
                "name or picture.",
            ),
            Emphasis.MUTED,
        )


def _reviews(data: ReportData, doc: Document, sid: str) -> None:
    doc.heading(translate("Reports", "Review decisions"), 3)
    table = Table(
        [
            Column(translate("Reports", "Time"), weight=1.5),
            Column(translate("Reports", "Decision"), weight=1.3),
            Column(translate("Reports", "Reason"), weight=3.0),
            Column(translate("Reports", "Reviewer"), weight=1.4),
            Column(translate("Reports", "Evidence"), weight=1.0),
        ],
        name="station_reviews",
    )
    labels = {e.id: f"E{n}" for n, e in enumerate(
        (e for e in data.evidence if e.station_id == sid), 1
    )}  # fmt: skip
    for entry in data.reviews[sid]:
        table.add_row(
            [
                local_time(entry.at),
                comparison_status_label(entry.status),
                entry.reason,
                entry.reviewer,
                ", ".join(labels.get(e, e[:8]) for e in entry.evidence),
            ]
        )
    doc.table(table)
