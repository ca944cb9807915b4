"""The audit log: entries hash-chained per device by the formula the module documents, the
database refusing updates and deletes, tampering with an outside sqlite3 connection found by
``verify`` (an edited field, a deleted entry in the middle or at the end, a forged fork), entries
written in the caller's transaction, and the entries the observers' write paths leave."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kzobserver.cli import cli
from kzobserver.domain.model import Station
from kzobserver.storage import Logbook, audit
from kzobserver.storage.evidence import add_evidence, set_do_not_publish
from kzobserver.storage.incident_records import SENSITIVE_MARK
from kzobserver.storage.incidents import amend, create_draft, get_incident, set_status, submit
from kzobserver.storage.observers import add_observer, set_current_observer, update_observer
from kzobserver.storage.protocols import (
    get_or_create_protocol,
    load_protocol,
    review_line,
    set_line_values,
)
from kzobserver.storage.reference import contest_id, current_election
from kzobserver.storage.stations import add_stations_to_election, station_id

KZ = "kz-2023-majilis"
ZEROS = "0" * 64


def documented_hash(row: dict[str, Any]) -> str:
    """The hash exactly as the module docstring defines it, written out again here."""
    fields = ["action", "after", "at", "author", "before", "device_id", "id", "prev_hash"]
    fields += ["reason", "row_id", "table_name"]
    payload = json.dumps(
        {key: row[key] for key in fields},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256((row["prev_hash"] + payload).encode("utf-8")).hexdigest()


def raw_rows(path: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(path) as other:
        other.row_factory = sqlite3.Row
        return [dict(r) for r in other.execute("SELECT * FROM audit_log ORDER BY seq")]


def tamper(path: Path, *statements: str, params: tuple[Any, ...] = ()) -> None:
    """What someone with the sqlite3 tool could do: drop the triggers, then change the log."""
    other = sqlite3.connect(path)
    try:
        other.execute("DROP TRIGGER audit_log_no_update")
        other.execute("DROP TRIGGER audit_log_no_delete")
        for statement in statements:
            other.execute(statement, params if "?" in statement else ())
        other.commit()
    finally:
        other.close()


def write(logbook: Logbook, action: str, **kwargs: Any) -> str:
    with logbook.db.atomic():
        return audit.append(logbook, action, **kwargs)


@pytest.fixture
def logbook(kz_logbook: Logbook) -> Logbook:
    observer = add_observer(kz_logbook, "Aigerim Sadykova")
    set_current_observer(kz_logbook, observer.id)
    return kz_logbook


@pytest.fixture
def station(logbook: Logbook) -> str:
    election = current_election(logbook)
    assert election is not None
    add_stations_to_election(
        logbook, election, [Station(number="101", region="astana", registered_voters=1500)]
    )
    return station_id(KZ, "101")


@pytest.fixture
def five_entries(kz_logbook: Logbook) -> Logbook:
    """A log of exactly five entries (no observer, so nothing else writes to it)."""
    for n in range(1, 6):
        write(kz_logbook, "test.step", table="things", row_id=f"t{n}", after={"n": n})
    return kz_logbook


# --- the chain -----------------------------------------------------------------------------------


def test_entries_are_chained_by_the_documented_hash(logbook: Logbook) -> None:
    first = write(
        logbook,
        "test.edit",
        table="things",
        row_id="t1",
        before={"name": "Алматы", "n": 1},
        after={"name": "Қарағанды", "n": 2},
        reason="typo",
    )
    second = write(logbook, "test.other")
    rows = [r for r in raw_rows(logbook.path) if r["id"] in (first, second)]
    one, two = rows
    assert one["before"] == '{"n":1,"name":"Алматы"}'  # canonical: sorted, compact, not escaped
    assert one["after"] == '{"n":2,"name":"Қарағанды"}'
    assert (one["author"], one["device_id"], one["reason"]) == (
        logbook.author,
        logbook.device_id,
        "typo",
    )
    assert one["at"].endswith("Z") and len(one["at"]) == len("2023-03-19T04:00:00.000Z")
    assert two["before"] is None and two["after"] is None
    assert one["hash"] == documented_hash(one)
    assert two["hash"] == documented_hash(two)
    assert two["prev_hash"] == one["hash"]
    assert raw_rows(logbook.path)[0]["prev_hash"] == ZEROS  # the device's first entry


def test_each_device_has_its_own_chain(kz_logbook: Logbook) -> None:
    laptop = kz_logbook.device_id
    write(kz_logbook, "a.1")
    kz_logbook.device_id = "other-laptop"
    write(kz_logbook, "b.1")
    kz_logbook.device_id = laptop
    write(kz_logbook, "a.2")
    rows = raw_rows(kz_logbook.path)
    assert [r["prev_hash"] for r in rows] == [ZEROS, ZEROS, rows[0]["hash"]]
    result = audit.verify(kz_logbook)
    assert result.ok and (result.entries, result.devices) == (3, 2)
    assert result.heads == {laptop: rows[2]["hash"], "other-laptop": rows[1]["hash"]}


def test_the_database_refuses_updates_and_deletes(five_entries: Logbook) -> None:
    with sqlite3.connect(five_entries.path) as other:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            other.execute("UPDATE audit_log SET reason = 'nothing happened' WHERE seq = 2")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            other.execute("DELETE FROM audit_log WHERE seq = 5")
    assert audit.verify(five_entries).ok


# --- tampering found -----------------------------------------------------------------------------


def test_an_edited_field_is_found(five_entries: Logbook) -> None:
    tamper(five_entries.path, """UPDATE audit_log SET after = '{"n":20}' WHERE seq = 2""")
    result = audit.verify(five_entries)
    assert [(p.seq, p.kind) for p in result.problems] == [(2, audit.HASH_MISMATCH)]
    assert result.problems[0].device_id == five_entries.device_id
    assert "does not match its content" in str(result.problems[0])


def test_an_edit_with_its_hash_recomputed_breaks_the_next_link(five_entries: Logbook) -> None:
    row = raw_rows(five_entries.path)[2]
    row["author"] = "someone-else"
    tamper(
        five_entries.path,
        "UPDATE audit_log SET author = ?, hash = ? WHERE seq = 3",
        params=("someone-else", documented_hash(row)),
    )
    result = audit.verify(five_entries)
    assert [(p.seq, p.kind) for p in result.problems] == [(4, audit.MISSING)]
    assert "no longer in the log" in result.problems[0].message


def test_a_deleted_middle_entry_is_found(five_entries: Logbook) -> None:
    tamper(five_entries.path, "DELETE FROM audit_log WHERE seq = 3")
    result = audit.verify(five_entries)
    assert [(p.seq, p.kind) for p in result.problems] == [(3, audit.MISSING), (4, audit.MISSING)]
    assert result.entries == 4
    assert str(result.problems[0]) == "Entry 3 is missing from the log."


def test_a_deleted_last_entry_is_found(five_entries: Logbook) -> None:
    tamper(five_entries.path, "DELETE FROM audit_log WHERE seq >= 4")
    result = audit.verify(five_entries)
    assert [(p.seq, p.kind) for p in result.problems] == [(4, audit.MISSING)]
    assert result.problems[0].message == "Entries 4 to 5 are missing from the log."


def test_a_forged_entry_off_the_chain_is_found(five_entries: Logbook) -> None:
    # Inserting needs no trigger dropped; an entry claiming the place after entry 2 forks the chain.
    rows = raw_rows(five_entries.path)
    forged = {**rows[2], "id": "forged", "row_id": "t99", "prev_hash": rows[1]["hash"]}
    forged["hash"] = documented_hash(forged)
    del forged["seq"]
    with sqlite3.connect(five_entries.path) as other:
        other.execute(
            f"INSERT INTO audit_log ({', '.join(forged)}) VALUES ({', '.join('?' * len(forged))})",
            list(forged.values()),
        )
    result = audit.verify(five_entries)
    assert [(p.seq, p.kind) for p in result.problems] == [(6, audit.CHAIN_BROKEN)]


# --- transactions --------------------------------------------------------------------------------


def test_inside_with_conn_the_entry_waits_for_the_block(kz_logbook: Logbook) -> None:
    with kz_logbook.db.conn:
        entry = audit.append(kz_logbook, "test.first_statement")
        with sqlite3.connect(kz_logbook.path) as other:  # not committed yet
            assert other.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
    assert [r["id"] for r in raw_rows(kz_logbook.path)] == [entry]


def test_a_rolled_back_block_leaves_no_entry_and_no_gap(kz_logbook: Logbook) -> None:
    write(kz_logbook, "test.kept")
    with pytest.raises(RuntimeError), kz_logbook.db.conn:
        audit.append(kz_logbook, "test.undone")
        raise RuntimeError("the change failed")
    assert [e["action"] for e in audit.entries(kz_logbook)] == ["test.kept"]
    write(kz_logbook, "test.after")
    assert audit.verify(kz_logbook).ok


def test_connections_of_one_device_writing_at_once_keep_one_chain(
    logbook: Logbook, station: str
) -> None:
    # The window and a background task each have a connection; their saves interleave.
    contest = contest_id(KZ, "majilis_list")
    protocols = [
        get_or_create_protocol(logbook, station, contest, source)
        for source in ("pec_copy", "observer_tally")
    ]
    errors: list[Exception] = []

    def save_many(protocol_id: str) -> None:
        book = Logbook.open(logbook.path)
        try:
            for n in range(60):
                set_line_values(book, protocol_id, {"invalid": n, "valid": 1000 - n})
        except Exception as exc:
            errors.append(exc)
        finally:
            book.close()

    threads = [threading.Thread(target=save_many, args=(p,)) for p in protocols]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    result = audit.verify(logbook)
    assert result.ok, [str(p) for p in result.problems]
    assert len(audit.entries(logbook, table="protocols")) == 120


def test_record_import_commits_alone_and_joins_a_transaction(
    kz_logbook: Logbook, tmp_path: Path
) -> None:
    file = tmp_path / "results.csv"
    file.write_bytes("uik;votes\nУИК №1;10\n".encode())
    audit.record_import(kz_logbook, "official.import", file, {"added": 1, "updated": 0})
    (row,) = raw_rows(kz_logbook.path)  # committed: another connection sees it
    assert json.loads(row["after"]) == {
        "file": "results.csv",
        "sha256": hashlib.sha256(file.read_bytes()).hexdigest(),
        "size": len(file.read_bytes()),
        "counts": {"added": 1, "updated": 0},
    }
    with pytest.raises(RuntimeError), kz_logbook.db.atomic():
        audit.record_import(kz_logbook, "official.import", file, {"added": 5})
        raise RuntimeError("the import failed")
    assert len(raw_rows(kz_logbook.path)) == 1


# --- reading -------------------------------------------------------------------------------------


def test_entries_newest_first_with_filters(five_entries: Logbook) -> None:
    write(five_entries, "other.thing", table="others", row_id="t3")
    found = audit.entries(five_entries)
    assert [e["seq"] for e in found] == [6, 5, 4, 3, 2, 1]
    assert found[1]["after"] == {"n": 5} and found[1]["table"] == "things"
    assert [e["seq"] for e in audit.entries(five_entries, limit=2)] == [6, 5]
    assert [e["seq"] for e in audit.entries(five_entries, table="things", row_id="t3")] == [3]
    assert [e["seq"] for e in audit.entries(five_entries, row_id="t3")] == [6, 3]


def test_summary_counts_actions_and_authors(kz_logbook: Logbook) -> None:
    write(kz_logbook, "unsigned.thing")
    observer = add_observer(kz_logbook, "Dana")  # written unsigned: nobody is current yet
    set_current_observer(kz_logbook, observer.id)
    write(kz_logbook, "signed.thing")
    write(kz_logbook, "signed.thing")
    data = audit.summary(kz_logbook)
    assert data["entries"] == 4 and data["devices"] == 1
    assert data["by_action"] == {"observer.add": 1, "signed.thing": 2, "unsigned.thing": 1}
    assert data["by_author"] == {"": 2, observer.id: 2}
    assert data["author_names"] == {observer.id: "Dana"}
    assert data["first_at"] <= data["last_at"]


# --- what the write paths log --------------------------------------------------------------------


def test_a_protocol_save_logs_the_changed_lines(logbook: Logbook, station: str) -> None:
    pid = get_or_create_protocol(logbook, station, contest_id(KZ, "majilis_list"), "pec_copy")
    set_line_values(logbook, pid, {"voters_on_list": 1500, "invalid": 3})
    set_line_values(logbook, pid, {"voters_on_list": 1500, "invalid": 4, "ballots_issued": 900})
    set_line_values(logbook, pid, {"invalid": 4})  # nothing changes: nothing to log
    found = audit.entries(logbook, table="protocols", row_id=pid)
    assert [e["action"] for e in found] == ["protocol.values", "protocol.values"]
    assert (found[1]["before"], found[1]["after"]) == (
        {"voters_on_list": None, "invalid": None},
        {"voters_on_list": 1500, "invalid": 3},
    )
    assert (found[0]["before"], found[0]["after"]) == (
        {"invalid": 3, "ballots_issued": None},
        {"invalid": 4, "ballots_issued": 900},
    )
    assert found[0]["author"] == logbook.author


def test_a_line_review_is_logged(logbook: Logbook, station: str) -> None:
    pid = get_or_create_protocol(logbook, station, contest_id(KZ, "majilis_list"), "pec_copy")
    set_line_values(logbook, pid, {"invalid": 3})
    review_line(logbook, pid, "invalid", verified=True, reviewer="Dana", reason="photo 12")
    review_line(logbook, pid, "invalid", verified=False, reviewer="Erlan", reason="")
    newest, first = audit.entries(logbook, table="line_reviews")
    assert first["before"] is None and first["reason"] == "photo 12"
    assert first["after"] == {
        "protocol_id": pid,
        "line": "invalid",
        "verified": 1,
        "value": 3,
        "reviewer": "Dana",
    }
    assert newest["before"] == {"verified": 1, "value": 3, "reviewer": "Dana"}


def test_a_failed_save_leaves_neither_change_nor_entry(logbook: Logbook, station: str) -> None:
    pid = get_or_create_protocol(logbook, station, contest_id(KZ, "majilis_list"), "pec_copy")
    set_line_values(logbook, pid, {"invalid": 3})
    before = len(audit.entries(logbook))
    # The change itself fails: nothing is logged.
    logbook.db.execute(
        "CREATE TEMP TRIGGER refuse_values BEFORE UPDATE ON protocol_values "
        "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="disk says no"):
        set_line_values(logbook, pid, {"invalid": 7})
    logbook.db.execute("DROP TRIGGER refuse_values")
    # Writing the entry fails: the change goes too.
    logbook.db.execute(
        "CREATE TEMP TRIGGER refuse_entries BEFORE INSERT ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'log full'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="log full"):
        set_line_values(logbook, pid, {"invalid": 8})
    logbook.db.execute("DROP TRIGGER refuse_entries")
    assert load_protocol(logbook, pid).values == {"invalid": 3}
    assert len(audit.entries(logbook)) == before
    assert audit.verify(logbook).ok


def test_incident_submission_amendment_and_status_are_logged(
    logbook: Logbook, station: str
) -> None:
    draft = create_draft(
        logbook,
        "ballot_stuffing",
        station_id=station,
        severity="medium",
        description="A man put a bundle of ballots into box 2.",
        witnesses="Nurlan B.",
    )
    assert audit.entries(logbook, table="incidents") == []  # drafts are not evidence yet
    submitted = submit(logbook, draft.id)
    (entry,) = audit.entries(logbook, table="incidents", row_id=draft.id)
    assert entry["action"] == "incident.submit"
    assert entry["before"] == {"submitted_at": None}
    assert entry["after"]["submitted_at"] == submitted.submitted_at
    content = {
        "id": draft.id,
        **{k: getattr(submitted, k) for k in ("station_id", "location", "location_text")},
        **{k: getattr(submitted, k) for k in ("contest_id", "occurred_at", "category")},
        **{k: getattr(submitted, k) for k in ("severity", "description", "perpetrator")},
        "witnesses": "Nurlan B.",
        "complaint_filed": 0,
        "complaint_reference": submitted.complaint_reference,
    }
    expected = hashlib.sha256(
        json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    ).hexdigest()
    assert entry["after"]["content_sha256"] == expected

    amended = amend(logbook, draft.id, witnesses="Nurlan B., Saule K.", severity="critical")
    (amendment,) = audit.entries(logbook, row_id=amended.id)
    assert amendment["action"] == "incident.amend"
    assert amendment["before"] == {"severity": "medium", "witnesses": SENSITIVE_MARK}
    assert amendment["after"] == {
        "severity": "critical",
        "witnesses": SENSITIVE_MARK,
        "amends_id": draft.id,
    }
    assert "Nurlan" not in json.dumps(raw_rows(logbook.path), ensure_ascii=False)

    set_status(logbook, draft.id, "excluded", "a duplicate of report 4")
    status = audit.entries(logbook, table="incidents", limit=1)[0]
    assert status["action"] == "incident.status" and status["row_id"] == amended.id
    assert status["before"] == {"status": "open"}
    assert status["after"]["status"] == "excluded"
    assert status["reason"] == "a duplicate of report 4"
    assert get_incident(logbook, draft.id).status == "excluded"


def test_evidence_intake_and_publication_flag_are_logged(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    photo = tmp_path / "box-2.png"
    photo.write_bytes(data)
    record = add_evidence(logbook, photo, station_id=station)
    (entry,) = audit.entries(logbook, table="evidence")
    assert entry["action"] == "evidence.add" and entry["row_id"] == record.id
    assert entry["after"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert entry["after"]["size"] == len(data)
    assert entry["after"]["original_name"] == "box-2.png"
    assert entry["after"]["station_id"] == station
    assert len(entry["after"]) < 10  # what identifies the file, not its bytes
    set_do_not_publish(logbook, record.id, True)
    set_do_not_publish(logbook, record.id, True)  # no change, no entry
    flags = audit.entries(logbook, table="evidence")[:-1]
    assert [(e["before"], e["after"]) for e in flags] == [
        ({"do_not_publish": False}, {"do_not_publish": True})
    ]


def test_observers_added_and_changed_are_logged(kz_logbook: Logbook) -> None:
    observer = add_observer(kz_logbook, "Dana", organisation="Erkindik Qanaty")
    update_observer(kz_logbook, observer.id, name="Dana", role="reviewer")
    changed, added = audit.entries(kz_logbook, table="observers", row_id=observer.id)
    assert added["action"] == "observer.add"
    assert added["after"] == {
        "name": "Dana",
        "accreditation": "",
        "organisation": "Erkindik Qanaty",
        "role": "observer",
    }
    assert changed["action"] == "observer.update"
    assert (changed["before"], changed["after"]) == ({"role": "observer"}, {"role": "reviewer"})


# --- CLI -----------------------------------------------------------------------------------------


def test_cli_verify_and_list(five_entries: Logbook) -> None:
    path = five_entries.path
    five_entries.close()
    runner = CliRunner()
    ok = runner.invoke(cli, ["audit", "verify", str(path)])
    assert ok.exit_code == 0, ok.output
    assert "5 entries from 1 device(s) checked: the log is intact." in ok.output
    listed = runner.invoke(cli, ["audit", "list", str(path), "--limit", "2"])
    assert listed.exit_code == 0, listed.output
    assert "test.step  things t5" in listed.output and "n: 5" in listed.output
    assert "Showing the latest 2 of 5 entries" in listed.output
    as_json = json.loads(runner.invoke(cli, ["audit", "list", str(path), "--json"]).output)
    assert as_json["total"] == 5 and [e["seq"] for e in as_json["entries"]] == [5, 4, 3, 2, 1]

    tamper(path, "DELETE FROM audit_log WHERE seq = 2")
    broken = runner.invoke(cli, ["audit", "verify", str(path)])
    assert broken.exit_code == 1
    assert "Entry 2 is missing from the log." in broken.output
    assert "Entry 3 (device " in broken.output and "2 problem(s) found." in broken.output
    report = json.loads(runner.invoke(cli, ["audit", "verify", str(path), "--json"]).output)
    assert report["ok"] is False and report["entries"] == 4
    assert [(p["seq"], p["kind"]) for p in report["problems"]] == [(2, "missing"), (3, "missing")]
