"""The Station menu (the tabs of the open station, the stations visited) and the logbook-wide
actions of the observer's day (observers, verifying evidence)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from kzobserver.ui import messages
from kzobserver.ui.evidencetasks import verify_all_evidence
from kzobserver.ui.observersdialog import ObserversDialog
from kzobserver.ui.stationview import CHECKLISTS, EVIDENCE, HEADCOUNT, INCIDENTS, TIMELINE
from kzobserver.ui.visitsbar import StationsVisitedDialog

if TYPE_CHECKING:
    from kzobserver.ui.mainwindow import MainWindow


class StationMenu(QMenu):
    """Needs an open station for its tab actions; the others need an open logbook."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(QCoreApplication.translate("StationMenu", "&Station"), window)
        self.window_ = window
        view = window.station_view
        self.tab_actions: list[QAction] = []
        for text, key, shortcut in (
            (self.tr("&Checklists"), CHECKLISTS, "Ctrl+K"),
            (self.tr("&Headcount"), HEADCOUNT, "Ctrl+H"),
            (self.tr("&Irregularity reports"), INCIDENTS, "Ctrl+R"),
            (self.tr("&Evidence"), EVIDENCE, "Ctrl+E"),
            (self.tr("&Timeline"), TIMELINE, "Ctrl+T"),
        ):
            action = self._add(text, lambda _=False, k=key: view.show_tab(k), shortcut)
            self.tab_actions.append(action)
        self.new_report_action = self._add(
            self.tr("&New irregularity report…"), view.new_incident, "Ctrl+Shift+R"
        )
        self.tab_actions.append(self.new_report_action)
        self.protocol_action = window.protocol_action
        self.addAction(self.protocol_action)
        self.tab_actions.append(self.protocol_action)
        self.addSeparator()
        self.visited_action = self._add(
            self.tr("Stations I have &been at…"), self.show_stations_visited, "Ctrl+Shift+V"
        )
        self.observers_action = QAction(self.tr("&Observers…"), window)
        self.observers_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.observers_action.triggered.connect(self.show_observers)
        self.verify_action = QAction(self.tr("&Verify evidence…"), window)
        self.verify_action.triggered.connect(self.verify_evidence)

    def _add(self, text: str, slot: object, shortcut: str) -> QAction:
        action = QAction(text, self.window_)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def update_state(self) -> None:
        has_station = self.window_.shown_station is not None
        for action in self.tab_actions:
            action.setEnabled(has_station)
        has_logbook = self.window_.logbook is not None
        for action in (self.visited_action, self.observers_action, self.verify_action):
            action.setEnabled(has_logbook)

    def show_observers(self) -> None:
        logbook = self.window_.logbook
        if logbook is None:
            return
        dialog = ObserversDialog(logbook, self.window_)
        messages.exec_dialog(dialog)
        self.window_.station_view.refresh()  # pages show who records

    def show_stations_visited(self) -> None:
        logbook = self.window_.logbook
        if logbook is None:
            return
        dialog = StationsVisitedDialog(logbook, self.window_, lang=self.window_.lang)
        dialog.station_chosen.connect(self.window_.navigator.select_station)
        messages.exec_dialog(dialog)

    def verify_evidence(self) -> None:
        if self.window_.logbook is not None:
            verify_all_evidence(self.window_, self.window_.logbook)
