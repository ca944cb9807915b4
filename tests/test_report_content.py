"""Discrepancy reports: a logbook with planted differences between the commission's protocol
copies and the official figures, irregularity reports naming people, public and do-not-publish
photos, a reviewer's decisions and an imported file; the PDF's text (extracted with pypdf), the
HTML, and the spreadsheet rows say exactly what was planted, leave out what is private unless
asked, and keep to the scope."""

from __future__ import annotations

import csv
import os
import re
import struct
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pypdf  # in the test extras
import pytest

from kzobserver.domain.model import Station
from kzobserver.reports.content import ReportOptions, Section, build_report, report_rows
from kzobserver.reports.document import Image, Paragraph, Table
from kzobserver.reports.export import csv_paths, write_report
from kzobserver.reports.html import render_html
from kzobserver.storage import LogbookError, audit
from kzobserver.storage.checks import contest_lines
from kzobserver.storage.evidence import add_evidence
from kzobserver.storage.incidents import create_draft, submit
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.observers import add_observer, set_current_observer
from kzobserver.storage.protocol_import import write_records
from kzobserver.storage.reference import current_election
from kzobserver.storage.setup import create_logbook
from kzobserver.storage.station_reviews import set_review
from kzobserver.storage.stations import add_stations_to_election, station_id
from kzobserver.storage.summary import election_and_contest

KZ = "kz-2023-majilis"
REGION_1, REGION_2 = "astana", "karaganda"
WITNESS = "Гүлнар Witnessova"
PERPETRATOR = "Perpetrator Bekzhanov"
MALICIOUS = '=HYPERLINK("http://evil.example/x","click me")'
PUBLIC_NAME = "ballot_box_public.png"
PRIVATE_NAME = "faces_private_dnp.png"
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def png(seed: int, width: int = 60, height: int = 40) -> bytes:
    """A small distinct RGB PNG."""
    raw = b"".join(
        b"\x00"
        + b"".join(bytes(((x * 4 + seed) % 256, (y * 6) % 256, seed % 256)) for x in range(width))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@dataclass
class Planted:
    """What the builder put in the logbook, for tests to check reports against."""

    path: Path
    differences: dict[str, dict[str, int]]  # station number -> line -> B − A
    region_of: dict[str, str] = field(default_factory=dict)
    matching: list[str] = field(default_factory=list)  # stations whose records agree
    public_sha: str = ""
    private_sha: str = ""
    import_sha: str = ""
    excluded: str = ""  # the station a reviewer excluded
    excluded_reason: str = ""


def _values(n: int, codes: list[str]) -> dict[str, int | None]:
    voters = 900 + 37 * n
    issued = voters * 6 // 10
    votes = {
        "amanat": issued // 2,
        "auyl": issued // 10,
        "respublica": issued // 12,
        "aq_jol": issued // 12,
        "qhp": issued // 15,
        "osdp": issued // 20,
        "baytaq": issued // 40,
    }
    invalid = 5
    votes["against_all"] = issued - invalid - sum(votes.values())
    values: dict[str, int | None] = {
        "voters_on_list": voters,
        "ballots_received": voters + 10,
        "ballots_issued": issued,
        "issued_outside": 12,
        "issued_absentee": 2,
        "ballots_cancelled": voters + 10 - issued,
        "ballots_in_boxes": issued,
        "invalid": invalid,
        **{f"votes:{c}": v for c, v in votes.items()},
    }
    return {c: values.get(c) for c in codes}


def build_report_logbook(path: Path, tmp: Path) -> Planted:
    """12 stations in Astana (numbers 101–112) and 8 in Karaganda (201–208), an official record
    and a PEC copy of each; four stations differ (votes moved, ballots stuffed, a mistyped line,
    a small move a reviewer excluded); reports with witnesses and a perpetrator, two photos
    (one do-not-publish), a confirmation with evidence, and an imported file in the audit log."""
    logbook = create_logbook(path, KZ)
    try:
        return _fill(logbook, path, tmp)
    finally:
        logbook.close()


def _fill(logbook: Logbook, path: Path, tmp: Path) -> Planted:
    observer = add_observer(logbook, "Айгерім Тестова", accreditation="T-1", organisation="Test")
    set_current_observer(logbook, observer.id)
    election = current_election(logbook)
    assert election is not None
    numbers = {
        REGION_1: [str(n) for n in range(101, 113)],
        REGION_2: [str(n) for n in range(201, 209)],
    }
    add_stations_to_election(
        logbook,
        election,
        [
            Station(number=n, region=region, registered_voters=1500)
            for region, ns in numbers.items()
            for n in ns
        ],
    )
    _, contest = election_and_contest(logbook, None)
    codes = [line.code for line in contest_lines(contest)]
    planted = Planted(path, {})
    official, copies = [], []
    for region, ns in numbers.items():
        for n in ns:
            planted.region_of[n] = region
            values = _values(int(n), codes)
            copy = dict(values)
            if n == "103":  # official: 25 votes moved from Auyl to AMANAT
                values["votes:amanat"] = (values["votes:amanat"] or 0) + 25
                values["votes:auyl"] = (values["votes:auyl"] or 0) - 25
                planted.differences[n] = {"votes:amanat": 25, "votes:auyl": -25}
            elif n == "107":  # official: 40 ballots stuffed for AMANAT
                for line in ("ballots_issued", "ballots_in_boxes", "votes:amanat"):
                    values[line] = (values[line] or 0) + 40
                values["ballots_cancelled"] = (values["ballots_cancelled"] or 0) - 40
                planted.differences[n] = {
                    "ballots_issued": 40,
                    "ballots_in_boxes": 40,
                    "votes:amanat": 40,
                    "ballots_cancelled": -40,
                }
            elif n == "204":  # the observer misread line 1 of the copy
                copy["voters_on_list"] = (copy["voters_on_list"] or 0) + 90
                planted.differences[n] = {"voters_on_list": -90}
            elif n == "206":  # a small move, which a reviewer excludes
                values["votes:amanat"] = (values["votes:amanat"] or 0) + 7
                values["votes:osdp"] = (values["votes:osdp"] or 0) - 7
                planted.differences[n] = {"votes:amanat": 7, "votes:osdp": -7}
            else:
                planted.matching.append(n)
            sid = station_id(KZ, n)
            official.append((sid, [values[c] for c in codes]))
            copies.append((sid, [copy[c] for c in codes]))
    write_records(logbook, contest, "official", "", codes, official)
    write_records(logbook, contest, "pec_copy", observer.id, codes, copies)

    stuffed = create_draft(
        logbook,
        "ballot_stuffing",
        station_id=station_id(KZ, "107"),
        occurred_at="2023-03-19T14:20:00+06:00",
        description=MALICIOUS,
        perpetrator=PERPETRATOR,
        witnesses=WITNESS,
        complaint_filed=True,
        complaint_reference="TIK-7/2023",
    )
    submit(logbook, stuffed.id)
    elsewhere = create_draft(
        logbook,
        "carousel",
        station_id=station_id(KZ, "204"),
        occurred_at="2023-03-19T10:05:00+06:00",
        description="The same group of voters came back three times.",
    )
    submit(logbook, elsewhere.id)
    public, private = tmp / PUBLIC_NAME, tmp / PRIVATE_NAME
    public.write_bytes(png(1))
    private.write_bytes(png(2))
    public_record = add_evidence(logbook, public, incident_id=stuffed.id)
    private_record = add_evidence(logbook, private, incident_id=stuffed.id, do_not_publish=True)
    planted.public_sha, planted.private_sha = public_record.sha256, private_record.sha256
    set_review(
        logbook,
        station_id(KZ, "107"),
        contest.id,
        "confirmed",
        "Photo of the posted protocol shows the copy's figures.",
        [public_record.id],
    )
    planted.excluded, planted.excluded_reason = "206", "The copy was misread; checked at the TIK."
    set_review(logbook, station_id(KZ, "206"), contest.id, "excluded", planted.excluded_reason)
    imported = tmp / "official_results.csv"
    imported.write_text("station,votes\n101,1\n", encoding="utf-8")
    planted.import_sha = audit.file_sha256(imported)[0]
    audit.record_import(logbook, "official.import", imported, {"stations": 20})
    return planted


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Planted]:
    """One logbook for the module (reports only read it). Its own KZOBSERVER_HOME, like the
    session's demo logbook, since the per-test home is not set up for module fixtures."""
    home = tmp_path_factory.mktemp("reporthome")
    previous = os.environ.get("KZOBSERVER_HOME")
    os.environ["KZOBSERVER_HOME"] = str(home)
    try:
        yield build_report_logbook(home / "report.sqlite", home)
    finally:
        if previous is None:
            os.environ.pop("KZOBSERVER_HOME", None)
        else:
            os.environ["KZOBSERVER_HOME"] = previous


def pdf_text(path: Path) -> str:
    """The PDF's text as pypdf extracts it, every run of white space one space (pypdf puts tabs
    between words)."""
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def prose(text: str) -> str:
    """Text with typographic ligatures (ﬁ, ﬃ) spelt out, as a reader copying it would get it;
    hashes and file names are checked without this (they are set in a monospaced font)."""
    return unicodedata.normalize("NFKC", text)


def squeezed(text: str) -> str:
    """Text without white space: a hash wrapped over two lines of a table cell reads whole."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def pdfs(planted: Planted, qapp, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The text of three PDF reports of the planted logbook: English by default, English with
    the sensitive option, Kazakh."""
    folder = tmp_path_factory.mktemp("pdfs")
    texts = {}
    for name, options in {
        "en": ReportOptions(language="en"),
        "sensitive": ReportOptions(language="en", include_sensitive=True),
        "kk": ReportOptions(language="kk"),
    }.items():
        out = folder / f"{name}.pdf"
        with Logbook.open(planted.path) as logbook:
            assert write_report(logbook, options, out) == [out]
        assert out.read_bytes().startswith(b"%PDF")
        texts[name] = pdf_text(out)
    return texts


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else f"−{-value}"


def test_pdf_names_the_stations_their_differences_and_the_hashes(
    planted: Planted, pdfs: dict[str, str]
) -> None:
    text = pdfs["en"]
    flat = squeezed(text)
    for number, lines in planted.differences.items():
        assert f"Station {number}" in text  # its page
        for difference in lines.values():
            assert signed(difference) in text
    for number in planted.matching:
        assert f"Station {number}" not in text
    assert planted.public_sha in flat
    assert planted.import_sha in flat  # the imported file, on the cover
    assert "official_results.csv" in flat
    assert "Audit verification passed" in prose(text)
    assert planted.excluded_reason in prose(text)


def test_kazakh_report_has_kazakh_letters_as_text(planted: Planted, pdfs: dict[str, str]) -> None:
    with Logbook.open(planted.path) as logbook:
        election = current_election(logbook)
        assert election is not None
        regions = [
            name
            for (name,) in logbook.db.execute(
                "SELECT name_kk FROM areas WHERE code IN (?, ?)", [REGION_1, REGION_2]
            )
        ]
    text = pdfs["kk"]
    assert squeezed(election.name.kk) in squeezed(text)
    for region in regions:
        assert squeezed(region) in squeezed(text)
    assert KAZAKH_LETTERS & set(text)
    assert "\ufffd" not in text  # no replacement characters for missing glyphs


def test_sensitive_fields_only_with_the_option(planted: Planted, pdfs: dict[str, str]) -> None:
    default, sensitive = pdfs["en"], pdfs["sensitive"]
    for secret in (WITNESS, PERPETRATOR, PRIVATE_NAME):
        assert squeezed(secret) not in squeezed(default)
        assert squeezed(secret) in squeezed(sensitive)
    # The README's decision: a do-not-publish file's hash is listed, its name and picture not.
    assert planted.private_sha in squeezed(default)
    assert squeezed("withheld: do not publish") in squeezed(default)
    assert "Left out: names of witnesses" in prose(default)
    assert "INCLUDED at the author's request" in prose(sensitive)


def _images(document) -> list[Image]:  # type: ignore[no-untyped-def]
    return [b for b in document.blocks if isinstance(b, Image)]


def test_thumbnails_of_do_not_publish_photos_only_with_the_option(planted: Planted) -> None:
    with Logbook.open(planted.path) as logbook:
        only = frozenset({Section.STATIONS})
        plain = build_report(logbook, ReportOptions(sections=only, charts=False))
        full = build_report(
            logbook, ReportOptions(sections=only, charts=False, include_sensitive=True)
        )
    [sheet] = _images(plain)  # station 107's photos: the public one alone
    [both] = _images(full)
    assert sheet.caption.endswith("E1, left to right")
    assert both.caption.endswith("E1, E2, left to right")
    assert len(both.png) > len(sheet.png)


def test_charts_are_drawn_unless_left_out(planted: Planted) -> None:
    sections = frozenset({Section.SUMMARY, Section.AGGREGATE, Section.IRREGULARITIES})
    with Logbook.open(planted.path) as logbook:
        with_charts = build_report(logbook, ReportOptions(sections=sections))
        without = build_report(logbook, ReportOptions(sections=sections, charts=False))
    assert len(_images(with_charts)) >= 3  # differences, shares, irregularities
    assert _images(without) == []


def _rows(table: Table) -> list[dict[str, object]]:
    titles = table.flat_titles()
    return [dict(zip(titles, row, strict=True)) for row in table.rows]


def test_discrepancy_rows_are_exactly_the_planted_differences(planted: Planted) -> None:
    with Logbook.open(planted.path) as logbook:
        discrepancies, incidents, evidence = report_rows(logbook, ReportOptions())
    found: dict[str, dict[str, int]] = {}
    for row in _rows(discrepancies):
        found.setdefault(str(row["Station"]), {})[str(row["Line code"])] = row["B − A"]  # type: ignore[assignment]
    assert found == planted.differences
    excluded = [r for r in _rows(discrepancies) if r["Station"] == planted.excluded]
    assert {r["Review"] for r in excluded} == {"Excluded"}
    assert {r["Review reason"] for r in excluded} == {planted.excluded_reason}
    assert {r["A recorded by"] for r in excluded} == {"Айгерім Тестова"}
    assert sorted(str(r["Station"]) for r in _rows(incidents)) == ["107", "204"]
    assert "Witnesses" not in incidents.flat_titles()
    assert {r["SHA-256"] for r in _rows(evidence)} == {planted.public_sha, planted.private_sha}
    assert PRIVATE_NAME not in {r["File"] for r in _rows(evidence)}


def test_csv_escapes_a_formula_typed_by_an_observer(planted: Planted, tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    with Logbook.open(planted.path) as logbook:
        written = write_report(logbook, ReportOptions(), out)
    assert written == csv_paths(out)
    raw = written[1].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so spreadsheets read Cyrillic
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    [stuffed] = [r for r in rows if r["Station"] == "107"]
    assert stuffed["Description"] == "'" + MALICIOUS
    assert not any(value.startswith("=") for row in rows for value in row.values())


def test_xlsx_holds_the_three_tables(planted: Planted, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "report.xlsx"
    with Logbook.open(planted.path) as logbook:
        write_report(logbook, ReportOptions(include_sensitive=True), out)
    book = load_workbook(out, read_only=True)
    assert len(book.sheetnames) == 3
    irregularities = list(book[book.sheetnames[1]].values)
    header = list(irregularities[0])
    assert "Witnesses" in header
    by_station = {row[header.index("Station")]: row for row in irregularities[1:]}
    assert by_station["107"][header.index("Witnesses")] == WITNESS
    assert by_station["107"][header.index("Description")] == "'" + MALICIOUS


def _html(planted: Planted, **options: object) -> str:
    with Logbook.open(planted.path) as logbook:
        return render_html(build_report(logbook, ReportOptions(charts=False, **options)))  # type: ignore[arg-type]


def test_region_scope_keeps_to_the_region(planted: Planted) -> None:
    html = _html(planted, region=REGION_2)
    inside = [n for n in planted.differences if planted.region_of[n] == REGION_2]
    outside = [n for n in planted.differences if planted.region_of[n] != REGION_2]
    for number in inside:
        assert f"Station {number}" in html
    for number in outside:
        assert f"Station {number}" not in html
        assert f"<td>{number}</td>" not in html
    assert "Region: Karaganda Region" in html


def test_stations_scope_keeps_to_the_stations(planted: Planted) -> None:
    with Logbook.open(planted.path) as logbook:
        discrepancies, incidents, _ = report_rows(logbook, ReportOptions(stations=("103", "0204")))
    assert {r["Station"] for r in _rows(discrepancies)} == {"103", "204"}
    assert {r["Station"] for r in _rows(incidents)} == {"204"}
    html = _html(planted, stations=("107",))
    assert "Station 107" in html and "Station 103" not in html


def test_a_scope_that_names_nothing_is_refused(planted: Planted) -> None:
    with Logbook.open(planted.path) as logbook:
        with pytest.raises(LogbookError, match="no region “atlantis”"):
            build_report(logbook, ReportOptions(region="atlantis"))
        with pytest.raises(LogbookError, match="no station 999"):
            report_rows(logbook, ReportOptions(stations=("101", "999")))
        with pytest.raises(LogbookError, match="not both"):
            build_report(logbook, ReportOptions(region=REGION_1, stations=("101",)))
        with pytest.raises(LogbookError, match="two different sources"):
            build_report(logbook, ReportOptions(source_a="official", source_b="official"))


def test_sections_left_out_are_not_written(planted: Planted) -> None:
    html = _html(planted, sections=frozenset({Section.METHODOLOGY}))
    assert "Methodology and caveats" in html
    assert "Discrepancy table" not in html.split("Contents:")[1].split("Methodology")[0]
    assert "Station 103" not in html


def test_a_cancelled_report_writes_nothing(planted: Planted, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"the previous report")
    calls = []

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done >= 40:
            raise Stop

    with Logbook.open(planted.path) as logbook, pytest.raises(Stop):
        write_report(logbook, ReportOptions(), out.with_suffix(".html"), progress)
    assert not out.with_suffix(".html").exists()
    assert out.read_bytes() == b"the previous report"
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)  # the bar never goes back
    assert list(tmp_path.iterdir()) == [out]


def _paragraphs(document) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.text for b in document.blocks if isinstance(b, Paragraph)]


def test_a_report_on_demo_stations_says_it_is_not_evidence(
    planted: Planted, demo_logbook: Logbook
) -> None:
    options = ReportOptions(sections=frozenset({Section.SUMMARY}), charts=False)
    demo = _paragraphs(build_report(demo_logbook, options))
    [warning] = [p for p in demo if p.startswith("DEMO DATA")]
    assert "10223 of the stations" in warning and "not evidence" in warning
    # A region's report counts that region's demo stations only.
    in_astana = build_report(demo_logbook, replace(options, region="astana"))
    [regional] = [p for p in _paragraphs(in_astana) if p.startswith("DEMO DATA")]
    assert "10223" not in regional
    with Logbook.open(planted.path) as logbook:  # real stations: no warning
        assert not [p for p in _paragraphs(build_report(logbook, options)) if "DEMO" in p]
