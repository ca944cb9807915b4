"""The rows of the reports list: one per version of a report, in the order things happened."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from kzobserver.domain.taxonomy import Severity, category_name, severity_label, status_label
from kzobserver.storage.incidents import Incident, Location
from kzobserver.ui.protocolreview import format_time

IncidentIdRole = Qt.ItemDataRole.UserRole + 1

_AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_SEVERE = {Severity.HIGH.value: QColor("#9a4d00"), Severity.CRITICAL.value: QColor("#b00020")}
_SUPERSEDED = QColor("#777777")


class IncidentListModel(QAbstractTableModel):
    TIME, STATION, CATEGORY, SEVERITY, STATUS, STATE, VERSION = range(7)

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.incidents: list[Incident] = []
        self.station_numbers: dict[str, str] = {}
        self.chain_sizes: dict[str, int] = {}  # original id → number of versions
        self._bold = QFont()
        self._bold.setBold(True)

    def set_incidents(
        self,
        incidents: list[Incident],
        station_numbers: dict[str, str],
        chain_sizes: dict[str, int],
    ) -> None:
        self.beginResetModel()
        self.incidents = list(incidents)
        self.station_numbers = dict(station_numbers)
        self.chain_sizes = dict(chain_sizes)
        self.endResetModel()

    def incident(self, row: int) -> Incident | None:
        return self.incidents[row] if 0 <= row < len(self.incidents) else None

    def row_of(self, incident_id: str) -> int:
        return next((i for i, r in enumerate(self.incidents) if r.id == incident_id), -1)

    def rowCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.incidents)

    def columnCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.TIME: QCoreApplication.translate("IncidentListModel", "Time"),
            self.STATION: QCoreApplication.translate("IncidentListModel", "Station"),
            self.CATEGORY: QCoreApplication.translate("IncidentListModel", "Category"),
            self.SEVERITY: QCoreApplication.translate("IncidentListModel", "Severity"),
            self.STATUS: QCoreApplication.translate("IncidentListModel", "Follow-up"),
            self.STATE: QCoreApplication.translate("IncidentListModel", "State"),
            self.VERSION: QCoreApplication.translate("IncidentListModel", "Version"),
        }.get(section)

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        incident = self.incident(index.row()) if index.isValid() else None
        if incident is None:
            return None
        column = index.column()
        if role == IncidentIdRole:
            return incident.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(incident, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return incident.description[:400] or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not incident.is_latest:
                return QBrush(_SUPERSEDED)
            if column == self.SEVERITY and incident.severity in _SEVERE:
                return QBrush(_SEVERE[incident.severity])
        if role == Qt.ItemDataRole.FontRole and column == self.STATE and not incident.submitted:
            return self._bold  # drafts are what still needs doing
        return None

    def _text(self, incident: Incident, column: int) -> str | None:
        if column == self.TIME:
            return format_time(incident.occurred_at, self.lang)
        if column == self.STATION:
            return self.station_text(incident)
        if column == self.CATEGORY:
            return category_name(incident.category, self.lang)
        if column == self.SEVERITY:
            return severity_label(incident.severity)
        if column == self.STATUS:
            return status_label(incident.status)
        if column == self.STATE:
            if incident.submitted:
                return QCoreApplication.translate("IncidentListModel", "Submitted")
            return QCoreApplication.translate("IncidentListModel", "Draft")
        if column == self.VERSION:
            total = self.chain_sizes.get(incident.original_id, incident.version)
            if total <= 1:
                return "1"
            return QCoreApplication.translate("IncidentListModel", "{n} of {total}").format(
                n=incident.version, total=total
            )
        return None

    def station_text(self, incident: Incident) -> str:
        number = self.station_numbers.get(incident.station_id or "")
        if incident.location == Location.NOT_AT_STATION:
            return QCoreApplication.translate("IncidentListModel", "not at a station")
        if number is None:  # another station this logbook does not list
            return incident.location_text or "—"
        if incident.location == Location.OTHER_STATION:
            return QCoreApplication.translate("IncidentListModel", "№ {number} (other)").format(
                number=number
            )
        return QCoreApplication.translate("IncidentListModel", "№ {number}").format(number=number)
