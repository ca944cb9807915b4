"""``kzobserver aggregate`` and ``design``: the observers' sample against the announced totals,
and how the sample was drawn."""

from __future__ import annotations

import re
from datetime import timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click

from kzobserver.cli.base import cli, open_logbook, print_json
from kzobserver.domain.estimates import AnnouncedComparison, Estimate
from kzobserver.i18n import translate
from kzobserver.storage import LogbookError
from kzobserver.storage.aggregate import (
    AggregateComparison,
    AnnouncedChecks,
    HeadcountSummary,
    aggregate_comparison,
    aggregate_to_dict,
)
from kzobserver.storage.protocols import Source
from kzobserver.storage.reference import current_election
from kzobserver.storage.sample_design import (
    KINDS,
    STRATIFIED,
    DesignInfo,
    design_info,
    read_stratum_sizes,
    set_sample_design,
)

SOURCES = click.Choice([s.value for s in Source])


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f} %"


def _estimate(estimate: Estimate | None) -> str:
    if estimate is None:
        return "—"
    return f"{estimate.value:.2f} ± {estimate.margin:.2f} %"


def _verdict(comparison: AnnouncedComparison | None) -> str:
    if comparison is None:
        return ""
    if comparison.inside:
        return translate("Aggregate", "inside")
    return translate("Aggregate", "OUTSIDE")


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def describe_design(design: DesignInfo) -> str:
    if design.kind == STRATIFIED:
        text = translate(
            "Aggregate", "stratified random sample: {strata} regions, {stations} stations"
        )
    else:
        text = translate("Aggregate", "simple random sample from {stations} stations")
    text = text.format(strata=design.strata, stations=f"{design.population_size:,}")
    if not design.recorded:
        text += " " + translate("Aggregate", "(no design recorded: the default)")
    elif not design.sizes_recorded:
        text += " " + translate("Aggregate", "(sizes: the logbook's stations)")
    if design.note:
        text += f" — {design.note}"
    return text


_OFFSET = re.compile(r"^(?:UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$")


class TimeZone(click.ParamType):
    """A time zone by name (Asia/Almaty) or as an offset from UTC (+06:00, UTC+5)."""

    name = "zone"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> tzinfo:
        if isinstance(value, tzinfo):
            return value
        text = str(value).strip()
        offset = _OFFSET.match(text)
        if offset:
            sign, hours, minutes = offset.groups()
            delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
            if delta <= timedelta(hours=14):
                return timezone(-delta if sign == "-" else delta)
        else:
            try:
                return ZoneInfo(text)
            except (ZoneInfoNotFoundError, ValueError):
                pass
        self.fail(
            translate(
                "Aggregate",
                "“{zone}” is not a time zone: give a name such as Asia/Almaty or an offset "
                "such as +06:00.",
            ).format(zone=text),
            param,
            ctx,
        )


@cli.command("aggregate")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--source", default=Source.PEC_COPY.value, show_default=True, type=SOURCES)
@click.option("--contest", "contest_code", help="Contest code (default: the first contest).")
@click.option(
    "--tz",
    "zone",
    type=TimeZone(),
    help="The zone of the commission's clock, for headcount times of day "
    "(default: this computer's), e.g. Asia/Almaty or +06:00.",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def aggregate_command(
    path: str, source: str, contest_code: str | None, zone: tzinfo | None, as_json: bool
) -> None:
    """The sample's estimates of the shares and the turnout (± a 95 % margin) against the
    announced figures, the sums of completely covered areas, the headcounts, and the announced
    figures checked against themselves (shares, totals, seats)."""
    with open_logbook(path) as logbook:
        result = aggregate_comparison(logbook, source, contest_code, tz=zone)
    if as_json:
        print_json(aggregate_to_dict(result))
        return
    _echo_estimates(result)
    _echo_coverage(result)
    _echo_headcounts(result.headcounts)
    _echo_checks(result.announced_checks)
    for message in result.messages:
        click.echo(translate("Aggregate", "Note: {message}").format(message=message))


def _echo_estimates(result: AggregateComparison) -> None:
    click.echo(
        translate("Aggregate", "{source} records of {contest}: {n} stations; {design}.").format(
            source=result.source,
            contest=result.contest,
            n=f"{result.sampled:,}",
            design=describe_design(result.design),
        )
    )
    click.echo(translate("Aggregate", "Shares (estimate ± 95 % margin; announced):"))
    for row in result.shares:
        announced = _percent(row.announced)
        if row.announced_from_votes:
            announced += " " + translate("Aggregate", "(from the votes)")
        click.echo(
            f"  {row.name.en or row.code:<42} {_estimate(row.estimate):>18}  "
            f"{announced:>10}  {_verdict(row.comparison)}"
        )
    click.echo(translate("Aggregate", "Turnout (estimate ± 95 % margin; announced):"))
    for t in result.turnout:
        stations = translate("Aggregate", "{n} of {total} stations").format(
            n=f"{t.stations:,}", total=f"{t.population:,}"
        )
        as_of = f" ({t.as_of})" if t.as_of else ""
        click.echo(
            f"  {t.name.en or t.area or '':<30} {_estimate(t.estimate):>18}  {stations:<24}"
            f"{_percent(t.announced):>10}{as_of}  {_verdict(t.comparison)}"
        )
        if t.message:
            click.echo(f"      {t.message}")


def _echo_coverage(result: AggregateComparison) -> None:
    if not result.coverage:
        click.echo(translate("Aggregate", "No area has a record from every station."))
        return
    click.echo(
        translate("Aggregate", "Areas with a record from every station (observed; announced):")
    )
    for row in result.coverage:
        click.echo(
            "  "
            + translate("Aggregate", "{area}: {n} stations").format(
                area=row.name.en or row.area, n=f"{row.stations:,}"
            )
        )
        for line in row.lines:
            if line.announced is None and not line.observed:
                continue
            difference = "" if line.difference is None else f"{line.difference:+,.2f}"
            missing = (
                " " + translate("Aggregate", "({n} records lack it)").format(n=line.missing)
                if line.missing
                else ""
            )
            click.echo(
                f"    {line.line:<28} {_number(line.observed):>14} "
                f"{_number(line.announced):>14} {difference:>12}{missing}"
            )


def _echo_headcounts(headcounts: HeadcountSummary) -> None:
    if not headcounts.stations:
        return
    click.echo(translate("Aggregate", "Headcounts (headcount; ballots issued; difference):"))
    for s in headcounts.stations:
        difference = "—" if s.difference is None else f"{s.difference:+,}"
        click.echo(
            f"  {s.number:<12} {s.headcount:>8,} {_number(s.ballots_issued):>10} {difference:>8}"
        )
    for t in headcounts.times:
        click.echo(
            "  "
            + translate(
                "Aggregate", "At {time}: {observed} counted at {n} stations; announced {announced}"
            ).format(
                time=t.as_of,
                observed=_percent(t.observed_percent),
                n=t.stations,
                announced=_percent(t.announced_percent),
            )
        )


def _echo_checks(checks: AnnouncedChecks) -> None:
    click.echo(translate("Aggregate", "Announced figures against themselves:"))
    if checks.shares_checked:
        click.echo(
            "  "
            + translate(
                "Aggregate", "Shares: {n} published, {bad} not given by any rounding of the votes."
            ).format(n=checks.shares_checked, bad=len(checks.share_mismatches))
        )
    for m in checks.share_mismatches:
        click.echo(
            "    "
            + translate(
                "Aggregate", "{contestant}: published {published} %, the votes give {computed} %"
            ).format(contestant=m.contestant, published=m.published, computed=f"{m.computed:.4f}")
        )
    if checks.totals_checked:
        click.echo(
            "  "
            + translate("Aggregate", "Totals: {n} areas checked, {bad} problems.").format(
                n=checks.totals_checked, bad=len(checks.total_mismatches)
            )
        )
    for t in checks.total_mismatches:
        click.echo(f"    {t.area or '—'}: {t.mismatch.message}")
    if checks.largest_remainder is not None:
        verdict = {
            True: translate("Aggregate", "the announced seats match"),
            False: translate("Aggregate", "the announced seats DIFFER"),
            None: translate("Aggregate", "no seats announced"),
        }[checks.seats_match]
        click.echo(
            "  "
            + translate(
                "Aggregate",
                "Seats by largest remainder (Hare quota) and by D'Hondt; {verdict}:",
            ).format(verdict=verdict)
        )
        for r in checks.seats:
            announced = "—" if r.announced is None else str(r.announced)
            click.echo(
                f"    {r.name.en or r.code:<42} {r.votes:>12,} {announced:>5} "
                f"{r.largest_remainder:>5} {r.dhondt:>5}"
            )
    for message in checks.messages:
        click.echo("  " + message)


@cli.command("design")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.argument("kind", required=False, type=click.Choice(KINDS))
@click.option(
    "--sizes",
    type=click.Path(exists=True, dir_okay=False),
    help="CSV or XLSX of stations per region: region (code or name), stations. Without it the "
    "logbook's station counts are used.",
)
@click.option("--note", default="", help="How the sample was drawn, in a sentence.")
@click.option("--show", is_flag=True, help="Show the design in use and record nothing.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def design_command(
    path: str, kind: str | None, sizes: str | None, note: str, show: bool, as_json: bool
) -> None:
    """Record how the observed stations were drawn (KIND: simple or stratified by region), or
    show the design in use with --show."""
    if show == (kind is not None):
        raise click.UsageError(
            translate("Aggregate", "Give either a design (simple or stratified) or --show.")
        )
    with open_logbook(path) as logbook:
        election = current_election(logbook)
        if election is None:
            raise LogbookError(translate("Aggregate", "This logbook has no election yet."))
        if kind is not None:
            stratum_sizes = read_stratum_sizes(logbook, Path(sizes)) if sizes else None
            set_sample_design(logbook, kind, stratum_sizes, note)
        info = design_info(logbook, election.id)
    if as_json:
        print_json(
            {
                "kind": info.kind,
                "population_size": info.population_size,
                "strata": info.strata,
                "recorded": info.recorded,
                "sizes_recorded": info.sizes_recorded,
                "note": info.note,
                "created_at": info.created_at,
                "stratum_sizes": dict(info.stratum_sizes),
            }
        )
        return
    click.echo(describe_design(info))
    if info.kind == STRATIFIED:
        for code, size in info.stratum_sizes.items():
            click.echo(f"  {code or '—':<24} {size:>8,}")
