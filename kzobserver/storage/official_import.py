"""Importing official per-station results: one row per station, a column per protocol line and
one per candidate or party, as election commissions publish them (CSV, XLSX or a zipped CSV).

The rows are streamed (``open_table``) and only the parsed counts are kept, so a 100,000-row
national table is never held twice. All or nothing: every problem is reported with its row and
column, and a file with any problem writes nothing.

Rows whose station is not in the logbook are reported (how many, and the first ones with their row
numbers) and by default reject the file: silently importing part of a national table would make
the missing stations look unobserved rather than unmatched. ``allow_unmatched=True`` imports the
matched rows only, for a logbook that holds just the observed stations.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzobserver.i18n import translate
from kzobserver.storage.checks import contest_lines
from kzobserver.storage.errors import InputFileError, LogbookError, Problem
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocol_import import find_contest, write_records
from kzobserver.storage.protocols import Source
from kzobserver.storage.reference import ContestRow, current_election
from kzobserver.storage.results_table import ResultRow, RowReader, plan_columns, quoted
from kzobserver.storage.stations import AreaResolver
from kzobserver.storage.tabular import MAX_PROBLEMS, open_table

Progress = Callable[[int, int], None]
UNMATCHED_EXAMPLES = 10


@dataclass
class OfficialImportSummary:
    file: str
    contest: str
    rows: int = 0
    stations: int = 0
    records_created: int = 0
    records_updated: int = 0
    values_written: int = 0
    columns: dict[str, str] = field(default_factory=dict)  # line code → column name
    ignored_columns: list[str] = field(default_factory=list)
    missing_lines: list[str] = field(default_factory=list)  # contest lines without a column
    unmatched: int = 0
    unmatched_examples: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "contest": self.contest,
            "source": Source.OFFICIAL.value,
            "rows": self.rows,
            "stations": self.stations,
            "records_created": self.records_created,
            "records_updated": self.records_updated,
            "values_written": self.values_written,
            "columns": dict(self.columns),
            "ignored_columns": list(self.ignored_columns),
            "missing_lines": list(self.missing_lines),
            "unmatched": self.unmatched,
            "unmatched_examples": list(self.unmatched_examples),
        }


class StationMatcher:
    """Finds a logbook's station for a row: by number within the row's region when the file names
    one the logbook knows (numbers such as Russian UIK numbers repeat across regions, and a
    logbook made from results stores them as "<region code>-<number>"), else by number alone."""

    def __init__(self, logbook: Logbook, contest: ContestRow) -> None:
        election = current_election(logbook)
        assert election is not None
        self.resolver = AreaResolver(logbook, election)
        self.by_number: dict[str, str] = {}
        self.by_region: dict[str, dict[str, str]] = {}  # region id → number → station id
        self.unplaced: dict[str, str] = {}  # stations without a region: by number alone
        self._regions: dict[str, dict[str, str] | None] = {}  # as the file names them
        # Three plain reads joined here rather than in SQL, the areas being few: a third less
        # time at 100,000 stations.
        db = logbook.db
        areas = {
            area_id: (level, parent_id, code)
            for area_id, level, parent_id, code in db.execute(
                "SELECT id, level, parent_id, code FROM areas"
            )
        }
        places: dict[str, tuple[dict[str, str], str]] = {}  # area id → (its region's, "<code>-")
        for area_id, (level, parent_id, _) in areas.items():
            region_id = parent_id if level == "district" else area_id
            if region_id in areas:
                numbers = self.by_region.setdefault(region_id, {})
                places[area_id] = (numbers, areas[region_id][2] + "-")
        in_contest = {
            sid
            for (sid,) in db.execute(
                "SELECT station_id FROM station_contests WHERE contest_id = ?", [contest.id]
            )
        }
        prefixed: list[tuple[dict[str, str], str, str]] = []
        for sid, number, area_id in db.execute(  # NOT INDEXED: see summary.station_places
            "SELECT id, number, area_id FROM stations NOT INDEXED WHERE election_id = ?",
            [election.id],
        ):
            if sid not in in_contest:
                continue
            self.by_number[number] = sid
            place = places.get(area_id)
            if place is None:
                self.unplaced[number] = sid
                continue
            numbers, prefix = place
            numbers[number] = sid
            if number.startswith(prefix):  # "22-554" is UIK 554 of region 22
                prefixed.append((numbers, number[len(prefix) :], sid))
        for numbers, number, sid in prefixed:  # a number as stored wins over one unprefixed
            numbers.setdefault(number, sid)

    def match(self, number: str, region: str) -> str | None:
        if region:
            try:
                numbers = self._regions[region]
            except KeyError:
                region_id = self.resolver.region(region)
                numbers = self._regions[region] = (
                    None if region_id is None else self.by_region.get(region_id, {})
                )
            if numbers is not None:
                return numbers.get(number) or self.unplaced.get(number)
        return self.by_number.get(number)


def unmatched_problems(file: str, unmatched: list[ResultRow], count: int) -> list[Problem]:
    first = unmatched[0]
    problems = [
        Problem(
            file,
            translate(
                "OfficialImport",
                "{n} rows name stations that are not in this logbook (the first on row {row}). "
                "Import the station registry first, or import only the stations the logbook "
                "holds (on the command line: --allow-unmatched).",
            ).format(n=count, row=first.row),
        )
    ]
    message = translate("OfficialImport", "Station “{station}” ({region}) is not in the logbook.")
    for r in unmatched[:UNMATCHED_EXAMPLES]:
        text = message.format(station=r.station, region=r.region or "—")
        problems.append(Problem(file, text, r.row))
    return problems


def import_official(
    logbook: Logbook,
    file: str | Path,
    *,
    contest_code: str | None = None,
    mapping: Mapping[str, str] | None = None,
    allow_unmatched: bool = False,
    progress: Progress | None = None,
) -> OfficialImportSummary:
    """Write an ``official`` record for every row of the results table ``file`` in one
    transaction, or nothing at all.

    ``mapping`` (line code, "station", "region" or "district" → column name) overrides the column
    recognition. Raises :class:`InputFileError` listing every problem, unmatched stations
    included unless ``allow_unmatched``. ``progress(done, total)`` counts rows read, then records
    written (total = twice the rows; 0 while unknown, for a workbook) and may raise to cancel."""
    file = Path(file)
    election = current_election(logbook)
    if election is None:
        raise LogbookError(translate("OfficialImport", "This logbook has no election yet."))
    contest = find_contest(logbook, election.id, contest_code)
    lines = contest_lines(contest)
    matcher = StationMatcher(logbook, contest)
    with open_table(file) as reader:
        plan = plan_columns(file.name, reader.header, lines, contest, mapping, reader.header_row)
        rows = RowReader(reader, plan, progress)
        records: list[tuple[str, tuple[int | None, ...]]] = []
        unmatched: list[ResultRow] = []
        unmatched_count = 0
        first_row: dict[str, int] = {}
        station_column = plan.header[plan.places["station"]]
        for r in rows:
            if r.number is None:
                continue
            sid = matcher.match(r.number, r.region)
            if sid is None:
                unmatched_count += 1
                if len(unmatched) < UNMATCHED_EXAMPLES:
                    unmatched.append(r)
            elif sid in first_row:
                rows.problems.append(
                    Problem(
                        file.name,
                        translate(
                            "OfficialImport", "Station “{station}” is on rows {first} and {row}."
                        ).format(station=r.station, first=first_row[sid], row=r.row),
                        r.row,
                        station_column,
                    )
                )
            else:
                first_row[sid] = r.row
                records.append((sid, r.values))
    problems = rows.problems
    if not rows.rows:
        problems.append(
            Problem(
                file.name, translate("OfficialImport", "The file has no rows below the header.")
            )
        )
    if unmatched_count and not allow_unmatched and len(problems) < MAX_PROBLEMS:
        problems.extend(unmatched_problems(file.name, unmatched, unmatched_count))
    if problems:
        raise InputFileError(problems)
    total = 2 * len(records)

    def written(done: int) -> None:
        if progress:
            progress(len(records) + done, total)

    codes = tuple(plan.lines)
    result = write_records(
        logbook, contest, Source.OFFICIAL, "", codes, records, progress=written, file=file
    )
    summary = OfficialImportSummary(
        file=file.name,
        contest=contest.code,
        rows=rows.rows,
        stations=result.stations,
        records_created=result.records_created,
        records_updated=result.records_updated,
        values_written=result.values_written,
        columns={code: plan.header[i] for code, i in plan.lines.items()},
        ignored_columns=[plan.header[i] for i in plan.unused()],
        missing_lines=[line.code for line in lines if line.code not in plan.lines],
        unmatched=unmatched_count,
        unmatched_examples=[
            {"row": r.row, "station": r.station, "region": r.region} for r in unmatched
        ],
    )
    if progress:
        progress(total, total)
    return summary


def describe(summary: OfficialImportSummary) -> str:
    text = translate(
        "OfficialImport",
        "{stations} official records for {contest} from {rows} rows: {created} new, {updated} "
        "updated, {values} values.",
    ).format(
        stations=summary.stations,
        contest=summary.contest,
        rows=summary.rows,
        created=summary.records_created,
        updated=summary.records_updated,
        values=summary.values_written,
    )
    if summary.unmatched:
        text += "\n" + translate(
            "OfficialImport", "{n} rows were left out: their stations are not in the logbook."
        ).format(n=summary.unmatched)
    if summary.ignored_columns:
        text += "\n" + translate("OfficialImport", "Columns not imported: {columns}.").format(
            columns=quoted(summary.ignored_columns)
        )
    if summary.missing_lines:
        text += "\n" + translate("OfficialImport", "Lines without a column: {lines}.").format(
            lines=", ".join(summary.missing_lines)
        )
    return text
