"""A new logbook made from an official per-station results table: the election, one contest with
its contestants (the candidate or party columns), the areas (region, then territorial commission
as district), the stations and their official protocols, in one step.

Station numbers. A station number is unique within an election (``stations.number``, and the
station's id is derived from it). Russian UIK numbers are unique only within a region (UIK 554
exists in about thirty regions), so when a number repeats across the file's regions every station
becomes ``"<region code>-<number>"``, the region code being the region's position in the file
(1 = the first region listed; it is also the region's area code): "22-554". A station stays one
short word that ``kzobserver check --station 22-554`` and the navigator accept, the UIK number
stays readable at its end, and the schema is unchanged; keeping the bare numbers with the region
as part of the key would make every ``--station 554`` ambiguous. The station cell exactly as
written ("УИК №554") is kept as the station's address, so nothing in the file is lost. When no
number repeats (a Kazakh table, or a single region) the numbers are kept as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzobserver.domain.model import (
    Area,
    AreaLevel,
    Contest,
    Contestant,
    ContestKind,
    Election,
    ElectionDefinition,
    LocalizedText,
    Station,
)
from kzobserver.domain.templates import get_template
from kzobserver.i18n import translate
from kzobserver.storage.cells import header_key
from kzobserver.storage.errors import InputFileError, LogbookError, Problem
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocol_import import write_records
from kzobserver.storage.protocols import Source
from kzobserver.storage.reference import (
    ContestantRow,
    ContestRow,
    current_election,
    install_election,
    list_contests,
)
from kzobserver.storage.results_table import (
    ResultRow,
    RowReader,
    contestant_core,
    contestant_key,
    looks_like_contestant,
    plan_columns,
    too_many,
)
from kzobserver.storage.station_import import suggest_mapping
from kzobserver.storage.stations import AreaResolver, upsert_stations
from kzobserver.storage.tabular import MAX_PROBLEMS, open_table

TEMPLATES = ("ru-federal", "kz-party-list")
CONTEST_CODE = "main"
_COUNTRIES = {
    "ru": ("RU", LocalizedText(en="Russia", ru="Россия", kk="Ресей")),
    "kz": ("KZ", LocalizedText(en="Kazakhstan", ru="Казахстан", kk="Қазақстан")),
}
_ABROAD = re.compile(r"за пределами|зарубеж|abroad|шетел", re.IGNORECASE)
_AGAINST_ALL = {contestant_key(n) for n in ("против всех", "against all", "барлығына қарсы")}
_PARTY = re.compile(r"парти|party", re.IGNORECASE)
_TRANSLIT = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфхцы", "abvgdeziyklmnoprstufhcy", strict=True)),
        **{"ё": "e", "ж": "zh", "ч": "ch", "ш": "sh", "щ": "sch", "э": "e", "ю": "yu", "я": "ya"},
        **{"ъ": "", "ь": "", "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u"},
        **{"ү": "u", "һ": "h", "і": "i"},
    }
)


def slug(text: str, limit: int = 40) -> str:
    """A short Latin code from a name: "Путин Владимир Владимирович" → "putin_vladimir_…"."""
    words = re.sub(r"[^a-z0-9]+", " ", text.casefold().translate(_TRANSLIT)).split()
    code = ""
    for word in words:
        if code and len(code) + 1 + len(word) > limit:
            break
        code = f"{code}_{word}" if code else word[:limit]
    return code


def contestant_codes(names: list[str], parties: bool) -> list[str]:
    """Short Latin codes for the contestants' votes lines ("votes:putin"): a candidate's surname
    when no two candidates share it, else (and for parties) the whole name, shortened."""
    texts = [contestant_core(n) for n in names]
    surnames = [slug(t.split()[0]) if t.split() else "" for t in texts]
    if not parties and all(surnames) and len(set(surnames)) == len(surnames):
        return surnames
    codes: list[str] = []
    for text in texts:
        base = slug(text) or "contestant"
        code, n = base, 1
        while code in codes:
            n += 1
            code = f"{base}_{n}"
        codes.append(code)
    return codes


@dataclass
class ResultsLogbookSummary:
    election: str
    contest: str
    rows: int = 0
    stations: int = 0
    regions: int = 0
    districts: int = 0
    numbering: str = "as_in_file"  # or "region_prefixed"
    contestants: list[dict[str, str]] = field(default_factory=list)  # code, name
    records: int = 0
    values_written: int = 0
    columns: dict[str, str] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "election": self.election,
            "contest": self.contest,
            "rows": self.rows,
            "stations": self.stations,
            "regions": self.regions,
            "districts": self.districts,
            "numbering": self.numbering,
            "contestants": list(self.contestants),
            "records": self.records,
            "values_written": self.values_written,
            "columns": dict(self.columns),
            "ignored_columns": list(self.ignored_columns),
        }


def _file_stem(path: Path) -> str:
    return path.name.split(".")[0] or path.name


def create_logbook_from_results(
    path: str | Path,
    results_file: str | Path,
    template: str = "ru-federal",
    election_code: str | None = None,
    election_name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    mapping: Mapping[str, str] | None = None,
) -> tuple[Logbook, ResultsLogbookSummary]:
    """A new logbook at ``path`` built from ``results_file``; returns it open, with a summary.

    The election code and name default to the file's name ("2018.csv.zip" → "2018"), its date to
    a year found there. ``mapping`` ("station", "region", "district" or a template line's code →
    column name) overrides the column recognition; every other unrecognised column that does not
    look like a line, a link or a note is a contestant, in column order.

    The file is read and checked before the logbook is created, so a bad file creates nothing; a
    failure while writing (or a cancel through ``progress``, which counts rows read, then records
    written) removes the new file."""
    path, results_file = Path(path), Path(results_file)
    if template not in TEMPLATES:
        raise LogbookError(
            translate("OfficialImport", "Unknown template “{template}”; use {templates}.").format(
                template=template, templates=", ".join(TEMPLATES)
            )
        )
    if path.exists() and path.stat().st_size > 0:
        raise LogbookError(
            translate("OfficialImport", "{path} already exists; choose another file name.").format(
                path=path
            )
        )
    stem = _file_stem(results_file)
    code = election_code or slug(stem, 60).replace("_", "-") or "results"
    name = election_name or stem
    with open_table(results_file) as reader:
        taken = set((mapping or {}).values())  # columns chosen by hand are not contestants
        contest = _contest_from_header(results_file.name, reader.header, template, name, taken)
        lines = get_template(template).lines_for(
            [Contestant(c.code, c.name, c.ballot_order) for c in contest.contestants]
        )
        plan = plan_columns(results_file.name, reader.header, lines, contest, mapping)
        rows = RowReader(reader, plan, progress)
        table = list(rows)
    file = results_file.name
    problems = rows.problems
    if not table:
        problems.append(
            Problem(file, translate("OfficialImport", "The file has no rows below the header."))
        )
    numbers, regions = _number_stations(file, table, "region" in plan.places, problems)
    if problems:
        raise InputFileError(problems)
    country_key = template.split("-")[0]
    country, country_name = _COUNTRIES.get(country_key, (country_key.upper(), LocalizedText(stem)))
    year = re.search(r"(?:19|20)\d\d", stem)
    definition = ElectionDefinition(
        election=Election(
            code=code,
            country=country,
            date=year.group() if year else "",
            name=LocalizedText(en=name, ru=name),
            details={"source_file": file, "template": template, "station_numbers": numbers},
        ),
        contests=(
            Contest(
                code=contest.code,
                kind=ContestKind(contest.kind),
                name=contest.name,
                template=template,
                contestants=tuple(
                    Contestant(c.code, c.name, c.ballot_order, c.special)
                    for c in contest.contestants
                ),
            ),
        ),
        areas=(
            Area(country_key, AreaLevel.COUNTRY, country_name),
            *(
                Area(
                    str(i),
                    AreaLevel.ABROAD if _ABROAD.search(region) else AreaLevel.REGION,
                    LocalizedText(en=region, ru=region),
                    country_key,
                )
                for region, i in regions.items()
            ),
        ),
    )
    logbook = Logbook.open(path, create=True)
    db = logbook.db
    try:
        # Nobody else has the new file open, so it is written without the WAL (which would write
        # every page twice: 400 MB for a national table) and without checking the foreign keys
        # of rows whose keys were made here; both come back before anyone else sees it.
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA foreign_keys = OFF")
        with db.atomic():
            summary = _write(
                logbook, definition, table, plan.lines, regions, progress, results_file
            )
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL")
    except BaseException:
        logbook.close()
        path.unlink(missing_ok=True)
        raise
    summary.numbering = numbers
    summary.columns = {c: plan.header[i] for c, i in plan.lines.items()}
    summary.ignored_columns = [plan.header[i] for i in plan.unused()]
    return logbook, summary


def _contest_from_header(
    file: str, header: list[str], template: str, name: str, taken: set[str]
) -> ContestRow:
    """The contest, with a contestant for every column that is neither a place, nor a line of
    the template, nor anything else recognised (an address, a link, a line-like "Число …")."""
    known = {i for f, i in suggest_mapping(header).items() if f != "registered_voters"}
    fixed: set[str] = set()
    for line in get_template(template).lines:
        fixed.update(header_key(n) for n in (line.code, *line.label.variants(), *line.aliases))
    columns = [
        column
        for index, column in enumerate(header)
        if index not in known
        and column not in taken
        and header_key(column) not in fixed
        and looks_like_contestant(column)
    ]
    if not columns:
        raise InputFileError(
            [
                Problem(
                    file,
                    translate(
                        "OfficialImport",
                        "No candidate or party columns were found: every column is a place, a "
                        "protocol line or a link. The columns are: {found}.",
                    ).format(found=", ".join(f"“{h}”" for h in header)),
                    1,
                )
            ]
        )
    parties = template != "ru-federal" or any(_PARTY.search(c) for c in columns)
    kind = ContestKind.PARTY_LIST if parties else ContestKind.SINGLE_MEMBER
    codes = contestant_codes(columns, parties)
    special = [contestant_key(column) in _AGAINST_ALL for column in columns]
    if special.count(True) == 1 and "against_all" not in codes:
        codes[special.index(True)] = "against_all"  # the bundled elections' code for it
    contestants = [
        ContestantRow("", code, order, is_special, LocalizedText(en=column, ru=column))
        for order, (code, column, is_special) in enumerate(
            zip(codes, columns, special, strict=True), start=1
        )
    ]
    return ContestRow(
        "", CONTEST_CODE, kind.value, template, None, None, LocalizedText(en=name, ru=name),
        tuple(contestants),
    )  # fmt: skip


def _number_stations(
    file: str, table: list[ResultRow], has_regions: bool, problems: list[Problem]
) -> tuple[str, dict[str, int]]:
    """Decide the numbering ("as_in_file" or "region_prefixed"), rewrite ``ResultRow.number``
    accordingly, and report repeated stations. Returns the numbering and region → code."""
    regions: dict[str, int] = {}
    seen_in: dict[str, str] = {}  # number → the first region it was seen in
    prefixed = False
    for r in table:
        if r.region and r.region not in regions:
            regions[r.region] = len(regions) + 1
        if r.number is not None and has_regions:
            first = seen_in.setdefault(r.number, r.region)
            prefixed = prefixed or first != r.region
    first_row: dict[tuple[str, str], int] = {}
    for r in table:
        if r.number is None:
            continue
        if prefixed:
            if not r.region:
                problems.append(
                    Problem(
                        file,
                        translate(
                            "OfficialImport",
                            "The region is empty; station numbers repeat across regions, so "
                            "every row needs its region.",
                        ),
                        r.row,
                    )
                )
                continue
            r.number = f"{regions[r.region]}-{r.number}"
        key = (r.region if prefixed else "", r.number)
        if key in first_row:
            problems.append(
                Problem(
                    file,
                    translate(
                        "OfficialImport", "Station “{station}” is on rows {first} and {row}."
                    ).format(station=r.station, first=first_row[key], row=r.row),
                    r.row,
                )
            )
        else:
            first_row[key] = r.row
        if len(problems) >= MAX_PROBLEMS:
            problems.append(too_many(file))
            break
    return ("region_prefixed" if prefixed else "as_in_file"), regions


def _write(
    logbook: Logbook,
    definition: ElectionDefinition,
    table: list[ResultRow],
    lines: dict[str, int],
    regions: dict[str, int],
    progress: Callable[[int, int], None] | None,
    file: Path,
) -> ResultsLogbookSummary:
    install_election(logbook, definition)
    election = current_election(logbook)
    assert election is not None
    contest = list_contests(logbook, election.id)[0]
    resolver = AreaResolver(logbook, election)
    region_ids = {name: resolver.region(str(code)) for name, code in regions.items()}
    abroad = {a.code for a in definition.areas if a.level is AreaLevel.ABROAD}
    codes = tuple(lines)
    voters = codes.index("voters_on_list") if "voters_on_list" in codes else None
    districts: dict[tuple[str, str], str] = {}
    pairs: list[tuple[Station, str | None]] = []
    for r in table:
        area = region_ids.get(r.region)
        if area and r.district:
            key = (area, r.district)
            area = districts.get(key) or districts.setdefault(key, resolver.district(*key))
        assert r.number is not None
        station = Station(
            number=r.number,
            address=r.station,
            registered_voters=r.values[voters] if voters is not None else None,
            abroad=str(regions.get(r.region)) in abroad,
        )
        pairs.append((station, area))
    total = 2 * len(table)
    if progress:
        progress(len(table), total)
    upserted = upsert_stations(logbook, election, pairs, resolver, contest_ids=[contest.id])
    ids = dict(
        logbook.db.execute("SELECT number, id FROM stations WHERE election_id = ?", [election.id])
    )
    records = [(ids[r.number], r.values) for r in table]

    def written(done: int) -> None:
        if progress:
            progress(len(table) + done, total)

    result = write_records(
        logbook, contest, Source.OFFICIAL, "", codes, records, progress=written, file=file
    )
    if progress:
        progress(total, total)
    return ResultsLogbookSummary(
        election=election.code,
        contest=contest.code,
        rows=len(table),
        stations=upserted.added,
        regions=len(regions),
        districts=upserted.districts_created,
        contestants=[{"code": c.code, "name": c.name.en} for c in contest.contestants],
        records=result.stations,
        values_written=result.values_written,
    )


def describe_created(path: str | Path, summary: ResultsLogbookSummary) -> str:
    numbering = (
        translate("OfficialImport", "station numbers are “<region code>-<number>”")
        if summary.numbering == "region_prefixed"
        else translate("OfficialImport", "station numbers as in the file")
    )
    return translate(
        "OfficialImport",
        "Created {path}: election {election}, {stations} stations in {regions} regions and "
        "{districts} districts, {contestants} contestants, {records} official records "
        "({values} values); {numbering}.",
    ).format(
        path=path,
        election=summary.election,
        stations=f"{summary.stations:,}",
        regions=summary.regions,
        districts=summary.districts,
        contestants=len(summary.contestants),
        records=f"{summary.records:,}",
        values=f"{summary.values_written:,}",
        numbering=numbering,
    )
