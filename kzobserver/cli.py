"""``kzobserver``: the GUI with no command, and the same core operations without a window."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import click

from kzobserver import __version__
from kzobserver.domain.elections import DEFAULT_ELECTION, bundled_elections
from kzobserver.logs import log_file, setup_logging
from kzobserver.storage import Logbook, LogbookError
from kzobserver.storage.reference import current_election, list_contests, list_regions
from kzobserver.storage.setup import create_logbook
from kzobserver.storage.station_import import import_stations, override_mapping
from kzobserver.storage.stations import station_counts
from kzobserver.storage.tabular import read_table

log = logging.getLogger(__name__)


class _CliGroup(click.Group):
    """Turns expected errors into a message on stderr and exit 1, and unexpected ones into a short
    message (with the details in the log), never a traceback on the user's terminal."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except LogbookError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except OSError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)
        except Exception as exc:
            log.exception("unexpected error")
            click.echo(
                f"Unexpected error: {type(exc).__name__}: {exc}\n(details in {log_file()})",
                err=True,
            )
            sys.exit(2)


def open_logbook(path: str) -> Logbook:
    return Logbook.open(Path(path))


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(cls=_CliGroup, invoke_without_command=True)
@click.version_option(__version__, prog_name="kzobserver")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Offline logbook for election observers. Without a command, opens the window on the default
    logbook."""
    if ctx.invoked_subcommand is None:
        from kzobserver.ui.app import run_gui

        sys.exit(run_gui(None))


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


@cli.group()
def stations() -> None:
    """The station registry."""


def _parse_map(values: tuple[str, ...]) -> dict[str, str]:
    overrides = {}
    for value in values:
        field, sep, column = value.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise click.BadParameter(f"{value!r} is not FIELD=COLUMN", param_hint="--map")
        overrides[field.strip()] = column.strip()
    return overrides


@stations.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option(
    "--map",
    "column_map",
    multiple=True,
    metavar="FIELD=COLUMN",
    help="Read FIELD (number, region, district, address, registered_voters, latitude, "
    "longitude) from the column named COLUMN; repeatable.",
)
def stations_import(path: str, file: str, as_json: bool, column_map: tuple[str, ...]) -> None:
    """Add or update the stations listed in FILE (CSV, TSV, XLSX or a ZIP holding one CSV) in the
    logbook at PATH. A file with any problem changes nothing."""
    overrides = _parse_map(column_map)
    table = read_table(Path(file))  # before opening the logbook: a bad file leaves it untouched
    mapping = override_mapping(table, overrides) if overrides else None
    with open_logbook(path) as logbook:
        summary = import_stations(logbook, table, mapping)
    if as_json:
        print_json(
            {
                "file": file,
                **summary.as_dict(),
                "encoding": table.encoding,
                "delimiter": table.delimiter,
            }
        )
        return
    message = (
        f"Imported {summary.added + summary.updated} stations from {file}: "
        f"{summary.added} added, {summary.updated} updated, "
        f"{summary.districts_created} districts created"
    )
    if summary.regions_created:
        message += f", {summary.regions_created} regions created"
    click.echo(message)


def main() -> None:
    setup_logging()
    cli()
