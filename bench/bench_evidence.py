"""Evidence intake of a large video: add_evidence against a baseline of plain hashlib.sha256 over
the same file plus a raw sqlite3 insert of its 1 MiB chunks into an equivalent table.

    .venv/bin/python bench/bench_evidence.py [--mb 200] [--repeat 3]

Each measurement is the best of --repeat runs, alternating baseline and add_evidence, each into a
fresh database file.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

CHUNK = 1024 * 1024


def write_file(path: Path, megabytes: int) -> None:
    """Random content (not sparse): the disk is read, and nothing compresses or dedups it."""
    block = os.urandom(CHUNK)
    with path.open("wb") as f:
        for i in range(megabytes):
            f.write(i.to_bytes(8, "little") + block[8:])  # every chunk distinct


def hash_only(path: Path) -> tuple[float, str]:
    start = time.perf_counter()
    hasher = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(CHUNK):
            hasher.update(block)
    return time.perf_counter() - start, hasher.hexdigest()


def raw_insert(path: Path, db_path: Path) -> float:
    """The floor for storing: read the chunks and insert them, in one transaction, into a table
    shaped like evidence_chunks (WAL, synchronous=NORMAL, as the logbook runs)."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(
        "CREATE TABLE chunks (evidence_id TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT "
        "NULL, UNIQUE (evidence_id, seq))"
    )
    start = time.perf_counter()
    conn.execute("BEGIN")
    with path.open("rb") as f:
        seq = 0
        while block := f.read(CHUNK):
            conn.execute("INSERT INTO chunks VALUES (?, ?, ?)", ["bench", seq, block])
            seq += 1
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200, help="file size in MiB")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kzbench-") as tmp:
        folder = Path(tmp)
        os.environ["KZOBSERVER_HOME"] = str(folder / "home")  # never touch the user's data
        from kzobserver.domain.model import Station
        from kzobserver.storage.evidence import add_evidence, verify_evidence
        from kzobserver.storage.reference import current_election
        from kzobserver.storage.setup import create_logbook
        from kzobserver.storage.stations import add_stations_to_election, station_id

        video = folder / "count.mp4"
        write_file(video, args.mb)
        print(f"{args.mb} MiB file (random content)")

        hash_runs, insert_runs, ours_runs, verify_runs = [], [], [], []
        for run in range(args.repeat):
            seconds, digest = hash_only(video)
            hash_runs.append(seconds)
            insert_runs.append(raw_insert(video, folder / f"baseline{run}.sqlite"))

            logbook = create_logbook(folder / f"bench{run}.sqlite", "kz-2023-majilis")
            election = current_election(logbook)
            assert election is not None
            add_stations_to_election(
                logbook, election, [Station(number="101", region="astana", registered_voters=1500)]
            )
            start = time.perf_counter()
            record = add_evidence(logbook, video, station_id=station_id(election.code, "101"))
            ours_runs.append(time.perf_counter() - start)
            assert record.sha256 == digest
            start = time.perf_counter()
            problems = verify_evidence(logbook)
            verify_runs.append(time.perf_counter() - start)
            assert problems == [], problems
            logbook.close()
            for leftover in folder.glob(f"*{run}.sqlite*"):
                leftover.unlink()  # keep the disk use at one run's worth

        hash_seconds, insert_seconds = min(hash_runs), min(insert_runs)
        ours, verify_seconds = min(ours_runs), min(verify_runs)
        baseline = hash_seconds + insert_seconds
        rate = args.mb / ours
        print(f"hashlib.sha256 alone:                 {hash_seconds:6.2f} s")
        print(f"raw sqlite3 insert of the chunks:     {insert_seconds:6.2f} s")
        print(f"baseline (hash + insert):             {baseline:6.2f} s")
        print(f"add_evidence (hash + insert, 1 txn):  {ours:6.2f} s  ({rate:.0f} MiB/s)")
        print(f"ratio add_evidence / baseline:        {ours / baseline:6.2f}")
        print(f"verify_evidence (re-hash from chunks): {verify_seconds:5.2f} s")
        if sys.platform == "linux":
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"peak resident memory of this process: {peak:6.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
