"""Official per-station results at national scale: ../shared/data/ru/2018.csv.zip (97,699
stations, 20 lines each) imported into a logbook that holds the stations, against a baseline of
csv.reader + int() + one sqlite3 executemany of the same values, in long format (station, line,
value), into a plain table; measured in the same run. Also timed: the same values into a table
shaped like the logbook's protocol_values (a 36-character protocol id, the line and the value,
WITHOUT ROWID, in key order: the schema's floor for a row of parameters per value, which the
import beats by handing SQLite one JSON text per 2,500 records), and ``init --from-results``.

    .venv/bin/python bench/bench_official_import.py [--file PATH] [--stations N] [--repeat 3]
        [--profile]

Each figure is the best of --repeat runs, the three taking turns, so a machine busy with
something else slows them alike; every run of the import starts from a fresh copy of the same
logbook (the stations, no official records), opened before the clock starts.

Without the shared file (or with --stations N) a generated file of N stations (default 100,000)
with the same Russian header is used instead.

On a 2-core laptop-class VM (Python 3.11, SQLite 3.40): baseline 4.3 s, schema floor 6.0 s,
import 5.9 s (1.4x the baseline, target 2x; about 3x before schema 6 dropped the four audit
columns of each value and write_records got its bulk path).
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import io
import os
import pstats
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from kzobserver.domain.templates import get_template

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "ru" / "2018.csv.zip"
# Headers as the commission publishes them: the template lists them as the lines' aliases.
LINES = [line.aliases[0] for line in get_template("ru-federal").lines]
CANDIDATES = ["Иванов Иван Иванович", "Петров Пётр Петрович", "Сидорова Анна Сергеевна"]


def generate(path: Path, stations: int) -> None:
    rng = random.Random(2018)
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(["region", "tik", "uik", *LINES, *CANDIDATES, "url"])
    for n in range(stations):
        region = f"Регион {n % 85 + 1}"
        voters = rng.randint(300, 3000)
        votes = [rng.randint(0, voters // 3) for _ in CANDIDATES]
        lines = [voters, voters, 0, sum(votes), 0, 0, 0, sum(votes), 0, sum(votes), 0, 0]
        writer.writerow([region, f"ТИК {n % 31}", f"УИК №{n // 85 + 1}", *lines, *votes, ""])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("results.csv", text.getvalue())


def baseline(path: Path, db_path: Path, schema_floor: bool) -> float:
    """csv.reader + int() + executemany of (station, line, value) rows in one transaction, the
    line named by its column's position. The floor variant writes the same rows into a table
    shaped like protocol_values (a 36-character id, the line and the value, WITHOUT ROWID), in
    key order as the import does."""
    for leftover in db_path.parent.glob(db_path.name + "*"):
        leftover.unlink()  # an earlier repetition's file
    start = time.perf_counter()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    if schema_floor:
        conn.execute(
            "CREATE TABLE v (protocol_id TEXT NOT NULL, line TEXT NOT NULL, value INTEGER, "
            "PRIMARY KEY (protocol_id, line)) WITHOUT ROWID"
        )
    else:
        conn.execute("CREATE TABLE v (station TEXT, line TEXT, value INTEGER)")
    archive = zipfile.ZipFile(path)
    text = io.TextIOWrapper(archive.open(archive.namelist()[0]), encoding="utf-8", newline="")
    reader = csv.reader(text)
    header = next(reader)
    columns = [(i, f"line{i}") for i, c in enumerate(header) if i > 2 and c != "url"]
    with conn:
        if schema_floor:
            conn.executemany(
                "INSERT INTO v VALUES (?, ?, ?)",
                (
                    (f"{n:08d}-0000-0000-0000-000000000000", line, int(row[i]))
                    for n, row in enumerate(reader)
                    for i, line in columns
                ),
            )
        else:
            conn.executemany(
                "INSERT INTO v VALUES (?, ?, ?)",
                (
                    (f"{row[0][:2]}-{row[2]}", line, int(row[i]) if row[i] else None)
                    for row in reader
                    for i, line in columns
                ),
            )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", type=Path, default=SHARED)
    parser.add_argument("--stations", type=int, help="generate a file of N stations instead")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print the top of a cProfile")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kzbench-") as tmp:
        folder = Path(tmp)
        os.environ["KZOBSERVER_HOME"] = str(folder / "home")  # never touch the user's data
        from kzobserver.storage.logbook import Logbook
        from kzobserver.storage.official_import import import_official
        from kzobserver.storage.results_logbook import create_logbook_from_results

        source = args.file
        if args.stations or not source.is_file():
            if not args.stations:
                print(f"{source} not found: using a generated file of 100,000 stations instead")
            source = folder / "generated.csv.zip"
            generate(source, args.stations or 100_000)
        print(f"file: {source.name}, {source.stat().st_size / 1e6:.1f} MB")

        start = time.perf_counter()
        logbook, created = create_logbook_from_results(folder / "init.sqlite", source)
        logbook.close()
        init_time = time.perf_counter() - start

        # A logbook with the stations but no official records yet: what `official import` meets.
        stations_only = folder / "stations.sqlite"
        logbook, _ = create_logbook_from_results(stations_only, source)
        logbook.db.execute("DELETE FROM protocol_values")
        logbook.db.execute("DELETE FROM protocols")
        logbook.db.conn.commit()
        logbook.db.execute("VACUUM")
        logbook.close()

        profiler = cProfile.Profile() if args.profile else None
        base, floor, ours = [], [], []
        for run in range(args.repeat):
            base.append(baseline(source, folder / "baseline.sqlite", schema_floor=False))
            floor.append(baseline(source, folder / "floor.sqlite", schema_floor=True))
            target = folder / f"import{run}.sqlite"
            shutil.copyfile(stations_only, target)
            logbook = Logbook.open(target)
            start = time.perf_counter()
            if profiler and run == 0:
                profiler.enable()
            summary = import_official(logbook, source)
            logbook.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # as the baselines do
            if profiler:
                profiler.disable()
            ours.append(time.perf_counter() - start)
            logbook.close()
            target.unlink()
            assert summary.stations == created.stations, (summary.stations, created.stations)

        print(f"{summary.stations:,} stations, {summary.values_written:,} values")
        print(f"best of {args.repeat}:")
        print(f"baseline (csv + int + executemany, long table):  {min(base):6.2f} s")
        print(f"same, into a protocol_values-shaped table:        {min(floor):6.2f} s")
        print(f"kzobserver official import:                       {min(ours):6.2f} s")
        print(f"kzobserver init --from-results (all of it, once): {init_time:6.2f} s")
        print(
            f"ratio: {min(ours) / min(base):.2f}x the baseline (target 2x), "
            f"{min(ours) / min(floor):.2f}x the schema floor"
        )
        if profiler:
            pstats.Stats(profiler).sort_stats("tottime").print_stats(15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
