"""``kzobserver report``: every format from the command line, the scope options, the JSON
output, and refusals that explain themselves."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzobserver.cli import cli
from tests.test_report_content import (
    MALICIOUS,
    PRIVATE_NAME,
    WITNESS,
    Planted,
    build_report_logbook,
    pdf_text,
    squeezed,
)


@pytest.fixture
def planted(tmp_path: Path) -> Planted:
    return build_report_logbook(tmp_path / "logbook.sqlite", tmp_path)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_pdf_in_kazakh(planted: Planted, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "есеп.pdf"
    code, stdout, stderr = run("report", str(planted.path), "-o", str(out), "--lang", "kk")
    assert code == 0, stderr
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert str(out) in stdout and digest in stdout
    text = pdf_text(out)
    for number in planted.differences:
        assert number in text
    assert planted.public_sha in squeezed(text)


def test_json_names_the_files_with_their_hashes(planted: Planted, tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    code, stdout, stderr = run(
        "report", str(planted.path), "-o", str(out), "--stations", "103, 107", "--json"
    )
    assert code == 0, stderr
    data = json.loads(stdout)
    assert data["format"] == "csv"
    assert data["scope"] == {"region": None, "stations": ["103", "107"]}
    assert data["include_sensitive"] is False
    paths = [Path(f["path"]) for f in data["files"]]
    assert paths == [out, tmp_path / "report-irregularities.csv", tmp_path / "report-evidence.csv"]
    for f in data["files"]:
        assert hashlib.sha256(Path(f["path"]).read_bytes()).hexdigest() == f["sha256"]
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert {r["Station"] for r in rows} == {"103", "107"}
    incidents = list(csv.DictReader(paths[1].read_text(encoding="utf-8-sig").splitlines()))
    assert [r["Description"] for r in incidents] == ["'" + MALICIOUS]


def test_html_of_a_region(planted: Planted, tmp_path: Path) -> None:
    out = tmp_path / "karaganda.html"
    code, _, stderr = run("report", str(planted.path), "-o", str(out), "--region", "karaganda")
    assert code == 0, stderr
    html = out.read_text(encoding="utf-8")
    assert "Station 204" in html and "Station 103" not in html
    assert html.count("data:image/png;base64") >= 2  # charts, self-contained


def test_sensitive_only_when_asked(planted: Planted, tmp_path: Path) -> None:
    plain, full = tmp_path / "plain.html", tmp_path / "full.html"
    assert run("report", str(planted.path), "-o", str(plain), "--no-charts")[0] == 0
    code, stdout, _ = run(
        "report", str(planted.path), "-o", str(full), "--no-charts", "--include-sensitive"
    )
    assert code == 0
    assert "do not publish it" in stdout
    for secret in (WITNESS, PRIVATE_NAME):
        assert secret not in plain.read_text(encoding="utf-8")
        assert secret in full.read_text(encoding="utf-8")


def test_xlsx_with_chosen_sections(planted: Planted, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "report.xlsx"
    code, _, stderr = run("report", str(planted.path), "-o", str(out), "--lang", "ru")
    assert code == 0, stderr
    assert len(load_workbook(out, read_only=True).sheetnames) == 3
    methodology = tmp_path / "method.html"
    code, _, _ = run(
        "report", str(planted.path), "-o", str(methodology), "--sections", "methodology"
    )
    assert code == 0
    assert "Station 103" not in methodology.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "{tmp}/r.docx"], "name the file .pdf, .html, .csv or .xlsx"),
        (["-o", "{tmp}/r.pdf", "--region", "atlantis"], "no region “atlantis”"),
        (["-o", "{tmp}/r.pdf", "--stations", "101,999"], "no station 999"),
        (["-o", "{tmp}/r.pdf", "--region", "astana", "--stations", "101"], "not both"),
        (["-o", "{tmp}/r.pdf", "--a", "official"], "two different sources"),
        (["-o", "{tmp}/nowhere/r.pdf"], "does not exist"),
    ],
)
def test_refusals_say_why(planted: Planted, tmp_path: Path, args: list[str], message: str) -> None:
    code, stdout, stderr = run("report", str(planted.path), *[a.format(tmp=tmp_path) for a in args])
    assert code == 1
    assert message in stderr
    assert "Traceback" not in stderr + stdout
    assert list(tmp_path.glob("r.*")) == []


def test_bad_sections_are_a_usage_error(planted: Planted, tmp_path: Path) -> None:
    code, _, stderr = run(
        "report", str(planted.path), "-o", str(tmp_path / "r.html"), "--sections", "summary,gossip"
    )
    assert code == 2
    assert "“gossip” is not a section" in stderr
