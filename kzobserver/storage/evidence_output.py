"""Evidence going out: streaming a stored file back (a file-like reader, thumbnails), saving it
to disk atomically, and verifying every stored file against the SHA-256 taken at intake. Split
from storage.evidence (the intake), which re-exports all of it."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kzobserver.i18n import translate
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.evidence_records import (
    _FROM,
    CHUNK_SIZE,
    STREAM_CACHE_KIB,
    EvidenceProblem,
    EvidenceRecord,
    ProblemKind,
    Progress,
    _require,
)
from kzobserver.storage.logbook import Logbook


@contextlib.contextmanager
def bounded_cache(logbook: Logbook) -> Iterator[None]:
    db = logbook.db
    old = int(db.execute("PRAGMA cache_size").fetchone()[0])
    db.execute(f"PRAGMA cache_size = -{STREAM_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {old}")


def iter_chunks(logbook: Logbook, evidence_id: str) -> Iterator[bytes]:
    """The stored content in order, one chunk at a time; LogbookError if a chunk is missing."""
    record = _require(logbook, evidence_id)
    expected = 0
    for seq, data in logbook.db.execute(
        "SELECT seq, data FROM evidence_chunks WHERE evidence_id = ? ORDER BY seq", [evidence_id]
    ):
        if seq != expected:
            raise _incomplete(record)
        expected += 1
        yield data
    if expected == 0 and record.size:
        raise _incomplete(record)


def _incomplete(record: EvidenceRecord) -> LogbookError:
    return LogbookError(
        translate(
            "Evidence",
            "The stored copy of {name} is incomplete (evidence {id}); check the logbook's "
            "evidence.",
        ).format(name=record.original_name, id=record.id)
    )


class EvidenceReader(io.RawIOBase):
    """A seekable, read-only file over an evidence item's chunks, holding one chunk in memory.
    It uses the logbook's connection: read it on the thread that opened the logbook."""

    def __init__(self, logbook: Logbook, record: EvidenceRecord) -> None:
        super().__init__()
        self._db = logbook.db
        self.record = record
        self.name = record.original_name
        # length() of a blob reads only the record header, not the 1 MiB of data.
        rows = self._db.execute(
            "SELECT seq, length(data) FROM evidence_chunks WHERE evidence_id = ? ORDER BY seq",
            [record.id],
        ).fetchall()
        self._starts: list[int] = []
        position = 0
        for expected, (seq, length) in enumerate(rows):
            if seq != expected:
                raise _incomplete(record)
            self._starts.append(position)
            position += length
        if position != record.size:
            raise _incomplete(record)
        self.size = position
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def readinto(self, buffer: Any) -> int:
        if self.closed:
            raise ValueError("I/O operation on closed file")
        out = memoryview(buffer).cast("B")
        written = 0
        while written < len(out) and self._pos < self.size:
            seq = self._chunk_at(self._pos)
            data = self._chunk(seq)
            start = self._pos - self._starts[seq]
            n = min(len(data) - start, len(out) - written)
            out[written : written + n] = data[start : start + n]
            written += n
            self._pos += n
        return written

    def _chunk_at(self, position: int) -> int:
        # Every chunk but the last is CHUNK_SIZE long; the offsets list keeps that an assumption
        # checked once, not relied on blindly.
        seq = min(position // CHUNK_SIZE, len(self._starts) - 1)
        while self._starts[seq] > position:
            seq -= 1
        while seq + 1 < len(self._starts) and self._starts[seq + 1] <= position:
            seq += 1
        return seq

    def _chunk(self, seq: int) -> bytes:
        if self._cached and self._cached[0] == seq:
            return self._cached[1]
        row = self._db.execute(
            "SELECT data FROM evidence_chunks WHERE evidence_id = ? AND seq = ?",
            [self.record.id, seq],
        ).fetchone()
        if row is None:
            raise _incomplete(self.record)
        data: bytes = row[0]
        self._cached = (seq, data)
        return data

    def close(self) -> None:
        self._cached = None
        super().close()


def open_evidence(logbook: Logbook, evidence_id: str) -> EvidenceReader:
    """A streaming, seekable reader of the stored file (wrap in io.BufferedReader if wanted)."""
    return EvidenceReader(logbook, _require(logbook, evidence_id))


def thumbnail_source(logbook: Logbook, evidence_id: str, max_bytes: int) -> bytes | None:
    """The stored bytes of an image for the UI to scale into a thumbnail; None for anything that
    is not a raster image or is larger than ``max_bytes``."""
    record = _require(logbook, evidence_id)
    if not record.is_image or record.media_type == "image/svg+xml" or record.size > max_bytes:
        return None
    with open_evidence(logbook, evidence_id) as reader:
        return reader.read()


def save_evidence_as(
    logbook: Logbook,
    evidence_id: str,
    target: str | Path,
    progress: Progress | None = None,
) -> Path:
    """Write the stored file to ``target`` atomically (a temporary file beside it, fsync,
    rename). Content that no longer matches its SHA-256 is refused and nothing is written."""
    record = _require(logbook, evidence_id)
    target = Path(target)
    try:
        # Not mkstemp(): its 0600 mode would stay on the saved file; os.open lets the umask
        # give the file the same permissions as any other the user saves.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        fd = os.open(temp, flags, 0o666)
    except OSError as exc:
        raise _unwritable(target, exc) from exc
    try:
        hasher = hashlib.sha256()
        done = 0
        with os.fdopen(fd, "wb") as out, bounded_cache(logbook):
            for data in iter_chunks(logbook, evidence_id):
                hasher.update(data)
                out.write(data)
                done += len(data)
                if progress:
                    progress(done, record.size)
            out.flush()
            os.fsync(out.fileno())
        if done != record.size:
            raise _incomplete(record)
        if hasher.hexdigest() != record.sha256:
            raise LogbookError(
                translate(
                    "Evidence",
                    "The stored copy of {name} has changed since it was added (its SHA-256 no "
                    "longer matches); it was not saved.",
                ).format(name=record.original_name)
            )
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _unwritable(target, exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)
    return target


def _unwritable(target: Path, exc: OSError) -> LogbookError:
    return LogbookError(
        translate("Evidence", "Cannot write {path}: {reason}").format(
            path=target, reason=exc.strerror or exc
        )
    )


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open a folder for fsync.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- verification -------------------------------------------------------------------------------


def verify_evidence(logbook: Logbook, *, progress: Progress | None = None) -> list[EvidenceProblem]:
    """Re-hash every evidence item from its stored chunks; an empty list means all intact."""
    db = logbook.db
    items = db.execute(
        "SELECT e.id, e.sha256, e.size, e.original_name, e.station_id, s.number "
        f"{_FROM} ORDER BY e.created_at, e.id"
    ).fetchall()
    total = sum(item[2] for item in items)
    done = 0
    problems = []
    with bounded_cache(logbook):
        for evidence_id, sha256, size, name, station_id, number in items:
            hasher = hashlib.sha256()
            stored = 0
            gaps: list[int] = []
            expected = 0
            for seq, data in db.execute(
                "SELECT seq, data FROM evidence_chunks WHERE evidence_id = ? ORDER BY seq",
                [evidence_id],
            ):
                if seq != expected:
                    gaps.extend(range(expected, min(seq, expected + 50)))
                expected = seq + 1
                hasher.update(data)
                stored += len(data)
                if progress:
                    progress(done + min(stored, size), total)
            done += size
            message = _problem(size, stored, expected, gaps, hasher.hexdigest(), sha256)
            if message:
                kind, text = message
                problems.append(EvidenceProblem(evidence_id, name, station_id, number, kind, text))
    return problems


def _problem(
    size: int, stored: int, chunks: int, gaps: list[int], digest: str, sha256: str
) -> tuple[ProblemKind, str] | None:
    if chunks == 0 and size > 0:
        return ProblemKind.MISSING, translate(
            "Evidence", "the content is missing (no stored data at all)"
        )
    if gaps:
        parts = ", ".join(str(seq) for seq in gaps[:20]) + (", …" if len(gaps) > 20 else "")
        return ProblemKind.INCOMPLETE, translate(
            "Evidence", "content is missing: chunk(s) {parts} of {count} are gone"
        ).format(parts=parts, count=max(chunks, -(-size // CHUNK_SIZE)))
    if stored != size:
        return ProblemKind.INCOMPLETE, translate(
            "Evidence", "content is missing: {stored} of {size} bytes are stored"
        ).format(stored=stored, size=size)
    if digest != sha256:
        return ProblemKind.CHANGED, translate(
            "Evidence", "the content has changed: SHA-256 is {digest}, {sha256} was recorded"
        ).format(digest=digest, sha256=sha256)
    return None
