"""The command group every command hangs from, and what the commands share."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import click

from kzobserver import __version__
from kzobserver.logs import log_file
from kzobserver.storage import Logbook, LogbookError

log = logging.getLogger(__name__)


class _CliGroup(click.Group):
    """Turns expected errors into a message on stderr and exit 1, and unexpected ones into a short
    message (with the details in the log), never a traceback on the user's terminal."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except LogbookError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except OSError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)
        except Exception as exc:
            log.exception("unexpected error")
            click.echo(
                f"Unexpected error: {type(exc).__name__}: {exc}\n(details in {log_file()})",
                err=True,
            )
            sys.exit(2)


def open_logbook(path: str) -> Logbook:
    return Logbook.open(Path(path))


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(cls=_CliGroup, invoke_without_command=True)
@click.version_option(__version__, prog_name="kzobserver")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Offline logbook for election observers. Without a command, opens the window on the default
    logbook."""
    if ctx.invoked_subcommand is None:
        from kzobserver.ui.app import run_gui

        sys.exit(run_gui(None))


def parse_map(values: tuple[str, ...]) -> dict[str, str]:
    overrides = {}
    for value in values:
        field, sep, column = value.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise click.BadParameter(f"{value!r} is not FIELD=COLUMN", param_hint="--map")
        overrides[field.strip()] = column.strip()
    return overrides
