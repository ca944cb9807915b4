"""The protocol record being entered, without its widgets: which record it is, its saved values
and reviews, writing one line (the record is created by the first value, not by looking), the
undo stack, and the rule results."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kzobserver.domain.rules import RuleResult
from kzobserver.domain.templates import ProtocolLine
from kzobserver.storage.checks import check_record, contest_lines
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocols import (
    ProtocolRecord,
    Source,
    check_line_value,
    get_or_create_protocol,
    line_reviews,
    load_protocol,
    protocols_for_station,
    review_line,
    set_line_value,
    verified_from_reviews,
)
from kzobserver.storage.reference import ContestRow, current_election, list_contests
from kzobserver.storage.stations import get_station
from kzobserver.ui.protocolfields import format_count


@dataclass(frozen=True)
class RecordKey:
    protocol_id: str
    contest: str
    source: str


class SetLineCommand(QUndoCommand):
    """One line's old → new value. Pushed after the value is written, so the first redo (which
    QUndoStack.push runs) does nothing; undo and redo write to the logbook like typing does."""

    def __init__(
        self,
        session: ProtocolSession,
        key: RecordKey,
        line: ProtocolLine,
        old: int | None,
        new: int | None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ProtocolForm", "line {number}: {old} → {new}").format(
                number=line.number,
                old=format_count(old, session.lang) or "—",
                new=format_count(new, session.lang) or "—",
            )
        )
        self.session, self.key, self.line, self.old, self.new = session, key, line.code, old, new
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self.session.apply(self.key, self.line, self.new)

    def undo(self) -> None:
        self.session.apply(self.key, self.line, self.old)


class ProtocolSession(QObject):
    changed = Signal()  # a value, an undo or redo, or a review was written to the logbook
    record_requested = Signal(str, str)  # an undo or redo is for the record of (contest, source)
    value_applied = Signal(str)  # an undo or redo changed this line of the record shown

    def __init__(
        self, logbook: Logbook, station_id: str, lang: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.logbook, self.station_id, self.lang = logbook, station_id, lang
        self.undo_stack = QUndoStack(self)
        self.contest: ContestRow | None = None
        self.source = Source.OBSERVER_TALLY.value
        self.lines: list[ProtocolLine] = []
        self.record: ProtocolRecord | None = None  # None until the first value is saved
        self.values: dict[str, int | None] = {}
        self.reviews: dict[str, dict[str, Any]] = {}  # the latest review of each line
        self.applying = False  # an undo or redo is writing

    def station_contests(self) -> list[ContestRow]:
        """The contests the station takes part in, in the election's order."""
        election = current_election(self.logbook)
        station = get_station(self.logbook, self.station_id)
        by_code = {c.code: c for c in list_contests(self.logbook, election.id)} if election else {}
        codes = [code for code, _name in station.contests] if station else []
        return [by_code[code] for code in codes if code in by_code]

    def observer(self) -> str:
        """Whose record it is: official figures belong to no observer."""
        return "" if self.source == Source.OFFICIAL else (self.logbook.author or "")

    def load(self, contest: ContestRow | None, source: str) -> None:
        if contest != self.contest:
            self.lines = contest_lines(contest) if contest else []
        self.contest, self.source = contest, source
        self.record = None
        if contest is not None:
            self.record = next(
                (
                    r
                    for r in protocols_for_station(self.logbook, self.station_id, contest.id)
                    if r.source == source and r.observer == self.observer()
                ),
                None,
            )
        self.values = dict(self.record.values) if self.record else {}
        self._load_reviews()

    def _load_reviews(self) -> None:
        rows = line_reviews(self.logbook, self.record.id) if self.record else []
        self.reviews = {str(r["line"]): r for r in rows}  # in order: the last one wins

    def line(self, code: str) -> ProtocolLine:
        return next(line for line in self.lines if line.code == code)

    def key(self) -> RecordKey | None:
        if self.record is None or self.contest is None:
            return None
        return RecordKey(self.record.id, self.contest.code, self.source)

    def write(self, code: str, value: int | None) -> None:
        """Save one line at once (LogbookError when refused) and make it undoable."""
        old = self.values.get(code)
        if value == old or self.contest is None:
            return
        check_line_value(value)  # before a first value creates the record
        if self.record is None:
            pid = get_or_create_protocol(
                self.logbook, self.station_id, self.contest.id, self.source, self.observer()
            )
            self.record = load_protocol(self.logbook, pid)
        set_line_value(self.logbook, self.record.id, code, value)
        self.values[code] = value
        key = RecordKey(self.record.id, self.contest.code, self.source)
        self.undo_stack.push(SetLineCommand(self, key, self.line(code), old, value))
        self.changed.emit()

    def apply(self, key: RecordKey, code: str, value: int | None) -> None:
        """An undo or redo: write ``value`` and bring its record into view."""
        self.applying = True
        try:
            set_line_value(self.logbook, key.protocol_id, code, value)
            if self.key() != key:
                self.record_requested.emit(key.contest, key.source)
            if self.key() == key:
                self.values[code] = value
                self.value_applied.emit(code)
        finally:
            self.applying = False
        self.changed.emit()

    def verified(self, values: dict[str, int | None] | None = None) -> set[str]:
        latest = {code: (r["verified"], r["value"]) for code, r in self.reviews.items()}
        return verified_from_reviews(latest, self.values if values is None else values)

    def check(
        self, typed: dict[str, int | None] | None = None
    ) -> tuple[list[RuleResult], dict[str, int | None], set[str]]:
        """The rule results of the saved values, with ``typed`` (not yet saved) taking their
        lines' place; also those values and the lines still verified at them."""
        values = {**self.values, **(typed or {})}
        if self.contest is None:
            return [], values, set()
        verified = self.verified(values)
        return check_record(self.contest, values, verified, lang=self.lang), values, verified

    def review(self, code: str, *, verify: bool, reviewer: str, reason: str) -> None:
        if self.record is None:
            return
        review_line(
            self.logbook, self.record.id, code, verified=verify, reviewer=reviewer, reason=reason
        )
        self._load_reviews()
        self.changed.emit()
