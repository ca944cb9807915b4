"""Reading official per-station results tables: which column holds what (places, protocol lines,
candidates and parties, matched by name in en/ru/kk, the Russian commission's long headers
included), and the rows streamed as parsed counts, problems collected rather than raised.

Shared by the import into an existing logbook (official_import) and the logbook made from a
results file (results_logbook).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kzobserver.domain.templates import ProtocolLine
from kzobserver.i18n import translate
from kzobserver.storage.cells import cell_text, header_key
from kzobserver.storage.errors import InputFileError, Problem
from kzobserver.storage.protocol_import import parse_line_value, value_problem
from kzobserver.storage.reference import ContestRow
from kzobserver.storage.station_import import parse_station_number, suggest_mapping
from kzobserver.storage.tabular import MAX_PROBLEMS, TableReader

Progress = Callable[[int, int], None]
PLACE_FIELDS = ("station", "region", "district")

# Candidate and party columns are matched by name after this folding: "2. Политическая партия
# ""ЛДПР""" and "ЛДПР" are the same contestant.
_NUMBERING = re.compile(r"^\s*(?:№\s*)?\d+\s*[.)]?\s+")
_QUOTES = re.compile(r"[\"'«»“”„]")
_GENERIC_WORDS = re.compile(
    r"\b(?:всероссийская политическая партия|политическая партия|партиясы|партия"
    r"|political party|party)\b",
    re.IGNORECASE,
)
# Columns that are neither a place nor a count, and headers phrased like a protocol line
# ("Число открепительных удостоверений…"): never taken for a contestant.
_NOT_CONTESTANTS = {
    header_key(n)
    for n in ("url", "link", "href", "ссылка", "source", "источник", "note", "примечание")
}
_LINE_PHRASES = tuple(header_key(p) for p in ("число", "количество", "number of", "саны"))


def contestant_core(name: str) -> str:
    """A candidate's or party's name without its ballot numbering ("1. "), quotes and words such
    as "Политическая партия": "6. Всероссийская политическая партия "ЕДИНАЯ РОССИЯ"" → "ЕДИНАЯ
    РОССИЯ"."""
    text = _NUMBERING.sub("", name, count=1)
    return " ".join(_GENERIC_WORDS.sub(" ", _QUOTES.sub(" ", text)).split())


def contestant_key(name: str) -> str:
    """A contestant's name folded for matching: case and what contestant_core drops do not
    count."""
    return header_key(contestant_core(name)) or header_key(name)


def looks_like_contestant(name: str) -> bool:
    """Whether an unrecognised column may hold a contestant's votes (for a new logbook)."""
    key = header_key(name)
    return bool(key) and key not in _NOT_CONTESTANTS and not key.startswith(_LINE_PHRASES)


@dataclass
class ColumnPlan:
    """Which column holds what: the places (station, region, district) and the line codes."""

    header: list[str]
    places: dict[str, int]
    lines: dict[str, int]  # line code → column index, in column order

    def column(self, key: str) -> int | None:
        return self.places.get(key, self.lines.get(key))

    def unused(self) -> list[int]:
        used = {*self.places.values(), *self.lines.values()}
        return [i for i in range(len(self.header)) if i not in used]


def _line_lookup(lines: Sequence[ProtocolLine], contest: ContestRow | None) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for line in lines:
        if line.contestant is None:
            for name in (line.code, *line.label.variants(), *line.aliases):
                lookup.setdefault(header_key(name), line.code)
        else:
            lookup.setdefault(header_key(line.code), line.code)
    return lookup


def _contestant_lookup(contest: ContestRow | None) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for c in contest.contestants if contest else ():
        for name in (c.code, *c.name.variants()):
            lookup.setdefault(contestant_key(name), f"votes:{c.code}")
    return lookup


def plan_columns(
    file: str,
    header: list[str],
    lines: Sequence[ProtocolLine],
    contest: ContestRow | None,
    overrides: Mapping[str, str] | None = None,
    header_row: int = 1,
) -> ColumnPlan:
    """Recognise the columns of an official results table; ``overrides`` (line code, "station",
    "region" or "district" → column name) win over the names. Raises InputFileError."""
    found = suggest_mapping(header)
    places = {
        key: found[field]
        for key, field in (("station", "number"), ("region", "region"), ("district", "district"))
        if field in found
    }
    by_line = _line_lookup(lines, contest)
    by_contestant = _contestant_lookup(contest)
    codes: dict[int, str] = {}
    for index, name in enumerate(header):
        if index in places.values():
            continue
        code = by_line.get(header_key(name)) or by_contestant.get(contestant_key(name))
        if code and code not in codes.values():
            codes[index] = code
    problems = []
    known = {*PLACE_FIELDS, *(line.code for line in lines)}
    by_name = {header_key(n): i for i, n in reversed(list(enumerate(header)))}
    for key, column in (overrides or {}).items():
        found_at = header.index(column) if column in header else by_name.get(header_key(column))
        if key not in known:
            problems.append(
                translate(
                    "OfficialImport", "Unknown line “{line}”; the lines are: {lines}."
                ).format(line=key, lines=", ".join(sorted(known)))
            )
        elif found_at is None:
            problems.append(
                translate(
                    "OfficialImport", "There is no column “{column}”; the columns are: {found}."
                ).format(column=column, found=quoted(header))
            )
        else:  # the column is taken away from whatever it was recognised as
            places = {k: i for k, i in places.items() if i != found_at and k != key}
            codes = {i: c for i, c in codes.items() if i != found_at and c != key}
            if key in PLACE_FIELDS:
                places[key] = found_at
            else:
                codes[found_at] = key
    if not problems and "station" not in places:
        problems.append(
            translate(
                "OfficialImport",
                "No station number column was found (such as “uik” or “№ участка”). The columns "
                "are: {found}. Choose it by hand (on the command line: --map station=COLUMN).",
            ).format(found=quoted(header))
        )
    if not problems and not codes:
        problems.append(
            translate(
                "OfficialImport",
                "No column is named after a protocol line, a candidate or a party. The columns "
                "are: {found}. Choose them by hand (on the command line: --map LINE=COLUMN).",
            ).format(found=quoted(header))
        )
    if problems:
        raise InputFileError([Problem(file, m, header_row) for m in problems])
    return ColumnPlan(header, places, {codes[i]: i for i in sorted(codes)})


def quoted(names: Sequence[str]) -> str:
    return ", ".join(f"“{n}”" for n in names)


@dataclass(slots=True)
class ResultRow:
    row: int  # spreadsheet row number
    station: str  # the station cell as written ("УИК №554")
    number: str | None  # normalised ("554"); None when the cell holds no number
    region: str
    district: str
    values: tuple[int | None, ...]  # aligned with ColumnPlan.lines


class RowReader:
    """Streams a results table's rows as :class:`ResultRow`, collecting problems."""

    def __init__(self, reader: TableReader, plan: ColumnPlan, progress: Progress | None) -> None:
        self.reader = reader
        self.plan = plan
        self.file = reader.path.name
        self.problems: list[Problem] = []
        self.rows = 0
        self.total = 2 * estimate_rows(reader.path)  # reading is the first half of the work
        self.progress = progress

    def __iter__(self) -> Iterator[ResultRow]:
        plan, file, problems = self.plan, self.file, self.problems
        station, region, district = (plan.places.get(k) for k in PLACE_FIELDS)
        assert station is not None
        columns = list(plan.lines.values())
        texts: dict[str, str] = {}  # one string per distinct region and district name
        for number, cells in self.reader.rows():
            self.rows += 1
            raw = cells[station]
            parsed = parse_station_number(raw)
            if parsed is None:
                problems.append(self._number_problem(number, raw))
            try:  # the usual all-digits row, without a function call per cell
                values = tuple(
                    [
                        int(v) if v.isdecimal() and len(v) < 8 else parse_line_value(v)
                        for v in map(cells.__getitem__, columns)
                    ]
                )
            except (ValueError, AttributeError):  # a bad value, or a workbook's numbers
                values = self._values_slowly(number, cells, columns)
            region_text = cell_text(cells[region]) if region is not None else ""
            district_text = cell_text(cells[district]) if district is not None else ""
            yield ResultRow(
                number,
                cell_text(raw),
                parsed,
                texts.setdefault(region_text, region_text),
                texts.setdefault(district_text, district_text),
                values,
            )
            if len(problems) >= MAX_PROBLEMS:
                problems.append(too_many(file))
                return
            if self.progress and self.rows % 1000 == 0:
                # An estimate: never report the reading done before it is.
                done = min(self.rows, self.total // 2 - 1) if self.total else self.rows
                self.progress(max(0, done), self.total)

    def _values_slowly(
        self, row: int, cells: list[Any], columns: list[int]
    ) -> tuple[int | None, ...]:
        values: list[int | None] = []
        for index in columns:
            try:
                values.append(parse_line_value(cells[index]))
            except ValueError:
                self.problems.append(
                    value_problem(self.file, row, self.plan.header[index], cells[index])
                )
                values.append(None)
        return tuple(values)

    def _number_problem(self, row: int, raw: Any) -> Problem:
        text = cell_text(raw)
        message = (
            translate("OfficialImport", "“{value}” is not a station number.").format(value=text)
            if text
            else translate("OfficialImport", "The station number is empty.")
        )
        return Problem(self.file, message, row, self.plan.header[self.plan.places["station"]])


def too_many(file: str) -> Problem:
    return Problem(
        file,
        translate("OfficialImport", "Checking stopped after {n} problems; fix these first.").format(
            n=MAX_PROBLEMS
        ),
    )


def estimate_rows(path: Path) -> int:
    """About how many rows a CSV (or a zipped CSV) has, from its line breaks, for a progress bar;
    0 for a workbook (unknown). Scanning 30 MB for line breaks takes a tenth of a second."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
                texts = [n for n in names if n.lower().endswith((".csv", ".tsv", ".txt"))]
                if "xl/workbook.xml" in names or len(texts) != 1:
                    return 0
                with archive.open(texts[0]) as f:
                    return _count_lines(f)
        with path.open("rb") as f:
            return _count_lines(f)
    except (OSError, zipfile.BadZipFile, ValueError):
        return 0  # open_table reports what is wrong with the file


def _count_lines(f: Any) -> int:
    count = 0
    while block := f.read(1 << 20):
        count += block.count(b"\n")
    return max(0, count - 1)  # the header
