"""Typing a protocol line by line: every committed line is saved at once, the control relations
are rechecked as each number is typed, and the lines of a failing relation light up."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kzobserver.domain.rules import RuleResult, RuleStatus
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocols import Source, source_label
from kzobserver.storage.reference import ContestRow
from kzobserver.ui import language
from kzobserver.ui.protocolchecks import ValidationPanel
from kzobserver.ui.protocolfields import REDO_KEYS, LinesGrid, LineValueEdit
from kzobserver.ui.protocolreview import ask_and_review, review_tooltip
from kzobserver.ui.protocolsession import ProtocolSession
from kzobserver.ui.widgets import enlarge, scaled_label

ERROR_STYLE = (
    "background: #fdecea; color: #8e0000; border: 1px solid #c62828; border-radius: 4px;"
    " padding: 6px 10px;"
)


class ProtocolForm(QWidget):
    saved = Signal()  # a value, an undo or redo, or a review was written to the logbook
    record_switched = Signal()  # another contest or source is shown

    last_reviewer = ""  # shared by every form of the session: usually the same person reviews

    def __init__(
        self,
        logbook: Logbook,
        station_id: str,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("protocolForm")
        self.logbook, self.station_id = logbook, station_id
        self.lang = lang or language.current()
        self.session = session = ProtocolSession(logbook, station_id, self.lang, self)
        session.changed.connect(self.saved)
        session.record_requested.connect(lambda c, s: self.select(c, s))
        session.value_applied.connect(self._value_applied)
        self.undo_stack = session.undo_stack
        self.contests: list[ContestRow] = []
        self.grid: LinesGrid | None = None
        self.fields: dict[str, LineValueEdit] = {}
        self.marks: dict[str, QLabel] = {}
        self.results: list[RuleResult] = []
        self.current_line: str | None = None
        self._build()
        self._load_contests()

    @property
    def contest(self) -> ContestRow | None:
        return self.session.contest

    @property
    def source(self) -> str:
        return self.session.source

    @property
    def values(self) -> dict[str, int | None]:
        return self.session.values

    def _build(self) -> None:
        self.contest_combo = QComboBox(self)
        self.contest_combo.setObjectName("contestCombo")
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("sourceCombo")
        for source in Source:
            self.source_combo.addItem(source_label(source), source.value)
        for combo in (self.contest_combo, self.source_combo):
            enlarge(combo, 1.15)
        self.observer_label = scaled_label(parent=self, selectable=False)
        self.observer_label.setObjectName("observerLabel")
        top = QHBoxLayout()
        top.addWidget(scaled_label(self.tr("Contest"), parent=self, selectable=False))
        top.addWidget(self.contest_combo, 2)
        top.addSpacing(12)
        top.addWidget(scaled_label(self.tr("Source"), parent=self, selectable=False))
        top.addWidget(self.source_combo, 2)
        top.addSpacing(12)
        top.addWidget(self.observer_label, 3)

        self.undo_action = self._action(self.tr("Undo"), self.undo, QKeySequence.StandardKey.Undo)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        redo_keys += [QKeySequence(k) for k in REDO_KEYS if QKeySequence(k) not in redo_keys]
        self.redo_action = self._action(self.tr("Redo"), self.redo, *redo_keys)
        self.verify_action = self._action(self.tr("Mark as verified…"), self.verify_line)
        self.withdraw_action = self._action(
            self.tr("Withdraw verification…"), self.withdraw_verification
        )
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self.undo_action.setToolTip)
        self.undo_stack.redoTextChanged.connect(self.redo_action.setToolTip)
        toolbar = QToolBar(self)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        enlarge(toolbar, 1.1)
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.verify_action, self.withdraw_action])

        self.error_label = scaled_label(parent=self)
        self.error_label.setObjectName("protocolError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.lines_scroll = QScrollArea(self)
        self.lines_scroll.setWidgetResizable(True)
        self.lines_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.lines_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes line to line
        self.panel = ValidationPanel(self.lang, self)
        self.panel.line_requested.connect(self.focus_line)
        self.panel.setMinimumWidth(300)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.lines_scroll)
        splitter.addWidget(self.panel)
        splitter.setChildrenCollapsible(False)
        # The lines are what the observer types into: they get the room, the checks the rest.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(toolbar)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)
        self.contest_combo.currentIndexChanged.connect(self._contest_chosen)
        self.source_combo.currentIndexChanged.connect(self._source_chosen)

    def _action(self, text: str, slot: Callable[[], None], *keys: Any) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        # Only while the focus is in this form: the window may hold other pages with shortcuts.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: slot())
        self.addAction(action)
        return action

    # --- choosing the record -------------------------------------------------------------------

    def _load_contests(self) -> None:
        self.contests = self.session.station_contests()
        keep = self.contest.code if self.contest else None
        self.contest_combo.blockSignals(True)
        self.contest_combo.clear()
        for contest in self.contests:
            self.contest_combo.addItem(contest.name.get(self.lang), contest.code)
        index = max(0, self.contest_combo.findData(keep)) if keep else 0
        self.contest_combo.setCurrentIndex(index if self.contests else -1)
        self.contest_combo.blockSignals(False)
        for combo in (self.contest_combo, self.source_combo):
            combo.setEnabled(bool(self.contests))
        self._show_record(self.contests[index] if self.contests else None, self.source)
        if not self.contests:
            self._show_error(self.tr("This station takes part in no contest: nothing to enter."))

    def _contest_chosen(self, index: int) -> None:
        self._commit_focused()  # into the record it was typed for
        contest = self.contests[index] if 0 <= index < len(self.contests) else None
        self._show_record(contest, self.source)

    def _source_chosen(self, index: int) -> None:
        self._commit_focused()
        self._show_record(self.contest, self.source_combo.itemData(index))

    def select(self, contest: str | None = None, source: str | None = None) -> None:
        """Show the record of ``contest`` (a code) and ``source``; unknown values are ignored."""
        for combo, data in ((self.contest_combo, contest), (self.source_combo, source)):
            index = combo.findData(data) if data is not None else -1
            if index >= 0:
                combo.setCurrentIndex(index)

    def _show_record(self, contest: ContestRow | None, source: str) -> None:
        new_lines = contest != self.contest or self.grid is None
        self.session.load(contest, source)
        if new_lines:
            self.grid = LinesGrid(self.session.lines, self.lang, self.lines_scroll)
            self._connect_fields()
            self.lines_scroll.setWidget(self.grid)  # deletes the previous contest's lines
        for code, field in self.fields.items():
            field.set_value(self.values.get(code))
        if source == Source.OFFICIAL:
            text = self.tr("Official figures: one record for the logbook, not an observer's")
        else:
            who = self.logbook.author or self.tr("no observer chosen")
            text = self.tr("Recorded for observer: {observer}").format(observer=who)
        self.observer_label.setText(text)
        warn = source != Source.OFFICIAL and not self.logbook.author
        self.observer_label.setStyleSheet("color: #8a5a00;" if warn else "")
        self.error_label.hide()
        self._recheck()
        self.record_switched.emit()

    def _connect_fields(self) -> None:
        assert self.grid is not None
        self.fields, self.marks = self.grid.fields, self.grid.marks
        self.current_line = None
        for field in self.fields.values():
            field.editingFinished.connect(lambda f=field: self._commit(f))
            field.textEdited.connect(lambda _t, f=field: self._recheck({f.code: f.typed()}))
            field.advance.connect(lambda step, f=field: self._advance(f, step))
            field.focused.connect(lambda f=field: self._set_current(f.code))
            field.customContextMenuRequested.connect(
                lambda pos, f=field: self._show_menu(f.code, pos)
            )

    def refresh(self) -> None:
        """Reload from the logbook (e.g. after the current observer changed)."""
        self._commit_focused()
        self._load_contests()

    # --- entering values -----------------------------------------------------------------------

    def _focused_field(self) -> LineValueEdit | None:
        widget = QApplication.focusWidget()
        if isinstance(widget, LineValueEdit) and self.fields.get(widget.code) is widget:
            return widget
        return None

    def _commit_focused(self) -> bool:
        field = self._focused_field()
        return self._commit(field) if field is not None else True

    def commit_pending(self) -> bool:
        """Save every line typed but not yet saved (focus may already be elsewhere, e.g. when a
        menu shortcut moves on); False when the logbook refused one."""
        return all([self._commit(f) for f in list(self.fields.values()) if f.is_dirty()])

    def _commit(self, field: LineValueEdit) -> bool:
        # A field of a contest no longer shown, or focus moving during an undo: nothing to save.
        if self.session.applying or self.fields.get(field.code) is not field:
            return True
        code = field.code
        try:
            self.session.write(code, field.typed())
        except LogbookError as exc:
            text = self.tr("Line {number} was not saved: {error} It keeps its earlier value.")
            self._show_error(text.format(number=self.session.line(code).number, error=exc))
            field.revert()
            self._recheck()
            QTimer.singleShot(0, field, lambda: self.focus_line(code))
            return False
        field.set_value(self.values.get(code))  # regrouped, or "1 250" typed becomes 1250
        self.error_label.hide()
        self._recheck()
        return True

    def _advance(self, field: LineValueEdit, step: int) -> None:
        if not self._commit(field):
            return
        codes = list(self.fields)
        position = codes.index(field.code) + step
        if 0 <= position < len(codes):
            self.focus_line(codes[position])
        else:
            field.selectAll()

    def focus_line(self, code: str) -> None:
        field = self.fields.get(code)
        if field is not None:
            field.setFocus(Qt.FocusReason.TabFocusReason)
            self.lines_scroll.ensureWidgetVisible(field)

    def focus_first_empty(self) -> None:
        codes = list(self.fields)
        if codes:
            self.focus_line(next((c for c in codes if self.values.get(c) is None), codes[0]))

    def _set_current(self, code: str) -> None:
        self.current_line = code
        self._update_review_actions()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _recheck(self, typed: dict[str, int | None] | None = None) -> None:
        """Check the saved values, with ``typed`` (not yet saved) taking their lines' place."""
        self.results, values, verified = self.session.check(typed)
        self.panel.show_results(
            self.results, anything_entered=any(v is not None for v in values.values())
        )
        if self.grid is not None:
            flagged = {c for r in self.results if r.status is RuleStatus.FLAGGED for c in r.lines}
            reviews = self.session.reviews
            tips = {code: review_tooltip(reviews[code], self.lang) for code in verified}
            self.grid.show_checks(flagged, tips)
        self._update_review_actions()

    def flagged_lines(self) -> set[str]:
        return {c for c, f in self.fields.items() if f.state == "flagged"}

    # --- undo ----------------------------------------------------------------------------------

    def undo(self) -> None:
        field = self._focused_field()
        if field is not None and field.is_dirty():  # first drop what is typed but not saved
            field.revert()
            self._recheck()
        elif self.undo_stack.canUndo():
            self.undo_stack.undo()

    def redo(self) -> None:
        field = self._focused_field()
        if (field is None or not field.is_dirty()) and self.undo_stack.canRedo():
            self.undo_stack.redo()

    def _value_applied(self, code: str) -> None:
        field = self.fields.get(code)
        if field is not None:
            field.set_value(self.values.get(code))
        self.error_label.hide()
        self._recheck()
        self.focus_line(code)  # show the observer what was undone

    # --- review --------------------------------------------------------------------------------

    def _update_review_actions(self) -> None:
        code = self.current_line
        verified = code is not None and code in self.session.verified()
        filled = code is not None and self.session.record is not None
        filled = filled and self.values.get(code) is not None
        self.verify_action.setEnabled(filled and not verified)
        self.withdraw_action.setEnabled(verified)

    def line_menu(self, code: str) -> QMenu:
        self._set_current(code)
        field = self.fields[code]
        menu = QMenu(self)
        menu.addAction(self.verify_action)
        menu.addAction(self.withdraw_action)
        menu.addSeparator()
        menu.addAction(self.tr("Clear the line (not seen)"), lambda: self.clear_line(code))
        menu.addSeparator()
        menu.addActions([self.undo_action, self.redo_action])
        menu.addSeparator()
        menu.addAction(self.tr("Copy"), field.copy)
        menu.addAction(self.tr("Paste"), field.paste)
        return menu

    def _show_menu(self, code: str, pos: QPoint) -> None:
        menu = self.line_menu(code)
        menu.exec(self.fields[code].mapToGlobal(pos))
        menu.deleteLater()

    def clear_line(self, code: str) -> None:
        self.fields[code].clear()
        self._commit(self.fields[code])

    def verify_line(self, code: str | None = None) -> None:
        self._review(code or self.current_line, verify=True)

    def withdraw_verification(self, code: str | None = None) -> None:
        self._review(code or self.current_line, verify=False)

    def _review(self, code: str | None, *, verify: bool) -> None:
        if code is None or code not in self.fields or not self._commit(self.fields[code]):
            return
        line = self.session.line(code)
        if self.session.record is None or self.values.get(code) is None:
            text = self.tr("Line {number} is empty: enter what the protocol shows first.")
            self._show_error(text.format(number=line.number))
            return
        if not verify and code not in self.session.verified():
            return
        try:
            reviewer = ask_and_review(
                self,
                self.session,
                code,
                verify=verify,
                reviewer=ProtocolForm.last_reviewer or self.logbook.author or "",
            )
        except LogbookError as exc:
            self._show_error(str(exc))
            return
        if reviewer is not None:
            ProtocolForm.last_reviewer = reviewer
            self._recheck()
