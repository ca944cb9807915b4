"""What a logbook's protocol records add up to, and where two sources part: the totals of one
source (``summary``) and the station-by-station comparison of two (``compare_sources``), read in
bulk (one query per source, never one per station) for 100,000 stations.

One record per station and source: where several observers recorded the same station, the most
recently updated record counts (the same rule for the totals and for the comparison).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from kzobserver.domain.comparison import (
    NetShift,
    Record,
    StationComparison,
    compare_many,
    issued_lines,
    net_shift,
)
from kzobserver.domain.model import LocalizedText
from kzobserver.domain.stationnumber import station_sort_key
from kzobserver.domain.templates import VOTES_PREFIX
from kzobserver.i18n import translate
from kzobserver.storage.checks import contest_lines
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocol_import import find_contest
from kzobserver.storage.protocols import Source
from kzobserver.storage.reference import ContestRow, ElectionRow, current_election, list_areas
from kzobserver.storage.station_reviews import current_reviews

# The chosen record of each station: the latest updated (ties: the smallest id, to be stable).
# Official records are one per station by the schema's unique key, so they need no choosing.
_CHOSEN = """
    SELECT id, station_id FROM (
        SELECT id, station_id, row_number() OVER (
            PARTITION BY station_id ORDER BY updated_at DESC, id
        ) AS n
        FROM protocols WHERE contest_id = ? AND source = ?
    ) WHERE n = 1
"""
_ALL = "SELECT id, station_id FROM protocols WHERE contest_id = ? AND source = ?"


def _chosen(source: str) -> str:
    return _ALL if source == Source.OFFICIAL else _CHOSEN


def _source(source: str) -> str:
    try:
        return Source(source).value
    except ValueError:
        raise LogbookError(
            translate("OfficialImport", "Unknown source “{source}”; use {sources}.").format(
                source=source, sources=", ".join(s.value for s in Source)
            )
        ) from None


def election_and_contest(logbook: Logbook, contest: str | None) -> tuple[ElectionRow, ContestRow]:
    election = current_election(logbook)
    if election is None:
        raise LogbookError(translate("OfficialImport", "This logbook has no election yet."))
    return election, find_contest(logbook, election.id, contest)


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 4) if whole else None


def summary(
    logbook: Logbook, source: str = "official", contest: str | None = None
) -> dict[str, Any]:
    """Totals per line and contestant over the records of ``source``, the turnout (ballots issued
    over voters on the list, both summed over the records) and each contestant's share of the
    contestants' votes. The sums run in SQLite; see the README for the shape."""
    source = _source(source)
    _, row = election_and_contest(logbook, contest)
    db = logbook.db
    chosen = _chosen(source)
    stations = db.execute(f"SELECT count(*) FROM ({chosen})", [row.id, source]).fetchone()[0]
    sums = {
        line: (total, counted)
        for line, total, counted in db.execute(
            f"""
            SELECT v.line, sum(v.value), count(v.value)
            FROM ({chosen}) c JOIN protocol_values v ON v.protocol_id = c.id
            GROUP BY v.line
            """,
            [row.id, source],
        )
    }
    lines = contest_lines(row)
    codes = [line.code for line in lines]
    totals = {code: sums.get(code, (None, 0)) for code in codes}
    issued_codes = issued_lines(codes)
    issued = sum(totals[c][0] or 0 for c in issued_codes)
    voters = totals.get("voters_on_list", (None, 0))[0] or 0
    votes = {c.code: totals[VOTES_PREFIX + c.code][0] or 0 for c in row.contestants}
    base = sum(votes.values())
    return {
        "contest": row.code,
        "source": source,
        "stations": stations,
        "lines": [
            {
                "code": line.code,
                "number": line.number,
                "label": line.label.en,
                "total": totals[line.code][0] or 0,
                "stations": totals[line.code][1],  # records with a value on this line
            }
            for line in lines
        ],
        "turnout": {
            "issued_lines": list(issued_codes),
            "ballots_issued": issued,
            "voters_on_list": voters,
            "percent": _percent(issued, voters),
        },
        "contestants": [
            {
                "code": c.code,
                "name": _names(c.name),
                "votes": votes[c.code],
                "share_percent": _percent(votes[c.code], base),
            }
            for c in row.contestants
        ],
        "contestant_votes": base,
    }


def _names(text: LocalizedText) -> dict[str, str]:
    return {"en": text.en, "ru": text.ru, "kk": text.kk}


# Each record's values as one JSON object, spliced as text into one JSON object for the whole
# source, keyed by station: Python parses it in one call (C speed) instead of handling a row per
# record or per value. Spliced rather than nested with json_group_object, which would parse every
# record's object again (or, on some SQLite versions, quote it as a string). The records are read
# in the order they are stored, which is the order of their values.
_SOURCE_VALUES = """
    SELECT '{{' || coalesce(group_concat(json_quote(p.station_id) || ':' || (
        SELECT json_group_object(v.line, v.value) FROM protocol_values v
        WHERE v.protocol_id = p.id
    ), ','), '') || '}}'
    FROM protocols p WHERE p.contest_id = ? AND p.source = ? {latest}
"""
# Where several observers recorded a station, the latest updated record (ties: the smallest id),
# as in _CHOSEN; official records are one per station by the schema's unique key.
_LATEST = """
    AND NOT EXISTS (
        SELECT 1 FROM protocols q
        WHERE q.station_id = p.station_id AND q.contest_id = p.contest_id
            AND q.source = p.source
            AND (q.updated_at > p.updated_at OR (q.updated_at = p.updated_at AND q.id < p.id))
    )
"""


def load_source(logbook: Logbook, contest: ContestRow, source: str) -> dict[str, Record]:
    """Station id → line values of its record from ``source``, in one query that returns one
    JSON text (see _SOURCE_VALUES): a quarter less time than a row per record at 100,000
    stations."""
    source = _source(source)
    sql = _SOURCE_VALUES.format(latest="" if source == Source.OFFICIAL else _LATEST)
    found: dict[str, Record] = json.loads(
        logbook.db.execute(sql, [contest.id, source]).fetchone()[0]
    )
    return found


def station_places(logbook: Logbook, election_id: str) -> dict[str, tuple[str, str | None]]:
    """Station id → (number, region code), the region being the one above a district. The few
    areas are joined here rather than in SQL: half the time at 100,000 stations."""
    db = logbook.db
    areas = {
        area_id: (level, parent_id, code)
        for area_id, level, parent_id, code in db.execute(
            "SELECT id, level, parent_id, code FROM areas"
        )
    }
    regions: dict[str | None, str | None] = {None: None}  # area id → its region's code
    for area_id, (level, parent_id, code) in areas.items():
        if level != "district":
            regions[area_id] = code
        else:
            parent = areas.get(parent_id) if parent_id else None
            regions[area_id] = parent[2] if parent else None
    # NOT INDEXED: reading the table through (a logbook holds one election, or few) costs less
    # than a look-up from the (election, number) index for every station.
    return {
        sid: (number, regions.get(area_id))
        for sid, number, area_id in db.execute(
            "SELECT id, number, area_id FROM stations NOT INDEXED WHERE election_id = ?",
            [election_id],
        )
    }


def region_names(logbook: Logbook, election_id: str, lang: str = "en") -> dict[str, str]:
    """Region area code → name, for reports."""
    return {
        a.code: a.name.get(lang)
        for a in list_areas(logbook, election_id)
        if a.level in ("region", "abroad")
    }


def compare_sources(
    logbook: Logbook,
    a: str = "pec_copy",
    b: str = "official",
    contest: str | None = None,
    tolerance_abs: int = 0,
    tolerance_percent: float = 0.0,
    progress: Callable[[int, int], None] | None = None,
) -> list[StationComparison]:
    """Every station with a record from ``a`` or ``b`` (or both), compared line by line (see
    domain.comparison: differences are b − a), in station-number order. A station recorded by
    one source only has every line missing on the other side (``one_sided``). A reviewer's
    decision in force (storage.station_reviews) replaces a station's status.
    ``progress(step, 4)`` is called between the four steps (read A, read B, order and reviews,
    compare) and may raise to cancel."""
    step = progress or (lambda done, total: None)
    if _source(a) == _source(b):
        raise LogbookError(translate("OfficialImport", "Compare two different sources."))
    election, row = election_and_contest(logbook, contest)
    step(0, 4)
    left = load_source(logbook, row, a)
    step(1, 4)
    right = load_source(logbook, row, b)
    step(2, 4)
    places = station_places(logbook, election.id)
    ids = sorted(left.keys() | right.keys(), key=lambda s: number_key(places[s][0]))
    empty: Record = {}
    codes = [line.code for line in contest_lines(row)]
    # compare_many keys stations by their number, as the comparisons name them.
    reviews = {
        places[sid][0]: review
        for sid, review in current_reviews(logbook, row.id, _source(a), _source(b)).items()
        if sid in places
    }
    step(3, 4)
    comparisons = compare_many(
        ((*places[s], left.get(s, empty), right.get(s, empty)) for s in ids),
        codes,
        tolerance_abs,
        tolerance_percent,
        reviews=reviews,
    )
    step(4, 4)
    return comparisons


def number_key(number: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key that puts "22-99" before "22-554" (region-prefixed numbers, see
    results_logbook) and plain numbers in numeric order."""
    region, dash, station = number.partition("-")
    get = _PART_KEYS.get
    if not dash:
        return (get(number) or _part_key(number),)
    if "-" not in station:
        return (get(region) or _part_key(region), get(station) or _part_key(station))
    return tuple(map(_part_key, number.split("-")))


# One key object per part ("22", "554"): tuples holding the same objects compare by identity,
# which halves the time of sorting 100,000 stations of 90 regions. Bounded: parts are few.
_PART_KEYS: dict[str, tuple[int, int, str]] = {}


def _part_key(part: str) -> tuple[int, int, str]:
    key = _PART_KEYS.get(part)
    if key is None:
        key = (0, int(part), "") if part.isdecimal() else station_sort_key(part)
        if len(_PART_KEYS) < 100_000:
            _PART_KEYS[part] = key
    return key


def one_sided(comparison: StationComparison) -> str | None:
    """ "a" or "b" when only that source has a value for the station, else None."""
    has_a = any(v is not None for v in comparison.a)
    has_b = any(v is not None for v in comparison.b)
    if has_a == has_b:
        return None
    return "a" if has_a else "b"


def shifts(comparisons: Iterable[StationComparison]) -> tuple[NetShift, dict[str, NetShift]]:
    """Net shift nationally and by region code (regions with a mismatching station only)."""
    comparisons = list(comparisons)
    national = net_shift(comparisons)[None]
    by_region = {k or "": v for k, v in net_shift(comparisons, by="region").items()}
    return national, by_region
