"""Where an irregularity happened: at the observer's station, at another station (picked by its
number), or somewhere else, with a free-text place for any of them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kzobserver.domain.stationnumber import normalize_station_number
from kzobserver.storage.incidents import Incident, Location
from kzobserver.storage.stations import StationListRow


class LocationPicker(QWidget):
    changed = Signal()

    def __init__(
        self, stations: list[StationListRow], home: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.home = home  # "this station": where the observer is
        self.station_ids = {s.number: s.id for s in stations}
        self.numbers = {s.id: s.number for s in stations}
        self.addresses = {s.id: s.address for s in stations}
        self.at_home = QRadioButton(self)
        self.at_home.setObjectName("atHomeRadio")
        self.at_other = QRadioButton(self.tr("At another station:"), self)
        self.at_other.setObjectName("atOtherRadio")
        self.not_at_station = QRadioButton(self.tr("Not at a station"), self)
        self.not_at_station.setObjectName("notAtStationRadio")
        self.group = QButtonGroup(self)
        for radio in (self.at_home, self.at_other, self.not_at_station):
            self.group.addButton(radio)
        self.other_number = QLineEdit(self)
        self.other_number.setObjectName("otherStationEdit")
        self.other_number.setPlaceholderText(self.tr("station number"))
        self.other_number.setMaximumWidth(160)
        completer = QCompleter(sorted(self.station_ids), self.other_number)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.other_number.setCompleter(completer)
        self.other_info = QLabel(self)
        self.other_info.setObjectName("otherStationInfo")
        self.other_info.setStyleSheet("color: #555;")
        self.place = QLineEdit(self)
        self.place.setObjectName("placeEdit")
        other_row = QHBoxLayout()
        other_row.addWidget(self.at_other)
        other_row.addWidget(self.other_number)
        other_row.addWidget(self.other_info, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.at_home)
        layout.addLayout(other_row)
        layout.addWidget(self.not_at_station)
        layout.addWidget(self.place)
        self.editors: list[QWidget] = [
            self.at_home,
            self.at_other,
            self.not_at_station,
            self.other_number,
            self.place,
        ]
        self.group.buttonToggled.connect(lambda *_: self._chosen())
        self.other_number.textChanged.connect(lambda _t: self._show_other())
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.other_number.textChanged.connect(lambda _t: self.changed.emit())
        self.place.textChanged.connect(lambda _t: self.changed.emit())
        self.load(None)

    def first_radio(self) -> QRadioButton:
        return self.at_home if self.home else self.at_other

    def load(self, incident: Incident | None) -> None:
        """Show where ``incident`` happened; None: at this station (or another, without one)."""
        if incident is not None and incident.location == Location.STATION:
            self.home = incident.station_id
        number = self.numbers.get(self.home or "", "")
        self.at_home.setText(self.tr("At this station (№ {number})").format(number=number))
        self.at_home.setVisible(self.home is not None)
        if incident is None:
            self.first_radio().setChecked(True)
            self.other_number.clear()
            self.place.clear()
        else:
            {
                Location.STATION: self.at_home,
                Location.OTHER_STATION: self.at_other,
                Location.NOT_AT_STATION: self.not_at_station,
            }[Location(incident.location)].setChecked(True)
            other = incident.station_id if incident.location == Location.OTHER_STATION else None
            self.other_number.setText(self.numbers.get(other or "", ""))
            self.place.setText(incident.location_text)
            self.place.setCursorPosition(0)
        self._chosen()

    def value(self) -> tuple[str | None, Location, str]:
        """(station_id, location, location_text) as a report stores them."""
        place = self.place.text().strip()
        if self.at_home.isChecked() and self.home:
            return self.home, Location.STATION, place
        if not self.at_other.isChecked():
            return None, Location.NOT_AT_STATION, place
        typed = self.other_number.text().strip()
        station = self._other_station()
        if typed and station is None:
            # A station this logbook does not list: its number is kept as text.
            place = f"№ {typed}" + (f" — {place}" if place else "")
        return station, Location.OTHER_STATION, place

    def set_read_only(self, read_only: bool) -> None:
        self.other_number.setReadOnly(read_only)
        self.place.setReadOnly(read_only)

    def _chosen(self) -> None:
        other = self.at_other.isChecked()
        self.other_number.setEnabled(other)
        self.other_info.setVisible(other)
        self.place.setPlaceholderText(
            self.tr("Where exactly, e.g. at the entrance, in a bus outside (optional)")
            if not self.not_at_station.isChecked()
            else self.tr("Where it happened, e.g. the bus stop on Abai street")
        )
        self._show_other()

    def _other_station(self) -> str | None:
        typed = normalize_station_number(self.other_number.text())
        return self.station_ids.get(typed) if typed else None

    def _show_other(self) -> None:
        station = self._other_station()
        if not self.other_number.text().strip():
            self.other_info.setText("")
        elif station is None:
            self.other_info.setText(self.tr("not in this logbook: kept as text"))
        else:
            self.other_info.setText(self.addresses.get(station, ""))
