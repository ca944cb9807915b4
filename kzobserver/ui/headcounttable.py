"""The headcount's snapshots beside the turnout the commission announced at the nearest time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kzobserver.storage.headcount import HeadcountComparison, SnapshotComparison
from kzobserver.ui import language
from kzobserver.ui.widgets import enlarge


def percent_text(value: float | None, lang: str, decimals: int = 1) -> str:
    if value is None:
        return "—"
    return f"{language.format_number(value, decimals, lang)} %"


def points_text(value: float | None, lang: str) -> str:
    """A difference in percentage points, always signed: "+1.2", "−0.01"."""
    if value is None:
        return "—"
    digits = language.format_number(abs(value), 2, lang)
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return QCoreApplication.translate("SnapshotTable", "{value} points").format(
        value=f"{sign}{digits}"
    )


def announced_text(row: SnapshotComparison, lang: str, region_names: dict[str, str]) -> str:
    """ "14.21 % at 10:10 (national)", or the region's name for a regional figure."""
    announced = row.announced
    if announced is None:
        return QCoreApplication.translate("SnapshotTable", "not announced")
    if announced.area_code is None:
        where = QCoreApplication.translate("SnapshotTable", "national")
    else:
        where = region_names.get(announced.area_code, announced.area_code)
    return QCoreApplication.translate("SnapshotTable", "{percent} at {time} ({where})").format(
        percent=percent_text(announced.percent, lang, 2), time=announced.as_of, where=where
    )


class SnapshotTable(QTableWidget):
    """Read-only and never focused: the page keeps the keyboard for counting."""

    COLUMNS = 5

    def __init__(
        self, lang: str, region_names: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(0, self.COLUMNS, parent)
        self.setObjectName("snapshotTable")
        self.lang, self.region_names = lang, region_names
        self.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Counted"),
                self.tr("% of registered"),
                self.tr("Announced turnout"),
                self.tr("Difference"),
            ]
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        enlarge(self, 1.15)
        enlarge(self.horizontalHeader(), 1.05)
        header = self.horizontalHeader()
        for column in range(self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def show_comparison(self, comparison: HeadcountComparison) -> None:
        rows = comparison.rows
        self.setRowCount(len(rows))
        for index, row in enumerate(rows):
            tip = (
                self.tr("Announced {minutes} min from the snapshot").format(
                    minutes=row.minutes_apart
                )
                if row.minutes_apart is not None
                else ""
            )
            cells = (
                row.local_time,
                language.format_int(row.snapshot.count, self.lang),
                percent_text(row.count_percent, self.lang),
                announced_text(row, self.lang, self.region_names),
                points_text(row.difference_points, self.lang),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                align = Qt.AlignmentFlag.AlignLeft if column == 3 else Qt.AlignmentFlag.AlignRight
                item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
                if column == 3 and tip:
                    item.setToolTip(tip)
                self.setItem(index, column, item)
        self.resizeRowsToContents()
        if rows:
            self.scrollToBottom()  # the latest snapshot is the one just taken
