"""The region → station tree behind the navigator.

A hand-written model rather than QStandardItemModel: 10,000+ stations as QStandardItems cost
megabytes and seconds, and filtering them means rebuilding the items. Here each row is an index
into plain Python lists, and a filter only recomputes which of those indexes are visible.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from kzobserver.domain.stationnumber import normalize_station_number
from kzobserver.storage.reference import AreaRow
from kzobserver.storage.stations import StationListRow
from kzobserver.ui import language

StationIdRole = Qt.ItemDataRole.UserRole + 1
"""The station id of a station row (None on region rows)."""
RegionIdRole = Qt.ItemDataRole.UserRole + 2
"""The area id of a region row, or of a station's region."""

_AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the default parent argument; never mutated


def fold(text: str) -> str:
    """Case-insensitive key for search; ё and е are one letter as people type them."""
    return text.casefold().replace("ё", "е")


@dataclass
class _Group:
    region_id: str | None
    name: str
    stations: list[StationListRow] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)  # folded, for prefix search
    addresses: list[str] = field(default_factory=list)  # folded, for substring search


class StationTreeModel(QAbstractItemModel):
    """Two levels: regions (bundled order) and their stations (in number order).

    Internal ids: 0 for a region row; for a station row, 1 + the visible row of its region, so
    ``parent()`` needs no lookup.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._visible_groups: list[int] = []  # group indexes shown, in order
        self._visible_rows: list[list[int]] = []  # per shown group: station indexes shown
        self._filter = ""
        self._total = 0
        self._bold = QFont()
        self._bold.setBold(True)

    # --- loading and filtering ---------------------------------------------------------------

    def set_stations(
        self, regions: list[AreaRow], stations: list[StationListRow], lang: str = "en"
    ) -> None:
        """Replace the contents; ``stations`` come sorted by number (``list_stations``)."""
        self.beginResetModel()
        groups = [_Group(r.id, r.name.get(lang)) for r in regions]
        by_region = {g.region_id: g for g in groups}
        for station in stations:
            group = by_region.get(station.region_id)
            if group is None:
                # Stations without a (known) region still need a home in the tree.
                group = by_region.get(None)
                if group is None:
                    name = QCoreApplication.translate("StationTreeModel", "Without a region")
                    group = by_region[None] = _Group(None, name)
                    groups.append(group)
            group.stations.append(station)
            group.numbers.append(fold(station.number))
            group.addresses.append(fold(station.address))
        self._groups = groups
        self._total = len(stations)
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        text = text.strip()
        if text == self._filter:
            return
        self.beginResetModel()
        self._filter = text
        self._apply_filter()
        self.endResetModel()

    def filter_text(self) -> str:
        return self._filter

    def _apply_filter(self) -> None:
        self._visible_groups = []
        self._visible_rows = []
        if not self._filter:
            for i, group in enumerate(self._groups):
                self._visible_groups.append(i)
                self._visible_rows.append(list(range(len(group.stations))))
            return
        address_key = fold(self._filter)
        # "№ 12", "УИК 012" and "12" all mean station numbers starting with 12.
        number_key = fold(normalize_station_number(self._filter) or self._filter)
        numbers_only = self._filter.lstrip().startswith(("№", "#"))
        for i, group in enumerate(self._groups):
            rows = [
                j
                for j, (number, address) in enumerate(
                    zip(group.numbers, group.addresses, strict=True)
                )
                if number.startswith(number_key) or (not numbers_only and address_key in address)
            ]
            if rows:
                self._visible_groups.append(i)
                self._visible_rows.append(rows)

    # --- what the view asks ------------------------------------------------------------------

    def total_count(self) -> int:
        return self._total

    def visible_count(self) -> int:
        return sum(len(rows) for rows in self._visible_rows)

    def station_at(self, index: _AnyIndex) -> StationListRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group_row = index.internalId() - 1
        group = self._groups[self._visible_groups[group_row]]
        return group.stations[self._visible_rows[group_row][index.row()]]

    def station_index(self, station_id: str) -> QModelIndex:
        """The index of a visible station, or an invalid index."""
        for group_row, group_index in enumerate(self._visible_groups):
            group = self._groups[group_index]
            for row, j in enumerate(self._visible_rows[group_row]):
                if group.stations[j].id == station_id:
                    return self.createIndex(row, 0, group_row + 1)
        return QModelIndex()

    def first_station_index(self) -> QModelIndex:
        for group_row, rows in enumerate(self._visible_rows):
            if rows:
                return self.createIndex(0, 0, group_row + 1)
        return QModelIndex()

    def find_number(self, number: str) -> QModelIndex:
        """A visible station whose number is exactly ``number`` (as people write it)."""
        key = normalize_station_number(number)
        if key is None:
            return QModelIndex()
        key = fold(key)
        for group_row, group_index in enumerate(self._visible_groups):
            group = self._groups[group_index]
            for row, j in enumerate(self._visible_rows[group_row]):
                if group.numbers[j] == key:
                    return self.createIndex(row, 0, group_row + 1)
        return QModelIndex()

    # --- QAbstractItemModel ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _AnyIndex = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _AnyIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._visible_groups)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0  # stations have no children
        return len(self._visible_rows[parent.row()])

    def columnCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 1

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("StationTreeModel", "Polling stations")
        return None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._region_data(index.row(), role)
        station = self.station_at(index)
        assert station is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if station.address:
                return f"№ {station.number} — {station.address}"
            return f"№ {station.number}"
        if role == Qt.ItemDataRole.ToolTipRole:
            text = QCoreApplication.translate("StationTreeModel", "Station № {number}").format(
                number=station.number
            )
            if station.registered_voters is not None:
                text += "\n" + QCoreApplication.translate(
                    "StationTreeModel", "{voters} registered voters"
                ).format(voters=language.format_int(station.registered_voters))
            if station.synthetic:
                text += "\n" + QCoreApplication.translate(
                    "StationTreeModel", "Synthetic demo station, not a real polling station"
                )
            return text
        if role == StationIdRole:
            return station.id
        if role == RegionIdRole:
            return station.region_id
        return None

    def _region_data(self, row: int, role: int) -> Any:
        group = self._groups[self._visible_groups[row]]
        if role == Qt.ItemDataRole.DisplayRole:
            shown = len(self._visible_rows[row])
            count = language.format_int(shown)
            if self._filter:
                count += " / " + language.format_int(len(group.stations))
            return f"{group.name} ({count})"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == RegionIdRole:
            return group.region_id
        return None
