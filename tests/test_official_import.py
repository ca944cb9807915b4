"""Official per-station results: a logbook made from a results file, the import into an existing
logbook (column recognition, station matching within regions, unmatched rows, all or nothing),
announced totals, and the CLI; small files shaped exactly like the Russian commission's, and one
test on the real 2018 file when ../shared is present."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzobserver.cli import cli
from kzobserver.storage import Logbook, audit
from kzobserver.storage.announced_import import import_announced
from kzobserver.storage.errors import InputFileError
from kzobserver.storage.official_import import import_official
from kzobserver.storage.reference import (
    announced_figures,
    current_election,
    list_areas,
    list_contests,
)
from kzobserver.storage.results_logbook import create_logbook_from_results
from kzobserver.storage.results_table import contestant_key, plan_columns
from kzobserver.storage.summary import election_and_contest, load_source, summary
from tests.official_files import (
    CANDIDATES_2024,
    HEADER_2011,
    HEADER_2018_URL,
    HEADER_2024,
    LINE_CODES,
    PARTIES_2011,
    REGIONS,
    column_sums,
    rows_2011,
    rows_2024,
    write_csv,
    write_xlsx,
    write_zip,
)

CODES_2024 = ["davankov", "putin", "sluckiy", "haritonov"]


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def official_values(logbook: Logbook) -> dict[str, dict[str, int | None]]:
    """Station number → official values."""
    _, contest = election_and_contest(logbook, None)
    numbers = dict(logbook.db.execute("SELECT id, number FROM stations").fetchall())
    return {numbers[s]: dict(v) for s, v in load_source(logbook, contest, "official").items()}


@pytest.fixture
def results_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "2024.csv", HEADER_2024, rows_2024())


@pytest.fixture
def made(tmp_path: Path, results_csv: Path):  # type: ignore[no-untyped-def]
    logbook, created = create_logbook_from_results(tmp_path / "ru.sqlite", results_csv)
    yield logbook, created
    logbook.close()


# --- a logbook made from a results file ------------------------------------------------------


def test_logbook_from_results_has_everything(made) -> None:  # type: ignore[no-untyped-def]
    logbook, created = made
    election = current_election(logbook)
    assert election is not None
    assert (election.code, election.country, election.date) == ("2024", "RU", "2024")
    assert created.numbering == "region_prefixed"
    assert (created.stations, created.regions, created.districts, created.records) == (12, 3, 6, 12)
    areas = list_areas(logbook, election.id)
    regions = [a for a in areas if a.level == "region"]
    assert [(a.code, a.name.ru) for a in regions] == [
        ("1", REGIONS[0]),
        ("2", REGIONS[1]),
        ("3", REGIONS[2]),
    ]
    assert sum(a.level == "district" for a in areas) == 6
    [contest] = list_contests(logbook, election.id)
    assert (contest.code, contest.template, contest.kind) == ("main", "ru-federal", "single_member")
    assert [c.code for c in contest.contestants] == CODES_2024
    assert [c.name.ru for c in contest.contestants] == CANDIDATES_2024
    assert all(c.name.en == c.name.ru for c in contest.contestants)  # nothing left empty
    # Written without the WAL and the key checks, both back and every key sound.
    assert logbook.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert logbook.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert logbook.db.execute("PRAGMA foreign_key_check").fetchall() == []
    stations = logbook.db.execute(
        "SELECT number, address, registered_voters FROM stations ORDER BY rowid"
    ).fetchall()
    assert [s[0] for s in stations[:5]] == ["1-554", "1-555", "1-556", "1-557", "2-554"]
    assert stations[0][1] == "УИК №554"  # the cell as written is kept
    rows = rows_2024()
    assert [s[2] for s in stations] == [int(r[3]) for r in rows]  # line 1 = registered voters
    values = official_values(logbook)
    assert values["2-556"] == dict(
        zip([*LINE_CODES, *(f"votes:{c}" for c in CODES_2024)], map(int, rows[6][3:]), strict=True)
    )


def test_station_numbers_are_kept_when_they_do_not_repeat(tmp_path: Path) -> None:
    rows = rows_2024(regions=["Регион"], uik_prefix="")  # one region: 554, 555, …
    file = write_csv(tmp_path / "one.csv", HEADER_2024, rows)
    logbook, created = create_logbook_from_results(tmp_path / "one.sqlite", file)
    with logbook:
        assert created.numbering == "as_in_file"
        numbers = [r[0] for r in logbook.db.execute("SELECT number FROM stations ORDER BY rowid")]
        assert numbers == ["554", "555", "556", "557"]


def test_2011_parties_and_absentee_columns(tmp_path: Path) -> None:
    file = write_csv(tmp_path / "duma-2011.csv", HEADER_2011, rows_2011())
    logbook, created = create_logbook_from_results(
        tmp_path / "d.sqlite", file, election_code="ru-duma-2011", election_name="Duma 2011"
    )
    with logbook:
        election, contest = election_and_contest(logbook, None)
        assert (election.code, election.name.en, election.date) == (
            "ru-duma-2011",
            "Duma 2011",
            "2011",
        )
        assert contest.kind == "party_list"
        assert [c.code for c in contest.contestants] == [
            "spravedlivaya_rossiya",
            "liberalno_demokraticheskaya_rossii",
            "edinaya_rossiya",
        ]
        assert [c.name.ru for c in contest.contestants] == PARTIES_2011
        # The absentee-certificate lines are not in the template: left out and said so.
        assert len(created.ignored_columns) == 7 and created.ignored_columns[-1] == "url"
        sums = column_sums(HEADER_2011, rows_2011())
        totals = {c["code"]: c["votes"] for c in summary(logbook)["contestants"]}
        assert totals["edinaya_rossiya"] == sums[PARTIES_2011[2]]


@pytest.mark.parametrize("kind", ["zip", "xlsx", "cp1251"])
def test_zip_xlsx_and_cp1251(tmp_path: Path, kind: str) -> None:
    rows = rows_2024()
    if kind == "zip":
        file = write_zip(tmp_path / "r.csv.zip", HEADER_2024, rows)
    elif kind == "xlsx":
        file = write_xlsx(tmp_path / "r.xlsx", HEADER_2024, rows)
    else:
        file = write_csv(tmp_path / "r.csv", HEADER_2024, rows, encoding="cp1251", delimiter=";")
    logbook, created = create_logbook_from_results(tmp_path / "r.sqlite", file)
    with logbook:
        assert created.records == 12
        assert created.election == "r"
        totals = {line["label"]: line["total"] for line in summary(logbook)["lines"]}
        assert totals["Voters on the list"] == column_sums(HEADER_2024, rows)[HEADER_2024[3]]


def test_kz_party_list_with_against_all(tmp_path: Path) -> None:
    header = ["№ участка", "Область", "Число избирателей", "Выдано бюллетеней"]
    header += ["Партия «AMANAT»", "Партия «Ак жол»", "Против всех"]
    rows = [["1", "Астана", "900", "500", "300", "150", "40"]]
    rows += [["2", "Астана", "800", "400", "200", "150", "30"]]
    file = write_csv(tmp_path / "kz.csv", header, rows)
    logbook, created = create_logbook_from_results(tmp_path / "kz.sqlite", file, "kz-party-list")
    with logbook:
        _, contest = election_and_contest(logbook, None)
        assert [(c.code, c.special) for c in contest.contestants] == [
            ("amanat", False),
            ("ak_zhol", False),
            ("against_all", True),
        ]
        assert contest.kind == "party_list"
        assert created.numbering == "as_in_file"
        data = summary(logbook)
        assert data["turnout"]["ballots_issued"] == 900
        assert data["turnout"]["percent"] == round(100 * 900 / 1700, 4)


def test_init_map_chooses_a_column_by_hand(tmp_path: Path) -> None:
    header = list(HEADER_2024)
    header[2] = "Комиссия"
    file = write_csv(tmp_path / "m.csv", header, rows_2024())
    path = tmp_path / "m.sqlite"
    refused = run("init", str(path), "--from-results", str(file))
    assert refused.exit_code == 1 and "--map station=COLUMN" in refused.output
    assert not path.exists()
    made = run("init", str(path), "--from-results", str(file), "--map", "station=Комиссия")
    assert made.exit_code == 0 and "4 contestants" in made.output  # not "Комиссия"


def test_bad_file_creates_no_logbook(tmp_path: Path) -> None:
    rows = rows_2024()
    rows[5][10] = "12O"  # a letter O for a zero
    rows[7][2] = rows[6][2]  # the same UIK twice in one region
    file = write_csv(tmp_path / "bad.csv", HEADER_2024, rows)
    with pytest.raises(InputFileError) as caught:
        create_logbook_from_results(tmp_path / "bad.sqlite", file)
    problems = caught.value.problems
    assert [(p.row, p.column) for p in problems] == [(7, HEADER_2024[10]), (9, None)]
    assert "rows 8 and 9" in problems[1].message
    assert not (tmp_path / "bad.sqlite").exists()


def test_cancel_while_writing_removes_the_new_file(tmp_path: Path, results_csv: Path) -> None:
    def progress(done: int, total: int) -> None:
        if done > total // 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        create_logbook_from_results(tmp_path / "c.sqlite", results_csv, progress=progress)
    assert not (tmp_path / "c.sqlite").exists()


# --- importing into an existing logbook -------------------------------------------------------


def test_import_updates_the_official_records(made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    logbook, _ = made
    rows = rows_2024(seed=2, uik_prefix="")  # new figures; "554" instead of "УИК №554"
    file = write_csv(tmp_path / "again.csv", HEADER_2018_URL, [[*r, "http://x"] for r in rows])
    calls: list[tuple[int, int]] = []
    result = import_official(logbook, file, progress=lambda d, t: calls.append((d, t)))
    assert (result.stations, result.records_created, result.records_updated) == (12, 0, 12)
    assert result.ignored_columns == ["url"] and result.missing_lines == []
    assert result.unmatched == 0
    assert official_values(logbook)["3-557"]["votes:putin"] == int(rows[11][3 + 12 + 1])
    assert calls[-1][0] == calls[-1][1] > 0
    # Both files are in the audit log, named by SHA-256, with what each did.
    logged = [e["after"] for e in audit.entries(logbook) if e["action"] == "official.import"]
    assert [(e["file"], e["counts"]["created"], e["counts"]["updated"]) for e in logged] == [
        ("again.csv", 0, 12),
        ("2024.csv", 12, 0),
    ]
    assert logged[0]["sha256"] == hashlib.sha256(file.read_bytes()).hexdigest()
    assert audit.verify(logbook).ok


def test_contestants_are_matched_by_folded_names(made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    logbook, _ = made
    header = list(HEADER_2024)
    header[-4:] = [
        "1. Даванков Владислав Андреевич",
        "«ПУТИН ВЛАДИМИР ВЛАДИМИРОВИЧ»",
        "Политическая партия Слуцкий Леонид Эдуардович",
        "4) харитонов николай михайлович",
    ]
    result = import_official(logbook, write_csv(tmp_path / "n.csv", header, rows_2024()))
    assert list(result.columns)[-4:] == [f"votes:{c}" for c in CODES_2024]
    assert contestant_key("2. Политическая партия «ЛДПР»") == contestant_key("ЛДПР")
    assert contestant_key('6. Всероссийская политическая партия "ЕДИНАЯ РОССИЯ"') == "единаяроссия"


def test_map_overrides_the_recognition(made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    logbook, _ = made
    header = list(HEADER_2024)
    header[2], header[-1] = "Номер комиссии", "Н. М. Харитонов"
    file = write_csv(tmp_path / "m.csv", header, rows_2024(seed=5))
    with pytest.raises(InputFileError, match="No station number column"):
        import_official(logbook, file)
    result = import_official(
        logbook, file, mapping={"station": "Номер комиссии", "votes:haritonov": "Н. М. Харитонов"}
    )
    assert result.stations == 12 and result.missing_lines == []
    with pytest.raises(InputFileError, match="Unknown line “votes:nobody”"):
        import_official(logbook, file, mapping={"votes:nobody": "uik"})


def test_unmatched_rows_are_reported_and_reject_the_file(made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    logbook, _ = made
    before = official_values(logbook)
    rows = rows_2024(seed=9)
    rows[2][2] = "УИК №9001"  # no such UIK in Алтайский край
    rows.append(["Тверская область", "ТИК", "УИК №554", *rows[0][3:]])  # no such region
    file = write_csv(tmp_path / "u.csv", HEADER_2024, rows)
    with pytest.raises(InputFileError) as caught:
        import_official(logbook, file)
    problems = caught.value.problems
    assert "2 rows name stations that are not in this logbook" in problems[0].message
    assert [(p.row, p.message) for p in problems[1:]] == [
        (4, "Station “УИК №9001” (Алтайский край) is not in the logbook."),
        (14, "Station “УИК №554” (Тверская область) is not in the logbook."),
    ]
    assert official_values(logbook) == before  # nothing written
    result = import_official(logbook, file, allow_unmatched=True)
    assert (result.stations, result.unmatched) == (11, 2)
    assert result.unmatched_examples[0] == {"row": 4, "station": "УИК №9001", "region": REGIONS[0]}
    assert official_values(logbook)["1-554"] != before["1-554"]


def test_a_bad_value_writes_nothing(made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    logbook, _ = made
    before = official_values(logbook)
    rows = rows_2024(seed=4)
    rows[-1][-1] = "-3"
    rows[4][2] = rows[5][2]  # the same station twice
    with pytest.raises(InputFileError) as caught:
        import_official(logbook, write_csv(tmp_path / "b.csv", HEADER_2024, rows))
    assert [(p.row, p.column) for p in caught.value.problems] == [(7, "uik"), (13, HEADER_2024[-1])]
    assert official_values(logbook) == before
    assert [e["after"]["file"] for e in audit.entries(logbook)] == ["2024.csv"]  # no b.csv


def test_cancel_through_progress_writes_nothing(made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    logbook, _ = made
    before = official_values(logbook)
    file = write_csv(tmp_path / "c.csv", HEADER_2024, rows_2024(per_region=700, seed=6))
    # The registry has UIKs 554–557 only: import the rest as unmatched, cancel while writing.
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if total == 24 and done > 12:  # 12 matched rows read; writing them
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_official(logbook, file, allow_unmatched=True, progress=progress)
    assert seen[0] == (1000, 4200)  # 2,100 rows read, against the estimate from the line breaks
    assert seen[-1][1] == 24 and official_values(logbook) == before
    assert [e["after"]["file"] for e in audit.entries(logbook)] == ["2024.csv"]  # no c.csv


def test_plan_needs_a_station_and_a_line(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="No column is named after a protocol line"):
        plan_columns("f.csv", ["uik", "comment"], [], None)


# --- announced totals -------------------------------------------------------------------------


def test_announced_long_and_wide(kz_logbook: Logbook, tmp_path: Path) -> None:
    long = write_csv(
        tmp_path / "long.csv",
        ["area", "line", "value", "as_of", "source"],
        [
            ["", "turnout_percent", "54,19", "", "CEC"],
            ["Карагандинская область", "ballots_issued", "500 123", "", "CEC"],
            ["astana", "Партия «AMANAT»", "210000", "22:10", "CEC"],
        ],
    )
    result = import_announced(kz_logbook, long)
    assert (result.figures, result.national, result.areas) == (3, 1, 2)
    wide = write_csv(
        tmp_path / "wide.csv",
        ["Область", "Явка", "AMANAT", "seats:amanat"],
        [["Казахстан", "54.2", "3431510", "40"], ["Абай облысы", "51.0", "", ""]],
    )
    assert import_announced(kz_logbook, wide).figures == 4
    election = current_election(kz_logbook)
    assert election is not None
    figures = {
        (f["area"], f["line"], f["as_of"], f["source"]): f["value"]
        for f in announced_figures(kz_logbook, election.id)
    }
    assert figures[(None, "turnout_percent", "final", "CEC")] == 54.19
    assert figures[("karaganda", "ballots_issued", "final", "CEC")] == 500123
    assert figures[("astana", "votes:amanat", "22:10", "CEC")] == 210000
    assert figures[(None, "seats:amanat", "final", "")] == 40
    assert figures[("abai", "turnout_percent", "final", "")] == 51.0
    # Each import is in the audit log with the file's SHA-256, so a report can name its sources.
    logged = [e["after"] for e in audit.entries(kz_logbook) if e["action"] == "announced.import"]
    assert [e["file"] for e in logged] == ["wide.csv", "long.csv"]
    assert logged[1]["sha256"] == hashlib.sha256(long.read_bytes()).hexdigest()
    assert logged[1]["counts"] == {"contest": "majilis_list", "figures": 3, "areas": 2}


def test_announced_problems_write_nothing(kz_logbook: Logbook, tmp_path: Path) -> None:
    election = current_election(kz_logbook)
    assert election is not None
    before = len(announced_figures(kz_logbook, election.id))
    bad = write_csv(
        tmp_path / "bad.csv",
        ["area", "line", "value"],
        [["Атлантида", "turnout_percent", "50"], ["", "ballots_issued", "many"], ["", "x", "1"]],
    )
    with pytest.raises(InputFileError) as caught:
        import_announced(kz_logbook, bad)
    assert [p.row for p in caught.value.problems] == [2, 3, 4]
    assert len(announced_figures(kz_logbook, election.id)) == before
    assert not [e for e in audit.entries(kz_logbook) if e["action"] == "announced.import"]


# --- the CLI ---------------------------------------------------------------------------------


def test_cli_init_from_results_and_official_import(tmp_path: Path, results_csv: Path) -> None:
    path = tmp_path / "cli.sqlite"
    result = run("init", str(path), "--from-results", str(results_csv), "--template", "ru-federal")
    assert result.exit_code == 0, result.output
    assert "12 stations in 3 regions and 6 districts, 4 contestants" in result.output
    assert "“<region code>-<number>”" in result.output
    info = json.loads(run("info", str(path), "--json").output)
    assert info["election"]["id"] == "2024" and info["stations"] == 12
    check = run("check", str(path), "--station", "2-555", "--json")
    assert json.loads(check.output)["summary"]["records"] == 1

    again = write_zip(tmp_path / "again.csv.zip", HEADER_2024, rows_2024(seed=8))
    out = run("official", "import", str(path), str(again), "--json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert (data["stations"], data["records_updated"], data["source"]) == (12, 12, "official")
    assert set(data) >= {"columns", "ignored_columns", "missing_lines", "unmatched_examples"}
    text = run("official", "import", str(path), str(again))
    assert "12 official records for main from 12 rows: 0 new, 12 updated" in text.output


def test_cli_errors_are_short(tmp_path: Path, results_csv: Path) -> None:
    path = tmp_path / "e.sqlite"
    runner = CliRunner()
    bundled = runner.invoke(
        cli,
        ["init", str(path), "--from-results", str(results_csv), "--election", "kz-2023-majilis"],
    )
    assert bundled.exit_code == 1 and "bundled election" in bundled.output
    assert "Traceback" not in bundled.output
    demo = runner.invoke(
        cli, ["init", str(path), "--from-results", str(results_csv), "--demo-stations"]
    )
    assert demo.exit_code == 1
    assert runner.invoke(cli, ["init", str(path), "--template", "ru-federal"]).exit_code == 1
    assert run("init", str(path), "--from-results", str(results_csv)).exit_code == 0
    rows = rows_2024()
    rows[0][0] = "Тверская область"
    other = write_csv(tmp_path / "o.csv", HEADER_2024, rows)
    unmatched = runner.invoke(cli, ["official", "import", str(path), str(other)])
    assert unmatched.exit_code == 1
    assert "--allow-unmatched" in unmatched.output and "Traceback" not in unmatched.output
    ok = run("official", "import", str(path), str(other), "--allow-unmatched")
    assert "1 rows were left out" in ok.output
    bad_map = runner.invoke(cli, ["official", "import", str(path), str(other), "--map", "uik"])
    assert bad_map.exit_code == 1 and "LINE=COLUMN" in bad_map.output


# --- the real 2018 file ----------------------------------------------------------------------


def test_real_2018_results(shared_data: Path, tmp_path: Path) -> None:
    """init --from-results on 97,699 stations, and summary equals the file's own column sums.
    About 15 s: 11 s to build the logbook, 2 s for the summary, 1 s reading the CSV here."""
    source = shared_data / "ru" / "2018.csv.zip"
    if not source.is_file():
        pytest.skip(f"{source} not found")
    path = tmp_path / "2018.sqlite"
    start = time.perf_counter()
    result = run("init", str(path), "--from-results", str(source), "--template", "ru-federal")
    elapsed = time.perf_counter() - start
    assert result.exit_code == 0, result.output
    assert "97,699 stations in 87 regions" in result.output
    assert elapsed < 60, elapsed
    with zipfile.ZipFile(source) as archive:
        text = io.TextIOWrapper(archive.open("2018.csv"), encoding="utf-8", newline="")
        rows = csv.reader(text)
        header = next(rows)
        sums = column_sums(header, list(rows))
    data = json.loads(run("summary", str(path), "--json").output)
    assert data["stations"] == 97_699
    lines = {line["code"]: line["total"] for line in data["lines"]}
    assert lines["voters_on_list"] == sums[header[3]] == 109_008_428
    for code, column in zip(LINE_CODES, header[3:15], strict=True):
        assert lines[code] == sums[column], code
    votes = {c["name"]["ru"]: c["votes"] for c in data["contestants"]}
    assert votes == {name: sums[name] for name in header[15:23]}
    assert votes["Путин Владимир Владимирович"] == 56_430_712
    issued = sum(sums[c] for c in header[5:8])
    assert data["turnout"]["ballots_issued"] == issued
    assert data["turnout"]["percent"] == round(100 * issued / sums[header[3]], 4)
    again = run("init", str(path), "--from-results", str(source))
    assert again.exit_code == 1 and "already exists" in again.output
