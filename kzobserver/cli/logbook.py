"""The observer's logbook without a window: ``kzobserver incidents list``, ``kzobserver timeline``
and ``kzobserver observers add|list``."""

from __future__ import annotations

from typing import Any

import click

from kzobserver.cli.base import cli, open_logbook, print_json
from kzobserver.domain.taxonomy import (
    FollowUpStatus,
    Severity,
    categories,
    category_name,
    severity_label,
    status_label,
)
from kzobserver.i18n import LANGUAGES, translate
from kzobserver.storage import Logbook, LogbookError
from kzobserver.storage.incidents import Incident, list_incidents
from kzobserver.storage.observers import (
    Observer,
    Role,
    add_observer,
    current_observer,
    list_observers,
    restore_current_observer,
    role_label,
    set_current_observer,
)
from kzobserver.storage.reference import current_election
from kzobserver.storage.stations import station_id
from kzobserver.storage.timeline import timeline
from kzobserver.storage.times import parse_stored_time

LANG = click.option("--lang", type=click.Choice(LANGUAGES), default="en", show_default=True)
AS_JSON = click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
LOGBOOK = click.argument("path", type=click.Path(exists=True, dir_okay=False))


def _station_id(logbook: Logbook, number: str) -> str:
    election = current_election(logbook)
    if election is None:
        raise LogbookError(translate("CLI", "This logbook has no election yet."))
    found = station_id(election.code, number.strip())
    if not logbook.db.execute("SELECT 1 FROM stations WHERE id = ?", [found]).fetchone():
        raise LogbookError(
            translate("CLI", "There is no station {number} in this logbook.").format(number=number)
        )
    return found


def _local(stored: str | None) -> str:
    """A stored UTC time as this computer's local date and time, for text output."""
    if not stored:
        return ""
    return parse_stored_time(stored).astimezone().strftime("%Y-%m-%d %H:%M")


def _station_numbers(logbook: Logbook) -> dict[str, str]:
    rows = logbook.db.execute(
        "SELECT DISTINCT s.id, s.number FROM stations s JOIN incidents i ON i.station_id = s.id"
    )
    return {r[0]: r[1] for r in rows.fetchall()}


def _contest_codes(logbook: Logbook) -> dict[str, str]:
    return {r[0]: r[1] for r in logbook.db.execute("SELECT id, code FROM contests").fetchall()}


@cli.group()
def incidents() -> None:
    """Irregularity reports."""


@incidents.command("list")
@LOGBOOK
@click.option("--station", "station_number", help="Only reports about this station (its number).")
@click.option("--category", type=click.Choice([c.code for c in categories()]))
@click.option("--severity", type=click.Choice([s.value for s in Severity]))
@click.option("--status", type=click.Choice([s.value for s in FollowUpStatus]))
@click.option("--since", help="Only reports of incidents at or after this time (ISO 8601).")
@click.option("--until", help="Only reports of incidents at or before this time (ISO 8601).")
@click.option("--latest", is_flag=True, help="Only the current version of each report.")
@click.option(
    "--sensitive", is_flag=True, help="Include perpetrators and witnesses (sensitive: names)."
)
@LANG
@AS_JSON
def incidents_list(
    path: str,
    station_number: str | None,
    category: str | None,
    severity: str | None,
    status: str | None,
    since: str | None,
    until: str | None,
    latest: bool,
    sensitive: bool,
    lang: str,
    as_json: bool,
) -> None:
    """List the irregularity reports in the logbook at PATH, amendments included (marked)."""
    with open_logbook(path) as logbook:
        station = _station_id(logbook, station_number) if station_number else None
        found = list_incidents(
            logbook,
            station_id=station,
            category=category,
            severity=severity,
            status=status,
            since=since,
            until=until,
            latest_only=latest,
        )
        numbers = _station_numbers(logbook)
        contests = _contest_codes(logbook)
    if as_json:
        print_json(
            {
                "incidents": [
                    _incident_json(i, numbers, contests, lang, sensitive=sensitive) for i in found
                ],
                "count": len(found),
            }
        )
        return
    for report in found:
        click.echo(_incident_text(report, numbers, lang, sensitive=sensitive))
    click.echo(translate("CLI", "{count} report(s)").format(count=len(found)))


def _incident_json(
    report: Incident,
    numbers: dict[str, str],
    contests: dict[str, str],
    lang: str,
    *,
    sensitive: bool,
) -> dict[str, Any]:
    return {
        **report.as_dict(include_sensitive=sensitive),
        "station": numbers.get(report.station_id or ""),
        "contest": contests.get(report.contest_id or ""),
        "category_name": category_name(report.category, lang),
        "submitted": report.submitted,
    }


def _incident_text(report: Incident, numbers: dict[str, str], lang: str, *, sensitive: bool) -> str:
    where = (
        translate("CLI", "station {number}").format(number=numbers[report.station_id])
        if report.station_id in numbers
        else report.location_text or report.location
    )
    state = translate("CLI", "submitted") if report.submitted else translate("CLI", "draft")
    version = translate("CLI", "version {version}").format(version=report.version)
    if not report.is_latest:
        version += ", " + translate("CLI", "superseded")
    lines = [
        f"{_local(report.occurred_at)}  {where}  [{severity_label(report.severity)}] "
        f"{category_name(report.category, lang)}  ·  {status_label(report.status)}  ·  {state}"
        f"  ({version})",
        f"    id {report.id}",
    ]
    lines += [f"    {line}" for line in report.description.splitlines()]
    if report.complaint_filed:
        lines.append(
            "    "
            + translate("CLI", "complaint filed: {reference}").format(
                reference=report.complaint_reference or "—"
            )
        )
    if sensitive:
        for label, value in (
            (translate("CLI", "perpetrator"), report.perpetrator),
            (translate("CLI", "witnesses"), report.witnesses),
        ):
            if value:
                lines.append(f"    {label}: {value}")
    return "\n".join(lines)


@cli.command("timeline")
@LOGBOOK
@click.option("--station", "station_number", required=True, help="The station's number.")
@LANG
@AS_JSON
def timeline_command(path: str, station_number: str, lang: str, as_json: bool) -> None:
    """Everything recorded about one station, in time order."""
    with open_logbook(path) as logbook:
        station = _station_id(logbook, station_number)
        entries = timeline(logbook, station, lang)
    if as_json:
        print_json(
            {
                "station": station_number,
                "station_id": station,
                "entries": [e.as_dict() for e in entries],
            }
        )
        return
    for entry in entries:
        flag = "  ⚑" if entry.red_flag else ""
        click.echo(f"{_local(entry.at)}  {entry.title}{flag}")
        for line in entry.detail.splitlines():
            click.echo(f"    {line}")
    click.echo(translate("CLI", "{count} entries").format(count=len(entries)))


@cli.group()
def observers() -> None:
    """The observers who write in a logbook."""


def _observer_json(observer: Observer, current: Observer | None) -> dict[str, Any]:
    return {
        "id": observer.id,
        "name": observer.name,
        "accreditation": observer.accreditation,
        "organisation": observer.organisation,
        "role": observer.role,
        "current": current is not None and current.id == observer.id,
        "created_at": observer.created_at,
        "updated_at": observer.updated_at,
    }


@observers.command("add")
@LOGBOOK
@click.argument("name")
@click.option("--accreditation", default="", help="Accreditation number.")
@click.option("--organisation", default="", help="The observer's organisation.")
@click.option("--role", type=click.Choice([r.value for r in Role]), default=Role.OBSERVER.value)
@click.option("--current", is_flag=True, help="Record as this observer on this computer.")
@AS_JSON
def observers_add(
    path: str,
    name: str,
    accreditation: str,
    organisation: str,
    role: str,
    current: bool,
    as_json: bool,
) -> None:
    """Add an observer named NAME to the logbook at PATH."""
    with open_logbook(path) as logbook:
        restore_current_observer(logbook)
        observer = add_observer(
            logbook, name, accreditation=accreditation, organisation=organisation, role=role
        )
        if current:
            set_current_observer(logbook, observer.id)
        now_current = current_observer(logbook)
    if as_json:
        print_json(_observer_json(observer, now_current))
        return
    message = translate("CLI", "Added observer {name} ({id})").format(
        name=observer.name, id=observer.id
    )
    if current:
        message += "; " + translate("CLI", "current on this computer")
    click.echo(message)


@observers.command("list")
@LOGBOOK
@AS_JSON
def observers_list(path: str, as_json: bool) -> None:
    """List the observers of the logbook at PATH; * marks the one this computer records as."""
    with open_logbook(path) as logbook:
        found = list_observers(logbook)
        current = current_observer(logbook)
    if as_json:
        print_json({"observers": [_observer_json(o, current) for o in found]})
        return
    for observer in found:
        mark = "*" if current and current.id == observer.id else " "
        details = ", ".join(
            v
            for v in (role_label(observer.role), observer.accreditation, observer.organisation)
            if v
        )
        click.echo(f"{mark} {observer.name} ({details})  {observer.id}")
    click.echo(translate("CLI", "{count} observer(s)").format(count=len(found)))
