"""One checklist question on the page: its number, text and help, the answer editor, the reason an
answer was refused, and the red-flag offer of a pre-filled irregularity report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kzobserver.domain.checklists import AnswerType, AnswerValue, Question, prefilled_incident
from kzobserver.domain.taxonomy import category_name
from kzobserver.ui.checklistfields import AnswerEdit, ChoiceButtons
from kzobserver.ui.widgets import enlarge, scaled_label

ERROR_STYLE = "color: #8e0000; background: #fdecea; border-radius: 4px; padding: 4px 8px;"
OFFER_STYLE = (
    "#redFlagOffer { background: #fdecea; border: 2px solid #c62828; border-radius: 6px; }"
    " QLabel { color: #8e0000; background: transparent; }"
    " QPushButton { padding: 6px 14px; }"
)
DRAFTED_STYLE = (
    "#redFlagOffer { background: #f3f3f3; border: 1px solid #bdbdbd; border-radius: 6px; }"
    " QLabel { color: #333; background: transparent; }"
    " QPushButton { padding: 6px 14px; }"
)
_ROW_STYLE = "#questionRow {{ background: {background}; border-left: 6px solid {edge}; }}"
ROW_STYLES = {
    (False, False): _ROW_STYLE.format(background="transparent", edge="transparent"),
    (True, False): _ROW_STYLE.format(background="#eef4fc", edge="#1565c0"),
    (False, True): _ROW_STYLE.format(background="#fff6f5", edge="#c62828"),
    (True, True): _ROW_STYLE.format(background="#fdecea", edge="#c62828"),
}
Saver = Callable[[Question, object], bool]  # saves the answer; False (and a message) if refused


class QuestionRow(QFrame):
    """Saves through ``save`` as soon as an answer is given. Enter moves to the next question,
    except while a red-flag offer is showing: then Enter accepts it and Escape dismisses it."""

    advance = Signal(int)  # +1 next question, -1 previous
    report_requested = Signal()  # accept the offer, or open the report already drafted
    focused = Signal()

    def __init__(self, question: Question, lang: str, save: Saver, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("questionRow")
        self.question, self.lang, self._save = question, lang, save
        self.value: AnswerValue | None = None
        self.answer_id: str | None = None
        self.red_flag = False
        self.report_made = False
        self.offer_dismissed = False
        self._current = False

        # Labels are not selectable: a click anywhere on the question puts the cursor in its
        # answer (see mousePressEvent) rather than on a label that ignores the answer keys.
        self.number = scaled_label(
            f"{question.number}.", 1.3, bold=True, parent=self, selectable=False
        )
        self.number.setFixedWidth(44)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.text = scaled_label(question.text.get(lang), 1.3, parent=self, selectable=False)
        help_text = question.help.get(lang) if question.help else ""
        self.help = scaled_label(help_text, 1.0, parent=self, selectable=False)
        self.help.setStyleSheet("color: #555;")
        self.help.setVisible(question.help is not None)
        self.editor: ChoiceButtons | AnswerEdit
        if question.type in (AnswerType.YES_NO_NA, AnswerType.CHOICE):
            self.editor = ChoiceButtons(question, lang, self)
            self.editor.chosen.connect(self._commit)
        else:
            self.editor = AnswerEdit(question, lang, self)
            self.editor.left.connect(self._edit_left)
        self.editor.key_pressed.connect(self._key)
        self.editor.focus_changed.connect(self._focus_changed)
        self.error = scaled_label(parent=self, selectable=False)
        self.error.setObjectName("answerError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self._build_offer()

        editor_line = QHBoxLayout()
        editor_line.setContentsMargins(0, 0, 0, 0)
        editor_line.addWidget(self.editor)
        if isinstance(self.editor, AnswerEdit) and question.type != AnswerType.TEXT:
            editor_line.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 8, 12, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.number, 0, 0)
        grid.addWidget(self.text, 0, 1)
        grid.addWidget(self.help, 1, 1)
        grid.addLayout(editor_line, 2, 1)
        grid.addWidget(self.error, 3, 1)
        grid.addWidget(self.offer, 4, 1)
        self._restyle()

    def _build_offer(self) -> None:
        self.offer = QFrame(self)
        self.offer.setObjectName("redFlagOffer")
        self.offer_label = scaled_label(parent=self.offer, bold=True, selectable=False)
        self.offer_label.setObjectName("offerText")
        self.accept_button = QPushButton(self.offer)
        self.accept_button.setObjectName("acceptOffer")
        self.dismiss_button = QPushButton(self.tr("Not now  (Esc)"), self.offer)
        self.dismiss_button.setObjectName("dismissOffer")
        for button in (self.accept_button, self.dismiss_button):
            # Not in the Tab chain: Tab goes question to question; Enter/Esc reach the offer.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            enlarge(button, 1.15)
        self.accept_button.clicked.connect(self.report_requested)
        self.dismiss_button.clicked.connect(self.dismiss_offer)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.offer)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.offer_label)
        layout.addLayout(buttons)
        self.offer.hide()

    # --- state ---------------------------------------------------------------------------------

    def set_answer(
        self, value: AnswerValue | None, answer_id: str | None, red_flag: bool, report_made: bool
    ) -> None:
        """Show the saved answer (after loading or saving it)."""
        if value != self.value:
            self.offer_dismissed = False  # a new answer is a new red flag to offer
        self.value, self.answer_id = value, answer_id
        self.red_flag, self.report_made = red_flag, report_made
        if isinstance(self.editor, ChoiceButtons):
            self.editor.set_value(value, flagged=red_flag)
        else:
            self.editor.set_value(value)
            self.editor.set_state("flagged" if red_flag else "")
        self.show_error("")
        self._update_offer()

    def set_report_made(self) -> None:
        self.report_made = True
        self._update_offer()

    def offer_pending(self) -> bool:
        """A red flag whose report is neither drafted nor declined: Enter accepts it."""
        return self.red_flag and not self.report_made and not self.offer_dismissed

    def dismiss_offer(self) -> None:
        self.offer_dismissed = True
        self._update_offer()

    def _update_offer(self) -> None:
        if self.red_flag and self.report_made:
            self.offer.setStyleSheet(DRAFTED_STYLE)
            self.offer_label.setText(
                self.tr("An irregularity report was drafted from this answer.")
            )
            self.accept_button.setText(self.tr("Open the report"))
            self.dismiss_button.hide()
        elif self.offer_pending():
            offered = prefilled_incident(self.question, self.value, self.lang)
            self.offer.setStyleSheet(OFFER_STYLE)
            self.offer_label.setText(
                self.tr(
                    "⚑ This is a red flag ({category}): open a pre-filled irregularity report"
                    " — press Enter"
                ).format(category=category_name(offered["category"], self.lang))
            )
            self.accept_button.setText(self.tr("Open report  (Enter)"))
            self.dismiss_button.show()
        self.offer.setVisible(self.red_flag and (self.report_made or not self.offer_dismissed))
        self._restyle()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if isinstance(self.editor, AnswerEdit):
            self.editor.set_state("invalid" if text else "flagged" if self.red_flag else "")

    def _restyle(self) -> None:
        style = ROW_STYLES[(self._current, self.red_flag)]
        if self.styleSheet() != style:
            self.setStyleSheet(style)
        self.number.setStyleSheet("color: #c62828;" if self.red_flag else "")

    def _focus_changed(self, focused: bool) -> None:
        self._current = focused
        self._restyle()
        if focused:
            self.focused.emit()

    # --- saving and keys -----------------------------------------------------------------------

    def _commit(self, raw: object) -> bool:
        return self._save(self.question, raw)

    def commit_typed(self) -> bool:
        """Save what is typed in a line edit, if it changed; False when it was refused."""
        if isinstance(self.editor, AnswerEdit) and self.editor.is_dirty():
            return self._commit(self.editor.raw())
        return True

    def _edit_left(self) -> None:
        if self.isVisible():  # not while the page is being torn down
            self.commit_typed()

    def _key(self, key: int) -> None:
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            dirty = isinstance(self.editor, AnswerEdit) and self.editor.is_dirty()
            if dirty:
                # Stay if refused, or if the answer just became a red flag: the offer is new.
                if self.commit_typed() and not self.offer_pending():
                    self.advance.emit(1)
            elif self.offer_pending():
                self.report_requested.emit()
            else:
                self.advance.emit(1)
        elif key == Qt.Key.Key_Escape:
            if self.offer_pending():
                self.dismiss_offer()
            elif isinstance(self.editor, AnswerEdit) and self.editor.is_dirty():
                self.editor.revert()
                self.show_error("")
        elif self.commit_typed():  # Up / Down
            self.advance.emit(-1 if key == Qt.Key.Key_Up else 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.focus_editor()
        super().mousePressEvent(event)

    def focus_editor(self) -> None:
        self.editor.setFocus(Qt.FocusReason.TabFocusReason)
