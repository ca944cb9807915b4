"""The observer's checklists at one station: the stages of the day on the left with how far each is
answered, the questions of the chosen stage on the right, each answer saved the moment it is given.
A red-flag answer offers a pre-filled irregularity report in one keystroke (Enter)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kzobserver.domain.checklists import Checklist, Question, bundled_checklists
from kzobserver.storage.checklist_answers import ChecklistAnswer, answers, save_answer
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.incidents import from_red_flag, list_incidents
from kzobserver.storage.logbook import Logbook
from kzobserver.ui import language
from kzobserver.ui.checklistfields import yes_no_options
from kzobserver.ui.checklistrow import QuestionRow
from kzobserver.ui.widgets import TITLE_SCALE, scaled_label

LIST_STYLE = (
    "QListWidget { background: #fafafa; border: none; border-right: 1px solid #d0d0d0; }"
    " QListWidget::item { border-bottom: 1px solid #e3e3e3; }"
    " QListWidget::item:selected { background: #dbe9fb; }"
)
HINT_STYLE = "color: #333; background: #f1f5fb; border-radius: 4px; padding: 6px 10px;"


def stage_status(answered: int, total: int, red_flags: int) -> str:
    """The second line of a stage in the list, as rich text."""
    text = QCoreApplication.translate("ChecklistPage", "answered {answered} of {total}").format(
        answered=answered, total=total
    )
    if red_flags:
        flags = QCoreApplication.translate("ChecklistPage", "⚑ red flags: {n}").format(n=red_flags)
        text += f"<br><span style='color:#c62828; font-weight:bold'>{flags}</span>"
    return text


class StageItem(QWidget):
    """A stage in the list: its name and shortcut, answered so far, and its red flags."""

    def __init__(self, checklist: Checklist, shortcut: str, lang: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.name = scaled_label(checklist.name.get(lang), 1.2, bold=True, selectable=False)
        self.key = scaled_label(shortcut, 0.9, selectable=False)
        self.key.setStyleSheet("color: #666;")
        self.key.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.status = scaled_label(scale=1.05, selectable=False)
        self.status.setObjectName("stageStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.key)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.status)
        for widget in (self.name, self.key, self.status):
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


class ChecklistPage(QWidget):
    """Self-contained: give it a logbook and a station id. ``changed`` after every saved answer;
    ``incident_requested(incident_id)`` when a red-flag offer is accepted (the report is already
    drafted in the logbook; the host opens it)."""

    changed = Signal()
    incident_requested = Signal(str)

    def __init__(
        self,
        logbook: Logbook,
        station_id: str,
        parent: QWidget | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPage")
        self.logbook, self.station_id = logbook, station_id
        self.lang = lang or language.current()
        self.checklists = bundled_checklists()
        self.stage = next(iter(self.checklists))
        self.rows: dict[str, QuestionRow] = {}
        self.last_question: str | None = None  # where the cursor was, for coming back to the tab
        self.stage_items: dict[str, StageItem] = {}
        self._build()
        self.show_stage(self.stage)

    def _build(self) -> None:
        self.stage_list = QListWidget(self)
        self.stage_list.setObjectName("stageList")
        self.stage_list.setStyleSheet(LIST_STYLE)
        self.stage_list.setFixedWidth(250)
        for number, (code, checklist) in enumerate(self.checklists.items(), 1):
            shortcut = QKeySequence(f"Ctrl+{number}")
            item = QListWidgetItem(self.stage_list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            widget = StageItem(
                checklist,
                shortcut.toString(QKeySequence.SequenceFormat.NativeText),
                self.lang,
                self.stage_list,
            )
            self.stage_list.setItemWidget(item, widget)
            self.stage_items[code] = widget
            action = QAction(self)
            action.setShortcut(shortcut)
            # Only while the focus is on this page: other tabs may use the same keys.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, code=code: self.show_stage(code, focus=True))
            self.addAction(action)
        self.stage_list.currentItemChanged.connect(self._stage_chosen)

        self.title = scaled_label(scale=TITLE_SCALE * 0.8, bold=True, parent=self, selectable=False)
        self.title.setObjectName("checklistTitle")
        self.keys_hint = scaled_label(parent=self, scale=1.05, selectable=False)
        self.keys_hint.setObjectName("keysHint")
        self.keys_hint.setStyleSheet(HINT_STYLE)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes question to question
        # Questions wrap to the width shown; sideways scrolling hides the end of a question.
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right = QVBoxLayout()
        right.setContentsMargins(16, 12, 16, 8)
        right.addWidget(self.title)
        right.addWidget(self.keys_hint)
        right.addWidget(self.scroll, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stage_list)
        layout.addLayout(right, 1)

    def _keys_text(self) -> str:
        yes_no = " · ".join(f"{keys} {label}" for _c, label, keys in yes_no_options(self.lang))
        return self.tr(
            "Keys: {yes_no} · Enter: next question · Backspace: clear · Ctrl+1…5: stage"
        ).format(yes_no=yes_no)

    # --- stages --------------------------------------------------------------------------------

    def show_stage(self, code: str, *, focus: bool = False) -> None:
        """Show the checklist ``code`` (after saving what is being typed in the current one)."""
        if code not in self.checklists:
            raise KeyError(code)
        self.commit_pending()
        self.stage = code
        index = list(self.checklists).index(code)
        if self.stage_list.currentRow() != index:
            self.stage_list.blockSignals(True)
            self.stage_list.setCurrentRow(index)
            self.stage_list.blockSignals(False)
        self._build_rows()
        if focus:
            self.focus_first_unanswered()

    def _stage_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.show_stage(current.data(Qt.ItemDataRole.UserRole))

    def _build_rows(self) -> None:
        checklist = self.checklists[self.stage]
        self.title.setText(checklist.name.get(self.lang))
        self.keys_hint.setText(self._keys_text())
        body = QWidget(self.scroll)
        body.setObjectName("checklistQuestions")
        body.setStyleSheet("#checklistQuestions { background: white; }")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 4, 0, 24)
        layout.setSpacing(4)
        self.rows = {}
        self.last_question = None
        for question in checklist.questions:
            row = QuestionRow(question, self.lang, self._save, body)
            row.advance.connect(lambda step, q=question.code: self._advance(q, step))
            row.report_requested.connect(lambda r=row: self._request_report(r))
            row.focused.connect(lambda r=row: self._row_focused(r))
            layout.addWidget(row)
            self.rows[question.code] = row
        layout.addStretch(1)
        self.scroll.setWidget(body)  # deletes the previous stage's rows
        self._load_answers()

    def _load_answers(self) -> None:
        saved = answers(self.logbook, self.station_id, self.stage)
        reported = self._reported_answers()
        for code, row in self.rows.items():
            answer = saved.get(code)
            if answer is None:
                row.set_answer(None, None, False, False)
            else:
                row.set_answer(answer.value, answer.id, answer.red_flag, answer.id in reported)
        self._update_stage_statuses()

    def _reported_answers(self) -> set[str]:
        return {
            i.checklist_answer_id
            for i in list_incidents(self.logbook, self.station_id)
            if i.checklist_answer_id
        }

    def stage_counts(self, code: str) -> tuple[int, int, int]:
        """(answered, questions, red flags) of the stage ``code`` in the logbook."""
        saved: dict[str, ChecklistAnswer] = answers(self.logbook, self.station_id, code)
        given = [a for a in saved.values() if a.value is not None]
        total = len(self.checklists[code].questions)
        return len(given), total, sum(a.red_flag for a in given)

    def _update_stage_statuses(self) -> None:
        for code, item in self.stage_items.items():
            item.status.setText(stage_status(*self.stage_counts(code)))
        width = self.stage_list.width() - 2
        for index in range(self.stage_list.count()):
            list_item = self.stage_list.item(index)
            widget = self.stage_list.itemWidget(list_item)
            # Wrapped labels: the height that fits the list's width, not the label's own guess.
            list_item.setSizeHint(QSize(width, widget.heightForWidth(width)))

    # --- answers -------------------------------------------------------------------------------

    def _save(self, question: Question, raw: object) -> bool:
        row = self.rows[question.code]
        if raw is not None and raw == row.value and not row.error.isVisible():
            return True  # the same answer again: nothing to write
        try:
            answer = save_answer(self.logbook, self.station_id, self.stage, question.code, raw)
        except LogbookError as exc:
            row.show_error(self.tr("Not saved: {error}").format(error=exc))
            return False
        reported = answer.red_flag and answer.id in self._reported_answers()
        row.set_answer(answer.value, answer.id, answer.red_flag, reported)
        if row.offer_pending():
            QTimer.singleShot(0, row, lambda: self.scroll.ensureWidgetVisible(row, 0, 24))
        self._update_stage_statuses()
        self.changed.emit()
        return True

    def _request_report(self, row: QuestionRow) -> None:
        if row.answer_id is None or not row.red_flag:
            return
        try:
            incident = from_red_flag(self.logbook, row.answer_id, self.lang)
        except LogbookError as exc:
            row.show_error(str(exc))
            return
        row.set_report_made()
        self.changed.emit()
        self.incident_requested.emit(incident.id)

    def _row_focused(self, row: QuestionRow) -> None:
        self.last_question = row.question.code
        self.scroll.ensureWidgetVisible(row, 0, 24)

    def _advance(self, code: str, step: int) -> None:
        codes = list(self.rows)
        position = codes.index(code) + step
        if 0 <= position < len(codes):
            self.focus_question(codes[position])

    def focus_question(self, code: str) -> None:
        row = self.rows[code]
        row.focus_editor()
        self.scroll.ensureWidgetVisible(row, 0, 24)

    def focus_first_unanswered(self) -> None:
        if self.rows:
            code = next((c for c, r in self.rows.items() if r.value is None), next(iter(self.rows)))
            self.focus_question(code)

    def commit_pending(self) -> bool:
        """Save the answer being typed (before leaving the stage or the station); False when it
        was refused."""
        focused = QApplication.focusWidget()
        if focused is None:
            return True
        for row in self.rows.values():
            if row.editor is focused or row.isAncestorOf(focused):
                return row.commit_typed()
        return True

    def refresh(self) -> None:
        """Reload the answers from the logbook (e.g. after the current observer changed)."""
        self.commit_pending()
        self._load_answers()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Shown as a tab: the cursor goes back to the question last answered, or to the first
        # open one, ready for the keyboard.
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            QTimer.singleShot(0, self, self._restore_focus)

    def _restore_focus(self) -> None:
        if self.last_question in self.rows:
            self.focus_question(self.last_question)
        else:
            self.focus_first_unanswered()
