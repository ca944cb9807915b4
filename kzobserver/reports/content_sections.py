"""The summary of findings, the irregularity statistics, the methodology and caveats, and the
appendix on the audit trail."""

from __future__ import annotations

from collections import Counter
from typing import Any

from kzobserver.domain.comparison import ComparisonStatus
from kzobserver.domain.rules import RuleStatus
from kzobserver.domain.taxonomy import category_name
from kzobserver.i18n import translate
from kzobserver.reports.charts import (
    difference_distribution,
    figure_png,
    irregularities_by_category,
)
from kzobserver.reports.content_aggregate import CHART_DPI, outside_interval
from kzobserver.reports.content_data import ReportData
from kzobserver.reports.content_format import (
    DASH,
    comparison_status_label,
    local_hour,
    local_time,
    number,
    signed,
    zone_label,
)
from kzobserver.reports.document import Align, Column, Document, Emphasis, Table
from kzobserver.storage.aggregate import AggregateComparison
from kzobserver.storage.protocols import source_label
from kzobserver.storage.summary import one_sided, shifts

_HIGH = ("high", "critical")


def summary_section(data: ReportData, aggregate: AggregateComparison | None, doc: Document) -> None:
    lang = data.lang
    a, b = source_label(data.options.source_a), source_label(data.options.source_b)
    doc.page_break()
    doc.heading(translate("Reports", "Summary of findings"))
    sides = Counter(one_sided(c) for c in data.comparisons)
    both = sides.get(None, 0)
    flagged = data.flagged_stations()
    failing = sum(
        1
        for sid in data.checks
        if any(r.status is RuleStatus.FLAGGED for _, r in data.failing_rules(sid))
    )
    high = sum(1 for i in data.incidents if i.severity in _HIGH)
    only_a = translate("Reports", "Recorded only in A ({a})").format(a=a)
    only_b = translate("Reports", "Recorded only in B ({b})").format(b=b)
    doc.key_values(
        [
            (translate("Reports", "Stations with records from both A and B"), number(both, lang)),
            (only_a, number(sides["a"], lang)),
            (only_b, number(sides["b"], lang)),
            (
                translate("Reports", "Stations with a page in this report"),
                number(len(flagged), lang),
            ),
            (
                translate("Reports", "Stations where a control relation fails"),
                number(failing, lang),
            ),
            (
                translate("Reports", "Irregularity reports (high or critical)"),
                f"{number(len(data.incidents), lang)} ({number(high, lang)})",
            ),
            (translate("Reports", "Evidence files"), number(len(data.evidence), lang)),
        ]
    )
    counts = Counter(c.status for c in data.comparisons if one_sided(c) is None)
    table = Table(
        [
            Column(translate("Reports", "Status of the comparison"), weight=3.0),
            Column(translate("Reports", "Stations"), Align.RIGHT, weight=1.0),
        ],
        name="status_counts",
        caption=translate("Reports", "Stations by status, B − A"),
    )
    for status in ComparisonStatus:
        if counts.get(status):
            table.add_row(
                [comparison_status_label(status), number(counts[status], lang)],
                Emphasis.WARNING if status is ComparisonStatus.MISMATCH else Emphasis.NONE,
            )
    if table.rows:
        doc.table(table)
    national, _ = shifts(data.comparisons)
    names = data.contestant_names()
    if national.stations:
        doc.paragraph(
            translate(
                "Reports",
                "At the {n} stations whose records differ beyond the tolerance, B has {added} "
                "votes more and {removed} fewer than A for the contestants, and {issued} ballots "
                "issued. Net shift per contestant:",
            ).format(
                n=number(national.stations, lang),
                added=number(national.votes_added, lang),
                removed=number(national.votes_removed, lang),
                issued=signed(national.ballots_issued, lang),
            )
        )
        shift_table = Table(
            [
                Column(translate("Reports", "Contestant"), weight=3.0),
                Column(translate("Reports", "Net votes, B − A"), Align.RIGHT, weight=1.0),
            ],
            name="net_shift",
        )
        for code, votes in national.by_contestant.items():
            shift_table.add_row(
                [names.get(code, code), signed(votes, lang) if votes else "0"],
                Emphasis.STRONG if votes > 0 else Emphasis.NONE,
            )
        doc.table(shift_table)
    else:
        doc.paragraph(translate("Reports", "No station's records differ beyond the tolerance."))
    if aggregate is not None:
        outside = outside_interval(aggregate, lang)
        if outside:
            doc.paragraph(
                translate("Reports", "Announced figures outside the sample's 95 % interval:")
                + "\n"
                + "\n".join("• " + line for line in outside),
                Emphasis.WARNING,
            )
        else:
            doc.paragraph(
                translate(
                    "Reports", "Every announced figure lies inside the sample's 95 % interval."
                )
            )
    if data.options.charts and data.comparisons:
        chart = difference_distribution(
            data.comparisons, names=names, sources=("A", "B"), lang=lang
        )
        doc.image(figure_png(chart, CHART_DPI), width=0.92)


def irregularities_section(data: ReportData, doc: Document) -> None:
    lang = data.lang
    incidents = data.incidents
    doc.page_break()
    doc.heading(translate("Reports", "Irregularity statistics"))
    doc.paragraph(
        translate(
            "Reports",
            "{n} irregularity reports in the scope (the current version of each report; "
            "amended reports count once).",
        ).format(n=number(len(incidents), lang))
    )
    if not incidents:
        return
    by_category = Counter(i.category for i in incidents)
    table = Table(
        [
            Column(translate("Reports", "Category"), weight=3.4),
            Column(translate("Reports", "Reports"), Align.RIGHT, weight=0.9),
            Column(translate("Reports", "High or critical"), Align.RIGHT, weight=1.0),
            Column(translate("Reports", "Stations"), Align.RIGHT, weight=0.9),
            Column(translate("Reports", "Complaints filed"), Align.RIGHT, weight=1.0),
        ],
        name="irregularities_by_category",
        caption=translate("Reports", "By category"),
    )
    for code, n in by_category.most_common():
        of = [i for i in incidents if i.category == code]
        table.add_row(
            [
                category_name(code, lang),
                number(n, lang),
                number(sum(1 for i in of if i.severity in _HIGH), lang),
                number(len({i.station_id for i in of if i.station_id}), lang),
                number(sum(1 for i in of if i.complaint_filed), lang),
            ]
        )
    doc.table(table)
    if data.options.charts:
        chart = irregularities_by_category(dict(by_category), lang)
        doc.image(figure_png(chart, CHART_DPI), width=0.92)
    by_region: Counter[str] = Counter()
    stations_by_region: dict[str, set[str]] = {}
    for i in incidents:
        region = data.places[i.station_id][1] if i.station_id in data.places else None
        key = region or ""
        by_region[key] += 1
        if i.station_id:
            stations_by_region.setdefault(key, set()).add(i.station_id)
    table = Table(
        [
            Column(translate("Reports", "Region"), weight=3.0),
            Column(translate("Reports", "Reports"), Align.RIGHT, weight=1.0),
            Column(translate("Reports", "Stations"), Align.RIGHT, weight=1.0),
        ],
        name="irregularities_by_region",
        caption=translate("Reports", "By region"),
    )
    for code, n in sorted(by_region.items(), key=lambda kv: (-kv[1], kv[0])):
        name = data.region_name(code) if code else translate("Reports", "Not at a known station")
        table.add_row([name, number(n, lang), number(len(stations_by_region.get(code, ())), lang)])
    doc.table(table)
    by_hour = Counter(local_hour(i.occurred_at) for i in incidents)
    table = Table(
        [
            Column(translate("Reports", "Hour ({zone})").format(zone=zone_label()), weight=2.0),
            Column(translate("Reports", "Reports"), Align.RIGHT, weight=1.0),
        ],
        name="irregularities_by_hour",
        caption=translate("Reports", "By hour of the day"),
    )
    for hour in sorted(h for h in by_hour if h is not None):
        table.add_row([f"{hour:02d}:00–{hour:02d}:59", number(by_hour[hour], lang)])
    doc.table(table)
    elsewhere = [i for i in incidents if not i.station_id]
    if elsewhere:
        table = Table(
            [
                Column(translate("Reports", "Time"), weight=1.5),
                Column(translate("Reports", "Category"), weight=1.8),
                Column(translate("Reports", "Where"), weight=1.5),
                Column(translate("Reports", "Description"), weight=3.5),
                Column(translate("Reports", "Reported by"), weight=1.3),
            ],
            name="irregularities_elsewhere",
            caption=translate("Reports", "Reports not tied to a station in this logbook"),
        )
        for i in elsewhere:
            table.add_row(
                [
                    local_time(i.occurred_at),
                    category_name(i.category, lang),
                    i.location_text or DASH,
                    i.description,
                    data.observer_name(i.author),
                ]
            )
        doc.table(table)


def methodology_section(data: ReportData, doc: Document) -> None:
    a, b = source_label(data.options.source_a), source_label(data.options.source_b)
    doc.page_break()
    doc.heading(translate("Reports", "Methodology and caveats"))
    paragraphs = [
        translate(
            "Reports",
            "Sources. A is {a}, B is {b}. An observer's tally against the commission's protocol "
            "copy shows changes made at the station; the protocol copy against the official "
            "published figures shows changes made later, during tabulation. Each difference is "
            "B − A: a positive number is what B has more of.",
        ).format(a=a, b=b),
        translate(
            "Reports",
            "Statuses. Match: both records have the line and it is equal. Mismatch: it differs "
            "by more than the tolerance (none unless stated). Missing: the line is empty on one "
            "side; an empty line is never taken as 0. A reviewer may put a station under review, "
            "confirm a difference with evidence, or exclude it with a reason; the computed "
            "status is kept beside the decision.",
        ),
        translate(
            "Reports",
            "Where several observers recorded the same station, the record changed last is "
            "compared. Net shift sums B − A per contestant over the stations that differ beyond "
            "the tolerance, leaving out the stations a reviewer excluded.",
        ),
        translate(
            "Reports",
            "Control relations are the protocol's own arithmetic (ballots issued no more than "
            "voters on the list, ballots in the boxes equal to invalid plus the votes, and so "
            "on). Official data always satisfy them, because the tabulation system enforces "
            "them, so internal checks alone never expose a falsification: the comparison "
            "between sources does.",
        ),
        translate(
            "Reports",
            "Sample estimates. The stations observed are treated as a random sample (stratified "
            "by region when a sample design is recorded). Shares and turnout are ratio "
            "estimates with a 95 % margin of error that includes the finite-population "
            "correction. The interval covers the true figure in about 95 of 100 samples, so an "
            "announced figure outside it is unlikely but not impossible by chance. Stations the "
            "observers chose themselves, or could not reach, are not a random sample, and "
            "stations with an incomplete record are left out as if missing at random.",
        ),
        translate(
            "Reports",
            "Headcounts are the voters an observer saw entering; they are compared with the "
            "turnout announced at the nearest time and with the ballots issued. Voting at home "
            "(the mobile box) is not seen at the station.",
        ),
        translate(
            "Reports",
            "These are signals for follow-up, not proof. A difference can come from a copying "
            "or typing error, a late correction or a misread figure; an announced figure "
            "outside an interval can be chance. Each finding should be checked against the "
            "protocol copy, the evidence listed with its SHA-256, and the people who recorded "
            "it.",
        ),
        translate(
            "Reports",
            "Times are given in this computer's time zone with its offset from UTC. SHA-256 "
            "hashes let anyone holding a file check that it is the one recorded here.",
        ),
    ]
    for text in paragraphs:
        doc.paragraph(text)


def appendix_section(
    data: ReportData, audit_summary: dict[str, Any], verification: Any, doc: Document
) -> None:
    lang = data.lang
    doc.page_break()
    doc.heading(translate("Reports", "Appendix: audit trail"))
    doc.paragraph(
        translate(
            "Reports",
            "The logbook keeps an append-only log of imports, reviews and other changes, "
            "chained by SHA-256 per device so that an entry changed or deleted outside the app "
            "is detected.",
        )
    )
    verdict = (
        translate("Reports", "passed: every entry matches its hash and every chain is whole")
        if verification.ok
        else translate("Reports", "FAILED: {n} problems").format(
            n=number(len(verification.problems), lang)
        )
    )
    doc.key_values(
        [
            (translate("Reports", "Entries"), number(audit_summary["entries"], lang)),
            (translate("Reports", "Devices"), number(audit_summary["devices"], lang)),
            (translate("Reports", "First entry"), local_time(audit_summary["first_at"])),
            (translate("Reports", "Last entry"), local_time(audit_summary["last_at"])),
            (translate("Reports", "Audit verification"), verdict),
        ]
    )
    for problem in verification.problems[:20]:
        doc.paragraph(str(problem), Emphasis.WARNING)
    if audit_summary["by_action"]:
        table = Table(
            [
                Column(translate("Reports", "Action"), monospace=True, weight=2.0),
                Column(translate("Reports", "Entries"), Align.RIGHT, weight=1.0),
            ],
            name="audit_actions",
            caption=translate("Reports", "Entries by action"),
        )
        for action, n in audit_summary["by_action"].items():
            table.add_row([action, number(n, lang)])
        doc.table(table)
    if audit_summary["by_author"]:
        names = audit_summary["author_names"]
        table = Table(
            [
                Column(translate("Reports", "Author"), weight=2.0),
                Column(translate("Reports", "Entries"), Align.RIGHT, weight=1.0),
            ],
            name="audit_authors",
            caption=translate("Reports", "Entries by author"),
        )
        for author, n in audit_summary["by_author"].items():
            label = names.get(author) or author or translate("Reports", "unsigned")
            table.add_row([label, number(n, lang)])
        doc.table(table)
    if verification.heads:
        doc.paragraph(
            translate(
                "Reports",
                "The latest hash of each device's chain; compare it with one noted elsewhere "
                "earlier to detect a log rewritten from some entry onwards:",
            )
        )
        heads = Table(
            [
                Column(translate("Reports", "Device"), monospace=True, weight=1.0),
                Column(translate("Reports", "Latest hash"), monospace=True, weight=1.8),
            ],
            name="audit_heads",
        )
        for device, head in verification.heads.items():
            heads.add_row([device, head])
        doc.table(heads)
