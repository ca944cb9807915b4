"""``kzobserver observers``, ``kzobserver incidents list`` and ``kzobserver timeline``: text and
JSON output, filters, and errors without a traceback."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from kzobserver.cli import cli
from kzobserver.domain.model import Station
from kzobserver.storage import Logbook
from kzobserver.storage.checklist_answers import save_answer
from kzobserver.storage.headcount import take_snapshot, tap
from kzobserver.storage.incidents import amend, create_draft, from_red_flag, set_status, submit
from kzobserver.storage.notes import add_note
from kzobserver.storage.observers import add_observer, set_current_observer
from kzobserver.storage.reference import current_election
from kzobserver.storage.setup import create_logbook
from kzobserver.storage.stations import add_stations_to_election, station_id
from kzobserver.storage.visits import arrive

KZ = "kz-2023-majilis"
ASTANA = timezone(timedelta(hours=6))


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2023, 3, 19, hour, minute, tzinfo=ASTANA)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def run_json(*args: str) -> Any:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def day(tmp_path: Path) -> Path:
    """A logbook with one observer's morning at station 101 and a report at station 102."""
    path = tmp_path / "day.sqlite"
    with create_logbook(path, KZ) as logbook:
        election = current_election(logbook)
        assert election is not None
        add_stations_to_election(
            logbook,
            election,
            [
                Station(number="101", region="astana", registered_voters=1500),
                Station(number="102", region="astana", registered_voters=900),
            ],
        )
        first, second = station_id(KZ, "101"), station_id(KZ, "102")
        observer = add_observer(logbook, "Aigerim", accreditation="KZ-0042")
        set_current_observer(logbook, observer.id)
        arrive(logbook, first, at(6, 30))
        answer = save_answer(
            logbook, first, "closing", "unused_cancelled", "no", answered_at=at(20, 15)
        )
        report = from_red_flag(logbook, answer.id, "en")
        submit(logbook, report.id)
        amend(logbook, report.id, description="Cancelled only after the count.")
        other = create_draft(
            logbook,
            "ballot_stuffing",
            station_id=second,
            occurred_at=at(14),
            description="A pack of ballots went into box 1.",
            perpetrator="Commission member, badge 7",
            witnesses="Dana",
        )
        set_status(logbook, other.id, "needs_follow_up", "call the DEC")
        for minute in range(12):
            tap(logbook, first, at=at(9, minute))
        take_snapshot(logbook, first, at(10))
        add_note(logbook, "Queue outside", station_id=first, at=at(7))
    return path


def test_observers_add_and_list(day: Path) -> None:
    result = run("observers", "add", str(day), "Bolat Nurlanov", "--organisation", "Amanat")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Added observer Bolat Nurlanov (")
    added = run_json(
        "observers",
        "add",
        str(day),
        "Dana",
        "--role",
        "coordinator",
        "--current",
        "--accreditation",
        "C-1",
    )
    assert {k: added[k] for k in ("name", "role", "accreditation", "current")} == {
        "name": "Dana",
        "role": "coordinator",
        "accreditation": "C-1",
        "current": True,
    }
    listed = run_json("observers", "list", str(day))["observers"]
    assert [(o["name"], o["current"]) for o in listed] == [
        ("Aigerim", False),
        ("Bolat Nurlanov", False),
        ("Dana", True),
    ]
    assert set(listed[0]) == {
        "id",
        "name",
        "accreditation",
        "organisation",
        "role",
        "current",
        "created_at",
        "updated_at",
    }
    text = run("observers", "list", str(day)).output
    assert "* Dana (Coordinator, C-1)" in text
    assert "  Aigerim (Observer, KZ-0042)" in text
    assert text.rstrip().endswith("3 observer(s)")


def test_observers_add_refuses_a_bad_role_and_an_empty_name(day: Path) -> None:
    result = run("observers", "add", str(day), "X", "--role", "boss")
    assert result.exit_code == 2 and "'boss' is not one of" in result.output
    result = run("observers", "add", str(day), "  ")
    assert result.exit_code == 1
    assert "An observer needs a name." in result.output and "Traceback" not in result.output


def test_incidents_list_json_leaves_sensitive_fields_out(day: Path) -> None:
    data = run_json("incidents", "list", str(day))
    assert data["count"] == 3
    reports = data["incidents"]
    assert [(r["station"], r["category"], r["version"], r["is_latest"]) for r in reports] == [
        ("102", "ballot_stuffing", 1, True),
        ("101", "unused_ballots_not_cancelled", 1, False),
        ("101", "unused_ballots_not_cancelled", 2, True),
    ]
    stuffing, original, amendment = reports
    assert "perpetrator" not in stuffing and "witnesses" not in stuffing
    assert stuffing["category_name"] == "Ballot stuffing"
    assert (stuffing["status"], stuffing["submitted"], stuffing["severity"]) == (
        "needs_follow_up",
        False,
        "critical",
    )
    assert original["submitted"] and original["submitted_at"]
    assert amendment["amends_id"] == original["id"] == amendment["original_id"]
    assert amendment["description"] == "Cancelled only after the count."
    assert amendment["checklist_answer_id"] == original["checklist_answer_id"] is not None
    sensitive = run_json("incidents", "list", str(day), "--sensitive", "--station", "102")
    (only,) = sensitive["incidents"]
    assert (only["perpetrator"], only["witnesses"]) == ("Commission member, badge 7", "Dana")
    ru = run_json("incidents", "list", str(day), "--lang", "ru", "--station", "102")
    assert ru["incidents"][0]["category_name"] == "Вброс бюллетеней"


def test_incidents_list_filters(day: Path) -> None:
    def categories(*args: str) -> list[tuple[str, int]]:
        data = run_json("incidents", "list", str(day), *args)
        return [(r["category"], r["version"]) for r in data["incidents"]]

    assert categories("--station", "101") == [
        ("unused_ballots_not_cancelled", 1),
        ("unused_ballots_not_cancelled", 2),
    ]
    assert categories("--station", "101", "--latest") == [("unused_ballots_not_cancelled", 2)]
    assert categories("--category", "ballot_stuffing") == [("ballot_stuffing", 1)]
    assert categories("--status", "needs_follow_up") == [("ballot_stuffing", 1)]
    assert categories("--severity", "high", "--latest") == [("unused_ballots_not_cancelled", 2)]
    assert categories("--since", "2023-03-19T15:00:00+06:00") == [
        ("unused_ballots_not_cancelled", 1),
        ("unused_ballots_not_cancelled", 2),
    ]
    assert categories("--until", "2023-03-19T15:00:00+06:00") == [("ballot_stuffing", 1)]
    assert categories("--status", "resolved") == []


def test_incidents_list_text(day: Path) -> None:
    result = run("incidents", "list", str(day))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert (
        "station 102  [Critical] Ballot stuffing  ·  Needs follow-up  ·  draft  (version 1)"
        in (lines[0])
    )
    assert "    A pack of ballots went into box 1." in lines
    assert any("submitted  (version 1, superseded)" in line for line in lines)
    assert any("draft  (version 2)" in line for line in lines)
    assert "Commission member" not in result.output
    assert "Commission member, badge 7" in run("incidents", "list", str(day), "--sensitive").output
    assert lines[-1] == "3 report(s)"


def test_incidents_list_errors(day: Path) -> None:
    result = run("incidents", "list", str(day), "--station", "999")
    assert result.exit_code == 1
    assert "There is no station 999 in this logbook." in result.output
    assert "Traceback" not in result.output
    result = run("incidents", "list", str(day), "--category", "fraud")
    assert result.exit_code == 2 and "'fraud' is not one of" in result.output
    result = run("incidents", "list", str(day), "--since", "yesterday")
    assert result.exit_code == 1 and "“yesterday” is not a date and time" in result.output
    result = run("incidents", "list", str(day.with_name("missing.sqlite")))
    assert result.exit_code == 2 and "does not exist" in result.output


def test_timeline_json(day: Path) -> None:
    data = run_json("timeline", str(day), "--station", "101")
    assert data["station"] == "101" and data["station_id"] == station_id(KZ, "101")
    entries = data["entries"]
    assert [e["kind"] for e in entries] == [
        "visit",
        "note",
        "headcount_snapshot",
        "checklist_answer",
        "incident",
        "incident",
    ]
    assert [e["at"] for e in entries] == sorted(e["at"] for e in entries)
    assert set(entries[0]) == {"at", "kind", "title", "detail", "record_id", "red_flag", "author"}
    answer = entries[3]
    assert answer["red_flag"] is True
    assert answer["title"] == (
        "Closing: Were the unused ballots cancelled before the boxes were opened?"
    )
    assert entries[2]["title"] == "Headcount: 12 voters"
    assert entries[5]["title"].startswith("Amendment 1 to the report:")
    kk = run_json("timeline", str(day), "--station", "101", "--lang", "kk")["entries"]
    assert kk[3]["title"].startswith("Учаскенің жабылуы: Пайдаланылмаған бюллетеньдер")


def test_timeline_text_and_errors(day: Path) -> None:
    result = run("timeline", str(day), "--station", "101")
    assert result.exit_code == 0, result.output
    assert "Arrived at the station" in result.output
    assert "Were the unused ballots cancelled before the boxes were opened?  ⚑" in result.output
    assert "    No — red flag" in result.output
    assert result.output.rstrip().endswith("6 entries")
    missing = run("timeline", str(day))
    assert missing.exit_code == 2 and "Missing option '--station'" in missing.output
    unknown = run("timeline", str(day), "--station", "7")
    assert unknown.exit_code == 1
    assert "There is no station 7 in this logbook." in unknown.output
    assert "Traceback" not in unknown.output


def test_an_empty_logbook_lists_nothing(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    create_logbook(path, KZ).close()
    assert run_json("incidents", "list", str(path)) == {"incidents": [], "count": 0}
    assert run_json("observers", "list", str(path)) == {"observers": []}
    with Logbook.open(path) as logbook:
        assert logbook.author is None
