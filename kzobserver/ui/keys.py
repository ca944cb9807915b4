"""Single-key commands (1/2/3, Y/N, S) that keep working in the Russian and Kazakh layouts.

Qt reports the character a key types in the active layout. In the Russian layout the S key types
"ы", and in the Kazakh layout (RST KazSSR 903-90) the digit row types Kazakh letters ("ә", "і",
"ң", …), so a check of ``Qt.Key_1`` alone would leave a Kazakh speaker without the digit keys. The
physical key is recovered from the platform's layout-independent code where there is one.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
# Linux (X11 and Wayland) report evdev keycodes + 8: the digit row 1..9 is 10..18.
_LINUX_DIGIT_ROW = range(10, 19)
# Windows virtual-key codes are the same whatever the layout: "0".."9" are 0x30..0x39.
_WINDOWS_DIGIT_ROW = range(0x30, 0x3A)


def is_plain(event: QKeyEvent) -> bool:
    """No Ctrl, Alt or Meta: a plain key press, not a shortcut meant for the window."""
    return not (event.modifiers() & _COMMAND_MODIFIERS)


def digit(event: QKeyEvent) -> int | None:
    """The digit key pressed (digit row or keypad), whatever the layout; None for other keys."""
    if not is_plain(event):
        return None
    key = event.key()
    if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
        return int(key - Qt.Key.Key_0)
    if sys.platform.startswith("linux") and event.nativeScanCode() in _LINUX_DIGIT_ROW:
        return event.nativeScanCode() - 9
    if sys.platform == "win32" and event.nativeVirtualKey() in _WINDOWS_DIGIT_ROW:
        return event.nativeVirtualKey() - 0x30
    return None


def typed(event: QKeyEvent) -> str:
    """The character typed, case-folded ("" for a shortcut or a key that types nothing)."""
    return event.text().casefold() if is_plain(event) else ""
