"""Station reviews: the rules a decision must meet, the latest decision winning and "cleared"
withdrawing it, the history kept, each decision audited in its transaction; compare_sources
showing the decisions and the net shift leaving excluded stations out; the CLI."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzobserver.cli import cli
from kzobserver.domain.comparison import ComparisonStatus, Review
from kzobserver.storage import Logbook, LogbookError, audit
from kzobserver.storage.checks import contest_lines
from kzobserver.storage.evidence import add_evidence
from kzobserver.storage.observers import add_observer, set_current_observer
from kzobserver.storage.protocol_import import write_records
from kzobserver.storage.results_logbook import create_logbook_from_results
from kzobserver.storage.station_reviews import (
    current_reviews,
    decisions_in_force,
    review_history,
    set_review,
)
from kzobserver.storage.summary import compare_sources, election_and_contest, load_source, shifts
from tests.official_files import HEADER_2024, rows_2024, write_csv

MOVED = "1-556"  # the copy gives davankov 25 more and putin 25 fewer than the official figures
STUFFED = "2-560"  # 40 ballots for putin added to the official figures
MISTYPED = "3-555"  # line 1 of the copy misread


@pytest.fixture
def logbook(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Official results of 30 stations and PEC copies equal to them but for three stations."""
    file = write_csv(tmp_path / "2024.csv", HEADER_2024, rows_2024(per_region=10))
    book, _ = create_logbook_from_results(tmp_path / "r.sqlite", file)
    _, contest = election_and_contest(book, None)
    codes = [line.code for line in contest_lines(contest)]
    numbers = dict(book.db.execute("SELECT id, number FROM stations").fetchall())
    copies = []
    for sid, values in load_source(book, contest, "official").items():
        copy = dict(values)
        if numbers[sid] == MOVED:
            copy["votes:davankov"] = (copy["votes:davankov"] or 0) + 25
            copy["votes:putin"] = (copy["votes:putin"] or 0) - 25
        elif numbers[sid] == STUFFED:
            for line in ("issued_in_premises", "ballots_in_stationary_boxes", "valid"):
                copy[line] = (copy[line] or 0) - 40
            copy["votes:putin"] = (copy["votes:putin"] or 0) - 40
        elif numbers[sid] == MISTYPED:
            copy["voters_on_list"] = (copy["voters_on_list"] or 0) + 90
        copies.append((sid, [copy[c] for c in codes]))
    write_records(book, contest, "pec_copy", "observer-1", codes, copies)
    reviewer = add_observer(book, "Dana Reviewer", role="reviewer")
    set_current_observer(book, reviewer.id)
    yield book
    book.close()


def sid(logbook: Logbook, number: str) -> str:
    return str(
        logbook.db.execute("SELECT id FROM stations WHERE number = ?", [number]).fetchone()[0]
    )


def contest(logbook: Logbook) -> str:
    return election_and_contest(logbook, None)[1].id


def evidence(logbook: Logbook, station: str, tmp_path: Path) -> str:
    photo = tmp_path / f"protocol-{station}.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo of the protocol copy " + station.encode())
    return add_evidence(logbook, photo, station_id=station).id


# --- rules ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "reason", "evidence_ids", "message"),
    [
        ("approved", "", (), "“approved” is not a review decision"),
        ("excluded", "  ", (), "Excluding a station needs a reason."),
        ("confirmed", "it is so", (), "Confirming a difference needs evidence."),
        ("confirmed", "", ("no-such-file",), "There is no evidence with id no-such-file"),
    ],
)
def test_a_decision_must_meet_the_rules(
    logbook: Logbook, status: str, reason: str, evidence_ids: tuple[str, ...], message: str
) -> None:
    with pytest.raises(LogbookError, match=message):
        set_review(logbook, sid(logbook, MOVED), contest(logbook), status, reason, evidence_ids)
    assert logbook.db.execute("SELECT count(*) FROM station_reviews").fetchone()[0] == 0


def test_the_station_contest_sources_and_reviewer_must_exist(logbook: Logbook) -> None:
    station, contest_id = sid(logbook, MOVED), contest(logbook)
    with pytest.raises(LogbookError, match="no such station"):
        set_review(logbook, "not-a-station", contest_id, "under_review")
    with pytest.raises(LogbookError, match="no such contest"):
        set_review(logbook, station, "not-a-contest", "under_review")
    with pytest.raises(LogbookError, match="Unknown source “paper”"):
        set_review(logbook, station, contest_id, "under_review", source_b="paper")
    with pytest.raises(LogbookError, match="two different sources"):
        set_review(logbook, station, contest_id, "under_review", source_a="official")
    set_current_observer(logbook, None)
    with pytest.raises(LogbookError, match="Who is reviewing"):
        set_review(logbook, station, contest_id, "under_review")
    set_review(logbook, station, contest_id, "under_review", reviewer="Erlan")  # named: fine
    assert review_history(logbook, station, contest_id)[0]["reviewer"] == "Erlan"


def test_the_latest_decision_counts_and_cleared_withdraws_it(
    logbook: Logbook, tmp_path: Path
) -> None:
    station, contest_id = sid(logbook, MOVED), contest(logbook)
    photo = evidence(logbook, station, tmp_path)
    set_review(logbook, station, contest_id, "under_review", "the copy looks altered")
    assert current_reviews(logbook, contest_id) == {
        station: Review(ComparisonStatus.UNDER_REVIEW, "the copy looks altered")
    }
    set_review(logbook, station, contest_id, "confirmed", "photo of the copy", [photo, photo])
    assert current_reviews(logbook, contest_id)[station] == Review(
        ComparisonStatus.CONFIRMED, "photo of the copy", (photo,)
    )
    assert current_reviews(logbook, contest_id, "observer_tally", "official") == {}
    set_review(logbook, station, contest_id, "cleared")
    assert current_reviews(logbook, contest_id) == {}
    assert decisions_in_force(logbook, contest_id) == []
    history = review_history(logbook, station, contest_id)
    assert [(h["status"], h["reviewer"]) for h in history] == [
        ("under_review", "Dana Reviewer"),
        ("confirmed", "Dana Reviewer"),
        ("cleared", "Dana Reviewer"),
    ]
    assert history[1]["evidence"] == [photo]
    assert history[0]["created_at"] <= history[1]["created_at"] <= history[2]["created_at"]


def test_decisions_are_append_only_and_audited(logbook: Logbook) -> None:
    station, contest_id = sid(logbook, MOVED), contest(logbook)
    first = set_review(logbook, station, contest_id, "under_review")
    second = set_review(logbook, station, contest_id, "excluded", "the count was observed wrong")
    rows = logbook.db.execute("SELECT id, status FROM station_reviews ORDER BY rowid").fetchall()
    assert rows == [(first, "under_review"), (second, "excluded")]
    newest, oldest = audit.entries(logbook, table="station_reviews")
    assert (oldest["action"], oldest["row_id"], oldest["before"]) == ("review.set", first, None)
    assert newest["before"] == {
        "id": first,
        "status": "under_review",
        "reason": "",
        "evidence": [],
        "reviewer": "Dana Reviewer",
    }
    assert newest["after"] == {
        "station_id": station,
        "station": MOVED,
        "contest_id": contest_id,
        "source_a": "pec_copy",
        "source_b": "official",
        "status": "excluded",
        "reason": "the count was observed wrong",
        "evidence": [],
        "reviewer": "Dana Reviewer",
    }
    assert newest["reason"] == "the count was observed wrong"
    assert audit.verify(logbook).ok


def test_a_decision_whose_audit_entry_fails_is_not_kept(logbook: Logbook) -> None:
    logbook.db.execute(
        "CREATE TEMP TRIGGER refuse_entries BEFORE INSERT ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'log full'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="log full"):
        set_review(logbook, sid(logbook, MOVED), contest(logbook), "under_review")
    assert logbook.db.execute("SELECT count(*) FROM station_reviews").fetchone()[0] == 0


def test_many_decisions_in_one_query(logbook: Logbook) -> None:
    # Every station reviewed twice (the second decision wins), a third of them then cleared.
    contest_id = contest(logbook)
    stations = [r[0] for r in logbook.db.execute("SELECT id FROM stations ORDER BY number")]
    for station in stations:
        set_review(logbook, station, contest_id, "excluded", "first look")
        set_review(logbook, station, contest_id, "under_review", "second look")
    for station in stations[::3]:
        set_review(logbook, station, contest_id, "cleared")
    found = current_reviews(logbook, contest_id)
    assert set(found) == set(stations) - set(stations[::3])
    assert {r.status for r in found.values()} == {ComparisonStatus.UNDER_REVIEW}
    assert {r.reason for r in found.values()} == {"second look"}


# --- the comparison ------------------------------------------------------------------------------


def test_compare_sources_shows_the_decisions(logbook: Logbook, tmp_path: Path) -> None:
    contest_id = contest(logbook)
    national, _ = shifts(compare_sources(logbook))
    assert national.stations == 3 and national.by_contestant["putin"] == 65
    photo = evidence(logbook, sid(logbook, STUFFED), tmp_path)
    set_review(logbook, sid(logbook, MOVED), contest_id, "excluded", "copy made after the count")
    set_review(logbook, sid(logbook, STUFFED), contest_id, "confirmed", "", [photo])
    set_review(logbook, sid(logbook, MISTYPED), contest_id, "under_review")
    set_review(logbook, sid(logbook, "1-560"), contest_id, "under_review")  # a matching station
    comparisons = compare_sources(logbook)
    by_station = {c.station: c for c in comparisons}
    assert {s: c.status.value for s, c in by_station.items() if c.status.value != "match"} == {
        MOVED: "excluded",
        STUFFED: "confirmed",
        MISTYPED: "under_review",
        "1-560": "under_review",
    }
    assert by_station[MOVED].computed_status is ComparisonStatus.MISMATCH
    assert by_station["1-560"].computed_status is ComparisonStatus.MATCH
    assert by_station[STUFFED].review == Review(ComparisonStatus.CONFIRMED, "", (photo,))
    national, by_region = shifts(comparisons)
    assert national.stations == 2  # the excluded station's 25 votes are left out
    assert national.by_contestant == {"davankov": 0, "putin": 40, "sluckiy": 0, "haritonov": 0}
    assert "1" not in by_region
    # Decisions belong to a pair of sources: the other pair shows the computed statuses.
    other = compare_sources(logbook, "observer_tally", "official")
    assert all(c.review is None for c in other)


# --- CLI -----------------------------------------------------------------------------------------


def test_cli_review_and_reviews(logbook: Logbook, tmp_path: Path) -> None:
    path = str(logbook.path)
    photo = evidence(logbook, sid(logbook, STUFFED), tmp_path)
    logbook.close()
    runner = CliRunner()
    done = runner.invoke(cli, ["review", path, MOVED, "--status", "under_review"])
    assert done.exit_code == 0, done.output
    assert done.output.startswith(
        "Station 1-556 (pec_copy vs official, main): under_review, by Dana Reviewer."
    )
    done = runner.invoke(
        cli,
        ["review", path, MOVED, "--status", "excluded", "--reason", "not a real copy", "--json"],
    )
    data = json.loads(done.output)
    assert (data["station"], data["status"], data["reason"]) == (
        MOVED,
        "excluded",
        "not a real copy",
    )
    assert [h["status"] for h in data["history"]] == ["under_review", "excluded"]
    done = runner.invoke(
        cli, ["review", path, STUFFED, "--status", "confirmed", "--evidence", photo]
    )
    assert done.exit_code == 0, done.output

    refused = runner.invoke(cli, ["review", path, MISTYPED, "--status", "excluded"])
    assert refused.exit_code == 1
    assert "Error: Excluding a station needs a reason." in refused.output
    missing = runner.invoke(cli, ["review", path, "9-999", "--status", "under_review"])
    assert missing.exit_code == 1 and "There is no station 9-999" in missing.output

    listed = runner.invoke(cli, ["reviews", path])
    assert listed.exit_code == 0, listed.output
    lines = listed.output.splitlines()
    assert lines[0].startswith("1-556") and "excluded" in lines[0] and "not a real copy" in lines[0]
    assert lines[1].startswith("2-560") and photo in lines[1]
    assert lines[2] == "2 decision(s) in force for pec_copy vs official (main)."
    data = json.loads(runner.invoke(cli, ["reviews", path, "--json"]).output)
    assert [(r["station"], r["status"]) for r in data["reviews"]] == [
        (MOVED, "excluded"),
        (STUFFED, "confirmed"),
    ]
    compared = json.loads(runner.invoke(cli, ["compare", path, "--json"]).output)
    assert compared["summary"]["by_status"]["excluded"] == 1
    assert compared["net_shift"]["national"]["stations"] == 2
    verified = runner.invoke(cli, ["audit", "verify", path])
    assert verified.exit_code == 0, verified.output
