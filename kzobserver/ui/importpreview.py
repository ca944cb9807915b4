"""The first rows of a file being imported, as a table model whose header shows, under each
column's own name, the station field it is mapped to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette

from kzobserver.storage.tabular import Table

_AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores 123 as 123.0
    return str(value)


class PreviewModel(QAbstractTableModel):
    def __init__(self, table: Table, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._labels: dict[int, str] = {}  # column → label of the field mapped to it
        self._bold = QFont()
        self._bold.setBold(True)

    def set_mapping(self, labels: dict[int, str]) -> None:
        self._labels = dict(labels)
        if self.table.header:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.table.header) - 1)

    def rowCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.table.header)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.table.rows[index.row()]
            return cell_text(row[index.column()]) if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.ForegroundRole and index.column() not in self._labels:
            # Columns that will not be imported are greyed, so the mapped ones stand out.
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.table.rows):
                return str(self.table.row_number(section))  # the row number Excel shows
            return None
        if not 0 <= section < len(self.table.header):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            label = self._labels.get(section)
            name = self.table.header[section]
            return f"{name}\n→ {label}" if label else f"{name}\n "
        if role == Qt.ItemDataRole.FontRole and section in self._labels:
            return self._bold
        return None
