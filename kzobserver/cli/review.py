"""``kzobserver review`` and ``reviews``: reviewers' decisions on stations where two sources
part; ``kzobserver audit …``: verify and list the hash-chained audit log."""

from __future__ import annotations

import sys
from typing import Any

import click

from kzobserver.cli.base import cli, open_logbook, print_json
from kzobserver.domain.stationnumber import normalize_station_number
from kzobserver.i18n import translate
from kzobserver.storage import Logbook, LogbookError, audit
from kzobserver.storage.observers import list_observers
from kzobserver.storage.protocols import Source
from kzobserver.storage.station_reviews import (
    REVIEW_STATES,
    decisions_in_force,
    review_history,
    set_review,
)
from kzobserver.storage.summary import election_and_contest, number_key
from kzobserver.storage.times import parse_stored_time

SOURCES = click.Choice([s.value for s in Source])
LOGBOOK = click.argument("path", type=click.Path(exists=True, dir_okay=False))
AS_JSON = click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
CONTEST = click.option("--contest", "contest_code", help="Contest code (default: the first one).")
SOURCE_A = click.option(
    "--a", "source_a", default=Source.PEC_COPY.value, show_default=True, type=SOURCES
)
SOURCE_B = click.option(
    "--b", "source_b", default=Source.OFFICIAL.value, show_default=True, type=SOURCES
)


def _local(stored: str | None) -> str:
    """A stored UTC time as this computer's local date and time, for text output."""
    if not stored:
        return ""
    return parse_stored_time(stored).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _station(logbook: Logbook, election_id: str, number: str) -> tuple[str, str]:
    """(id, number as stored) of the station numbered ``number`` ("№ 123", "0123" and "123"
    name the same station)."""
    candidates = [number.strip()]
    normalized = normalize_station_number(number)
    if normalized and normalized not in candidates:
        candidates.append(normalized)
    for candidate in candidates:
        row = logbook.db.execute(
            "SELECT id, number FROM stations WHERE election_id = ? AND number = ?",
            [election_id, candidate],
        ).fetchone()
        if row:
            return str(row[0]), str(row[1])
    raise LogbookError(
        translate("Reviews", "There is no station {number} in this logbook.").format(number=number)
    )


def _evidence_text(evidence: list[str]) -> str:
    return ", ".join(evidence) if evidence else "—"


@cli.command("review")
@LOGBOOK
@click.argument("station_number")
@click.option(
    "--status",
    required=True,
    type=click.Choice(REVIEW_STATES),
    help="The decision; cleared withdraws the one in force.",
)
@click.option("--reason", default="", help="Why (required to exclude a station).")
@click.option(
    "--evidence",
    "evidence",
    multiple=True,
    metavar="ID",
    help="An evidence file's id (required to confirm; repeatable).",
)
@SOURCE_A
@SOURCE_B
@CONTEST
@click.option("--reviewer", help="The reviewer's name (default: this computer's observer).")
@AS_JSON
def review_command(
    path: str,
    station_number: str,
    status: str,
    reason: str,
    evidence: tuple[str, ...],
    source_a: str,
    source_b: str,
    contest_code: str | None,
    reviewer: str | None,
    as_json: bool,
) -> None:
    """Record a reviewer's decision on station STATION_NUMBER of the logbook at PATH, where
    sources A and B part: under_review, confirmed (with --evidence), excluded (with --reason) or
    cleared. Decisions are kept, never overwritten, and logged in the audit log."""
    with open_logbook(path) as logbook:
        election, contest = election_and_contest(logbook, contest_code)
        sid, number = _station(logbook, election.id, station_number)
        review_id = set_review(
            logbook,
            sid,
            contest.id,
            status,
            reason,
            evidence,
            source_a=source_a,
            source_b=source_b,
            reviewer=reviewer,
        )
        history = review_history(logbook, sid, contest.id, source_a, source_b)
    latest = history[-1]
    if as_json:
        print_json(
            {
                "id": review_id,
                "station": number,
                "station_id": sid,
                "contest": contest.code,
                "a": source_a,
                "b": source_b,
                **{k: latest[k] for k in ("status", "reason", "evidence", "reviewer")},
                "created_at": latest["created_at"],
                "history": history,
            }
        )
        return
    click.echo(
        translate(
            "Reviews", "Station {station} ({a} vs {b}, {contest}): {status}, by {reviewer}."
        ).format(
            station=number,
            a=source_a,
            b=source_b,
            contest=contest.code,
            status=latest["status"],
            reviewer=latest["reviewer"],
        )
    )
    if latest["reason"]:
        click.echo(translate("Reviews", "Reason: {reason}").format(reason=latest["reason"]))
    if latest["evidence"]:
        click.echo(
            translate("Reviews", "Evidence: {ids}").format(ids=_evidence_text(latest["evidence"]))
        )
    if len(history) > 1:
        click.echo(
            translate("Reviews", "Earlier decisions: {earlier}.").format(
                earlier="; ".join(
                    f"{h['status']} ({h['reviewer']}, {_local(h['created_at'])})"
                    for h in history[:-1]
                )
            )
        )


@cli.command("reviews")
@LOGBOOK
@SOURCE_A
@SOURCE_B
@CONTEST
@AS_JSON
def reviews_command(
    path: str, source_a: str, source_b: str, contest_code: str | None, as_json: bool
) -> None:
    """List the reviewers' decisions in force (cleared ones left out) for sources A and B."""
    with open_logbook(path) as logbook:
        _, contest = election_and_contest(logbook, contest_code)
        found = decisions_in_force(logbook, contest.id, source_a, source_b)
    found.sort(key=lambda d: number_key(d["station"]))
    if as_json:
        print_json({"a": source_a, "b": source_b, "contest": contest.code, "reviews": found})
        return
    for d in found:
        reason = f"  {d['reason']}" if d["reason"] else ""
        click.echo(
            f"{d['station']:<12} {d['status']:<13} {d['reviewer']}, {_local(d['created_at'])}"
            + translate("Reviews", "  evidence: {ids}").format(ids=_evidence_text(d["evidence"]))
            + reason
        )
    click.echo(
        translate("Reviews", "{n} decision(s) in force for {a} vs {b} ({contest}).").format(
            n=len(found), a=source_a, b=source_b, contest=contest.code
        )
    )


@cli.group("audit")
def audit_group() -> None:
    """The audit log: every change worth answering for, hash-chained per device."""


@audit_group.command("verify")
@LOGBOOK
@AS_JSON
def audit_verify(path: str, as_json: bool) -> None:
    """Recompute every entry's hash and follow each device's chain. Exits with status 1 when a
    problem is found: an entry changed, removed or out of order."""
    with open_logbook(path) as logbook:
        result = audit.verify(logbook)
    if as_json:
        print_json(result.as_dict())
    else:
        for problem in result.problems:
            click.echo(str(problem))
        click.echo(
            translate(
                "Audit", "{entries} entries from {devices} device(s) checked: {verdict}"
            ).format(
                entries=f"{result.entries:,}",
                devices=result.devices,
                verdict=translate("Audit", "the log is intact.")
                if result.ok
                else translate("Audit", "{n} problem(s) found.").format(n=len(result.problems)),
            )
        )
        for device, head in sorted(result.heads.items()):
            click.echo(
                translate("Audit", "  device {device}: latest hash {hash}").format(
                    device=device, hash=head
                )
            )
    if not result.ok:
        sys.exit(1)


def _changes(entry: dict[str, Any]) -> str:
    """``key: before → after`` for each field an entry records."""
    before, after = entry["before"] or {}, entry["after"] or {}
    parts = []
    for key in sorted(before.keys() | after.keys()):
        if key in before and key in after and before[key] == after[key]:
            parts.append(f"{key}: {after[key]!r}")
        elif key in before and key in after:
            parts.append(f"{key}: {before[key]!r} → {after[key]!r}")
        elif key in after:
            parts.append(f"{key}: {after[key]!r}")
        else:
            parts.append(f"{key}: {before[key]!r} → —")
    return "; ".join(parts)


@audit_group.command("list")
@LOGBOOK
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=50,
    show_default=True,
    help="How many of the latest entries to show (0: all).",
)
@AS_JSON
def audit_list(path: str, limit: int, as_json: bool) -> None:
    """The latest entries of the audit log, newest first."""
    with open_logbook(path) as logbook:
        found = audit.entries(logbook, limit=limit or None)
        total = audit.summary(logbook)["entries"]
        names = {o.id: o.name for o in list_observers(logbook)}
    if as_json:
        print_json({"total": total, "entries": found})
        return
    for e in found:
        who = names.get(e["author"] or "", e["author"] or translate("Audit", "(unsigned)"))
        target = f"{e['table']} {e['row_id']}".strip()
        click.echo(f"{e['seq']:>6}  {_local(e['at'])}  {who}  {e['action']}  {target}")
        details = _changes(e)
        if details:
            click.echo(f"        {details}")
        if e["reason"]:
            click.echo(
                "        " + translate("Audit", "reason: {reason}").format(reason=e["reason"])
            )
    if len(found) < total:
        click.echo(
            translate(
                "Audit", "Showing the latest {shown} of {total} entries; --limit 0 shows all."
            ).format(shown=len(found), total=total)
        )
