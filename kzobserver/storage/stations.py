"""The station registry: writing stations (by number, never twice) and reading them back."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from kzobserver.domain.model import LocalizedText, Station, reference_id
from kzobserver.domain.stationnumber import station_sort_key
from kzobserver.storage.logbook import Logbook, utc_now
from kzobserver.storage.reference import ElectionRow, list_areas


def station_id(election_code: str, number: str) -> str:
    return reference_id("station", election_code, number)


def _fold(text: str) -> str:
    """Case-, space- and quote-insensitive key for matching area names typed by people."""
    text = text.casefold().replace("ё", "е")
    text = re.sub(r"[\"'«»“”.,()]", " ", text)
    return " ".join(text.split())


# Words people add or leave out of a region's name: "город Астана" / "Астана", "Karaganda Region"
# / "Karaganda", "Қарағанды облысы" / "Қарағанды".
_GENERIC_AREA_WORDS = frozenset(
    {
        *("region", "oblast", "province", "city", "of", "the"),
        *("область", "обл", "город", "г", "облысы", "облыс", "қаласы", "қ"),
    }
)


def _core(folded: str) -> str:
    return " ".join(w for w in folded.split() if w not in _GENERIC_AREA_WORDS)


class AreaResolver:
    """Finds an election's regions by code or by name in any language, and districts below them
    by name, creating districts on demand (districts are not bundled)."""

    def __init__(self, logbook: Logbook, election: ElectionRow) -> None:
        self.logbook = logbook
        self.election = election
        self._regions: dict[str, str] = {}
        # Short names: only used when they point to exactly one region ("Алматы" names both the
        # city and the region, so it resolves to neither and the import says so).
        self._region_cores: dict[str, set[str]] = {}
        self._districts: dict[tuple[str, str], str] = {}
        self.new_districts: list[dict[str, Any]] = []
        self.new_regions: list[dict[str, Any]] = []
        self._codes: set[str] = set()
        self._country_id: str | None = None
        for area in list_areas(logbook, election.id):
            self._codes.add(area.code)
            if area.level == "country" and self._country_id is None:
                self._country_id = area.id
            keys = {area.code, *area.name.variants()}
            if area.level in ("region", "abroad"):
                for key in keys:
                    self._regions[_fold(key)] = area.id
                    self._region_cores.setdefault(_core(_fold(key)), set()).add(area.id)
            elif area.level == "district" and area.parent_id:
                for key in keys:
                    self._districts[(area.parent_id, _fold(key))] = area.id

    def region(self, text: str) -> str | None:
        folded = _fold(text)
        found = self._regions.get(folded)
        if found is None:
            candidates = self._region_cores.get(_core(folded), set())
            if len(candidates) == 1:
                found = next(iter(candidates))
        return found

    def known_regions(self) -> list[str]:
        return [a.code for a in list_areas(self.logbook, self.election.id) if a.level != "country"]

    def add_region(self, name: str, *, level: str = "region") -> str:
        """Create a first-level area named ``name`` (for elections bundled without regions);
        written by the next ``upsert_stations``."""
        found = self.region(name)
        if found:
            return found
        code = base = _fold(name)
        suffix = 1
        while code in self._codes:  # e.g. a region named like the country's code
            suffix += 1
            code = f"{base} {suffix}"
        self._codes.add(code)
        new_id = reference_id("area", self.election.code, code)
        self._regions[_fold(name)] = new_id
        self.new_regions.append(
            {
                "id": new_id,
                "election_id": self.election.id,
                "parent_id": self._country_id,
                "level": level,
                "code": code,
                "name_en": name.strip(),
                "name_ru": "",
                "name_kk": "",
            }
        )
        return new_id

    def district(self, region_id: str, name: str) -> str:
        key = (region_id, _fold(name))
        found = self._districts.get(key)
        if found:
            return found
        code = f"{region_id[:8]}:{_fold(name)}"
        new_id = reference_id("area", self.election.code, code)
        self._districts[key] = new_id
        self.new_districts.append(
            {
                "id": new_id,
                "election_id": self.election.id,
                "parent_id": region_id,
                "level": "district",
                "code": code,
                "name_en": name.strip(),
                "name_ru": "",
                "name_kk": "",
            }
        )
        return new_id


@dataclass
class UpsertSummary:
    added: int = 0
    updated: int = 0
    districts_created: int = 0
    regions_created: int = 0
    numbers: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {
            "added": self.added,
            "updated": self.updated,
            "districts_created": self.districts_created,
            "regions_created": self.regions_created,
        }


def upsert_stations(
    logbook: Logbook,
    election: ElectionRow,
    stations: Iterable[tuple[Station, str | None]],
    resolver: AreaResolver,
    *,
    contest_ids: Iterable[str] = (),
    progress: Callable[[int], None] | None = None,
) -> UpsertSummary:
    """Insert or update ``(station, area_id)`` pairs by station number, in one transaction.

    The caller has validated every station and resolved its area; a station number already in the
    logbook is updated in place (its id, and so everything recorded against it, stays).
    """
    db = logbook.db
    now = utc_now()
    contest_ids = list(contest_ids)
    stations = list(stations)
    summary = UpsertSummary()
    with db.atomic():
        existing = {
            row[0]
            for row in db.execute(
                "SELECT number FROM stations WHERE election_id = ?", [election.id]
            )
        }
        inserts, updates, ids = [], [], []
        for station, area in stations:
            facts = (
                area,
                station.address,
                station.registered_voters,
                station.latitude,
                station.longitude,
                int(station.abroad),
                int(station.synthetic),
                logbook.author,
                logbook.device_id,
            )
            sid = station_id(election.code, station.number)
            if station.number in existing:
                summary.updated += 1
                updates.append((*facts, now, election.id, station.number))
            else:
                summary.added += 1
                existing.add(station.number)
                inserts.append((sid, election.id, station.number, *facts, now, now))
            summary.numbers.append(station.number)
            ids.append(sid)
        if resolver.new_regions:  # before the districts that point at them
            db.table("areas").insert_all(
                [logbook.stamp(r, now=now) for r in resolver.new_regions], pk="id"
            )
            summary.regions_created = len(resolver.new_regions)
            resolver.new_regions = []
        if resolver.new_districts:
            db.table("areas").insert_all(
                [logbook.stamp(d, now=now) for d in resolver.new_districts], pk="id"
            )
            summary.districts_created = len(resolver.new_districts)
            resolver.new_districts = []
        # A plain INSERT for new numbers and an UPDATE for known ones rather than one
        # INSERT ... ON CONFLICT: SQLite checks the child tables' foreign keys for every row of an
        # upsert, which made a 100,000-station import several times slower. An update keeps the
        # station's id and created_at.
        db.conn.executemany(
            """
            INSERT INTO stations (id, election_id, number, area_id, address, registered_voters,
                latitude, longitude, abroad, synthetic, author, device_id, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            inserts,
        )
        db.conn.executemany(
            """
            UPDATE stations SET area_id = ?, address = ?, registered_voters = ?, latitude = ?,
                longitude = ?, abroad = ?, synthetic = ?, author = ?, device_id = ?,
                updated_at = ?
            WHERE election_id = ? AND number = ?
            """,
            updates,
        )
        if contest_ids:
            # In primary-key order: B-tree appends instead of random inserts (~3x faster).
            db.conn.executemany(
                "INSERT OR IGNORE INTO station_contests (station_id, contest_id) VALUES (?, ?)",
                [(sid, cid) for sid in sorted(ids) for cid in sorted(contest_ids)],
            )
        if progress:
            progress(len(ids))
    return summary


def add_stations_to_election(
    logbook: Logbook, election: ElectionRow, stations: list[Station]
) -> UpsertSummary:
    """Write valid stations whose ``region`` is a known area code (bundled and demo data)."""
    resolver = AreaResolver(logbook, election)
    contest_ids = [
        r[0]
        for r in logbook.db.execute("SELECT id FROM contests WHERE election_id = ?", [election.id])
    ]
    pairs = []
    for station in stations:
        region = resolver.region(station.region) if station.region else None
        if station.region and region is None:
            raise KeyError(f"unknown region {station.region!r}")
        area = (
            resolver.district(region, station.district) if region and station.district else region
        )
        pairs.append((station, area))
    return upsert_stations(logbook, election, pairs, resolver, contest_ids=contest_ids)


@dataclass(frozen=True)
class StationListRow:
    """What the navigator needs of each station: light enough to hold 100,000 of them."""

    id: str
    number: str
    region_id: str | None
    address: str
    registered_voters: int | None
    synthetic: bool


def list_stations(logbook: Logbook, election_id: str) -> list[StationListRow]:
    rows = logbook.db.execute(
        """
        SELECT s.id, s.number,
               CASE WHEN a.level = 'district' THEN a.parent_id ELSE a.id END,
               coalesce(s.address, ''), s.registered_voters, s.synthetic
        FROM stations s LEFT JOIN areas a ON a.id = s.area_id
        WHERE s.election_id = ?
        """,
        [election_id],
    ).fetchall()
    stations = [StationListRow(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]
    stations.sort(key=lambda s: station_sort_key(s.number))
    return stations


@dataclass(frozen=True)
class StationDetail:
    id: str
    number: str
    address: str | None
    registered_voters: int | None
    latitude: float | None
    longitude: float | None
    abroad: bool
    synthetic: bool
    region: LocalizedText | None
    district: LocalizedText | None
    contests: tuple[tuple[str, LocalizedText], ...]  # (contest code, name)
    created_at: str
    updated_at: str


def get_station(logbook: Logbook, station_id_: str) -> StationDetail | None:
    row = logbook.db.execute(
        """
        SELECT s.id, s.number, s.address, s.registered_voters, s.latitude, s.longitude, s.abroad,
               s.synthetic, s.created_at, s.updated_at,
               a.level, a.name_en, a.name_ru, a.name_kk,
               p.name_en, p.name_ru, p.name_kk
        FROM stations s
        LEFT JOIN areas a ON a.id = s.area_id
        LEFT JOIN areas p ON p.id = a.parent_id AND a.level = 'district'
        WHERE s.id = ?
        """,
        [station_id_],
    ).fetchone()
    if row is None:
        return None
    own = LocalizedText(row[11], row[12], row[13]) if row[10] else None
    parent = LocalizedText(row[14], row[15], row[16]) if row[14] is not None else None
    region, district = (parent, own) if row[10] == "district" else (own, None)
    contests = tuple(
        (r[0], LocalizedText(r[1], r[2], r[3]))
        for r in logbook.db.execute(
            """
            SELECT c.code, c.name_en, c.name_ru, c.name_kk FROM station_contests sc
            JOIN contests c ON c.id = sc.contest_id WHERE sc.station_id = ? ORDER BY c.rowid
            """,
            [station_id_],
        )
    )
    return StationDetail(
        id=row[0],
        number=row[1],
        address=row[2],
        registered_voters=row[3],
        latitude=row[4],
        longitude=row[5],
        abroad=bool(row[6]),
        synthetic=bool(row[7]),
        region=region,
        district=district,
        contests=contests,
        created_at=row[8],
        updated_at=row[9],
    )


def station_counts(logbook: Logbook, election_id: str) -> tuple[int, int]:
    """(all stations, synthetic stations) of the election."""
    row = logbook.db.execute(
        "SELECT count(*), coalesce(sum(synthetic), 0) FROM stations WHERE election_id = ?",
        [election_id],
    ).fetchone()
    return int(row[0]), int(row[1])
