"""The aggregate comparison of a report: the observers' sample against the announced figures
(estimate ± margin), complete coverage, headcounts against the announced turnout, and the
announced figures checked against themselves, seats included."""

from __future__ import annotations

from kzobserver.i18n import translate
from kzobserver.reports.charts import (
    ShareRow as ChartShare,
)
from kzobserver.reports.charts import (
    TurnoutPoint,
    figure_png,
    observed_vs_announced,
    turnout_through_day,
)
from kzobserver.reports.content_data import ReportData
from kzobserver.reports.content_format import DASH, number, percent, signed
from kzobserver.reports.document import Align, Column, Document, Emphasis, Table
from kzobserver.storage.aggregate import AggregateComparison
from kzobserver.storage.protocols import source_label

CHART_DPI = 150  # a 6.5 in chart is 975 pixels: sharp at its printed 16 cm, quick to draw


def yes_no(inside: bool | None) -> str:
    if inside is None:
        return DASH
    return translate("Reports", "inside") if inside else translate("Reports", "OUTSIDE")


def outside_interval(result: AggregateComparison, lang: str) -> list[str]:
    """One sentence per announced figure (share or turnout) outside the sample's 95 %
    interval."""
    found = []
    for name, estimate, comparison in [
        (r.name.get(lang), r.estimate, r.comparison) for r in result.shares
    ] + [
        (translate("Reports", "Turnout, {area}").format(area=r.name.get(lang)), r.estimate,
         r.comparison)
        for r in result.turnout
    ]:  # fmt: skip
        if comparison is None or comparison.inside or estimate is None:
            continue
        found.append(
            translate(
                "Reports",
                "{name}: announced {announced} %, the sample gives {estimate} ± {margin} %.",
            ).format(
                name=name,
                announced=number(comparison.announced, lang, 2),
                estimate=number(estimate.value, lang, 2),
                margin=number(estimate.margin, lang, 2),
            )
        )
    return found


def aggregate_section(data: ReportData, result: AggregateComparison, doc: Document) -> None:
    lang = data.lang
    doc.page_break()
    doc.heading(translate("Reports", "Aggregate comparison"))
    design = result.design
    doc.paragraph(
        translate(
            "Reports",
            "The stations recorded in {source} ({sampled} of {population}) are treated as a "
            "random sample of all stations ({kind}). For each contestant the sample gives an "
            "estimate of its share with a 95 % margin of error; the announced share is set "
            "against it. This section covers the whole election whatever the report's scope.",
        ).format(
            source=source_label(result.source),
            sampled=number(result.sampled, lang),
            population=number(design.population_size, lang),
            kind=translate("Reports", "stratified by region")
            if design.kind == "stratified"
            else translate("Reports", "simple random sample"),
        )
    )
    if not design.recorded:
        doc.paragraph(
            translate(
                "Reports",
                "No sample design is recorded for this logbook: the estimate assumes the "
                "observed stations were drawn at random. If they were not (observers went where "
                "they could), the margins understate the uncertainty.",
            ),
            Emphasis.WARNING,
        )
    shares = Table(
        [
            Column(translate("Reports", "Contestant"), weight=3.0),
            Column(translate("Reports", "Sample estimate, %"), Align.RIGHT, weight=1.5),
            Column(translate("Reports", "± margin, pp"), Align.RIGHT, weight=1.1),
            Column(translate("Reports", "Announced, %"), Align.RIGHT, weight=1.2),
            Column(translate("Reports", "Announced − estimate, pp"), Align.RIGHT, weight=1.3),
            Column(translate("Reports", "In the 95 % interval"), weight=1.2),
        ],
        name="aggregate_shares",
    )
    for row in result.shares:
        est, cmp_ = row.estimate, row.comparison
        shares.add_row(
            [
                row.name.get(lang),
                number(est.value, lang, 2) if est else DASH,
                number(est.margin, lang, 2) if est else DASH,
                (percent(row.announced, lang) + (" *" if row.announced_from_votes else ""))
                if row.announced is not None
                else DASH,
                signed(cmp_.difference, lang, 2) if cmp_ else DASH,
                yes_no(cmp_.inside if cmp_ else None),
            ],
            Emphasis.WARNING if cmp_ is not None and not cmp_.inside else Emphasis.NONE,
        )
    doc.table(shares)
    if any(r.announced_from_votes for r in result.shares):
        doc.paragraph(
            translate("Reports", "* No share was announced: computed from the announced votes."),
            Emphasis.MUTED,
        )
    if data.options.charts and result.shares:
        chart = observed_vs_announced(
            [
                ChartShare(
                    r.name,
                    r.estimate.value if r.estimate else None,
                    r.estimate.margin if r.estimate else None,
                    r.announced,
                    r.comparison.inside if r.comparison else None,
                )
                for r in result.shares
            ],
            lang,
        )
        doc.image(figure_png(chart, CHART_DPI), width=0.92)
    _turnout(data, result, doc)
    _coverage(data, result, doc)
    _headcounts(data, result, doc)
    _announced_checks(data, result, doc)
    for message in result.messages:
        doc.paragraph(message, Emphasis.MUTED)


def _turnout(data: ReportData, result: AggregateComparison, doc: Document) -> None:
    if not result.turnout:
        return
    lang = data.lang
    doc.heading(translate("Reports", "Turnout"), 2)
    table = Table(
        [
            Column(translate("Reports", "Area"), weight=2.4),
            Column(translate("Reports", "Stations recorded"), Align.RIGHT, weight=1.2),
            Column(translate("Reports", "Estimate ± margin, %"), Align.RIGHT, weight=1.8),
            Column(translate("Reports", "Announced, %"), Align.RIGHT, weight=1.2),
            Column(translate("Reports", "In the 95 % interval"), weight=1.2),
        ],
        name="aggregate_turnout",
    )
    without = []
    for row in result.turnout:
        est = row.estimate
        if est is None and row.area is not None:
            without.append(row)  # said once below rather than a row of "no estimate" each
            continue
        table.add_row(
            [
                row.name.get(lang),
                f"{number(row.stations, lang)} / {number(row.population, lang)}",
                f"{number(est.value, lang, 2)} ± {number(est.margin, lang, 2)}" if est else DASH,
                percent(row.announced, lang),
                yes_no(row.comparison.inside if row.comparison else None),
            ],
            Emphasis.WARNING
            if row.comparison is not None and not row.comparison.inside
            else Emphasis.NONE,
        )
    doc.table(table)
    for row in result.turnout:
        if row.estimate is None and row.area is None and row.message:
            doc.paragraph(row.message, Emphasis.MUTED)
    if without:
        doc.paragraph(
            translate(
                "Reports",
                "No estimate where fewer than 2 stations are recorded (stations recorded in "
                "brackets): {names}.",
            ).format(
                names=", ".join(
                    f"{r.name.get(lang)} ({number(r.stations, lang)})" for r in without
                ),
            ),
            Emphasis.MUTED,
        )


def _coverage(data: ReportData, result: AggregateComparison, doc: Document) -> None:
    if not result.coverage:
        return
    lang = data.lang
    doc.heading(translate("Reports", "Areas observed completely"), 2)
    doc.paragraph(
        translate(
            "Reports",
            "Every station of these areas has a record, so their sums can be set against the "
            "announced totals directly, with no margin of error.",
        )
    )
    for row in result.coverage:
        table = Table(
            [
                Column(translate("Reports", "Line"), weight=3.0),
                Column(translate("Reports", "Sum of the records"), Align.RIGHT, weight=1.4),
                Column(translate("Reports", "Announced"), Align.RIGHT, weight=1.4),
                Column(translate("Reports", "Announced − sum"), Align.RIGHT, weight=1.4),
            ],
            name="aggregate_coverage",
            caption=translate("Reports", "{area}: {n} stations").format(
                area=row.name.get(lang), n=number(row.stations, lang)
            ),
        )
        for line in row.lines:
            decimals = 2 if line.line == "turnout_percent" else 0
            table.add_row(
                [
                    line.label.get(lang),
                    number(line.observed, lang, decimals),
                    number(line.announced, lang, decimals),
                    signed(line.difference, lang, decimals),
                ],
                Emphasis.WARNING if line.difference else Emphasis.NONE,
            )
        doc.table(table)


def _headcounts(data: ReportData, result: AggregateComparison, doc: Document) -> None:
    summary = result.headcounts
    if not summary.times and not summary.stations:
        return
    lang = data.lang
    doc.heading(translate("Reports", "Headcounts and the announced turnout"), 2)
    if summary.times:
        table = Table(
            [
                Column(translate("Reports", "Announced at"), weight=1.0),
                Column(translate("Reports", "Stations counted"), Align.RIGHT, weight=1.0),
                Column(translate("Reports", "Headcounts, %"), Align.RIGHT, weight=1.0),
                Column(translate("Reports", "Announced, %"), Align.RIGHT, weight=1.0),
                Column(translate("Reports", "Announced − headcounts, pp"), Align.RIGHT, weight=1.3),
            ],
            name="headcount_times",
        )
        for t in summary.times:
            table.add_row(
                [
                    t.as_of,
                    number(t.stations, lang),
                    percent(t.observed_percent, lang),
                    percent(t.announced_percent, lang),
                    signed(t.difference_points, lang, 2),
                ]
            )
        doc.table(table)
        if data.options.charts:
            points = [
                TurnoutPoint(t.as_of, t.observed_percent, t.announced_percent, t.stations)
                for t in summary.times
            ]
            doc.image(figure_png(turnout_through_day(points, lang=lang), CHART_DPI), width=0.92)
    worst = sorted(
        (s for s in summary.stations if s.difference),
        key=lambda s: -abs(s.difference or 0),
    )[:20]
    if worst:
        table = Table(
            [
                Column(translate("Reports", "Station"), weight=0.8),
                Column(translate("Reports", "Region"), weight=1.8),
                Column(translate("Reports", "Headcount"), Align.RIGHT, weight=1.0),
                Column(translate("Reports", "Ballots issued"), Align.RIGHT, weight=1.0),
                Column(translate("Reports", "Issued − headcount"), Align.RIGHT, weight=1.0),
            ],
            name="headcount_stations",
            caption=translate(
                "Reports", "Stations where the ballots issued differ most from the headcount"
            ),
        )
        for s in worst:
            table.add_row(
                [
                    s.number,
                    data.region_name(s.region),
                    number(s.headcount, lang),
                    number(s.ballots_issued, lang),
                    signed(s.difference, lang),
                ]
            )
        doc.table(table)


def _announced_checks(data: ReportData, result: AggregateComparison, doc: Document) -> None:
    checks = result.announced_checks
    lang = data.lang
    doc.heading(translate("Reports", "The announced figures against themselves"), 2)
    names = {c.code: c.name.get(lang) for c in data.contest.contestants}
    lines = [
        translate("Reports", "Shares checked against the votes: {n}; inconsistent: {bad}.").format(
            n=number(checks.shares_checked, lang), bad=number(len(checks.share_mismatches), lang)
        ),
        translate("Reports", "Areas whose totals were checked: {n}; problems: {bad}.").format(
            n=number(checks.totals_checked, lang), bad=number(len(checks.total_mismatches), lang)
        ),
    ]
    doc.paragraph("\n".join(lines))
    for m in checks.share_mismatches:
        doc.paragraph(
            translate(
                "Reports",
                "{name}: announced share {published} %, but its {votes} votes make {computed} %.",
            ).format(
                name=names.get(m.contestant, m.contestant),
                published=number(m.published, lang, checks.share_decimals),
                votes=number(m.votes, lang),
                computed=number(m.computed, lang, 4),
            ),
            Emphasis.WARNING,
        )
    for t in checks.total_mismatches:
        area = data.region_name(t.area) if t.area else translate("Reports", "National")
        doc.paragraph(f"{area}: {t.mismatch.message}", Emphasis.WARNING)
    if checks.seats:
        table = Table(
            [
                Column(translate("Reports", "Party"), weight=3.0),
                Column(translate("Reports", "Announced votes"), Align.RIGHT, weight=1.4),
                Column(translate("Reports", "Announced seats"), Align.RIGHT, weight=1.1),
                Column(translate("Reports", "Largest remainder (Hare)"), Align.RIGHT, weight=1.3),
                Column(translate("Reports", "D'Hondt, for comparison"), Align.RIGHT, weight=1.3),
            ],
            name="seats",
        )
        for seat in checks.seats:
            table.add_row(
                [
                    seat.name.get(lang),
                    number(seat.votes, lang),
                    number(seat.announced, lang),
                    number(seat.largest_remainder, lang),
                    number(seat.dhondt, lang),
                ],
                Emphasis.WARNING
                if seat.announced is not None and seat.announced != seat.largest_remainder
                else Emphasis.NONE,
            )
        doc.table(table)
        if checks.seats_match is not None:
            doc.paragraph(
                translate(
                    "Reports",
                    "The announced seats are what the largest-remainder rule gives.",
                )
                if checks.seats_match
                else translate(
                    "Reports",
                    "The announced seats differ from what the largest-remainder rule gives.",
                ),
                Emphasis.NONE if checks.seats_match else Emphasis.WARNING,
            )
    for message in checks.messages:
        doc.paragraph(message, Emphasis.MUTED)
