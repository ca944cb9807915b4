"""``kzobserver evidence …``: attach, list, verify and export evidence files."""

from __future__ import annotations

import sys

import click

from kzobserver.cli.base import cli, open_logbook, print_json
from kzobserver.i18n import translate
from kzobserver.storage import Logbook, LogbookError
from kzobserver.storage.evidence import (
    EvidenceRecord,
    add_evidence,
    evidence_for,
    save_evidence_as,
    verify_evidence,
)
from kzobserver.storage.reference import current_election
from kzobserver.storage.stations import station_id


@cli.group()
def evidence() -> None:
    """Evidence files (photos, video, audio, scans) kept inside the logbook."""


def _station(logbook: Logbook, number: str) -> str:
    election = current_election(logbook)
    if election is None:
        raise LogbookError(translate("Evidence", "This logbook has no election yet."))
    sid = station_id(election.code, number.strip())
    if not logbook.db.execute("SELECT 1 FROM stations WHERE id = ?", [sid]).fetchone():
        raise LogbookError(
            translate("Evidence", "There is no station {number} in this logbook.").format(
                number=number
            )
        )
    return sid


def _describe(record: EvidenceRecord) -> str:
    station = record.station_number or "-"
    flag = translate("Evidence", " [do not publish]") if record.do_not_publish else ""
    return translate(
        "Evidence", "{id}  station {station}  {size} bytes  {media_type}  {name}{flag}"
    ).format(
        id=record.id,
        station=station,
        size=record.size,
        media_type=record.media_type,
        name=record.original_name,
        flag=flag,
    )


@evidence.command("add")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.argument("file", type=click.Path())  # checked by add_evidence, whose message names it
@click.option("--station", "station_number", metavar="N", help="The station's number.")
@click.option("--incident", "incident_id", metavar="ID", help="An incident report's id.")
@click.option("--do-not-publish", is_flag=True, help="Mark it as not for publication.")
@click.option("--note", default="", help="A note kept with the file.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def evidence_add(
    path: str,
    file: str,
    station_number: str | None,
    incident_id: str | None,
    do_not_publish: bool,
    note: str,
    as_json: bool,
) -> None:
    """Copy FILE into the logbook at PATH as evidence for a station and/or an incident report,
    and print its id, SHA-256 and size."""
    if not station_number and not incident_id:
        raise click.UsageError(translate("Evidence", "Give --station or --incident (or both)."))
    with open_logbook(path) as logbook:
        sid = _station(logbook, station_number) if station_number else None
        record = add_evidence(
            logbook,
            file,
            station_id=sid,
            incident_id=incident_id,
            do_not_publish=do_not_publish,
            note=note,
        )
    if as_json:
        print_json(record.as_dict())
        return
    if record.already_present:
        click.echo(
            translate("Evidence", "{name} is already attached there as evidence {id}.").format(
                name=record.original_name, id=record.id
            )
        )
    else:
        click.echo(
            translate("Evidence", "Added {name} as evidence {id}.").format(
                name=record.original_name, id=record.id
            )
        )
    click.echo(translate("Evidence", "SHA-256: {sha256}").format(sha256=record.sha256))
    click.echo(translate("Evidence", "Size: {size} bytes").format(size=record.size))


@evidence.command("list")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--station", "station_number", metavar="N", help="Only this station's evidence.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def evidence_list(path: str, station_number: str | None, as_json: bool) -> None:
    """List the evidence in the logbook at PATH, oldest first."""
    with open_logbook(path) as logbook:
        sid = _station(logbook, station_number) if station_number else None
        records = evidence_for(logbook, station_id=sid)
    if as_json:
        print_json([record.as_dict() for record in records])
        return
    for record in records:
        click.echo(_describe(record))
    click.echo(translate("Evidence", "{n} evidence files").format(n=len(records)))


@evidence.command("verify")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def evidence_verify(path: str, as_json: bool) -> None:
    """Re-hash every evidence file in the logbook at PATH. Exits with 1 and lists the files whose
    content changed or is missing."""
    with open_logbook(path) as logbook:
        total = logbook.db.execute("SELECT count(*) FROM evidence").fetchone()[0]
        problems = verify_evidence(logbook)
    if as_json:
        print_json(
            {
                "evidence": total,
                "intact": total - len(problems),
                "problems": [problem.as_dict() for problem in problems],
            }
        )
    elif not problems:
        click.echo(translate("Evidence", "{n} evidence files verified").format(n=total))
    else:
        for problem in problems:
            click.echo(str(problem))
        click.echo(
            translate("Evidence", "{bad} of {n} evidence files are changed or missing").format(
                bad=len(problems), n=total
            )
        )
    if problems:
        sys.exit(1)


@evidence.command("export")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.argument("evidence_id", metavar="ID")
@click.argument("out", type=click.Path(dir_okay=False))
def evidence_export(path: str, evidence_id: str, out: str) -> None:
    """Save evidence ID from the logbook at PATH to the file OUT, checking its SHA-256."""
    with open_logbook(path) as logbook:
        target = save_evidence_as(logbook, evidence_id, out)
    click.echo(translate("Evidence", "Saved to {path} (SHA-256 checked).").format(path=target))
