"""The answer editors of a checklist question: big option buttons driven by single keys (yes/no/
n.a. and choices) and line edits (number, time, text). Each one reports Enter, Escape and Up/Down
to its question row, which decides whether Enter accepts a red-flag offer or moves on."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QButtonGroup, QFrame, QGridLayout, QLineEdit, QPushButton, QWidget

from kzobserver.domain.checklists import (
    MAX_TEXT_LENGTH,
    NA,
    NO,
    YES,
    YES_NO_NA_LABELS,
    AnswerType,
    AnswerValue,
    Question,
    format_answer,
)
from kzobserver.ui import keys
from kzobserver.ui.protocolfields import CountValidator
from kzobserver.ui.widgets import enlarge

EDITOR_SCALE = 1.3
# Keys an editor hands to its question row: Enter (next, or accept the red-flag offer), Escape
# (dismiss the offer, or drop what was typed), Up/Down (previous/next question).
ROW_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Up, Qt.Key.Key_Down)
# What people press for yes / no / n.a. besides 1 / 2 / 3: the first letter of the word in each
# UI language (Yes/No, Да/Нет, Иә/Жоқ); they do not collide across the three languages.
ANSWER_LETTERS = {YES: ("y", "д", "и"), NO: ("n", "н", "ж"), NA: ("a",)}
_LETTER_HINTS = {
    "en": {YES: "Y", NO: "N", NA: "A"},
    "ru": {YES: "Д", NO: "Н"},
    "kk": {YES: "И", NO: "Ж"},
}

_BUTTON_STYLE = (
    "QPushButton { background: #f4f4f4; color: #111; border: 1px solid #9e9e9e;"
    " border-radius: 6px; padding: 6px 16px; text-align: left; }"
    " QPushButton:hover { background: #e8eef8; }"
    " QPushButton:checked { background: #1565c0; color: white; border: 1px solid #0d47a1; }"
)
_FLAGGED_BUTTON_STYLE = _BUTTON_STYLE + (
    " QPushButton:checked { background: #c62828; color: white; border: 1px solid #8e0000; }"
)
# Set on focus changes rather than with ":focus", which a frame whose children paint over it
# does not always repaint: the observer must see at a glance which question the keys answer.
_CHOICE_FRAME_STYLE = "#{name} {{ border: 3px solid {color}; border-radius: 8px; }}"
_EDIT_STYLE = (
    "QLineEdit {{ background: {background}; color: #111; border: {border};"
    " border-radius: 4px; padding: 4px 8px; }}"
    " QLineEdit:focus {{ border: 2px solid #1565c0; }}"
)
EDIT_STYLES = {
    "": _EDIT_STYLE.format(background="#ffffff", border="1px solid #9e9e9e"),
    "invalid": _EDIT_STYLE.format(background="#fdecea", border="2px solid #c62828"),
    "flagged": _EDIT_STYLE.format(background="#ffd9d6", border="2px solid #c62828"),
}


def yes_no_options(lang: str) -> list[tuple[str, str, str]]:
    """(code, label, keys shown) of the yes / no / n.a. buttons: "1 Д", "2 Н", "3"."""
    hints = _LETTER_HINTS.get(lang, {})
    return [
        (code, YES_NO_NA_LABELS[code].get(lang), " ".join(filter(None, (str(n), hints.get(code)))))
        for n, code in enumerate((YES, NO, NA), 1)
    ]


def answer_options(question: Question, lang: str) -> list[tuple[str, str, str]]:
    """(code, label, keys shown) of the buttons of a yes/no/n.a. or choice question."""
    if question.type == AnswerType.YES_NO_NA:
        return yes_no_options(lang)
    return [(o.code, o.label.get(lang), str(n)) for n, o in enumerate(question.options, 1)]


class ChoiceButtons(QFrame):
    """Exclusive buttons for the options, chosen by a digit (1 = the first option) or, for yes/
    no/n.a., the word's first letter. The frame takes the focus, not the buttons: Space or a
    digit must never land on a button as a second, accidental click."""

    chosen = Signal(object)  # the option code, or None when the answer is cleared
    key_pressed = Signal(int)  # Qt.Key: Return/Enter, Escape, Up, Down
    focus_changed = Signal(bool)

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"answer_{question.code}")
        self._show_focus(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.question = question
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        options = answer_options(question, lang)
        # Up to three options side by side; more go two to a row, so a long list of choices
        # does not widen the page past the window (and cut the questions' text).
        columns = len(options) if len(options) <= 3 else 2
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(10)
        for index, (code, label, hint) in enumerate(options):
            button = QPushButton(f"{hint}   {label}", self)
            button.setObjectName(f"option_{code}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(44)
            button.setStyleSheet(_BUTTON_STYLE)
            enlarge(button, EDITOR_SCALE)
            button.clicked.connect(lambda _c=False, code=code: self._clicked(code))
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button, index // columns, index % columns)
        layout.setColumnStretch(columns, 1)
        self.codes = list(self.buttons)

    def set_value(self, value: AnswerValue | None, *, flagged: bool = False) -> None:
        # An exclusive group cannot show "no answer": lift exclusivity to clear it.
        self.group.setExclusive(False)
        for code, button in self.buttons.items():
            button.setChecked(code == value)
            button.setStyleSheet(_FLAGGED_BUTTON_STYLE if flagged else _BUTTON_STYLE)
        self.group.setExclusive(True)

    def _clicked(self, code: str) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)  # the keyboard carries on from here
        self.chosen.emit(code)

    def _code_for(self, event: QKeyEvent) -> str | None:
        number = keys.digit(event)
        if number is not None:
            return self.codes[number - 1] if 1 <= number <= len(self.codes) else None
        if self.question.type == AnswerType.YES_NO_NA:
            text = keys.typed(event)
            for code, letters in ANSWER_LETTERS.items():
                if text and text in letters:
                    return code
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        code = self._code_for(event)
        if code is not None:
            if not event.isAutoRepeat():
                self.chosen.emit(code)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and keys.is_plain(event):
            self.chosen.emit(None)
        elif key in ROW_KEYS and keys.is_plain(event):
            self.key_pressed.emit(key)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._show_focus(True)
        self.focus_changed.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show_focus(False)
        self.focus_changed.emit(False)

    def _show_focus(self, focused: bool) -> None:
        color = "#1565c0" if focused else "transparent"
        self.setStyleSheet(_CHOICE_FRAME_STYLE.format(name=self.objectName(), color=color))


_TIME_DIGITS = re.compile(r"^(\d{1,2})(\d{2})$")


class AnswerEdit(QLineEdit):
    """A typed answer (number, time, text); saved by its row on Enter or when the focus leaves."""

    key_pressed = Signal(int)
    focus_changed = Signal(bool)
    left = Signal()  # the focus went elsewhere: time to save what was typed

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"answer_{question.code}")
        self.question, self.lang = question, lang
        self.saved_text = ""
        enlarge(self, EDITOR_SCALE)
        self.setStyleSheet(EDIT_STYLES[""])
        self.state = ""
        if question.type == AnswerType.NUMBER:
            self.setValidator(CountValidator(self))
            self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setFixedWidth(180)
        elif question.type == AnswerType.TIME:
            pattern = QRegularExpression(r"[0-9]{0,2}[:.]?[0-9]{0,2}")
            self.setValidator(QRegularExpressionValidator(pattern, self))
            self.setPlaceholderText(QCoreApplication.translate("ChecklistPage", "HH:MM"))
            self.setFixedWidth(140)
        else:
            self.setMaxLength(MAX_TEXT_LENGTH)
            self.setMinimumWidth(400)

    def set_value(self, value: AnswerValue | None) -> None:
        self.saved_text = format_answer(self.question, value, self.lang)
        self.setText(self.saved_text)

    def raw(self) -> str:
        """What was typed, with "0730" read as 07:30 (no colon to hunt for on the keyboard)."""
        text = self.text().strip()
        if self.question.type == AnswerType.TIME:
            match = _TIME_DIGITS.match(text)
            if match:
                return f"{match.group(1)}:{match.group(2)}"
        return text

    def is_dirty(self) -> bool:
        return self.text().strip() != self.saved_text

    def revert(self) -> None:
        self.setText(self.saved_text)
        self.selectAll()

    def set_state(self, state: str) -> None:
        """ "" | "invalid" | "flagged" """
        if state != self.state:
            self.state = state
            self.setStyleSheet(EDIT_STYLES[state])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ROW_KEYS and keys.is_plain(event):
            self.key_pressed.emit(event.key())
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()  # overtype at once, as in the protocol form
        self.focus_changed.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_changed.emit(False)
        self.left.emit()
