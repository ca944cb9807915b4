"""Opening the window, creating logbooks and saying what they hold."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from kzobserver.cli.base import cli, open_logbook, print_json
from kzobserver.cli.official import parse_line_map
from kzobserver.domain.elections import DEFAULT_ELECTION, bundled_elections
from kzobserver.i18n import translate
from kzobserver.storage import Logbook, LogbookError
from kzobserver.storage.reference import current_election, list_contests, list_regions
from kzobserver.storage.results_logbook import (
    TEMPLATES,
    create_logbook_from_results,
    describe_created,
)
from kzobserver.storage.setup import create_logbook
from kzobserver.storage.stations import station_counts


@cli.command("open")
@click.argument("path", type=click.Path(dir_okay=False))
def open_command(path: str) -> None:
    """Open the logbook at PATH in the window."""
    from kzobserver.ui.app import run_gui

    sys.exit(run_gui(Path(path)))


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False))
@click.option(
    "--election",
    "election_code",
    help=f"Bundled election (default {DEFAULT_ELECTION}): "
    + ", ".join(sorted(bundled_elections()))
    + ". With --from-results: the new election's code (default: the file's name).",
)
@click.option("--demo-stations", is_flag=True, help="Add the synthetic demo stations.")
@click.option(
    "--from-results",
    "results_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Build the logbook from an official per-station results table (CSV, XLSX or zipped "
    "CSV): election, areas, stations, contestants and official protocols.",
)
@click.option(
    "--template",
    type=click.Choice(TEMPLATES),
    help="With --from-results: the protocol template of the results (default ru-federal).",
)
@click.option("--name", help="With --from-results: the election's name (default: the file's).")
@click.option(
    "--map",
    "column_map",
    multiple=True,
    metavar="LINE=COLUMN",
    help="With --from-results: read LINE (station, region, district or a line code) from the "
    "column named COLUMN; repeatable.",
)
def init(
    path: str,
    election_code: str | None,
    demo_stations: bool,
    results_file: str | None,
    template: str | None,
    name: str | None,
    column_map: tuple[str, ...],
) -> None:
    """Create a new logbook at PATH: for a bundled election, or from an official results table."""
    if results_file is None:
        if template or name or column_map:
            raise LogbookError(
                translate("OfficialImport", "--template, --name and --map go with --from-results.")
            )
        code = election_code or DEFAULT_ELECTION
        with create_logbook(path, code, demo_stations=demo_stations) as logbook:
            election = current_election(logbook)
            assert election is not None
            total, _ = station_counts(logbook, election.id)
        click.echo(f"Created {path}: {election.name.en} ({election.date}), {total} stations")
        return
    # A bundled election and a results table are two different starting points: a code of a
    # bundled election would give this logbook's records the ids of that election's.
    if demo_stations:
        raise LogbookError(
            translate("OfficialImport", "--demo-stations and --from-results cannot be combined.")
        )
    if election_code in bundled_elections():
        raise LogbookError(
            translate(
                "OfficialImport",
                "{code} is a bundled election; with --from-results choose a new code.",
            ).format(code=election_code)
        )
    logbook, created = create_logbook_from_results(
        path,
        results_file,
        template or "ru-federal",
        election_code,
        name,
        mapping=parse_line_map(column_map),
    )
    logbook.close()
    click.echo(describe_created(path, created))


def logbook_info(logbook: Logbook) -> dict[str, Any]:
    election = current_election(logbook)
    if election is None:
        return {"election": None, "contests": [], "regions": 0, "stations": 0}
    total, synthetic = station_counts(logbook, election.id)
    contests = list_contests(logbook, election.id)
    return {
        "path": str(logbook.path),
        "schema_version": logbook.schema_version(),
        "election": {"id": election.code, "name": election.name.en, "date": election.date},
        "contests": [
            {"code": c.code, "kind": c.kind, "name": c.name.en, "template": c.template}
            for c in contests
        ],
        "regions": sum(1 for a in list_regions(logbook, election.id) if a.level == "region"),
        "stations": total,
        "contestants": [
            {
                "contest": c.code,
                "code": p.code,
                "ballot_order": p.ballot_order,
                "special": p.special,
                "name": {"en": p.name.en, "ru": p.name.ru, "kk": p.name.kk},
            }
            for c in contests
            for p in c.contestants
        ],
        "synthetic_stations": synthetic,
    }


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def info(path: str, as_json: bool) -> None:
    """What the logbook at PATH holds."""
    with open_logbook(path) as logbook:
        data = logbook_info(logbook)
    if as_json:
        print_json(data)
        return
    if data["election"] is None:
        click.echo(f"{path}: no election yet")
        return
    e = data["election"]
    click.echo(f"{e['name']} ({e['date']}, {e['id']})")
    click.echo(f"  contests: {', '.join(c['code'] for c in data['contests'])}")
    click.echo(f"  regions: {data['regions']}")
    click.echo(f"  stations: {data['stations']} ({data['synthetic_stations']} synthetic)")
