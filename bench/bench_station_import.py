"""Station registry import at national scale: 100,000 stations from a CSV into a fresh logbook,
against a baseline of csv.reader + one sqlite3 executemany of the same rows into a plain table.

    .venv/bin/python bench/bench_station_import.py [--stations N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import os
import pstats
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HEADER = ["number", "region", "district", "address", "registered_voters", "latitude", "longitude"]
REGIONS = [
    "astana", "almaty", "shymkent", "город Астана", "Карагандинская область", "Түркістан облысы",
    "akmola", "aktobe", "atyrau", "kostanay", "pavlodar", "abai", "zhetysu", "ulytau",
]  # fmt: skip


def write_stations_csv(path: Path, count: int) -> None:
    rng = random.Random(2023)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        for number in range(1, count + 1):
            writer.writerow(
                [
                    number,
                    rng.choice(REGIONS),
                    f"District {rng.randint(1, 60)}",
                    f"{rng.randint(1, 250)} Bench Street, building {number}",
                    rng.randint(50, 3000),
                    f"{rng.uniform(40.5, 55.4):.5f}",
                    f"{rng.uniform(46.5, 87.3):.5f}",
                ]
            )


def baseline(csv_path: Path, db_path: Path) -> float:
    """The floor: parse the CSV and insert its rows, unchecked, into a plain table."""
    start = time.perf_counter()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(
        "CREATE TABLE stations (number TEXT, region TEXT, district TEXT, address TEXT, "
        "registered_voters INTEGER, latitude REAL, longitude REAL)"
    )
    with csv_path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        with conn:
            conn.executemany("INSERT INTO stations VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()
    return time.perf_counter() - start


def schema_floor(csv_path: Path, logbook_path: Path) -> float:
    """What the logbook's schema alone costs: the rows, unchecked, written with executemany into
    a fresh logbook's stations and station_contests tables (same indexes, keys and pages)."""
    from kzobserver.domain.model import reference_id
    from kzobserver.storage.logbook import utc_now
    from kzobserver.storage.setup import create_logbook

    logbook = create_logbook(logbook_path, "kz-2023-majilis")
    db = logbook.db
    election, code = db.execute("SELECT id, code FROM elections").fetchone()
    contests = [r[0] for r in db.execute("SELECT id FROM contests")]
    start = time.perf_counter()
    now = utc_now()
    with csv_path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        stations = [
            (reference_id("station", code, r[0]), election, r[0], r[3], r[4], r[5], r[6], now, now)
            for r in rows
        ]
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO stations (id, election_id, number, address, registered_voters, latitude,"
            " longitude, device_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,'bench',?,?)",
            stations,
        )
        db.conn.executemany(
            "INSERT INTO station_contests VALUES (?, ?)",
            [(s[0], c) for s in sorted(stations) for c in contests],
        )
    elapsed = time.perf_counter() - start
    logbook.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stations", type=int, default=100_000)
    parser.add_argument("--profile", action="store_true", help="print the top of a cProfile")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kzbench-") as tmp:
        folder = Path(tmp)
        os.environ["KZOBSERVER_HOME"] = str(folder / "home")  # never touch the user's data
        from kzobserver.storage.setup import create_logbook
        from kzobserver.storage.station_import import import_stations
        from kzobserver.storage.tabular import read_table

        csv_path = folder / "stations.csv"
        write_stations_csv(csv_path, args.stations)
        size_mb = csv_path.stat().st_size / 1e6
        print(f"{args.stations:,} stations, {size_mb:.1f} MB CSV")

        base = baseline(csv_path, folder / "baseline.sqlite")
        floor = schema_floor(csv_path, folder / "floor.sqlite")

        logbook = create_logbook(folder / "bench.sqlite", "kz-2023-majilis")
        profiler = cProfile.Profile() if args.profile else None
        start = time.perf_counter()
        if profiler:
            profiler.enable()
        table = read_table(csv_path)
        read_done = time.perf_counter()
        summary = import_stations(logbook, table)
        end = time.perf_counter()
        if profiler:
            profiler.disable()
        logbook.close()
        assert summary.added == args.stations, summary.as_dict()

        ours = end - start
        print(f"baseline (csv.reader + sqlite3 executemany): {base:6.2f} s")
        print(f"same, into the logbook schema (no checks):   {floor:6.2f} s")
        print(f"read_table:                                  {read_done - start:6.2f} s")
        print(f"import_stations (check + write):             {end - read_done:6.2f} s")
        print(f"kzobserver total:                            {ours:6.2f} s")
        print(f"ratio: {ours / base:.1f}x the baseline, {ours / floor:.1f}x the schema floor")
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
