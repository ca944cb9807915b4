"""Creating logbooks: a new file for a bundled election, and the embedded default."""

from __future__ import annotations

from pathlib import Path

from kzobserver import paths
from kzobserver.domain.demo import generate_demo_stations
from kzobserver.domain.elections import DEFAULT_ELECTION, get_bundled_election
from kzobserver.i18n import translate
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.reference import current_election, install_election
from kzobserver.storage.stations import add_stations_to_election


def create_logbook(path: str | Path, election_code: str, *, demo_stations: bool = False) -> Logbook:
    """A new logbook at ``path`` holding a bundled election (and its synthetic demo stations)."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise LogbookError(
            translate("Storage", "{path} already exists; choose another file name.").format(
                path=path
            )
        )
    try:
        definition = get_bundled_election(election_code)
    except KeyError as exc:
        raise LogbookError(str(exc.args[0])) from None
    logbook = Logbook.open(path, create=True)
    try:
        install_election(logbook, definition)
        if demo_stations:
            election = current_election(logbook)
            assert election is not None
            add_stations_to_election(logbook, election, generate_demo_stations(definition))
    except BaseException:
        logbook.close()
        path.unlink(missing_ok=True)
        raise
    return logbook


def open_default_logbook() -> Logbook:
    """The embedded default logbook, created with the 2023 election and demo stations on first
    use."""
    path = paths.default_logbook_path()
    if not path.exists():
        return create_logbook(path, DEFAULT_ELECTION, demo_stations=True)
    return Logbook.open(path)
