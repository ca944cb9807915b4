"""Evidence files (photos, video, audio, scans) kept inside the logbook's SQLite file.

A file is copied into ``evidence_chunks`` in 1 MiB blobs while its SHA-256 is computed, in one
transaction: the logbook stays one file to copy, exchange packages and SQLCipher cover evidence
without a second store to keep in step, and a failed or cancelled intake leaves nothing. Nothing
here reads a whole file into memory: one chunk buffer is reused and SQLite's page cache is capped
while a file streams in or out, so a 200 MB video costs a few MB of memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import secrets
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kzobserver.domain.model import new_id
from kzobserver.i18n import translate
from kzobserver.storage import audit
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.evidence_media import exif_datetime_original, guess_media_type
from kzobserver.storage.evidence_records import (
    _FROM,
    _LINK_TABLES,
    _LINKS,
    CHUNK_SIZE,
    EXIF_HEAD_BYTES,
    STREAM_CACHE_KIB,
    EvidenceProblem,
    EvidenceRecord,
    ProblemKind,
    Progress,
    _require,
    evidence_for,
    get_evidence,
    set_do_not_publish,
)
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.times import stored_time

__all__ = [
    "CHUNK_SIZE",
    "EvidenceProblem",
    "EvidenceReader",
    "EvidenceRecord",
    "ProblemKind",
    "Progress",
    "add_evidence",
    "evidence_for",
    "exif_datetime_original",
    "get_evidence",
    "guess_media_type",
    "iter_chunks",
    "open_evidence",
    "save_evidence_as",
    "set_do_not_publish",
    "thumbnail_source",
    "verify_evidence",
]

# --- intake ------------------------------------------------------------------------------------


class _Duplicate(Exception):
    """Raised inside the intake transaction to roll it back when the file was already there."""

    def __init__(self, existing_id: str) -> None:
        self.existing_id = existing_id


def add_evidence(
    logbook: Logbook,
    path: str | Path,
    *,
    station_id: str | None = None,
    incident_id: str | None = None,
    checklist_answer_id: str | None = None,
    protocol_id: str | None = None,
    captured_at: datetime | str | None = None,
    do_not_publish: bool = False,
    note: str = "",
    progress: Progress | None = None,
) -> EvidenceRecord:
    """Copy the file at ``path`` into the logbook, linked to at least one record.

    The station is taken from the incident, checklist answer or protocol when not given, so a
    station's evidence list includes everything attached to its records. ``captured_at`` defaults
    to the JPEG's EXIF DateTimeOriginal (read as this computer's local time unless the photo
    records its UTC offset), otherwise the file's modification time. The same content attached
    again to the same records returns the existing record with ``already_present`` set; attached
    to other records it is stored again (chunks belong to one evidence row, see README).
    """
    path = Path(path)
    links = {
        "station_id": station_id,
        "incident_id": incident_id,
        "checklist_answer_id": checklist_answer_id,
        "protocol_id": protocol_id,
    }
    if not any(links.values()):
        raise LogbookError(
            translate(
                "Evidence",
                "Evidence must be attached to a station, an incident report, a checklist answer "
                "or a protocol record.",
            )
        )
    links["station_id"] = _check_links(logbook, links)
    given_time = stored_time(captured_at) if captured_at is not None else None
    try:
        f = path.open("rb")
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    with f:
        try:
            return _add_from(logbook, f, path, links, given_time, do_not_publish, note, progress)
        except OSError as exc:
            raise _unreadable(path, exc) from exc


def _add_from(
    logbook: Logbook,
    f: io.BufferedReader,
    path: Path,
    links: dict[str, str | None],
    captured_at: str | None,
    do_not_publish: bool,
    note: str,
    progress: Progress | None,
) -> EvidenceRecord:
    stat = os.fstat(f.fileno())
    total = stat.st_size
    if total == 0:
        raise LogbookError(
            translate("Evidence", "{path} is empty: there is nothing to attach.").format(path=path)
        )
    db = logbook.db
    link_where = " AND ".join(f"{name} IS ?" for name in _LINKS)
    link_values = [links[name] for name in _LINKS]
    # Same size at the same place: hash first, so a repeated drop of a video is not written twice.
    if db.execute(
        f"SELECT 1 FROM evidence WHERE size = ? AND {link_where} LIMIT 1", [total, *link_values]
    ).fetchone():
        digest = _hash_stream(f, total, progress)
        row = db.execute(
            f"SELECT id FROM evidence WHERE sha256 = ? AND {link_where}", [digest, *link_values]
        ).fetchone()
        if row:
            return _existing(logbook, row[0])
        f.seek(0)

    buffer = bytearray(CHUNK_SIZE)
    view = memoryview(buffer)
    first = _read_full(f, view)
    if first == 0:  # it shrank to nothing since fstat
        raise LogbookError(
            translate("Evidence", "{path} is empty: there is nothing to attach.").format(path=path)
        )
    head = bytes(view[: min(first, EXIF_HEAD_BYTES)])
    media_type = guess_media_type(path.name, head)
    if captured_at is None:
        exif_time = exif_datetime_original(head) if media_type == "image/jpeg" else None
        captured_at = exif_time or stored_time(datetime.fromtimestamp(stat.st_mtime, UTC))

    evidence_id = new_id()
    hasher = hashlib.sha256()
    try:
        with _bounded_cache(logbook), db.atomic():
            # sha256 and size are placeholders until the last chunk is in; nobody outside this
            # transaction ever sees them.
            db.table("evidence").insert(
                logbook.stamp(
                    {
                        "id": evidence_id,
                        "sha256": "0" * 64,
                        "size": 0,
                        "original_name": path.name,
                        "media_type": media_type,
                        "captured_at": captured_at,
                        "do_not_publish": int(do_not_publish),
                        "note": note,
                        **links,
                    }
                )
            )
            insert = "INSERT INTO evidence_chunks (evidence_id, seq, data) VALUES (?, ?, ?)"
            seq = 0
            done = 0
            n = first
            while n:
                chunk = view[:n]
                hasher.update(chunk)
                db.conn.execute(insert, [evidence_id, seq, chunk])
                seq += 1
                done += n
                if progress:
                    progress(done, max(total, done))
                n = _read_full(f, view)
            digest = hasher.hexdigest()
            row = db.execute(
                f"SELECT id FROM evidence WHERE sha256 = ? AND {link_where} AND id != ?",
                [digest, *link_values, evidence_id],
            ).fetchone()
            if row:
                raise _Duplicate(row[0])
            db.execute(
                "UPDATE evidence SET sha256 = ?, size = ? WHERE id = ?",
                [digest, done, evidence_id],
            )
            # What identifies the file, never its bytes.
            audit.append(
                logbook,
                "evidence.add",
                table="evidence",
                row_id=evidence_id,
                after={
                    "sha256": digest,
                    "size": done,
                    "original_name": path.name,
                    "media_type": media_type,
                    "captured_at": captured_at,
                    "do_not_publish": bool(do_not_publish),
                    **{name: value for name, value in links.items() if value},
                },
            )
    except _Duplicate as dup:
        return _existing(logbook, dup.existing_id)
    except sqlite3.OperationalError as exc:
        # A video is the one thing likely to fill the disk; the transaction is already undone.
        if exc.sqlite_errorname != "SQLITE_FULL":
            raise
        raise LogbookError(
            translate(
                "Evidence",
                "There is not enough disk space to add {path} to the logbook; nothing was added.",
            ).format(path=path)
        ) from exc
    record = get_evidence(logbook, evidence_id)
    assert record is not None
    return record


def _check_links(logbook: Logbook, links: dict[str, str | None]) -> str | None:
    """Refuse links to records that do not exist; return the station, derived if not given."""
    station = links["station_id"]
    missing = {
        "station_id": translate("Evidence", "There is no station with id {id} in this logbook."),
        "incident_id": translate(
            "Evidence", "There is no incident report with id {id} in this logbook."
        ),
        "checklist_answer_id": translate(
            "Evidence", "There is no checklist answer with id {id} in this logbook."
        ),
        "protocol_id": translate(
            "Evidence", "There is no protocol record with id {id} in this logbook."
        ),
    }
    for name in _LINKS:
        value = links[name]
        if not value:
            continue
        row = logbook.db.execute(
            f"SELECT {'id' if name == 'station_id' else 'station_id'} FROM {_LINK_TABLES[name]} "
            "WHERE id = ?",
            [value],
        ).fetchone()
        if row is None:
            raise LogbookError(missing[name].format(id=value))
        if station is None and row[0]:
            station = row[0]
    return station


def _existing(logbook: Logbook, evidence_id: str) -> EvidenceRecord:
    record = get_evidence(logbook, evidence_id)
    assert record is not None
    return EvidenceRecord(**{**asdict(record), "already_present": True})


def _unreadable(path: Path, exc: OSError) -> LogbookError:
    return LogbookError(
        translate("Evidence", "Cannot read {path}: {reason}").format(
            path=path, reason=exc.strerror or exc
        )
    )


def _read_full(f: io.BufferedReader, view: memoryview) -> int:
    """Fill ``view`` (short only at the end of the file), so every chunk but the last is 1 MiB."""
    filled = 0
    while filled < len(view):
        n = f.readinto(view[filled:])
        if not n:
            break
        filled += n
    return filled


def _hash_stream(f: io.BufferedReader, total: int, progress: Progress | None) -> str:
    hasher = hashlib.sha256()
    buffer = bytearray(CHUNK_SIZE)
    view = memoryview(buffer)
    done = 0
    while n := _read_full(f, view):
        hasher.update(view[:n])
        done += n
        if progress:
            progress(done, max(total, done))
    return hasher.hexdigest()


@contextlib.contextmanager
def _bounded_cache(logbook: Logbook) -> Iterator[None]:
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
        with os.fdopen(fd, "wb") as out, _bounded_cache(logbook):
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
    with _bounded_cache(logbook):
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
