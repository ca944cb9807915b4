"""How the observed stations were drawn: the sample design recorded for an election.

The latest row of ``sample_designs`` counts (rows are never changed, so the history stays). With
no row, the sample is taken to be a simple random sample from all the election's stations in the
logbook. A stratified design draws a separate random sample in each region (the strata are the
regions, and "abroad"); its stratum sizes (stations per region) are recorded, or, when NULL, are
the logbook's station count per region. A simple design may record its population size too (as
sizes whose sum it is), for a logbook that holds only the sampled stations.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kzobserver.domain.estimates import SampleDesign
from kzobserver.domain.model import new_id
from kzobserver.i18n import translate
from kzobserver.storage import audit
from kzobserver.storage.cells import cell_text, parse_count
from kzobserver.storage.errors import InputFileError, LogbookError, Problem
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.reference import current_election, list_regions
from kzobserver.storage.stations import AreaResolver
from kzobserver.storage.tabular import MAX_PROBLEMS, open_table

SIMPLE = "simple"
STRATIFIED = "stratified"
KINDS = (SIMPLE, STRATIFIED)
NO_REGION = ""  # the stratum of stations outside any region


@dataclass(frozen=True)
class DesignInfo:
    """A sample design as the user sees it."""

    kind: str  # simple | stratified
    population_size: int  # stations in all; 0 in a logbook without stations
    strata: int  # 1 for a simple design
    recorded: bool  # False: nothing recorded, the default design is used
    sizes_recorded: bool  # False: the sizes are the logbook's station counts
    note: str = ""
    created_at: str | None = None
    stratum_sizes: Mapping[str, int] = field(default_factory=dict)  # region code → stations

    def sample_design(self) -> SampleDesign:
        """The domain's design for the estimates; LogbookError when there are no stations."""
        if self.population_size < 1:
            raise LogbookError(
                translate(
                    "SampleDesign",
                    "The election has no stations in this logbook to draw a sample from.",
                )
            )
        if self.kind == STRATIFIED:
            return SampleDesign.stratified(self.stratum_sizes)
        return SampleDesign.simple(self.population_size)


def set_sample_design(
    logbook: Logbook,
    kind: str,
    stratum_sizes: Mapping[str, int] | None = None,
    note: str = "",
) -> str:
    """Record how the sample was drawn for the logbook's election; returns the new row's id.

    ``stratum_sizes`` maps region codes to their number of stations; None means the logbook's
    station counts (looked up each time the design is used, so later imports count)."""
    election = current_election(logbook)
    if election is None:
        raise LogbookError(translate("SampleDesign", "This logbook has no election yet."))
    if kind not in KINDS:
        raise LogbookError(
            translate("SampleDesign", "Unknown sample design “{kind}”; use {kinds}.").format(
                kind=kind, kinds=", ".join(KINDS)
            )
        )
    sizes = None if stratum_sizes is None else _checked_sizes(logbook, election.id, stratum_sizes)
    row_id = new_id()
    record = {
        "id": row_id,
        "election_id": election.id,
        "kind": kind,
        "stratum_sizes": None if sizes is None else json.dumps(sizes, ensure_ascii=False),
        "note": note.strip(),
    }
    with logbook.db.atomic():
        logbook.db.table("sample_designs").insert(logbook.stamp(record))
        # The design decides every margin of error in a report: who changed it is on record.
        audit.append(
            logbook,
            "sample_design.set",
            table="sample_designs",
            row_id=row_id,
            after={"kind": kind, "stratum_sizes": sizes, "note": record["note"]},
        )
    return row_id


def _checked_sizes(
    logbook: Logbook, election_id: str, stratum_sizes: Mapping[str, int]
) -> dict[str, int]:
    if not stratum_sizes:
        raise LogbookError(
            translate("SampleDesign", "The stratum sizes name no region: give at least one.")
        )
    known = {a.code for a in list_regions(logbook, election_id)}
    sizes: dict[str, int] = {}
    for code, size in stratum_sizes.items():
        if code not in known:
            raise LogbookError(
                translate("SampleDesign", "There is no region “{region}” in this election.").format(
                    region=code
                )
            )
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise LogbookError(
                translate(
                    "SampleDesign", "Region “{region}” must have at least 1 station, not {size}."
                ).format(region=code, size=size)
            )
        sizes[code] = size
    return sizes


def station_counts_by_region(logbook: Logbook, election_id: str) -> dict[str, int]:
    """Region code (NO_REGION for stations outside any) → the logbook's stations in it."""
    return {
        region or NO_REGION: count
        for region, count in logbook.db.execute(
            """
            SELECT r.code, count(*) FROM stations s
            LEFT JOIN areas a ON a.id = s.area_id
            LEFT JOIN areas r
                ON r.id = CASE WHEN a.level = 'district' THEN a.parent_id ELSE a.id END
            WHERE s.election_id = ?
            GROUP BY r.code
            """,
            [election_id],
        )
    }


def design_info(logbook: Logbook, election_id: str) -> DesignInfo:
    """The design the estimates use (the latest recorded, or the default), described."""
    row = logbook.db.execute(
        """
        SELECT kind, stratum_sizes, note, created_at FROM sample_designs
        WHERE election_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1
        """,
        [election_id],
    ).fetchone()
    kind, recorded_sizes, note, created_at = row or (SIMPLE, None, "", None)
    if recorded_sizes is None:
        sizes = station_counts_by_region(logbook, election_id)
    else:
        sizes = {str(k): int(v) for k, v in json.loads(recorded_sizes).items()}
    population = sum(sizes.values())
    return DesignInfo(
        kind=kind,
        population_size=population,
        strata=len(sizes) if kind == STRATIFIED else 1,
        recorded=row is not None,
        sizes_recorded=recorded_sizes is not None,
        note=note,
        created_at=created_at,
        stratum_sizes=sizes,
    )


def sample_design(logbook: Logbook, election_id: str) -> SampleDesign:
    """The design the estimates use: the latest recorded one, or the default."""
    return design_info(logbook, election_id).sample_design()


def read_stratum_sizes(logbook: Logbook, path: Path) -> dict[str, int]:
    """Region code → stations from a CSV or XLSX file whose first two columns are the region
    (code or name in any language) and its number of stations, below a header row. All or
    nothing: every problem is reported."""
    election = current_election(logbook)
    if election is None:
        raise LogbookError(translate("SampleDesign", "This logbook has no election yet."))
    resolver = AreaResolver(logbook, election)
    codes = {a.id: a.code for a in list_regions(logbook, election.id)}
    sizes: dict[str, int] = {}
    problems: list[Problem] = []
    path = Path(path)
    with open_table(path) as reader:
        if len(reader.header) < 2:
            raise InputFileError(
                [
                    Problem(
                        path.name,
                        translate(
                            "SampleDesign",
                            "The file needs two columns: the region and its number of stations.",
                        ),
                    )
                ]
            )
        region_column, size_column = reader.header[0], reader.header[1]
        for number, cells in reader.rows():
            region_text, size_text = cell_text(cells[0]), cells[1]
            region_id = resolver.region(region_text) if region_text else None
            if region_id is None or region_id not in codes:
                message = translate(
                    "SampleDesign", "There is no region “{region}” in this election."
                )
                problems.append(
                    Problem(path.name, message.format(region=region_text), number, region_column)
                )
                continue
            try:
                size = parse_count(size_text)
            except ValueError:
                size = None
            if size is None or size < 1:
                message = translate(
                    "SampleDesign", "“{value}” is not a number of stations (1 or more)."
                )
                problems.append(
                    Problem(
                        path.name, message.format(value=cell_text(size_text)), number, size_column
                    )
                )
                continue
            if codes[region_id] in sizes:
                message = translate("SampleDesign", "Region “{region}” is listed twice.")
                problems.append(
                    Problem(path.name, message.format(region=region_text), number, region_column)
                )
                continue
            sizes[codes[region_id]] = size
            if len(problems) >= MAX_PROBLEMS:
                break
        reader.raise_problems()
    if problems:
        raise InputFileError(problems)
    if not sizes:
        message = translate("SampleDesign", "The file lists no region.")
        raise InputFileError([Problem(path.name, message)])
    return sizes
