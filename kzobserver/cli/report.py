"""``kzobserver report``: a discrepancy report as PDF, HTML, CSV or XLSX, without a window."""

from __future__ import annotations

import hashlib
from pathlib import Path

import click

from kzobserver.cli.base import cli, open_logbook, print_json
from kzobserver.i18n import LANGUAGES, translate
from kzobserver.reports.content import ALL_SECTIONS, ReportOptions, Section
from kzobserver.reports.export import report_format, write_report
from kzobserver.storage import LogbookError
from kzobserver.storage.protocols import Source

SOURCES = click.Choice([s.value for s in Source])


def parse_stations(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    numbers = tuple(n.strip() for n in text.split(",") if n.strip())
    if not numbers:
        raise click.BadParameter(
            translate("Reports", "give station numbers separated by commas"),
            param_hint="--stations",
        )
    return numbers


def parse_sections(text: str | None) -> frozenset[Section]:
    if not text:
        return ALL_SECTIONS
    chosen = set()
    for name in (n.strip() for n in text.split(",") if n.strip()):
        try:
            chosen.add(Section(name))
        except ValueError:
            raise click.BadParameter(
                translate("Reports", "“{name}” is not a section; choose from {sections}.").format(
                    name=name, sections=", ".join(s.value for s in Section)
                ),
                param_hint="--sections",
            ) from None
    return frozenset(chosen)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


@cli.command("report")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="The file to write; its suffix chooses the format: .pdf, .html, .csv or .xlsx.",
)
@click.option("--lang", type=click.Choice(LANGUAGES), default="en", show_default=True)
@click.option("--region", help="Only this region (its code, as `kzobserver info` lists them).")
@click.option("--stations", help="Only these stations: numbers separated by commas.")
@click.option("--a", "source_a", default=Source.PEC_COPY.value, show_default=True, type=SOURCES)
@click.option("--b", "source_b", default=Source.OFFICIAL.value, show_default=True, type=SOURCES)
@click.option("--contest", "contest_code", help="Contest code (default: the first contest).")
@click.option(
    "--sections",
    help="Only these parts, separated by commas: "
    + ", ".join(s.value for s in Section)
    + " (the cover is always there).",
)
@click.option("--no-charts", is_flag=True, help="Leave the charts out (a smaller, faster file).")
@click.option(
    "--include-sensitive",
    is_flag=True,
    help="Include witnesses' and perpetrators' names and do-not-publish evidence (file names "
    "and pictures). Off by default: such a report must not be published.",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def report_command(
    path: str,
    output: str,
    lang: str,
    region: str | None,
    stations: str | None,
    source_a: str,
    source_b: str,
    contest_code: str | None,
    sections: str | None,
    no_charts: bool,
    include_sensitive: bool,
    as_json: bool,
) -> None:
    """Write a discrepancy report of the logbook at PATH: the whole election, a region or a list
    of stations, in Kazakh, Russian or English."""
    out = Path(output)
    fmt = report_format(out)
    options = ReportOptions(
        language=lang,
        region=region,
        stations=parse_stations(stations),
        source_a=source_a,
        source_b=source_b,
        contest=contest_code,
        sections=parse_sections(sections),
        include_sensitive=include_sensitive,
        charts=not no_charts,
    )
    options.check()
    if fmt == ".pdf":
        from kzobserver.reports.pdf import ensure_gui_app

        try:
            ensure_gui_app()
        except RuntimeError as exc:
            raise LogbookError(str(exc)) from exc
    with open_logbook(path) as logbook:
        written = write_report(logbook, options, out)
    files = [
        {"path": str(p.resolve()), "size": p.stat().st_size, "sha256": _sha256(p)} for p in written
    ]
    if as_json:
        print_json(
            {
                "format": fmt.lstrip("."),
                "language": lang,
                "scope": {"region": region, "stations": list(options.stations)},
                "a": source_a,
                "b": source_b,
                "include_sensitive": include_sensitive,
                "files": files,
            }
        )
        return
    for f in files:
        click.echo(
            translate("Reports", "Wrote {path} ({size} bytes, SHA-256 {sha256})").format(
                path=f["path"], size=f"{f['size']:,}", sha256=f["sha256"]
            )
        )
    if include_sensitive:
        click.echo(
            translate(
                "Reports",
                "This report names witnesses and perpetrators and shows do-not-publish "
                "evidence: do not publish it.",
            )
        )
