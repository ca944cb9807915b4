"""``kzobserver stations …``: the station registry."""

from __future__ import annotations

from pathlib import Path

import click

from kzobserver.cli.base import cli, open_logbook, parse_map, print_json
from kzobserver.storage.station_import import import_stations, override_mapping
from kzobserver.storage.tabular import read_table


@cli.group()
def stations() -> None:
    """The station registry."""


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
    overrides = parse_map(column_map)
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
