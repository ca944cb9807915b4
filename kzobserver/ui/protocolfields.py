"""The lines of the protocol form. Each entry field takes digits only, shows thousands grouped when
not being edited, and has the keys a tally needs (Enter/Down to the next line, Up back, Escape to
drop what was typed)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from kzobserver.domain.templates import ProtocolLine
from kzobserver.ui import language
from kzobserver.ui.widgets import enlarge, scaled_label

# Grouping marks people type or paste from a spreadsheet: space, no-break and narrow no-break
# space, apostrophe (Swiss style) and the English comma. A dot is refused: "1.5" is not a count.
_SEPARATORS = re.compile("[ \u00a0\u202f\u2009',]")
_DIGITS = re.compile("[0-9]*")
MAX_DIGITS = 12  # far past the storage limit, so an absurd number still reaches its clear error

FIELD_STYLE = (
    "QLineEdit {{ background: {background}; color: #111; border: {border};"
    " border-radius: 4px; padding: 4px 8px; }}"
    " QLineEdit:focus {{ border: 2px solid #1565c0; }}"
)
_STATE_STYLES = {
    "": FIELD_STYLE.format(background="#ffffff", border="1px solid #9e9e9e"),
    "flagged": FIELD_STYLE.format(background="#ffd9d6", border="2px solid #c62828"),
    "verified": FIELD_STYLE.format(background="#e3efff", border="1px solid #1565c0"),
}
_FORM_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
REDO_KEYS = ("Ctrl+Y", "Ctrl+Shift+Z")
FIELD_SCALE = 1.5
FLAGGED_LABEL_STYLE = "color: #b71c1c; font-weight: bold;"


def empty_hint() -> str:
    return QCoreApplication.translate("LinesGrid", "Empty means not seen; type 0 for zero.")


def parse_count(text: str) -> int | None:
    """The number typed in a field; None for an empty field ("not seen", never 0)."""
    digits = _SEPARATORS.sub("", text)
    return int(digits) if digits else None


def format_count(value: int | None, lang: str | None = None) -> str:
    return "" if value is None else language.format_int(value, lang)


class CountValidator(QValidator):
    """Accepts digits and grouping marks only: no minus, no letters, no decimals."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        digits = _SEPARATORS.sub("", text)
        ok = _DIGITS.fullmatch(digits) is not None and len(digits) <= MAX_DIGITS
        return (QValidator.State.Acceptable if ok else QValidator.State.Invalid), text, pos


class LineValueEdit(QLineEdit):
    """Shows its value grouped ("1,250") and switches to raw digits while it has the focus, so
    the cursor never trips over a separator."""

    advance = Signal(int)  # +1: go to the next line, -1: the previous one
    focused = Signal()

    def __init__(self, code: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.lang = lang
        self.value: int | None = None  # what the logbook holds
        self.state = ""
        self.setValidator(CountValidator(self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(MAX_DIGITS + 4)
        self.setStyleSheet(_STATE_STYLES[""])
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def set_value(self, value: int | None) -> None:
        self.value = value
        self.setText(
            str(value) if value is not None and self.hasFocus() else format_count(value, self.lang)
        )

    def typed(self) -> int | None:
        return parse_count(self.text())

    def is_dirty(self) -> bool:
        return self.typed() != self.value

    def revert(self) -> None:
        self.set_value(self.value)
        if self.hasFocus():
            self.selectAll()

    def set_state(self, state: str) -> None:
        """ "" | "flagged" | "verified": the background that tells the line's part in the checks."""
        if state != self.state:
            self.state = state
            self.setStyleSheet(_STATE_STYLES[state])

    def focusInEvent(self, event: QFocusEvent) -> None:
        typed = self.typed()
        self.setText("" if typed is None else str(typed))
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()  # overtype at once, as in a spreadsheet
        self.focused.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)  # emits editingFinished: the form saves the value
        if not self.hasFocus():
            self.setText(format_count(self.typed(), self.lang))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self.advance.emit(1)
        elif key == Qt.Key.Key_Up:
            self.advance.emit(-1)
        elif key == Qt.Key.Key_Escape and self.is_dirty():
            self.revert()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        # QLineEdit claims Ctrl+Z for its own per-field text undo; let the form's undo, which
        # reaches across lines and writes the logbook, have it instead.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combo = event.keyCombination().toCombined()
            if any(event.matches(k) for k in _FORM_KEYS) or any(
                QKeySequence(k)[0].toCombined() == combo for k in REDO_KEYS
            ):
                event.ignore()
                return False
        return super().event(event)


class LinesGrid(QWidget):
    """The lines of a protocol in order: number, label ("of which" lines indented), the entry
    field and, for a verified line, a check mark whose tooltip says who verified it and why."""

    def __init__(self, lines: list[ProtocolLine], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("protocolLines")
        self.fields: dict[str, LineValueEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.marks: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 12, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        row = 0
        for previous, line in zip([None, *lines], lines, strict=False):
            if line.kind == "votes" and (previous is None or previous.kind != "votes"):
                votes = scaled_label(self.tr("Votes"), 1.2, bold=True, parent=self)
                votes.setContentsMargins(0, 10, 0, 0)
                grid.addWidget(votes, row, 0, 1, 4)
                row += 1
            indent = 28 if line.part_of else 0
            number = scaled_label(line.number, parent=self, bold=not line.part_of)
            label = scaled_label(line.label.get(lang), parent=self)
            for widget in (number, label):
                widget.setContentsMargins(indent, 0, 0, 0)
            field = LineValueEdit(line.code, lang, self)
            field.setObjectName(f"line_{line.code}")
            enlarge(field, FIELD_SCALE)
            field.setFixedWidth(150)  # seven digits with separators, at FIELD_SCALE
            mark = scaled_label(parent=self, scale=1.6, bold=True, selectable=False)
            mark.setFixedWidth(32)
            mark.setStyleSheet("color: #1565c0;")
            grid.addWidget(number, row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(field, row, 2)
            grid.addWidget(mark, row, 3)
            self.fields[line.code], self.labels[line.code] = field, label
            self.marks[line.code] = mark
            row += 1
        grid.setRowStretch(row, 1)

    def show_checks(self, flagged: set[str], verified: dict[str, str]) -> None:
        """Light up the lines of failing relations; ``verified``: line -> who/when/why."""
        for code, field in self.fields.items():
            field.set_state(
                "flagged" if code in flagged else "verified" if code in verified else ""
            )
            style = FLAGGED_LABEL_STYLE if code in flagged else ""
            if self.labels[code].styleSheet() != style:  # restyling on every keystroke is slow
                self.labels[code].setStyleSheet(style)
            tip = verified.get(code, "")
            self.marks[code].setText("✓" if code in verified else "")
            self.marks[code].setToolTip(tip)
            field.setToolTip(tip or empty_hint())
