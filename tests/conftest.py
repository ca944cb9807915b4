"""Shared fixtures. Every test runs with its own KZOBSERVER_HOME, so nothing touches the user's
real data folder, settings or device identity."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(autouse=True)
def kz_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("kzhome")
    monkeypatch.setenv("KZOBSERVER_HOME", str(home))
    return home


@pytest.fixture
def shared_data() -> Path:
    """../shared/data when this checkout sits beside it; tests that need it skip otherwise."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"reference data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture
def logbook_path(tmp_path: Path) -> Path:
    return tmp_path / "logbook.sqlite"


@pytest.fixture
def kz_logbook(logbook_path: Path):
    """A logbook of the bundled 2023 election without stations."""
    from kzobserver.storage.setup import create_logbook

    logbook = create_logbook(logbook_path, "kz-2023-majilis")
    yield logbook
    logbook.close()


@pytest.fixture(scope="session")
def demo_logbook_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo logbook (10,223 synthetic stations) built once per session; copy it to use it."""
    from kzobserver.storage.setup import create_logbook

    home = tmp_path_factory.mktemp("demohome")
    os.environ["KZOBSERVER_HOME"] = str(home)
    path = home / "demo.sqlite"
    create_logbook(path, "kz-2023-majilis", demo_stations=True).close()
    return path


@pytest.fixture
def demo_logbook(demo_logbook_template: Path, tmp_path: Path):
    import shutil

    from kzobserver.storage import Logbook

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_logbook_template, path)
    logbook = Logbook.open(path)
    yield logbook
    logbook.close()


@pytest.fixture
def dialogs(monkeypatch):  # type: ignore[no-untyped-def]
    """Modal dialogs are recorded instead of run (the app runs every one through
    ``messages.exec_dialog``); ``answers`` are functions that act on the next ones shown."""
    from types import SimpleNamespace

    from kzobserver.ui import messages

    record = SimpleNamespace(shown=[], answers=[])

    def fake_exec(dialog):  # type: ignore[no-untyped-def]
        record.shown.append(dialog)
        return record.answers.pop(0)(dialog) if record.answers else 0

    monkeypatch.setattr(messages, "exec_dialog", fake_exec)
    return record
