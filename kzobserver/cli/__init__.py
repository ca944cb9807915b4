"""``kzobserver``: the GUI with no command, and the same core operations without a window."""

# Imported for their side effect: each module registers its commands on the group.
from kzobserver.cli import core, evidence, logbook, official, protocols, stations  # noqa: F401
from kzobserver.cli.base import cli
from kzobserver.logs import setup_logging

__all__ = ["cli", "main"]


def main() -> None:
    setup_logging()
    cli()
