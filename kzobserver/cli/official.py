"""``kzobserver official …``, ``compare`` and ``summary``: official results, and where the
observers' numbers and the published ones part."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import click

from kzobserver.cli.base import cli, open_logbook, print_json
from kzobserver.domain.comparison import ComparisonStatus, NetShift, StationComparison
from kzobserver.i18n import translate
from kzobserver.storage import LogbookError
from kzobserver.storage.announced_import import import_announced
from kzobserver.storage.official_import import describe, import_official
from kzobserver.storage.protocols import Source
from kzobserver.storage.summary import (
    compare_sources,
    election_and_contest,
    number_key,
    one_sided,
    region_names,
    shifts,
    summary,
)

SOURCES = click.Choice([s.value for s in Source])
_QUIET = (ComparisonStatus.MATCH, ComparisonStatus.MISSING_BOTH)  # lines not worth showing


def parse_line_map(values: tuple[str, ...]) -> dict[str, str]:
    overrides = {}
    for value in values:
        line, sep, column = value.partition("=")
        if not sep or not line.strip() or not column.strip():
            raise LogbookError(
                translate(
                    "OfficialImport", "“{value}” is not LINE=COLUMN (for example station=uik)."
                ).format(value=value)
            )
        overrides[line.strip()] = column.strip()
    return overrides


@cli.group()
def official() -> None:
    """Official results: per-station tables and announced totals."""


@official.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--contest", "contest_code", help="Contest code (default: the first contest).")
@click.option(
    "--allow-unmatched",
    is_flag=True,
    help="Import the rows whose station is in the logbook and leave out the others (they are "
    "counted and the first ones listed); without it such rows reject the file.",
)
@click.option(
    "--map",
    "column_map",
    multiple=True,
    metavar="LINE=COLUMN",
    help="Read LINE (a line code such as votes:CODE, or station, region, district) from the "
    "column named COLUMN; repeatable.",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def official_import(
    path: str,
    file: str,
    contest_code: str | None,
    allow_unmatched: bool,
    column_map: tuple[str, ...],
    as_json: bool,
) -> None:
    """Import official per-station results from FILE (CSV, XLSX or a ZIP holding one CSV) into
    the logbook at PATH. A file with any problem changes nothing."""
    overrides = parse_line_map(column_map)
    with open_logbook(path) as logbook:
        result = import_official(
            logbook,
            Path(file),
            contest_code=contest_code,
            mapping=overrides,
            allow_unmatched=allow_unmatched,
        )
    if as_json:
        print_json(result.as_dict())
    else:
        click.echo(describe(result))


@official.command("announced")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--contest", "contest_code", help="Contest code (default: the first contest).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def official_announced(path: str, file: str, contest_code: str | None, as_json: bool) -> None:
    """Import announced national and regional totals from FILE: columns area, line, value
    (as_of, source optional), or area and one column per line or contestant."""
    with open_logbook(path) as logbook:
        result = import_announced(logbook, Path(file), contest_code)
    if as_json:
        print_json(result.as_dict())
        return
    click.echo(
        translate(
            "OfficialImport",
            "{figures} announced figures for {contest}: {national} national, {areas} areas.",
        ).format(
            figures=result.figures,
            contest=result.contest,
            national=result.national,
            areas=result.areas,
        )
    )


def _number(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def _signed(value: int | None) -> str:
    return "—" if value is None else f"{value:+,}"


@cli.command("summary")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--source", default=Source.OFFICIAL.value, show_default=True, type=SOURCES)
@click.option("--contest", "contest_code", help="Contest code (default: the first contest).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def summary_command(path: str, source: str, contest_code: str | None, as_json: bool) -> None:
    """Totals per line and contestant, turnout and shares over the records of one source."""
    with open_logbook(path) as logbook:
        data = summary(logbook, source, contest_code)
    if as_json:
        print_json(data)
        return
    click.echo(
        translate("OfficialImport", "{source} records of {contest}: {stations} stations").format(
            source=data["source"], contest=data["contest"], stations=f"{data['stations']:,}"
        )
    )
    turnout = data["turnout"]
    percent = "—" if turnout["percent"] is None else f"{turnout['percent']:.2f} %"
    click.echo(
        translate(
            "OfficialImport",
            "Turnout: {issued} ballots issued of {voters} voters on the lists: {percent}",
        ).format(
            issued=f"{turnout['ballots_issued']:,}",
            voters=f"{turnout['voters_on_list']:,}",
            percent=percent,
        )
    )
    click.echo(
        translate(
            "OfficialImport", "Contestants (share of the {total} votes cast for them):"
        ).format(total=f"{data['contestant_votes']:,}")
    )
    for c in data["contestants"]:
        share = "—" if c["share_percent"] is None else f"{c['share_percent']:6.2f} %"
        click.echo(f"  {c['name']['en'] or c['code']:<45} {c['votes']:>14,}  {share}")
    click.echo(translate("OfficialImport", "Lines:"))
    for line in data["lines"]:
        click.echo(
            f"  {line['number']:>3} {line['code']:<45} {line['total']:>14,}  "
            + translate("OfficialImport", "({n} stations)").format(n=f"{line['stations']:,}")
        )


def _shift_dict(shift: NetShift) -> dict[str, Any]:
    return {
        "stations": shift.stations,
        "by_contestant": dict(shift.by_contestant),
        "votes_added": shift.votes_added,
        "votes_removed": shift.votes_removed,
        "net_votes": shift.net_votes,
        "ballots_issued": shift.ballots_issued,
    }


def _station_dict(c: StationComparison, regions: dict[str, str]) -> dict[str, Any]:
    return {
        "station": c.station,
        "region": c.region,
        "region_name": regions.get(c.region or ""),
        "status": c.status.value,
        "one_sided": one_sided(c),
        "largest_difference": c.largest_difference,
        "largest_line": c.largest_line,
        "gainer": c.gainer,
        "loser": c.loser,
        "lines": [
            {
                "line": line.code,
                "a": line.a,
                "b": line.b,
                "difference": line.difference,
                "status": line.status.value,
            }
            for line in c.lines()
            if line.status not in _QUIET
        ],
    }


@cli.command("compare")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--a", "source_a", default=Source.PEC_COPY.value, show_default=True, type=SOURCES)
@click.option("--b", "source_b", default=Source.OFFICIAL.value, show_default=True, type=SOURCES)
@click.option("--contest", "contest_code", help="Contest code (default: the first contest).")
@click.option("--tolerance-abs", type=click.IntRange(min=0), default=0, show_default=True)
@click.option("--tolerance-percent", type=click.FloatRange(min=0), default=0.0, show_default=True)
@click.option(
    "--all",
    "show_all",
    is_flag=True,
    help="List every station, matching ones and those recorded by one source only too.",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def compare_command(
    path: str,
    source_a: str,
    source_b: str,
    contest_code: str | None,
    tolerance_abs: int,
    tolerance_percent: float,
    show_all: bool,
    as_json: bool,
) -> None:
    """Compare two sources station by station (differences are B − A): the stations that
    differ, counts by status, and who gained the altered votes, nationally and by region."""
    with open_logbook(path) as logbook:
        election, contest = election_and_contest(logbook, contest_code)
        comparisons = compare_sources(
            logbook, source_a, source_b, contest.code, tolerance_abs, tolerance_percent
        )
        regions = region_names(logbook, election.id)
    sides = Counter(one_sided(c) for c in comparisons)
    by_status = Counter(c.status.value for c in comparisons)
    listed = [
        c
        for c in comparisons
        if show_all or (c.status is not ComparisonStatus.MATCH and one_sided(c) is None)
    ]
    national, by_region = shifts(comparisons)
    if as_json:
        print_json(
            {
                "a": source_a,
                "b": source_b,
                "contest": contest.code,
                "tolerance": {"abs": tolerance_abs, "percent": tolerance_percent},
                "summary": {
                    "stations": len(comparisons),
                    "by_status": {s.value: by_status.get(s.value, 0) for s in ComparisonStatus},
                    "only_a": sides.get("a", 0),
                    "only_b": sides.get("b", 0),
                },
                "stations": [_station_dict(c, regions) for c in listed],
                "net_shift": {
                    "national": _shift_dict(national),
                    "by_region": [
                        {"region": code, "name": regions.get(code), **_shift_dict(shift)}
                        for code, shift in sorted(by_region.items(), key=_by_code)
                    ],
                },
            }
        )
        return
    for c in listed:
        _echo_station(c, regions)
    counts = ", ".join(
        f"{s.value} {by_status[s.value]:,}" for s in ComparisonStatus if by_status[s]
    )
    click.echo(
        translate("OfficialImport", "{n} stations compared ({b} − {a}): {counts}.").format(
            n=f"{len(comparisons):,}", a=source_a, b=source_b, counts=counts or "—"
        )
    )
    click.echo(
        translate(
            "OfficialImport", "Recorded only in {a}: {only_a}; only in {b}: {only_b}."
        ).format(a=source_a, b=source_b, only_a=f"{sides['a']:,}", only_b=f"{sides['b']:,}")
    )
    _echo_shift(translate("OfficialImport", "Net shift nationally"), national)
    for code, shift in sorted(by_region.items(), key=_by_code):
        _echo_shift(
            "  " + (regions.get(code) or code or translate("OfficialImport", "no region")), shift
        )


def _by_code(item: tuple[str, NetShift]) -> tuple[tuple[int, int, str], ...]:
    return number_key(item[0])  # region codes made from a results file are "1", "2", … "87"


def _echo_station(c: StationComparison, regions: dict[str, str]) -> None:
    head = translate("OfficialImport", "Station {station} ({region}): {status}").format(
        station=c.station, region=regions.get(c.region or "", "—"), status=c.status.value.upper()
    )
    if c.gainer or c.loser:
        head += " · " + translate("OfficialImport", "gainer {gainer}, loser {loser}").format(
            gainer=c.gainer or "—", loser=c.loser or "—"
        )
    click.echo(head)
    for line in c.lines():
        if line.status not in _QUIET:
            click.echo(
                f"  {line.code:<40} a={_number(line.a):>9}  b={_number(line.b):>9}  "
                f"{_signed(line.difference):>8}  [{line.status.value}]"
            )


def _echo_shift(title: str, shift: NetShift) -> None:
    moved = ", ".join(f"{k} {v:+,}" for k, v in shift.by_contestant.items() if v) or "—"
    click.echo(
        translate(
            "OfficialImport",
            "{title}: {stations} mismatching stations; votes {moved}; ballots issued {issued}",
        ).format(
            title=title, stations=shift.stations, moved=moved, issued=f"{shift.ballots_issued:+,}"
        )
    )
