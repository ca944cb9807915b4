"""Checklist answers, saved as they are given: one answer per station, checklist, question and
observer, validated by the checklist's question and marked when it is a red flag."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kzobserver.domain.checklists import (
    AnswerError,
    AnswerValue,
    Checklist,
    Question,
    decode_answer,
    encode_answer,
    get_checklist,
    is_red_flag,
    validate_answer,
)
from kzobserver.domain.model import new_id
from kzobserver.i18n import translate
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook, utc_now
from kzobserver.storage.records import require_station
from kzobserver.storage.times import stored_time


@dataclass(frozen=True)
class ChecklistAnswer:
    id: str
    station_id: str
    checklist: str
    checklist_version: int  # the version of the checklist the answer was given to
    question: str
    value: AnswerValue | None  # see domain.checklists; None: the answer was cleared
    red_flag: bool
    answered_at: str
    note: str
    author: str | None
    updated_at: str


_COLUMNS = (
    "id, station_id, checklist, checklist_version, question, answer, red_flag, answered_at, "
    "note, author, updated_at"
)


def checklist_and_question(checklist_code: str, question_code: str) -> tuple[Checklist, Question]:
    """The bundled checklist and its question; LogbookError when either is unknown."""
    try:
        checklist = get_checklist(checklist_code)
        return checklist, checklist.question(question_code)
    except KeyError as exc:
        raise LogbookError(
            translate("Checklists", "Unknown checklist question: {detail}").format(
                detail=exc.args[0]
            )
        ) from None


def _answer(row: Any) -> ChecklistAnswer:
    try:
        _, question = checklist_and_question(row[2], row[4])
        value = decode_answer(question, row[5])
    except LogbookError:  # a question this version does not ship: keep the stored text
        value = row[5]
    return ChecklistAnswer(
        id=row[0],
        station_id=row[1],
        checklist=row[2],
        checklist_version=row[3],
        question=row[4],
        value=value,
        red_flag=bool(row[6]),
        answered_at=row[7],
        note=row[8],
        author=row[9],
        updated_at=row[10],
    )


def save_answer(
    logbook: Logbook,
    station_id: str,
    checklist: str,
    question: str,
    raw: object,
    *,
    note: str | None = None,
    answered_at: datetime | str | None = None,
) -> ChecklistAnswer:
    """Validate ``raw`` for the question and save it at once as the current observer's answer,
    replacing their earlier one (None or blank clears it). LogbookError with the reason when the
    answer does not fit the question; nothing is written then."""
    require_station(logbook, station_id)
    found, q = checklist_and_question(checklist, question)
    try:
        value = validate_answer(q, raw)
    except AnswerError as exc:
        raise LogbookError(str(exc)) from exc
    now = utc_now()
    fields: dict[str, Any] = {
        "checklist_version": found.version,
        "answer": encode_answer(value),
        "red_flag": int(is_red_flag(q, value)),
        "answered_at": stored_time(answered_at) if answered_at is not None else now,
    }
    if note is not None:
        fields["note"] = note.strip()
    with logbook.db.atomic():
        row = logbook.db.execute(
            "SELECT id FROM checklist_answers WHERE station_id = ? AND checklist = ? "
            "AND question = ? AND author IS ?",
            [station_id, checklist, question, logbook.author],
        ).fetchone()
        if row:
            answer_id = row[0]
            fields.update(updated_at=now, device_id=logbook.device_id)
            logbook.db.table("checklist_answers").update(answer_id, fields)
        else:
            answer_id = new_id()
            base = {"id": answer_id, "station_id": station_id, "checklist": checklist}
            record = {**base, "question": question, "note": "", **fields}
            logbook.db.table("checklist_answers").insert(logbook.stamp(record, now=now))
    return get_answer(logbook, answer_id)


def get_answer(logbook: Logbook, answer_id: str) -> ChecklistAnswer:
    row = logbook.db.execute(
        f"SELECT {_COLUMNS} FROM checklist_answers WHERE id = ?", [answer_id]
    ).fetchone()
    if row is None:
        raise LogbookError(translate("Checklists", "This checklist answer no longer exists."))
    return _answer(row)


def answers(logbook: Logbook, station_id: str, checklist: str) -> dict[str, ChecklistAnswer]:
    """The current observer's answers to one checklist at a station, by question code, in the
    checklist's question order (questions not answered are absent)."""
    rows = logbook.db.execute(
        f"SELECT {_COLUMNS} FROM checklist_answers "
        "WHERE station_id = ? AND checklist = ? AND author IS ?",
        [station_id, checklist, logbook.author],
    ).fetchall()
    found = {a.question: a for a in map(_answer, rows)}
    try:
        order = [q.code for q in get_checklist(checklist).questions]
    except KeyError:
        order = []
    ordered = {code: found.pop(code) for code in order if code in found}
    return {**ordered, **found}


def red_flag_answers(logbook: Logbook, station_id: str | None = None) -> list[ChecklistAnswer]:
    """Every observer's red-flag answers (at one station, or everywhere), in time order."""
    where = "red_flag = 1" + (" AND station_id = ?" if station_id else "")
    rows = logbook.db.execute(
        f"SELECT {_COLUMNS} FROM checklist_answers WHERE {where} ORDER BY answered_at, rowid",
        [station_id] if station_id else [],
    ).fetchall()
    return [_answer(r) for r in rows]
