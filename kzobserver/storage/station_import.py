"""Importing a station registry from a table: recognise the columns, check every row, and write
all stations in one transaction or none at all.

A registry is typed by hand in Excel by people under time pressure: every problem in the file is
reported at once (with row and column), so it can be fixed in one go rather than one error per
attempt, and a file with any problem changes nothing.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kzobserver.domain.model import Station
from kzobserver.domain.stationnumber import normalize_station_number
from kzobserver.i18n import translate
from kzobserver.storage.audit import record_import
from kzobserver.storage.cells import cell_text, header_key, parse_count
from kzobserver.storage.errors import InputFileError, LogbookError, Problem
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.reference import current_election, list_regions
from kzobserver.storage.stations import AreaResolver, UpsertSummary, upsert_stations
from kzobserver.storage.tabular import MAX_PROBLEMS, Table

STATION_FIELDS = (
    "number",
    "region",
    "district",
    "address",
    "registered_voters",
    "latitude",
    "longitude",
)
REQUIRED_FIELDS = ("number",)
MAX_REGISTERED_VOTERS = 100_000  # the largest real stations have a few thousand voters

# Header names as people write them, in en/ru/kk; compared after _key() folding.
# fmt: off
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "number": (
        "number", "station", "station number", "station no", "polling station", "ps",
        "precinct", "№", "№ участка", "номер участка", "участок", "избирательный участок",
        "номер избирательного участка", "уик", "№ уик", "номер уик", "учаске", "учаске №",
        "сайлау учаскесі", "учаске нөмірі", "сайлау учаскесінің нөмірі", "uik", "uik number",
    ),
    "region": ("region", "oblast", "область", "регион", "облыс", "өңір"),
    "district": (
        "district", "район", "тик", "tik", "territorial commission", "аудан", "округ",
    ),
    "address": ("address", "адрес", "мекенжай", "мекен-жай", "адрес участка"),
    "registered_voters": (
        "registered voters", "voters", "registered", "избирателей", "число избирателей",
        "кол-во избирателей", "количество избирателей", "сайлаушылар", "сайлаушылар саны",
    ),
    "latitude": ("lat", "latitude", "широта", "ендік"),
    "longitude": ("lon", "lng", "long", "longitude", "долгота", "бойлық"),
}
# fmt: on
# Official result tables name the voters line with a whole sentence ("Число избирателей,
# включенных в список избирателей"): for this field a header that starts with one of these counts.
_PREFIXES: dict[str, tuple[str, ...]] = {
    "registered_voters": (
        "число избирателей",
        "количество избирателей",
        "number of registered voters",
        "registered voters",
        "сайлаушылар саны",
        "сайлаушылардың саны",
    ),
}
_ABROAD_NAMES = {"abroad", "зарубежом", "шетелде", "шетел"}


_key = header_key


_LOOKUP = {_key(s): f for f, synonyms in _SYNONYMS.items() for s in (f, *synonyms)}


def field_label(field: str) -> str:
    """The field's name for people (the GUI's column-mapping dialog)."""
    labels = {
        "number": translate("StationImport", "Station number"),
        "region": translate("StationImport", "Region"),
        "district": translate("StationImport", "District"),
        "address": translate("StationImport", "Address"),
        "registered_voters": translate("StationImport", "Registered voters"),
        "latitude": translate("StationImport", "Latitude"),
        "longitude": translate("StationImport", "Longitude"),
    }
    return labels[field]


def suggest_mapping(header: list[str]) -> dict[str, int]:
    """Field → column index for the columns recognised by name; each column is used once, the
    leftmost match wins."""
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        field = _LOOKUP.get(_key(name))
        if field and field not in found:
            found[field] = index
    used = set(found.values())
    for field, prefixes in _PREFIXES.items():
        if field in found:
            continue
        keys = tuple(_key(p) for p in prefixes)
        for index, name in enumerate(header):
            if index not in used and _key(name).startswith(keys):
                found[field] = index
                used.add(index)
                break
    return {f: found[f] for f in STATION_FIELDS if f in found}


def override_mapping(table: Table, overrides: dict[str, str]) -> dict[str, int]:
    """The suggested mapping with ``overrides`` (field → column name, as the CLI's ``--map``
    gives them) applied; a column named there is taken away from any field it was suggested for."""
    mapping = suggest_mapping(table.header)
    by_name = {_key(name): i for i, name in reversed(list(enumerate(table.header)))}
    problems = []
    for field, column in overrides.items():
        if field not in STATION_FIELDS:
            problems.append(
                translate(
                    "StationImport", "Unknown field “{field}”; the fields are: {fields}."
                ).format(field=field, fields=", ".join(STATION_FIELDS))
            )
            continue
        index = table.header.index(column) if column in table.header else by_name.get(_key(column))
        if index is None:
            problems.append(
                translate(
                    "StationImport", "There is no column “{column}”; the columns are: {found}."
                ).format(column=column, found=_quoted(table.header))
            )
            continue
        mapping = {f: i for f, i in mapping.items() if i != index}
        mapping[field] = index
    if problems:
        raise InputFileError([Problem(file=table.path.name, message=m) for m in problems])
    return mapping


def _quoted(names: list[str]) -> str:
    return ", ".join(f"“{n}”" for n in names)


class _Invalid(Exception):
    """A cell's value is wrong; the message says why."""


def parse_station_number(raw: Any) -> str | None:
    if type(raw) is str and raw.isdecimal():  # the usual case, as normalize_station_number does
        return str(int(raw))
    try:
        return normalize_station_number(raw)
    except ValueError:  # digits int() refuses, such as "²"
        return None


_text = cell_text


def _parse_registered_voters(value: Any) -> int | None:
    """A whole, plausible number of voters; "1 234" (grouped) and "1234.0" (pandas) are accepted."""
    try:
        count = parse_count(value)
    except ValueError:
        raise _Invalid(
            translate(
                "StationImport", "Registered voters must be a whole number, not “{value}”."
            ).format(value=_text(value))
        ) from None
    if count is None:
        return None
    if count < 0:
        raise _Invalid(
            translate("StationImport", "Registered voters cannot be negative ({value}).").format(
                value=count
            )
        )
    if count > MAX_REGISTERED_VOTERS:
        raise _Invalid(
            translate(
                "StationImport",
                "{value} registered voters is not plausible for one station (at most {limit}).",
            ).format(value=count, limit=MAX_REGISTERED_VOTERS)
        )
    return count


def _parse_coordinate(value: Any, field: str) -> float | None:
    """Degrees of latitude or longitude; a decimal comma ("51,16") is accepted."""
    if value is None or value == "":
        return None
    limit = 90 if field == "latitude" else 180
    try:
        if isinstance(value, bool):
            raise ValueError
        number = float(value)
    except ValueError:
        try:
            number = float(str(value).replace(",", "."))
        except ValueError:
            number = math.nan
    if not math.isfinite(number) or abs(number) > limit:
        raise _Invalid(
            translate(
                "StationImport",
                "{field} must be a number of degrees from -{limit} to {limit}, not “{value}”.",
            ).format(field=field_label(field), limit=limit, value=_text(value))
        )
    return number


@dataclass
class _Row:
    station: Station
    region_id: str | None
    district: str


class _Checker:
    """Checks rows one by one, collecting problems instead of stopping at the first."""

    def __init__(self, logbook: Logbook, table: Table, mapping: dict[str, int]) -> None:
        election = current_election(logbook)
        if election is None:
            raise LogbookError(
                translate(
                    "StationImport",
                    "This logbook has no election yet, so stations cannot be imported into it. "
                    "Create the logbook for an election first.",
                )
            )
        self.election = election
        self.table = table
        self.mapping = mapping
        self.indices = [mapping.get(f) for f in STATION_FIELDS]
        self.resolver = AreaResolver(logbook, election)
        regions = list_regions(logbook, election.id)
        self.abroad_ids = {a.id for a in regions if a.level == "abroad"}
        self.region_codes = ", ".join(a.code for a in regions)
        self.create_regions = not regions  # an election bundled without its regions
        self.problems: list[Problem] = []
        self.first_row: dict[str, int] = {}  # station number → row it first appeared on
        self.unknown_regions: set[str] = set()
        self.region_ids: dict[str, str] = {}  # cell text → area id: a file repeats a few names

    def problem(self, row: int, field: str | None, message: str) -> None:
        column = self.table.header[self.mapping[field]] if field else None
        self.problems.append(Problem(self.table.path.name, message, row, column))

    def cells_of(self, cells: list[Any]) -> list[Any]:
        """The row's cells in STATION_FIELDS order (None for a field without a column)."""
        return [None if i is None else cells[i] for i in self.indices]

    def check(self, row: int, cells: list[Any]) -> _Row | None:
        before = len(self.problems)
        raw_number, region, district, address, voters, latitude, longitude = self.cells_of(cells)
        number = parse_station_number(raw_number)
        if number is None:
            text = _text(raw_number)
            message = (
                translate("StationImport", "“{value}” is not a station number.").format(value=text)
                if text
                else translate("StationImport", "The station number is empty.")
            )
            self.problem(row, "number", message)
        elif number in self.first_row:
            self.problem(
                row,
                "number",
                translate(
                    "StationImport", "Station number {number} is on rows {first} and {row}."
                ).format(number=number, first=self.first_row[number], row=row),
            )
        else:
            self.first_row[number] = row
        region_text = _text(region)
        region_id = self.region(row, region_text)
        district = _text(district)
        if district and not region_text:
            self.problem(
                row,
                "district",
                translate(
                    "StationImport", "The district “{district}” needs a region; this row has none."
                ).format(district=district),
            )
        values = {
            "registered_voters": self.parse(row, voters, "registered_voters"),
            "latitude": self.parse(row, latitude, "latitude"),
            "longitude": self.parse(row, longitude, "longitude"),
        }
        if len(self.problems) > before or number is None:
            return None
        return _Row(
            Station(
                number=number,
                address=_text(address) or None,
                abroad=region_id in self.abroad_ids,
                **values,
            ),
            region_id,
            district,
        )

    def parse(self, row: int, value: Any, field: str) -> Any:
        try:
            if field == "registered_voters":
                return _parse_registered_voters(value)
            return _parse_coordinate(value, field)
        except _Invalid as exc:
            self.problem(row, field, str(exc))
            return None

    def region(self, row: int, text: str) -> str | None:
        if not text:
            return None
        found = self.region_ids.get(text) or self.resolver.region(text)
        if not found and self.create_regions:
            abroad = _key(text) in _ABROAD_NAMES
            found = self.resolver.add_region(text, level="abroad" if abroad else "region")
            if abroad:
                self.abroad_ids.add(found)
        if found:
            self.region_ids[text] = found
            return found
        if text.casefold() in self.unknown_regions:
            message = translate("StationImport", "Unknown region “{value}”.").format(value=text)
        else:
            self.unknown_regions.add(text.casefold())
            message = translate(
                "StationImport",
                "Unknown region “{value}”. Write a region's code or its name in Kazakh, Russian "
                "or English; the codes are: {codes}.",
            ).format(value=text, codes=self.region_codes)
        self.problem(row, "region", message)
        return None


def _check_mapping(table: Table, mapping: dict[str, int]) -> None:
    file = table.path.name
    for field, index in mapping.items():
        if field not in STATION_FIELDS or not 0 <= index < len(table.header):
            raise ValueError(f"bad mapping {field!r} → {index!r}")
    problems = [
        Problem(
            file,
            translate(
                "StationImport",
                "No column for the {field} was found. The columns in the file are: {found}. "
                "Rename the column (for example to “{example}”) or choose it by hand (on the "
                "command line: --map {example}=COLUMN).",
            ).format(field=field_label(field).lower(), found=_quoted(table.header), example=field),
            table.header_row,
        )
        for field in REQUIRED_FIELDS
        if field not in mapping
    ]
    if not problems and not table.rows:
        problems.append(
            Problem(
                file,
                translate("StationImport", "The file has no stations below the header row."),
                table.header_row,
            )
        )
    if problems:
        raise InputFileError(problems)


def import_stations(
    logbook: Logbook,
    table: Table,
    mapping: dict[str, int] | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> UpsertSummary:
    """Check every row of ``table`` and, if none has a problem, add or update its stations by
    number in one transaction, linked to every contest of the logbook's election.

    ``mapping`` is field → column index (``suggest_mapping`` when None). Raises
    :class:`InputFileError` listing every problem (nothing written), or :class:`LogbookError` when
    the logbook has no election. ``progress(done, total)`` is called while checking; it may raise
    to cancel, which writes nothing.
    """
    mapping = suggest_mapping(table.header) if mapping is None else dict(mapping)
    checker = _Checker(logbook, table, mapping)  # first: "no election" is the bigger news
    _check_mapping(table, mapping)
    total = len(table.rows)
    checked: list[_Row] = []
    for index, cells in enumerate(table.rows):
        row = checker.check(table.row_number(index), cells)
        if row is not None:
            checked.append(row)
        if len(checker.problems) >= MAX_PROBLEMS:
            checker.problems.append(
                Problem(
                    table.path.name,
                    translate(
                        "StationImport", "Checking stopped after {n} problems; fix these first."
                    ).format(n=MAX_PROBLEMS),
                )
            )
            break
        if progress and index % 1000 == 0:
            progress(index, total)
    if checker.problems:
        raise InputFileError(checker.problems)
    resolver = checker.resolver
    districts: dict[tuple[str, str], str] = {}
    pairs = []
    for r in checked:
        area = r.region_id
        if area and r.district:
            key = (area, r.district)
            area = districts.get(key) or districts.setdefault(key, resolver.district(*key))
        pairs.append((r.station, area))
    election = checker.election
    contest_ids = [
        r[0]
        for r in logbook.db.execute("SELECT id FROM contests WHERE election_id = ?", [election.id])
    ]
    with logbook.db.atomic():  # the stations and the audit entry naming the file, as one
        summary = upsert_stations(logbook, election, pairs, resolver, contest_ids=contest_ids)
        record_import(logbook, "stations.import", table.path, summary.as_dict())
    if progress:
        progress(total, total)
    return summary
