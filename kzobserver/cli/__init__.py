"""``kzobserver``: the GUI with no command, and the same core operations without a window."""

# Imported for their side effect: each module registers its commands on the group.
from kzobserver.cli import (  # noqa: F401
    aggregate,
    core,
    evidence,
    logbook,
    official,
    protocols,
    report,
    review,
    stations,
)
from kzobserver.cli.base import cli
from kzobserver.logs import setup_logging

__all__ = ["cli", "main"]


def main() -> None:
    setup_logging()
    cli()
