"""``summary`` and ``compare_sources``: PEC copies built from official rows with planted
alterations (votes moved between candidates, ballots added, a line mistyped, a one-vote slip, a
line left empty, a station never copied), and the comparison finds exactly those, with the right
differences and net shift, and nothing else; the CLI's text and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzobserver.cli import cli
from kzobserver.domain.comparison import ComparisonStatus
from kzobserver.storage import Logbook, LogbookError
from kzobserver.storage.checks import contest_lines
from kzobserver.storage.protocol_import import write_records
from kzobserver.storage.results_logbook import create_logbook_from_results
from kzobserver.storage.summary import (
    compare_sources,
    election_and_contest,
    load_source,
    one_sided,
    shifts,
    summary,
)
from tests.official_files import ALTERATIONS, HEADER_2024, column_sums, rows_2024, write_csv

NOT_COPIED = "3-563"


@pytest.fixture
def logbook(tmp_path: Path):  # type: ignore[no-untyped-def]
    file = write_csv(tmp_path / "2024.csv", HEADER_2024, rows_2024(per_region=10))
    book, _ = create_logbook_from_results(tmp_path / "c.sqlite", file)
    _, contest = election_and_contest(book, None)
    codes = [line.code for line in contest_lines(contest)]
    numbers = dict(book.db.execute("SELECT id, number FROM stations").fetchall())
    copies = []
    for sid, values in load_source(book, contest, "official").items():
        number = numbers[sid]
        if number == NOT_COPIED:
            continue
        copy = dict(values)
        if number in ALTERATIONS:
            ALTERATIONS[number](copy)
        copies.append((sid, [copy[c] for c in codes]))
    write_records(book, contest, "pec_copy", "observer-1", codes, copies)
    yield book
    book.close()


def differences(c) -> dict[str, int | None]:  # type: ignore[no-untyped-def]
    return {line.code: line.difference for line in c.lines() if line.status.value != "match"}


def test_compare_finds_exactly_the_alterations(logbook: Logbook) -> None:
    comparisons = compare_sources(logbook, "pec_copy", "official")
    assert len(comparisons) == 30
    assert [c.station for c in comparisons[:3]] == ["1-554", "1-555", "1-556"]
    by_station = {c.station: c for c in comparisons}
    changed = {s: c.status.value for s, c in by_station.items() if c.status.value != "match"}
    assert changed == {
        "1-556": "mismatch",
        "2-560": "mismatch",
        "3-555": "mismatch",
        "2-554": "mismatch",
        "1-557": "missing_a",
        "3-563": "missing_a",
    }
    assert differences(by_station["1-556"]) == {"votes:davankov": -25, "votes:putin": 25}
    stuffed = {"issued_in_premises", "ballots_in_stationary_boxes", "valid", "votes:putin"}
    assert differences(by_station["2-560"]) == dict.fromkeys(stuffed, 40)
    assert differences(by_station["3-555"]) == {"voters_on_list": -90}
    assert differences(by_station["2-554"]) == {"votes:sluckiy": 1}
    assert differences(by_station["1-557"]) == {"invalid": None}
    assert (by_station["1-556"].gainer, by_station["1-556"].loser) == ("putin", "davankov")
    assert (by_station["2-560"].gainer, by_station["2-560"].loser) == ("putin", None)
    assert (by_station["3-555"].gainer, by_station["3-555"].loser) == (None, None)
    assert by_station["1-556"].region == "1" and by_station["2-560"].region == "2"
    assert [s for s, c in by_station.items() if one_sided(c)] == [NOT_COPIED]
    assert one_sided(by_station[NOT_COPIED]) == "b"


def test_net_shift_nationally_and_by_region(logbook: Logbook) -> None:
    national, by_region = shifts(compare_sources(logbook))
    assert national.stations == 4
    assert national.by_contestant == {"davankov": -25, "putin": 65, "sluckiy": 1, "haritonov": 0}
    assert (national.votes_added, national.votes_removed, national.ballots_issued) == (66, 25, 40)
    assert sorted(by_region) == ["1", "2", "3"]
    assert by_region["1"].by_contestant["putin"] == 25
    assert by_region["2"].by_contestant == {
        "davankov": 0,
        "putin": 40,
        "sluckiy": 1,
        "haritonov": 0,
    }
    assert by_region["3"].stations == 1 and by_region["3"].net_votes == 0


def test_tolerance_takes_the_one_vote_slip_out_of_the_shift(logbook: Logbook) -> None:
    comparisons = compare_sources(logbook, tolerance_abs=1)
    status = {c.station: c.status for c in comparisons}
    assert status["2-554"] is ComparisonStatus.WITHIN_TOLERANCE
    assert status["1-556"] is ComparisonStatus.MISMATCH
    national, _ = shifts(comparisons)
    assert national.stations == 3 and national.by_contestant["sluckiy"] == 0


def test_the_latest_of_several_observers_copies_counts(logbook: Logbook) -> None:
    _, contest = election_and_contest(logbook, None)
    official = load_source(logbook, contest, "official")
    sid = logbook.db.execute("SELECT id FROM stations WHERE number = '1-556'").fetchone()[0]
    codes = [line.code for line in contest_lines(contest)]
    write_records(
        logbook,
        contest,
        "pec_copy",
        "observer-2",
        codes,
        [(sid, [official[sid][c] for c in codes])],
    )
    logbook.db.execute(
        "UPDATE protocols SET updated_at = '2999-01-01T00:00:00.000Z' WHERE observer = ?",
        ["observer-2"],
    )
    logbook.db.conn.commit()
    status = {c.station: c.status.value for c in compare_sources(logbook)}
    assert status["1-556"] == "match"
    totals = {c["code"]: c["votes"] for c in summary(logbook, "pec_copy")["contestants"]}
    putin_official = {c["code"]: c["votes"] for c in summary(logbook)["contestants"]}["putin"]
    # Only the one-vote slip, the 40 stuffed ballots and the uncopied station remain.
    uncopied = next(
        v["votes:putin"] for s, v in official.items() if _number(logbook, s) == NOT_COPIED
    )
    assert totals["putin"] == putin_official - 40 - (uncopied or 0)


def _number(logbook: Logbook, station_id: str) -> str:
    return str(
        logbook.db.execute("SELECT number FROM stations WHERE id = ?", [station_id]).fetchone()[0]
    )


def test_summary_equals_the_files_column_sums(logbook: Logbook) -> None:
    rows = rows_2024(per_region=10)
    sums = column_sums(HEADER_2024, rows)
    data = summary(logbook, "official")
    assert data["stations"] == 30
    lines = {line["code"]: line for line in data["lines"]}
    for index, code in enumerate(lines):
        assert lines[code]["total"] == sums[HEADER_2024[3 + index]], code
        assert lines[code]["stations"] == 30
    issued = sum(
        lines[c]["total"] for c in ("issued_early", "issued_in_premises", "issued_outside")
    )
    voters = lines["voters_on_list"]["total"]
    assert data["turnout"] == {
        "issued_lines": ["issued_early", "issued_in_premises", "issued_outside"],
        "ballots_issued": issued,
        "voters_on_list": voters,
        "percent": round(100 * issued / voters, 4),
    }
    base = data["contestant_votes"]
    assert base == sum(sums[name] for name in HEADER_2024[15:])
    assert [c["share_percent"] for c in data["contestants"]] == [
        round(100 * sums[name] / base, 4) for name in HEADER_2024[15:]
    ]
    pec = summary(logbook, "pec_copy")
    assert pec["stations"] == 29
    assert lines["invalid"]["stations"] - 2 == pec["lines"][8]["stations"]  # empty + uncopied


def test_bad_sources_are_refused(logbook: Logbook) -> None:
    with pytest.raises(LogbookError, match="two different sources"):
        compare_sources(logbook, "official", "official")
    with pytest.raises(LogbookError, match="Unknown source"):
        summary(logbook, "rumour")
    with pytest.raises(LogbookError, match="Unknown contest"):
        summary(logbook, contest="senate")


# --- the CLI ---------------------------------------------------------------------------------


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_compare_text_and_json(logbook: Logbook) -> None:
    path = str(logbook.path)
    text = run("compare", path).output
    assert "Station 1-556 (Алтайский край): MISMATCH · gainer putin, loser davankov" in text
    assert "votes:putin" in text and "+25" in text
    assert "30 stations compared (official − pec_copy): match 24, mismatch 4, missing_a 2." in text
    assert "Recorded only in pec_copy: 0; only in official: 1." in text
    assert "Net shift nationally: 4 mismatching stations" in text
    assert "Station 3-563" not in text  # never copied: counted, not listed
    assert "Station 3-563" in run("compare", path, "--all").output
    data = json.loads(run("compare", path, "--json").output)
    assert data["summary"]["by_status"]["mismatch"] == 4
    assert (data["summary"]["only_a"], data["summary"]["only_b"]) == (0, 1)
    assert [s["station"] for s in data["stations"]] == ["1-556", "1-557", "2-554", "2-560", "3-555"]
    first = data["stations"][0]
    assert first["lines"] == [
        {"line": "votes:davankov", "a": first["lines"][0]["a"], "b": first["lines"][0]["a"] - 25,
         "difference": -25, "status": "mismatch"},
        {"line": "votes:putin", "a": first["lines"][1]["a"], "b": first["lines"][1]["a"] + 25,
         "difference": 25, "status": "mismatch"},
    ]  # fmt: skip
    assert (first["region"], first["region_name"], first["gainer"]) == (
        "1",
        "Алтайский край",
        "putin",
    )
    national = data["net_shift"]["national"]
    assert national["by_contestant"]["putin"] == 65 and national["ballots_issued"] == 40
    assert [r["region"] for r in data["net_shift"]["by_region"]] == ["1", "2", "3"]
    tolerant = json.loads(run("compare", path, "--tolerance-abs", "1", "--json").output)
    assert tolerant["summary"]["by_status"]["within_tolerance"] == 1


def test_cli_summary_text_and_json(logbook: Logbook) -> None:
    path = str(logbook.path)
    text = run("summary", path).output
    assert text.startswith("official records of main: 30 stations")
    assert "Turnout:" in text and "Путин Владимир Владимирович" in text
    data = json.loads(run("summary", path, "--source", "pec_copy", "--json").output)
    assert data["source"] == "pec_copy" and data["stations"] == 29
    assert set(data) == {"contest", "source", "stations", "lines", "turnout", "contestants",
                         "contestant_votes"}  # fmt: skip
    runner = CliRunner()
    bad = runner.invoke(cli, ["summary", path, "--contest", "senate"])
    assert bad.exit_code == 1 and "Unknown contest" in bad.output
    assert "Traceback" not in bad.output


def test_compare_reports_its_steps_and_can_be_cancelled(logbook: Logbook) -> None:
    steps: list[tuple[int, int]] = []
    compare_sources(logbook, progress=lambda done, total: steps.append((done, total)))
    assert steps == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]

    class Stop(Exception):
        pass

    def stop_after_reading_a(done: int, total: int) -> None:
        if done == 1:
            raise Stop

    with pytest.raises(Stop):
        compare_sources(logbook, progress=stop_after_reading_a)
