"""Importing announced aggregate results: the national and regional totals an election
commission publishes (Kazakhstan publishes no per-station table), for the comparison with the
observers' sample.

Two layouts, told apart by the header (CSV, XLSX or a zipped CSV):

- long: ``area, line, value[, as_of][, source]``, one figure per row;
- wide: ``area[, as_of][, source]`` and one column per line or contestant, one area per row.

``area`` is an area's code or its name in any language; empty means the whole election. A line is
a protocol line's code, label or alias, a contestant's name (its votes), or one of the figures
that are not protocol lines: ``turnout_percent``, ``share_percent:<contestant>``,
``seats:<contestant>``. ``as_of`` defaults to "final". Importing a figure again (same contest,
area, line, as_of and source) replaces its value. All or nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kzobserver.domain.model import AnnouncedFigure
from kzobserver.i18n import translate
from kzobserver.storage.audit import record_import
from kzobserver.storage.cells import cell_text, header_key
from kzobserver.storage.checks import contest_lines
from kzobserver.storage.errors import InputFileError, Problem
from kzobserver.storage.logbook import Logbook, utc_now
from kzobserver.storage.reference import ContestRow, list_areas, record_announced_figure
from kzobserver.storage.results_table import contestant_key
from kzobserver.storage.stations import AreaResolver
from kzobserver.storage.summary import election_and_contest
from kzobserver.storage.tabular import MAX_PROBLEMS, open_table

# fmt: off
_FIELDS = {
    "area": ("area", "region", "область", "регион", "облыс", "өңір", "территория", "area code"),
    "line": ("line", "строка", "показатель", "жол", "көрсеткіш", "figure"),
    "value": ("value", "значение", "мән", "count", "число"),
    "as_of": ("as of", "as_of", "time", "время", "на момент", "уақыт"),
    "source": ("source", "источник", "дереккөз"),
}
_TURNOUT = ("turnout", "turnout percent", "turnout %", "явка", "явка %", "келу", "сайлауға келу")
# fmt: on
_FIELD_KEYS = {header_key(n): f for f, names in _FIELDS.items() for n in names}


@dataclass
class AnnouncedImportSummary:
    file: str
    contest: str
    figures: int = 0
    national: int = 0
    areas: int = 0  # distinct areas with a figure

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "contest": self.contest,
            "figures": self.figures,
            "national": self.national,
            "areas": self.areas,
        }


def figure_lines(contest: ContestRow) -> dict[str, str]:
    """Folded name → line code of every figure a contest can have announced."""
    lookup: dict[str, str] = {}
    for line in contest_lines(contest):
        if line.contestant is None:
            for name in (line.code, *line.label.variants(), *line.aliases):
                lookup.setdefault(header_key(name), line.code)
    for name in ("turnout_percent", *_TURNOUT):
        lookup.setdefault(header_key(name), "turnout_percent")
    for c in contest.contestants:
        for prefix in ("votes:", "share_percent:", "seats:"):
            lookup.setdefault(header_key(prefix + c.code), prefix + c.code)
        for name in (c.code, *c.name.variants()):
            lookup.setdefault(contestant_key(name), "votes:" + c.code)
    return lookup


def _line_code(lookup: dict[str, str], text: str) -> str | None:
    return lookup.get(header_key(text)) or lookup.get(contestant_key(text))


def _number(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = "".join(cell_text(value).replace(",", ".").replace("%", "").split())
        number = float(text)
    if not math.isfinite(number) or number < 0:
        raise ValueError(value)
    return number


def import_announced(
    logbook: Logbook, file: str | Path, contest_code: str | None = None
) -> AnnouncedImportSummary:
    """Record every figure of ``file`` for the contest in one transaction, or none; raises
    :class:`InputFileError` listing every problem."""
    file = Path(file)
    election, contest = election_and_contest(logbook, contest_code)
    lookup = figure_lines(contest)
    resolver = AreaResolver(logbook, election)
    area_codes = {a.id: a.code for a in list_areas(logbook, election.id)}
    national = {  # the country's code or name: the same as no area
        header_key(n)
        for a in list_areas(logbook, election.id, "country")
        for n in (a.code, *a.name.variants())
    }
    problems: list[Problem] = []
    figures: list[AnnouncedFigure] = []
    with open_table(file) as reader:
        header = reader.header
        fields: dict[str, int] = {}
        lines: dict[int, str] = {}
        for index, name in enumerate(header):
            field = _FIELD_KEYS.get(header_key(name))
            if field and field not in fields:
                fields[field] = index
        long = "line" in fields and "value" in fields
        for index, name in enumerate(header):
            if index in fields.values():
                continue
            code = _line_code(lookup, name)
            if long or code is None:
                problems.append(_problem(file, reader.header_row, name, _unknown_column(name)))
            else:
                lines[index] = code
        if not long and not lines:
            problems.append(
                Problem(
                    file.name,
                    translate(
                        "OfficialImport",
                        "No figures found: name the columns area, line, value (one figure per "
                        "row) or area and one column per line or contestant.",
                    ),
                    reader.header_row,
                )
            )
        if problems:
            raise InputFileError(problems)
        for row, cells in reader.rows():
            area_text = cell_text(cells[fields["area"]]) if "area" in fields else ""
            area: str | None = None
            if area_text and header_key(area_text) not in national:
                found = resolver.region(area_text)
                area = area_codes.get(found) if found else None
                if area is None and area_text in area_codes.values():
                    area = area_text  # a district's code
                if area is None:
                    problems.append(
                        _problem(file, row, header[fields["area"]], _unknown_area(area_text))
                    )
                    continue
            as_of = cell_text(cells[fields["as_of"]]) if "as_of" in fields else ""
            source = cell_text(cells[fields["source"]]) if "source" in fields else ""
            if long:
                text = cell_text(cells[fields["line"]])
                code = _line_code(lookup, text)
                if code is None:
                    problems.append(
                        _problem(file, row, header[fields["line"]], _unknown_line(text))
                    )
                    continue
                pairs = [(code, fields["value"])]
            else:
                pairs = [(c, i) for i, c in lines.items()]
            for code, index in pairs:
                raw = cells[index]
                if raw is None or cell_text(raw) == "":
                    continue  # not announced
                try:
                    value = _number(raw)
                except ValueError:
                    problems.append(_problem(file, row, header[index], _not_a_number(raw)))
                    continue
                figures.append(
                    AnnouncedFigure(contest.code, code, value, area, as_of or "final", source)
                )
            if len(problems) >= MAX_PROBLEMS:
                break
    if not figures and not problems:
        problems.append(Problem(file.name, translate("OfficialImport", "The file has no figures.")))
    if problems:
        raise InputFileError(problems)
    now = utc_now()
    summary = AnnouncedImportSummary(
        file=file.name,
        contest=contest.code,
        figures=len(figures),
        national=sum(1 for f in figures if f.area_code is None),
        areas=len({f.area_code for f in figures if f.area_code}),
    )
    with logbook.db.atomic():
        for figure in figures:
            record_announced_figure(logbook, election.code, figure, now=now)
        record_import(
            logbook,
            "announced.import",
            file,
            {"contest": contest.code, "figures": summary.figures, "areas": summary.areas},
        )
    return summary


def _problem(file: Path, row: int, column: str, message: str) -> Problem:
    return Problem(file.name, message, row, column)


def _unknown_column(name: str) -> str:
    return translate(
        "OfficialImport",
        "The column “{column}” is not a line, a contestant or one of area, line, value, as_of, "
        "source.",
    ).format(column=name)


def _unknown_area(text: str) -> str:
    return translate("OfficialImport", "Unknown area “{area}”.").format(area=text)


def _unknown_line(text: str) -> str:
    return translate(
        "OfficialImport",
        "Unknown line “{line}”: write a line code (such as ballots_issued, votes:CODE, "
        "turnout_percent, share_percent:CODE, seats:CODE), a line's label or a contestant's name.",
    ).format(line=text)


def _not_a_number(raw: Any) -> str:
    return translate("OfficialImport", "“{value}” is not a number.").format(value=cell_text(raw))
