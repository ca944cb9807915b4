"""Opening the window, creating logbooks and saying what they hold."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from kzobserver.cli.base import cli, open_logbook, print_json
from kzobserver.domain.elections import DEFAULT_ELECTION, bundled_elections
from kzobserver.storage import Logbook
from kzobserver.storage.reference import current_election, list_contests, list_regions
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
    default=DEFAULT_ELECTION,
    show_default=True,
    help="Bundled election: " + ", ".join(sorted(bundled_elections())),
)
@click.option("--demo-stations", is_flag=True, help="Add the synthetic demo stations.")
def init(path: str, election_code: str, demo_stations: bool) -> None:
    """Create a new logbook at PATH."""
    with create_logbook(path, election_code, demo_stations=demo_stations) as logbook:
        election = current_election(logbook)
        assert election is not None
        total, _ = station_counts(logbook, election.id)
    click.echo(f"Created {path}: {election.name.en} ({election.date}), {total} stations")


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
