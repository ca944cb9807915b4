"""Protocol import (all or nothing) and `kzobserver check`: generated protocols, some broken on
purpose, and the check reports exactly the broken ones."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzobserver.cli import cli
from kzobserver.domain.model import Station
from kzobserver.storage import Logbook, audit
from kzobserver.storage.checks import check_protocols
from kzobserver.storage.errors import InputFileError
from kzobserver.storage.protocol_import import import_protocols
from kzobserver.storage.reference import current_election
from kzobserver.storage.stations import add_stations_to_election
from kzobserver.storage.tabular import read_table

PARTIES = ["amanat", "auyl", "respublica", "aq_jol", "qhp", "osdp", "baytaq", "against_all"]


def consistent_protocol(rng: random.Random) -> dict[str, int]:
    """A Kazakh party-list protocol that satisfies every control relation."""
    voters = rng.randint(400, 2500)
    issued = rng.randint(voters // 3, voters)
    in_boxes = issued - rng.randint(0, 5)
    invalid = rng.randint(0, 20)
    votes = [0] * len(PARTIES)
    for _ in range(in_boxes - invalid):
        votes[rng.randrange(len(PARTIES))] += 1
    cancelled = rng.randint(0, 300)
    return {
        "voters_on_list": voters,
        "ballots_received": issued + cancelled,
        "ballots_issued": issued,
        "issued_outside": rng.randint(0, min(30, issued)),
        "issued_absentee": rng.randint(0, min(10, issued)),
        "ballots_cancelled": cancelled,
        "ballots_in_boxes": in_boxes,
        "invalid": invalid,
        **{f"votes:{p}": v for p, v in zip(PARTIES, votes, strict=True)},
    }


# Each breaker spoils exactly one relation of a consistent protocol.
BREAKERS = {
    "boxes_le_issued": lambda p: p.update(
        ballots_in_boxes=p["ballots_issued"] + 70,
        invalid=p["invalid"] + 70 + p["ballots_issued"] - p["ballots_in_boxes"],
    ),
    "received_balance": lambda p: p.update(ballots_received=p["ballots_received"] + 15),
    "issued_le_voters": lambda p: p.update(voters_on_list=p["ballots_issued"] - 1),
}


@pytest.fixture
def station_logbook(kz_logbook: Logbook) -> Logbook:
    election = current_election(kz_logbook)
    assert election is not None
    add_stations_to_election(
        kz_logbook,
        election,
        [Station(number=str(n), region="astana", registered_voters=3000) for n in range(1, 41)],
    )
    return kz_logbook


def write_csv(path: Path, rows: list[dict[str, object]], *, delimiter: str = ",") -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


def generated_file(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """40 stations' PEC copies; returns the file and {station: rule it breaks}."""
    rng = random.Random(19)
    broken: dict[str, str] = {}
    rows = []
    for n in range(1, 41):
        protocol = consistent_protocol(rng)
        if n % 7 == 0:
            rule = list(BREAKERS)[(n // 7) % len(BREAKERS)]
            BREAKERS[rule](protocol)
            broken[str(n)] = rule
        rows.append({"№ участка": n, **protocol})
    return write_csv(tmp_path / "pec.csv", rows), broken


def test_check_reports_exactly_the_broken_stations(
    station_logbook: Logbook, tmp_path: Path
) -> None:
    file, broken = generated_file(tmp_path)
    summary = import_protocols(station_logbook, read_table(file), "pec_copy")
    assert (summary.stations, summary.records_created) == (40, 40)
    [logged] = [e["after"] for e in audit.entries(station_logbook, table="")]
    assert (logged["file"], logged["counts"]["created"]) == (file.name, 40)
    election = current_election(station_logbook)
    assert election is not None
    results = check_protocols(station_logbook, election.id)
    flagged = {
        r.station_number: {x.code for x in r.results if x.status == "flagged"}
        for r in results
        if r.status == "flagged"
    }
    assert flagged == {number: {rule} for number, rule in broken.items()}


def test_check_cli_json_names_the_broken_ones(station_logbook: Logbook, tmp_path: Path) -> None:
    file, broken = generated_file(tmp_path)
    path = str(station_logbook.path)
    runner = CliRunner()
    result = runner.invoke(
        cli, ["protocols", "import", path, str(file), "--source", "pec_copy", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["records_created"] == 40
    out = json.loads(runner.invoke(cli, ["check", path, "--json"]).output)
    assert out["flagged_stations"] == sorted(broken, key=int)
    assert out["summary"]["records"] == 40 and out["summary"]["flagged"] == len(broken)
    one = json.loads(runner.invoke(cli, ["check", path, "--station", "7", "--json"]).output)
    (record,) = one["records"]
    failing = [r for r in record["rules"] if r["status"] == "flagged"]
    assert [r["rule"] for r in failing] == [broken["7"]]
    assert failing[0]["values"] and failing[0]["explanation"]
    text = runner.invoke(cli, ["check", path]).output
    assert "Station 7 · majilis_list · pec_copy: FLAGGED" in text
    assert "Station 1 ·" not in text  # passing records are not listed without --all


def test_boxes_explanation_carries_the_numbers(station_logbook: Logbook, tmp_path: Path) -> None:
    file = write_csv(
        tmp_path / "one.csv",
        [{"station": 3, "ballots_issued": 1180, "ballots_in_boxes": 1250}],
    )
    import_protocols(station_logbook, read_table(file), "pec_copy")
    election = current_election(station_logbook)
    assert election is not None
    (record,) = check_protocols(station_logbook, election.id, station_number="3")
    by_rule = {r.code: r for r in record.results}
    assert by_rule["boxes_le_issued"].status == "flagged"
    assert "1,250" in by_rule["boxes_le_issued"].explanation
    assert "70" in by_rule["boxes_le_issued"].explanation
    # Lines not in the file are not seen: those rules are Missing, never Flagged.
    assert by_rule["issued_le_voters"].status == "missing"


def test_russian_headers_and_blank_cells(station_logbook: Logbook, tmp_path: Path) -> None:
    file = write_csv(
        tmp_path / "ru.csv",
        [
            {
                "УИК": "УИК №5",
                "Число бюллетеней, выданных избирателям": 900,
                "Партия «AMANAT»": 500,
                "Против всех": "",
            },
        ],
        delimiter=";",
    )
    summary = import_protocols(station_logbook, read_table(file), "official")
    assert set(summary.lines) == {"ballots_issued", "votes:amanat", "votes:against_all"}
    value = station_logbook.db.execute(
        "SELECT value FROM protocol_values WHERE line = 'votes:against_all'"
    ).fetchone()
    assert value == (None,)  # blank means not seen, not zero


@pytest.mark.parametrize(
    ("row", "column", "message"),
    [
        ({"station": 999, "invalid": 1}, "station", "not in this logbook"),
        ({"station": 2, "invalid": -3}, "invalid", "not a count"),
        ({"station": 2, "invalid": "12a"}, "invalid", "not a count"),
        ({"station": 2, "invalid": 99_000_000}, "invalid", "not a count"),
    ],
)
def test_bad_rows_write_nothing(
    station_logbook: Logbook, tmp_path: Path, row: dict[str, object], column: str, message: str
) -> None:
    good = {"station": 1, "invalid": 4}
    file = write_csv(tmp_path / "bad.csv", [good, row])
    with pytest.raises(InputFileError) as info:
        import_protocols(station_logbook, read_table(file), "pec_copy")
    (problem,) = info.value.problems
    assert (problem.file, problem.row, problem.column) == ("bad.csv", 3, column)
    assert message in problem.message
    assert station_logbook.db.execute("SELECT count(*) FROM protocols").fetchone() == (0,)


def test_duplicate_station_and_no_line_columns(station_logbook: Logbook, tmp_path: Path) -> None:
    file = write_csv(
        tmp_path / "dup.csv", [{"station": 1, "invalid": 1}, {"station": "№ 1", "invalid": 2}]
    )
    with pytest.raises(InputFileError, match="rows 2 and 3"):
        import_protocols(station_logbook, read_table(file), "pec_copy")
    file = write_csv(tmp_path / "none.csv", [{"station": 1, "colour": "red"}])
    with pytest.raises(InputFileError, match="protocol line"):
        import_protocols(station_logbook, read_table(file), "pec_copy")


def test_reimport_updates_the_same_records(station_logbook: Logbook, tmp_path: Path) -> None:
    file = write_csv(tmp_path / "a.csv", [{"station": 1, "invalid": 1}])
    import_protocols(station_logbook, read_table(file), "pec_copy", observer="obs-1")
    file = write_csv(tmp_path / "b.csv", [{"station": 1, "invalid": 2}])
    summary = import_protocols(station_logbook, read_table(file), "pec_copy", observer="obs-1")
    assert (summary.records_created, summary.records_updated) == (0, 1)
    assert station_logbook.db.execute("SELECT value FROM protocol_values").fetchall() == [(2,)]


def test_cli_errors_are_messages(station_logbook: Logbook, tmp_path: Path) -> None:
    file = write_csv(tmp_path / "bad.csv", [{"station": 1, "invalid": "x"}])
    runner = CliRunner()
    path = str(station_logbook.path)
    result = runner.invoke(cli, ["protocols", "import", path, str(file), "--source", "pec_copy"])
    assert result.exit_code == 1
    assert "bad.csv, row 2, column “invalid”" in result.output
    assert "Traceback" not in result.output
    result = runner.invoke(
        cli, ["protocols", "import", path, str(file), "--source", "pec_copy", "--contest", "nope"]
    )
    assert result.exit_code == 1 and "Unknown contest" in result.output
