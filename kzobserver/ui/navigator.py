"""The station navigator: a search box over the region → station tree."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from kzobserver.storage.logbook import Logbook
from kzobserver.storage.reference import ElectionRow, list_regions
from kzobserver.storage.stations import list_stations
from kzobserver.ui import language
from kzobserver.ui.stationmodel import StationIdRole, StationTreeModel
from kzobserver.ui.widgets import enlarge

SEARCH_DELAY_MS = (
    150  # long enough to skip the keystrokes of a fast typist, short enough to feel live
)


class _StationTree(QTreeView):
    """Enter opens the station (QTreeView's own ``activated`` differs between platforms)."""

    enter_pressed = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class StationNavigator(QWidget):
    station_selected = Signal(str)  # a station became current: show it
    station_activated = Signal(str)  # Enter or double-click: open it for work
    selection_cleared = Signal()  # a region or nothing is current

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StationTreeModel(self)

        self.search = QLineEdit(self)
        self.search.setObjectName("stationSearch")
        self.search.setPlaceholderText(self.tr("Station number or address (Ctrl+F)"))
        self.search.setToolTip(
            self.tr("Type a station number or part of an address. Down: into the list; Esc: clear.")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search stations"))
        self.search.installEventFilter(self)
        enlarge(self.search, 1.15)

        self.tree = _StationTree(self)
        self.tree.setObjectName("stationTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        # Uniform rows let the view skip measuring 10,000 rows on every expand and scroll.
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Polling stations by region"))
        enlarge(self.tree, 1.15)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("stationCount")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._open_from_search)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.enter_pressed.connect(self._activate)
        self.tree.doubleClicked.connect(self._activate)
        self._update_count()

    # --- loading ----------------------------------------------------------------------------

    def load(self, logbook: Logbook | None, election: ElectionRow | None, lang: str) -> None:
        current = self.current_station_id()
        if logbook is None or election is None:
            self.model.set_stations([], [], lang)
        else:
            self.model.set_stations(
                list_regions(logbook, election.id), list_stations(logbook, election.id), lang
            )
        self.model.set_filter(self.search.text())
        self._after_reset(current)

    # --- filtering --------------------------------------------------------------------------

    def apply_filter(self) -> None:
        self._debounce.stop()
        current = self.current_station_id()
        self.model.set_filter(self.search.text())
        self._after_reset(current)

    def _after_reset(self, current: str | None) -> None:
        if self.model.filter_text():
            # A search result hidden in collapsed regions would look like no result.
            self.tree.expandAll()
        index = self.model.station_index(current) if current else QModelIndex()
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        else:
            # The station on the page is filtered out of the list: the page keeps showing it
            # (the user is only searching), the list starts at its top.
            self.tree.scrollToTop()
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total_count()
        if self.model.filter_text():
            text = self.tr("{shown} of {total} stations", "", total).format(
                shown=language.format_int(self.model.visible_count()),
                total=language.format_int(total),
            )
        else:
            text = self.tr("{total} stations", "", total).format(total=language.format_int(total))
        self.count_label.setText(text)

    # --- selection and keyboard -------------------------------------------------------------

    def current_station_id(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(StationIdRole) if index.isValid() else None

    def select_station(self, station_id: str) -> bool:
        index = self.model.station_index(station_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() == Qt.Key.Key_Down:
                self._enter_tree()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self.apply_filter()
                return True
        return super().eventFilter(watched, event)

    def _enter_tree(self) -> None:
        if self._debounce.isActive():
            self.apply_filter()  # the list must match what was typed before the user moves in
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.tree.currentIndex().isValid():
            first = self.model.first_station_index()
            if first.isValid():
                self.tree.setCurrentIndex(first)

    def _open_from_search(self) -> None:
        """Enter in the search box: the station with exactly that number, else the first hit."""
        self.apply_filter()
        index = self.model.find_number(self.search.text())
        if not index.isValid() and self.model.filter_text():
            index = self.model.first_station_index()
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            self._activate(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        station_id = current.data(StationIdRole) if current.isValid() else None
        if station_id:
            self.station_selected.emit(station_id)
        else:
            self.selection_cleared.emit()

    def _activate(self, index: QModelIndex) -> None:
        station_id = index.data(StationIdRole)
        if station_id:
            self.station_activated.emit(station_id)
        elif index.isValid():
            self.tree.setExpanded(index, not self.tree.isExpanded(index))
