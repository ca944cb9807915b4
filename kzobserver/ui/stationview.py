"""Everything about one station, a tab each: its facts and its protocols."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from kzobserver.storage.logbook import Logbook
from kzobserver.storage.stations import StationDetail
from kzobserver.ui.protocolpage import ProtocolPage
from kzobserver.ui.stationpage import StationPage


class StationView(QTabWidget):
    """The right-hand side while a station is open. Tabs whose content depends on the station are
    rebuilt when another station is shown, after saving what was being typed."""

    changed = Signal()  # something about the station was written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationView")
        self.setDocumentMode(True)
        self.facts = StationPage(self)
        self.addTab(self.facts, self.tr("&Station"))
        self.protocols: ProtocolPage | None = None
        self.station: StationDetail | None = None

    def show_station(self, logbook: Logbook, station: StationDetail, lang: str) -> None:
        same = self.station is not None and self.station.id == station.id
        self.station = station
        self.facts.show_station(station, lang)
        if same and self.protocols is not None:
            return
        current = self.currentIndex()
        self.leave_station()
        self.protocols = ProtocolPage(logbook, station.id, self, lang=lang)
        self.protocols.changed.connect(self.changed)
        self.addTab(self.protocols, self.tr("&Protocols"))
        self.setCurrentIndex(max(0, min(current, self.count() - 1)))

    def leave_station(self) -> None:
        """Save the line being typed and drop the station's tabs (before showing another station
        or closing the logbook)."""
        if self.protocols is not None:
            self.protocols.commit_pending()
            self.removeTab(self.indexOf(self.protocols))
            self.protocols.deleteLater()
            self.protocols = None

    def show_protocol_entry(self) -> None:
        if self.protocols is not None:
            self.setCurrentWidget(self.protocols)
            self.protocols.show_entry()
