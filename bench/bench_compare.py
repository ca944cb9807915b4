"""Comparing two sources at national scale: 100,000 generated stations with an official record
and a PEC copy each (20 lines; 1 % of the copies altered), ``compare_sources`` (bulk load of both
sources + domain.comparison.compare_many + net shift) against a plain SQL join that computes the
per-line differences, fetched into Python, measured in the same run:

- over the logbook's own tables (the same data, the same pages: what the engine adds), and
- over two plain long tables (station, line, value) with a primary key (the floor).

    .venv/bin/python bench/bench_compare.py [--stations N] [--repeat 3] [--profile]

Each figure is the best of --repeat runs, the three taking turns.

On a 2-core laptop-class VM (Python 3.11, SQLite 3.40): plain join 3.0 s, join over the
logbook's tables 3.7 s, compare_sources + net shift 3.9 s (1.3x the plain join, target 1.5x;
1.9x before schema 6 and load_source's one JSON text per source). Two thirds of it is reading
the two sources (SQLite building the JSON, then json.loads), the rest compare_many, sorting by
station number and the station places.
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
from collections.abc import Callable
from pathlib import Path

from kzobserver.domain.templates import get_template

# Headers as the commission publishes them: the template lists them as the lines' aliases.
LINES = [line.aliases[0] for line in get_template("ru-federal").lines]
CANDIDATES = [f"Кандидат{i} Имя Отчество" for i in "АБВГДЕЖЗ"]

JOIN_LOGBOOK = """
    SELECT s.number, va.line, va.value, vb.value, vb.value - va.value
    FROM protocols pa
    JOIN protocols pb ON pb.station_id = pa.station_id AND pb.contest_id = pa.contest_id
        AND pb.source = 'official'
    JOIN stations s ON s.id = pa.station_id
    JOIN protocol_values va ON va.protocol_id = pa.id
    JOIN protocol_values vb ON vb.protocol_id = pb.id AND vb.line = va.line
    WHERE pa.source = 'pec_copy'
"""
JOIN_PLAIN = """
    SELECT a.station, a.line, a.value, b.value, b.value - a.value
    FROM a JOIN b ON b.station = a.station AND b.line = a.line
"""


def write_results(path: Path, stations: int) -> None:
    rng = random.Random(2024)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["region", "tik", "uik", *LINES, *CANDIDATES])
        for n in range(stations):
            voters = rng.randint(300, 3000)
            votes = [rng.randint(0, voters // 10) for _ in CANDIDATES]
            valid = sum(votes)
            lines = [voters, voters, 0, valid, 0, voters - valid, 0, valid, 0, valid, 0, 0]
            writer.writerow([f"Регион {n % 85}", f"ТИК {n % 40}", n // 85 + 1, *lines, *votes])


def best_in_turns(
    repeat: int, works: list[Callable[[], object]], profiler: cProfile.Profile | None = None
) -> list[float]:
    """The best time of each work over ``repeat`` rounds in which they take turns, so that a
    machine busy with something else for a while slows them alike. The profiler, if any, sees
    the first round of the last work."""
    times: list[list[float]] = [[] for _ in works]
    for round_ in range(repeat):
        for i, work in enumerate(works):
            profiling = profiler is not None and round_ == 0 and i == len(works) - 1
            if profiling:
                profiler.enable()
            start = time.perf_counter()
            work()
            times[i].append(time.perf_counter() - start)
            if profiling:
                profiler.disable()
    return [min(t) for t in times]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stations", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print the top of a cProfile")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kzbench-") as tmp:
        folder = Path(tmp)
        os.environ["KZOBSERVER_HOME"] = str(folder / "home")  # never touch the user's data
        from kzobserver.domain.comparison import ComparisonStatus
        from kzobserver.storage.checks import contest_lines
        from kzobserver.storage.protocol_import import write_records
        from kzobserver.storage.results_logbook import create_logbook_from_results
        from kzobserver.storage.summary import (
            compare_sources,
            election_and_contest,
            load_source,
            shifts,
        )

        results = folder / "results.csv"
        write_results(results, args.stations)
        logbook, _ = create_logbook_from_results(folder / "bench.sqlite", results)
        _, contest = election_and_contest(logbook, None)
        codes = [line.code for line in contest_lines(contest)]
        official = load_source(logbook, contest, "official")
        rng = random.Random(7)
        altered = set(rng.sample(sorted(official), len(official) // 100))
        copies = []
        for sid, values in official.items():
            row = [values[c] for c in codes]
            if sid in altered:  # the copy had 25 votes more for one, 25 fewer for another
                row[-1] += 25
                row[-2] += 25
                row[-3] = max(0, row[-3] - 25)
            copies.append((sid, row))
        write_records(logbook, contest, "pec_copy", "observer-1", codes, copies)

        plain = sqlite3.connect(folder / "plain.sqlite")
        for name, source in (("a", "pec_copy"), ("b", "official")):
            plain.execute(
                f"CREATE TABLE {name} (station TEXT, line TEXT, value INTEGER, "
                "PRIMARY KEY (station, line)) WITHOUT ROWID"
            )
            plain.executemany(
                f"INSERT INTO {name} VALUES (?, ?, ?)",
                logbook.db.execute(
                    "SELECT s.number, v.line, v.value FROM protocol_values v "
                    "JOIN protocols p ON p.id = v.protocol_id JOIN stations s "
                    "ON s.id = p.station_id WHERE p.source = ?",
                    [source],
                ),
            )
        plain.commit()

        def ours() -> None:
            comparisons = compare_sources(logbook, "pec_copy", "official")
            shifts(comparisons)
            mismatches = sum(c.status is ComparisonStatus.MISMATCH for c in comparisons)
            assert mismatches >= len(altered) * 0.99, mismatches

        def join_logbook() -> None:
            rows = logbook.db.execute(JOIN_LOGBOOK).fetchall()
            assert len(rows) == len(official) * len(codes), len(rows)

        def join_plain() -> None:
            rows = plain.execute(JOIN_PLAIN).fetchall()
            assert len(rows) == len(official) * len(codes), len(rows)

        profiler = cProfile.Profile() if args.profile else None
        base_logbook, base_plain, engine = best_in_turns(
            args.repeat, [join_logbook, join_plain, ours], profiler
        )
        plain.close()
        logbook.close()

        print(f"{len(official):,} stations x {len(codes)} lines, {len(altered):,} copies altered")
        print(f"SQL join over the logbook's tables, fetched:       {base_logbook:6.2f} s")
        print(f"SQL join over two plain (station, line, value):    {base_plain:6.2f} s")
        print(f"kzobserver compare_sources + net shift:            {engine:6.2f} s")
        print(
            f"ratio: {engine / base_logbook:.2f}x the join over the same tables, "
            f"{engine / base_plain:.2f}x the plain tables (target 1.5x)"
        )
        if profiler:
            pstats.Stats(profiler).sort_stats("tottime").print_stats(15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
