"""The timeline's table: one row per entry of :func:`kzobserver.storage.timeline.timeline`, with
the kind's colour (red flags in red), and the proxy that filters it by kind."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from kzobserver.storage.timeline import TimelineEntry, TimelineKind
from kzobserver.ui.clock import format_moment, local_moment

KindRole = Qt.ItemDataRole.UserRole + 1  # the entry's TimelineKind value
RecordIdRole = Qt.ItemDataRole.UserRole + 2  # the id of the record the entry shows
RedFlagRole = Qt.ItemDataRole.UserRole + 3  # True for a red-flag checklist answer

KIND_COLOURS = {
    TimelineKind.VISIT: "#2e7d32",
    TimelineKind.CHECKLIST_ANSWER: "#00838f",
    TimelineKind.HEADCOUNT_SNAPSHOT: "#6a1b9a",
    TimelineKind.INCIDENT: "#d84315",
    TimelineKind.PROTOCOL: "#1565c0",
    TimelineKind.NOTE: "#7a6200",
    TimelineKind.EVIDENCE: "#5d4037",
}
RED_FLAG = "#c62828"
RED_FLAG_TINT = "#fdecea"
_INDEX = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    return {
        TimelineKind.VISIT: QCoreApplication.translate("TimelinePage", "Visit"),
        TimelineKind.CHECKLIST_ANSWER: QCoreApplication.translate("TimelinePage", "Checklist"),
        TimelineKind.HEADCOUNT_SNAPSHOT: QCoreApplication.translate("TimelinePage", "Headcount"),
        TimelineKind.INCIDENT: QCoreApplication.translate("TimelinePage", "Report"),
        TimelineKind.PROTOCOL: QCoreApplication.translate("TimelinePage", "Protocol"),
        TimelineKind.NOTE: QCoreApplication.translate("TimelinePage", "Note"),
        TimelineKind.EVIDENCE: QCoreApplication.translate("TimelinePage", "Evidence"),
    }.get(TimelineKind(kind), kind)


def filter_label(kind: str) -> str:
    """The name of a filter button: the kind's entries as a group."""
    return {
        TimelineKind.VISIT: QCoreApplication.translate("TimelinePage", "Visits"),
        TimelineKind.CHECKLIST_ANSWER: QCoreApplication.translate("TimelinePage", "Checklists"),
        TimelineKind.HEADCOUNT_SNAPSHOT: QCoreApplication.translate("TimelinePage", "Headcounts"),
        TimelineKind.INCIDENT: QCoreApplication.translate("TimelinePage", "Reports"),
        TimelineKind.PROTOCOL: QCoreApplication.translate("TimelinePage", "Protocols"),
        TimelineKind.NOTE: QCoreApplication.translate("TimelinePage", "Notes"),
        TimelineKind.EVIDENCE: QCoreApplication.translate("TimelinePage", "Evidence"),
    }.get(TimelineKind(kind), kind)


_icons: dict[str, QIcon] = {}


def chip_icon(colour: str, size: int = 16) -> QIcon:
    """A rounded square of ``colour``: the kind at a glance, beside its word."""
    if colour not in _icons:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(1, 1, size - 2, size - 2, 4, 4)
        painter.end()
        _icons[colour] = QIcon(pixmap)
    return _icons[colour]


class TimelineModel(QAbstractTableModel):
    TIME, KIND, TITLE, DETAIL, AUTHOR = range(5)

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.entries: list[TimelineEntry] = []
        self.authors: dict[str, str] = {}  # observer id → name
        self.today: date | None = None  # None: the real today (tests fix it)

    def set_entries(self, entries: list[TimelineEntry], authors: dict[str, str]) -> None:
        self.beginResetModel()
        self.entries, self.authors = list(entries), dict(authors)
        self.endResetModel()

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.TIME: self.tr("Time"),
            self.KIND: self.tr("Kind"),
            self.TITLE: self.tr("What"),
            self.DETAIL: self.tr("Details"),
            self.AUTHOR: self.tr("By"),
        }.get(section)

    def author_name(self, entry: TimelineEntry) -> str:
        if entry.author is None:
            return "—"
        # An observer of a merged logbook may not be in this one: their id is all there is.
        return self.authors.get(entry.author, entry.author)

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.entries)):
            return None
        entry, column = self.entries[index.row()], index.column()
        colour = RED_FLAG if entry.red_flag else KIND_COLOURS.get(TimelineKind(entry.kind), "#333")
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.KIND:
            return chip_icon(colour)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.KIND or (entry.red_flag and column in (self.TITLE, self.DETAIL)):
                return QColor(colour)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and entry.red_flag:
            return QColor(RED_FLAG_TINT)
        if role == Qt.ItemDataRole.FontRole and (
            column == self.KIND or (column == self.TITLE and self._stands_out(entry))
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Rows grow with long details: every cell starts at the top, where the eye reads.
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if role == KindRole:
            return entry.kind
        if role == RecordIdRole:
            return entry.record_id
        if role == RedFlagRole:
            return entry.red_flag
        return None

    def _text(self, entry: TimelineEntry, column: int) -> str:
        if column == self.TIME:
            return format_moment(entry.at, self.lang, self.today)
        if column == self.KIND:
            if entry.red_flag:
                return self.tr("Red flag")
            return kind_label(entry.kind)
        if column == self.TITLE:
            return entry.title
        if column == self.DETAIL:
            return entry.detail
        return self.author_name(entry)

    @staticmethod
    def _stands_out(entry: TimelineEntry) -> bool:
        return entry.red_flag or entry.kind == TimelineKind.INCIDENT

    def _tooltip(self, entry: TimelineEntry, column: int) -> str:
        if column == self.TIME:
            local = local_moment(entry.at)
            return local.strftime("%Y-%m-%d %H:%M:%S") if local else entry.at
        if column == self.AUTHOR:
            return self.author_name(entry)
        return f"{entry.title}\n{entry.detail}".strip()

    def flags(self, index: _INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_of(self, kind: str, record_id: str) -> int | None:
        return next(
            (i for i, e in enumerate(self.entries) if e.kind == kind and e.record_id == record_id),
            None,
        )


class KindFilter(QSortFilterProxyModel):
    """Hides the entries of the kinds switched off."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hidden: set[str] = set()

    def set_hidden(self, kinds: set[str]) -> None:
        if kinds == self.hidden:
            return
        # beginFilterChange is Qt 6.9+; invalidateFilter does the same before (and is
        # deprecated after).
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.hidden = set(kinds)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.hidden = set(kinds)
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _INDEX) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self.sourceModel().data(index, KindRole) not in self.hidden
