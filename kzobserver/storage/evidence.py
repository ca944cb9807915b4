"""Evidence files (photos, video, audio, scans) kept inside the logbook's SQLite file.

A file is copied into ``evidence_chunks`` in 1 MiB blobs while its SHA-256 is computed, in one
transaction: the logbook stays one file to copy, exchange packages and SQLCipher cover evidence
without a second store to keep in step, and a failed or cancelled intake leaves nothing. Nothing
here reads a whole file into memory: one chunk buffer is reused and SQLite's page cache is capped
while a file streams in or out, so a 200 MB video costs a few MB of memory.
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from kzobserver.domain.model import new_id
from kzobserver.i18n import translate
from kzobserver.storage import audit
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.evidence_media import exif_datetime_original, guess_media_type
from kzobserver.storage.evidence_output import (
    EvidenceReader,
    bounded_cache,
    iter_chunks,
    open_evidence,
    save_evidence_as,
    thumbnail_source,
    verify_evidence,
)
from kzobserver.storage.evidence_records import (
    _LINK_TABLES,
    _LINKS,
    CHUNK_SIZE,
    EXIF_HEAD_BYTES,
    EvidenceProblem,
    EvidenceRecord,
    ProblemKind,
    Progress,
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
        with bounded_cache(logbook), db.atomic():
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
