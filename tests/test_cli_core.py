"""The CLI's core commands: --version, init, info, and errors without tracebacks."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from kzobserver import __version__
from kzobserver.cli import cli


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


def test_init_and_info_json(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    result = run("init", str(path), "--election", "kz-2023-majilis", "--demo-stations")
    assert result.exit_code == 0, result.output
    assert "10223 stations" in result.output
    info = json.loads(run("info", str(path), "--json").output)
    assert info["election"] == {
        "id": "kz-2023-majilis",
        "name": "Election of deputies of the Mazhilis of the Parliament",
        "date": "2023-03-19",
    }
    assert [c["code"] for c in info["contests"]] == [
        "majilis_list",
        "majilis_smd",
        "maslikhat_region",
    ]
    assert info["regions"] == 20
    assert info["stations"] == 10_223
    assert info["synthetic_stations"] == 10_223
    list_parties = [c for c in info["contestants"] if c["contest"] == "majilis_list"]
    assert len(list_parties) == 8
    assert list_parties[-1]["code"] == "against_all" and list_parties[-1]["special"] is True
    assert list_parties[0]["name"]["kk"] == "«AMANAT» партиясы"


def test_init_without_demo_has_no_stations(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    assert run("init", str(path)).exit_code == 0
    info = json.loads(run("info", str(path), "--json").output)
    assert info["stations"] == 0 and info["synthetic_stations"] == 0


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    assert run("init", str(path)).exit_code == 0
    result = CliRunner().invoke(cli, ["init", str(path)])
    assert result.exit_code == 1
    assert "already exists" in result.output
    assert "Traceback" not in result.output


def test_unknown_election_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "x.sqlite"), "--election", "zz"])
    assert result.exit_code == 1
    assert "unknown election 'zz'" in result.output
    assert not (tmp_path / "x.sqlite").exists()


def test_info_on_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    run("init", str(path))
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 42")
    result = CliRunner().invoke(cli, ["info", str(path), "--json"])
    assert result.exit_code == 1
    assert "newer version of kzobserver" in result.output
    assert "Traceback" not in result.output


def test_info_on_a_non_logbook(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n")
    result = CliRunner().invoke(cli, ["info", str(path)])
    assert result.exit_code == 1
    assert "not a kzobserver logbook" in result.output


def test_unexpected_error_is_short_and_logged(tmp_path: Path, monkeypatch, kz_home: Path) -> None:  # type: ignore[no-untyped-def]
    import kzobserver.cli as cli_package
    import kzobserver.cli.core as cli_module

    def boom(_logbook):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("boom")

    path = tmp_path / "x.sqlite"
    run("init", str(path))
    monkeypatch.setattr(cli_module, "logbook_info", boom)
    cli_package.setup_logging()
    result = CliRunner().invoke(cli, ["info", str(path)])
    assert result.exit_code == 2
    assert "ZeroDivisionError: boom" in result.output
    assert "Traceback" not in result.output
    assert "Traceback" in (kz_home / "logs" / "kzobserver.log").read_text()


def test_python_dash_m_entry_point(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "kzobserver", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert __version__ in out.stdout
