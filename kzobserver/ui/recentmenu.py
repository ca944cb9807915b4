"""File → Open Recent: the last logbooks opened, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from kzobserver.ui import settings
from kzobserver.ui.settings import Settings


class RecentFilesMenu(QMenu):
    open_requested = Signal(Path)

    def __init__(self, user_settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentMenu")
        self.setTitle(self.tr("Open &Recent"))
        self.settings = user_settings
        self.clear_action = QAction(self.tr("&Clear list"), self)
        self.clear_action.triggered.connect(self.clear_list)
        # The file entries come and go above a fixed tail. Removing an action from a QMenu
        # disconnects it from the menu, which would silently cut clear_action from clear_list.
        self._separator = self.addSeparator()
        self.addAction(self.clear_action)
        self._entries: list[QAction] = []
        # Rebuilt on opening: a file may have been moved or deleted since the last look.
        self.aboutToShow.connect(self.populate)
        self.populate()

    def paths(self) -> list[str]:
        return self.settings.get(settings.RECENT_FILES)

    def populate(self) -> None:
        for action in self._entries:
            self.removeAction(action)
            action.deleteLater()
        self._entries = []
        recent = self.paths()
        for n, text in enumerate(recent, start=1):
            path = Path(text)
            label = f"&{n} {path.name} — {path.parent}"
            action = QAction(label, self)
            action.setData(text)
            if path.exists():
                action.triggered.connect(lambda _checked=False, p=path: self.open_requested.emit(p))
            else:
                # Kept, greyed: on a USB stick that is not plugged in, the file comes back.
                action.setText(label + " " + self.tr("(missing)"))
                action.setEnabled(False)
            self._entries.append(action)
        if not recent:
            empty = QAction(self.tr("No recent logbooks"), self)
            empty.setEnabled(False)
            self._entries.append(empty)
        self.insertActions(self._separator, self._entries)
        self.clear_action.setEnabled(bool(recent))

    def clear_list(self) -> None:
        self.settings.set(settings.RECENT_FILES, [])
        self.populate()
