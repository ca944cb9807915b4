"""``kzobserver protocols import`` and ``kzobserver check``: protocol records and their rules."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from kzobserver.cli.base import cli, open_logbook, parse_map, print_json
from kzobserver.domain.rules import RuleStatus
from kzobserver.i18n import LANGUAGES
from kzobserver.storage import LogbookError
from kzobserver.storage.checks import check_protocols
from kzobserver.storage.protocol_import import (
    describe,
    find_contest,
    import_protocols,
    suggest_line_mapping,
)
from kzobserver.storage.protocols import Source
from kzobserver.storage.reference import current_election
from kzobserver.storage.tabular import read_table

SOURCES = click.Choice([s.value for s in Source])


@cli.group()
def protocols() -> None:
    """Protocol records: observers' tallies, commission copies, official figures."""


@protocols.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--source", required=True, type=SOURCES, help="Whose numbers the file holds.")
@click.option("--contest", "contest_code", help="Contest code (default: the first contest).")
@click.option("--observer", default="", help="The observer the records belong to.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option(
    "--map",
    "column_map",
    multiple=True,
    metavar="LINE=COLUMN",
    help="Read protocol line LINE (a line code, or 'station') from the column named COLUMN.",
)
def protocols_import(
    path: str,
    file: str,
    source: str,
    contest_code: str | None,
    observer: str,
    as_json: bool,
    column_map: tuple[str, ...],
) -> None:
    """Import one protocol per row of FILE (a station column and one column per protocol line)
    into the logbook at PATH. A file with any problem changes nothing."""
    overrides = parse_map(column_map)
    table = read_table(Path(file))
    with open_logbook(path) as logbook:
        mapping = None
        if overrides:
            election = current_election(logbook)
            if election is None:
                raise LogbookError("This logbook has no election yet.")
            contest = find_contest(logbook, election.id, contest_code)
            mapping = suggest_line_mapping(table.header, contest)
            for line, column in overrides.items():
                if column not in table.header:
                    raise click.BadParameter(
                        f"there is no column {column!r} in {file}", param_hint="--map"
                    )
                mapping = {k: v for k, v in mapping.items() if v != table.header.index(column)}
                mapping[line] = table.header.index(column)
        summary = import_protocols(
            logbook, table, source, contest_code=contest_code, observer=observer, mapping=mapping
        )
    if as_json:
        print_json({"file": file, **summary.as_dict()})
    else:
        click.echo(f"Imported from {file}: {describe(summary)}")


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--station", "station_number", help="Only this station (its number).")
@click.option("--contest", "contest_code", help="Only this contest (its code).")
@click.option("--source", type=SOURCES, help="Only records from this source.")
@click.option("--lang", type=click.Choice(LANGUAGES), default="en", show_default=True)
@click.option("--all", "show_all", is_flag=True, help="Text output: list passing rules too.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def check(
    path: str,
    station_number: str | None,
    contest_code: str | None,
    source: str | None,
    lang: str,
    show_all: bool,
    as_json: bool,
) -> None:
    """Check every protocol record against its control relations."""
    with open_logbook(path) as logbook:
        election = current_election(logbook)
        if election is None:
            raise LogbookError("This logbook has no election yet.")
        results = check_protocols(
            logbook,
            election.id,
            station_number=station_number,
            contest_code=contest_code,
            source=source,
            lang=lang,
        )
    counts = Counter(r.status.value for r in results)
    summary = {s.value: counts.get(s.value, 0) for s in RuleStatus}
    if as_json:
        print_json(
            {
                "records": [r.as_dict() for r in results],
                "summary": {"records": len(results), **summary},
                "flagged_stations": sorted(
                    {r.station_number for r in results if r.status == RuleStatus.FLAGGED},
                    key=lambda n: (len(n), n),
                ),
            }
        )
        return
    for record in results:
        if record.status == RuleStatus.OK and not show_all:
            continue
        click.echo(
            f"Station {record.station_number} · {record.contest_code} · {record.source}"
            + (f" ({record.observer})" if record.observer else "")
            + f": {record.status.value.upper()}"
        )
        for result in record.results:
            if result.status == RuleStatus.OK and not show_all:
                continue
            click.echo(f"  [{result.status.value}] {result.code}: {result.explanation}")
    click.echo(
        f"{len(results)} records: {summary['flagged']} flagged, {summary['verified']} verified, "
        f"{summary['missing']} with missing lines, {summary['ok']} OK"
    )
