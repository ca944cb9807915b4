"""The audit log: every change worth answering for, append-only and hash-chained per device.

Each entry says who (``author``, the observer id), when (``at``, the stored time format), on which
device, what (``action``, ``table_name``, ``row_id``), the changed fields ``before`` and ``after``
(canonical JSON, or NULL) and the ``reason``. The schema's triggers refuse UPDATE and DELETE on
``audit_log``; the hash chain is what catches a change made with an outside tool that drops them.

The hash of an entry, so that anyone can re-verify it without this code::

    payload = json.dumps(
        {"action": …, "after": …, "at": …, "author": …, "before": …, "device_id": …, "id": …,
         "prev_hash": …, "reason": …, "row_id": …, "table_name": …},
        sort_keys=True, separators=(",", ":"), ensure_ascii=False,
    )
    hash = sha256((prev_hash + payload).encode("utf-8")).hexdigest()

Every value is the column exactly as stored: ``before`` and ``after`` are the stored JSON *texts*
(or null), ``author`` may be null. ``seq`` and ``hash`` are left out: ``seq`` is the row's place
in this file, which a merge of another laptop's log renumbers. ``prev_hash`` is the hash of the
previous entry *of the same device* in ``seq`` order, 64 zeros for a device's first entry: each
laptop's chain stays whole when logs are merged.

What :func:`verify` can and cannot tell: an entry edited in place no longer matches its hash; an
entry deleted from the middle of a device's chain leaves the next entry pointing at a hash that
is not in the log; an entry deleted at the end leaves a gap in ``seq`` (AUTOINCREMENT never
reuses a number, and ``sqlite_sequence`` remembers the last one). Someone who rewrites every
entry from the altered one onwards and recomputes the hashes is not caught by the file alone:
compare each device's latest hash (``AuditVerification.heads``) with one noted down or sent
elsewhere earlier. Merges must therefore insert entries without leaving gaps in ``seq``
(check for a known ``hash`` first rather than ``INSERT OR IGNORE``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kzobserver.domain.model import new_id
from kzobserver.i18n import translate
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.times import stored_time

__all__ = [
    "CHAIN_BROKEN",
    "GENESIS_HASH",
    "HASH_MISMATCH",
    "MISSING",
    "AuditProblem",
    "AuditVerification",
    "append",
    "canonical_json",
    "entries",
    "entry_hash",
    "file_sha256",
    "record_import",
    "summary",
    "verify",
]

GENESIS_HASH = "0" * 64  # prev_hash of a device's first entry
_HASHED = (
    "id",
    "at",
    "author",
    "device_id",
    "action",
    "table_name",
    "row_id",
    "before",
    "after",
    "reason",
    "prev_hash",
)
_COLUMNS = "seq, " + ", ".join(_HASHED) + ", hash"


def canonical_json(value: Any) -> str:
    """The one text a JSON value is stored and hashed as."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def entry_hash(entry: dict[str, Any]) -> str:
    """The hash of an entry (a mapping with every column of ``_HASHED``), as the module
    docstring defines it."""
    payload = canonical_json({key: entry[key] for key in _HASHED})
    return hashlib.sha256((entry["prev_hash"] + payload).encode("utf-8")).hexdigest()


def _stored(value: dict[str, Any] | None) -> str | None:
    return None if value is None else canonical_json(value)


def append(
    logbook: Logbook,
    action: str,
    *,
    table: str = "",
    row_id: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str = "",
) -> str:
    """Write one entry and return its id. It never commits: call it inside the transaction of
    the change it records (``with logbook.db.atomic():`` or ``with logbook.db.conn:``), after the
    change, so that both are written or neither is. With no transaction open yet (the first
    statement of a ``with logbook.db.conn:`` block) it opens one with BEGIN IMMEDIATE, which that
    block commits; a call outside any such block would leave its entry uncommitted.

    Writing the change first matters too: it takes SQLite's write lock, so the chain's head read
    here is the latest one even when another connection of this device writes at the same time.
    """
    entry: dict[str, Any] = {
        "id": new_id(),
        "at": stored_time(),
        "author": logbook.author,
        "device_id": logbook.device_id,
        "action": action,
        "table_name": table,
        "row_id": row_id,
        "before": _stored(before),  # a value that is not JSON fails here, before any write
        "after": _stored(after),
        "reason": reason,
    }
    conn = logbook.db.conn
    if not conn.in_transaction:
        conn.execute("BEGIN IMMEDIATE")
    head = conn.execute(
        "SELECT hash FROM audit_log WHERE device_id = ? ORDER BY seq DESC LIMIT 1",
        [logbook.device_id],
    ).fetchone()
    entry["prev_hash"] = head[0] if head else GENESIS_HASH
    entry["hash"] = entry_hash(entry)
    conn.execute(
        f"INSERT INTO audit_log ({', '.join(entry)}) VALUES ({', '.join('?' * len(entry))})",
        list(entry.values()),
    )
    return str(entry["id"])


def file_sha256(path: Path) -> tuple[str, int]:
    """The SHA-256 and size of a file, read in 1 MiB pieces."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        while chunk := f.read(1024 * 1024):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def record_import(logbook: Logbook, action: str, file: Path, counts: dict[str, Any]) -> str:
    """Log an import of ``file``: its name, SHA-256 and size, and ``counts`` (what was added,
    updated, …). Inside the importer's transaction it joins it (call it there, after the
    writes, so the import and its entry are one); called alone it commits its own entry."""
    file = Path(file)
    digest, size = file_sha256(file)
    with logbook.db.atomic():
        return append(
            logbook,
            action,
            after={"file": file.name, "sha256": digest, "size": size, "counts": counts},
        )


# --- reading -------------------------------------------------------------------------------------


def _entry(row: tuple[Any, ...]) -> dict[str, Any]:
    data = dict(zip(("seq", *_HASHED, "hash"), row, strict=True))
    data["table"] = data.pop("table_name")
    for key in ("before", "after"):
        data[key] = None if data[key] is None else json.loads(data[key])
    return data


def entries(
    logbook: Logbook,
    *,
    table: str | None = None,
    row_id: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Entries newest first, optionally about one table and/or one row: ``seq``, ``id``, ``at``,
    ``author``, ``device_id``, ``action``, ``table``, ``row_id``, ``before`` and ``after`` (parsed
    JSON or None), ``reason``, ``prev_hash``, ``hash``."""
    where: list[str] = []
    params: list[Any] = []
    if table is not None:
        where.append("table_name = ?")
        params.append(table)
    if row_id is not None:
        where.append("row_id = ?")
        params.append(row_id)
    sql = f"SELECT {_COLUMNS} FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [_entry(row) for row in logbook.db.execute(sql, params)]


def summary(logbook: Logbook) -> dict[str, Any]:
    """For a report's appendix: how many entries, from how many devices, between which times,
    counted per action and per author (observer id, "" for unsigned entries), with the authors'
    names where the logbook knows them."""
    db = logbook.db
    total, devices, first, last = db.execute(
        "SELECT count(*), count(DISTINCT device_id), min(at), max(at) FROM audit_log"
    ).fetchone()
    by_action = dict(
        db.execute(
            "SELECT action, count(*) FROM audit_log GROUP BY action ORDER BY action"
        ).fetchall()
    )
    by_author = {
        author or "": n
        for author, n in db.execute(
            "SELECT author, count(*) FROM audit_log GROUP BY author ORDER BY author"
        )
    }
    names = dict(
        db.execute(
            "SELECT id, name FROM observers WHERE id IN "
            "(SELECT DISTINCT author FROM audit_log WHERE author IS NOT NULL)"
        ).fetchall()
    )
    return {
        "entries": total,
        "devices": devices,
        "first_at": first,
        "last_at": last,
        "by_action": by_action,
        "by_author": by_author,
        "author_names": names,
    }


# --- verification --------------------------------------------------------------------------------

HASH_MISMATCH = "hash_mismatch"
CHAIN_BROKEN = "chain_broken"
MISSING = "missing"


@dataclass(frozen=True)
class AuditProblem:
    seq: int  # the entry where it shows; for a gap in the numbering, the first missing one
    device_id: str  # "" when the device cannot be known (a gap in the numbering)
    kind: str  # HASH_MISMATCH, CHAIN_BROKEN or MISSING
    message: str  # translated, says what is wrong

    def __str__(self) -> str:
        if not self.device_id:
            return self.message
        return translate("Audit", "Entry {seq} (device {device}): {message}").format(
            seq=self.seq, device=self.device_id, message=self.message
        )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class AuditVerification:
    entries: int = 0  # entries checked
    devices: int = 0  # devices whose chains were followed
    problems: list[AuditProblem] = field(default_factory=list)
    heads: dict[str, str] = field(default_factory=dict)  # device id -> hash of its latest entry

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "entries": self.entries,
            "devices": self.devices,
            "problems": [p.as_dict() for p in self.problems],
            "heads": dict(self.heads),
        }


def verify(logbook: Logbook) -> AuditVerification:
    """Recompute every entry's hash and follow each device's chain in ``seq`` order; see the
    module docstring for what this catches and what it cannot."""
    result = AuditVerification()
    rows = [
        dict(zip(("seq", *_HASHED, "hash"), row, strict=True))
        for row in logbook.db.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq")
    ]
    known_hashes = {row["hash"] for row in rows}
    heads = result.heads
    for row in rows:
        seq, device = row["seq"], row["device_id"]
        if entry_hash(row) != row["hash"]:
            result.problems.append(
                AuditProblem(
                    seq,
                    device,
                    HASH_MISMATCH,
                    translate(
                        "Audit",
                        "its hash does not match its content: the entry was changed after it "
                        "was written.",
                    ),
                )
            )
        expected = heads.get(device, GENESIS_HASH)
        prev = row["prev_hash"]
        if prev != expected:
            if prev != GENESIS_HASH and prev not in known_hashes:
                message = translate(
                    "Audit",
                    "an entry is missing before it: it follows an entry (hash {hash}) that is no "
                    "longer in the log, deleted or rewritten.",
                ).format(hash=prev[:12])
                kind = MISSING
            else:
                message = translate(
                    "Audit",
                    "the chain is broken: its prev_hash is not the hash of this device's "
                    "previous entry (entry order changed, or two entries claim the same place).",
                )
                kind = CHAIN_BROKEN
            result.problems.append(AuditProblem(seq, device, kind, message))
        heads[device] = row["hash"]
    result.problems.extend(_numbering_gaps(logbook, [row["seq"] for row in rows]))
    result.problems.sort(key=lambda p: p.seq)
    result.entries = len(rows)
    result.devices = len(heads)
    return result


def _numbering_gaps(logbook: Logbook, seqs: list[int]) -> list[AuditProblem]:
    """Entries missing from the numbering: the only trace of an entry deleted at the end of a
    chain. ``sqlite_sequence`` holds the highest number ever given."""
    row = logbook.db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    issued = int(row[0]) if row else 0
    gaps: list[tuple[int, int]] = []
    expected = 1
    for seq in [*seqs, issued + 1]:
        if seq > expected:
            gaps.append((expected, seq - 1))
        expected = max(expected, seq + 1)
    problems = []
    for first, last in gaps:
        if first == last:
            message = translate("Audit", "Entry {seq} is missing from the log.").format(seq=first)
        else:
            message = translate("Audit", "Entries {first} to {last} are missing from the log.")
            message = message.format(first=first, last=last)
        problems.append(AuditProblem(first, "", MISSING, message))
    return problems
