"""Read-only fields that say so: every attempt to change a guarded widget is stopped and
reported, so a form can explain why (and offer what to do instead) rather than show a field that
silently ignores the keyboard. Text stays selectable and copyable."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QPlainTextEdit, QWidget

_EDIT_SHORTCUTS = (
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Delete,
)
_STEP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_F4}
_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def is_edit_key(widget: QObject, event: QKeyEvent) -> bool:
    """Would this key change ``widget``'s value (as opposed to moving, selecting or copying)?"""
    if any(event.matches(k) for k in _EDIT_SHORTCUTS):
        return True
    key = event.key()
    if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        return True
    if isinstance(widget, QComboBox | QAbstractSpinBox) and key in _STEP_KEYS:
        return True
    if isinstance(widget, QAbstractButton) and key == Qt.Key.Key_Space:
        return True
    if isinstance(widget, QPlainTextEdit) and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return True
    text = event.text()
    no_modifier = (event.modifiers() & _MODIFIERS) == Qt.KeyboardModifier.NoModifier
    return bool(text) and text.isprintable() and no_modifier


class EditGuard(QObject):
    """While ``active``, stops edits of the watched widgets and emits ``refused`` (once per burst
    of attempts, after the event that made it)."""

    refused = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False
        self._watched: set[QObject] = set()
        self._queued = False

    def watch(self, widgets: Iterable[QWidget]) -> None:
        for widget in widgets:
            self._watched.add(widget)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.active or watched not in self._watched:
            return False
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, QComboBox | QAbstractSpinBox):
            return True  # scrolling past a field is not an attempt to change it
        attempt = False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            attempt = is_edit_key(watched, event)
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            attempt = isinstance(watched, QAbstractButton | QComboBox)
        if not attempt:
            return False
        if not self._queued:
            # Once this event is done: a modal dialog opened in the middle of a mouse press
            # leaves the press half-handled.
            self._queued = True
            QTimer.singleShot(0, self, self._refuse)
        return True

    def _refuse(self) -> None:
        self._queued = False
        self.refused.emit()
