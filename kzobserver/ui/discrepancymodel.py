"""The Discrepancies table: every compared station in one row, sortable and filterable at
100,000 rows.

No QSortFilterProxyModel: it calls ``data()`` (Python) for every row on each sort and filter,
seconds at this size. Instead :class:`DiscrepancyTable` holds plain columns precomputed off the GUI
thread, a sort is a cached permutation of row numbers per column and direction, and a filter is a
pass over those plain lists that keeps the row numbers it accepts, in the current order. The model
shows ``visible`` (row numbers into the table) and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from kzobserver.domain.comparison import (
    ComparisonStatus,
    NetShift,
    Review,
    StationComparison,
    net_shift,
)
from kzobserver.domain.templates import VOTES_PREFIX
from kzobserver.storage.protocols import source_label
from kzobserver.ui import language
from kzobserver.ui.protocolcompare import signed

Status = ComparisonStatus
StationIdRole = Qt.ItemDataRole.UserRole + 1  # the station id of a row
StatusRole = Qt.ItemDataRole.UserRole + 2  # the row's status value ("mismatch", …)

# The most telling first: the order of the status column's ascending sort and of the filter menu.
STATUS_ORDER = (
    Status.MISMATCH,
    Status.MISSING_A,
    Status.MISSING_B,
    Status.UNDER_REVIEW,
    Status.CONFIRMED,
    Status.EXCLUDED,
    Status.WITHIN_TOLERANCE,
    Status.MATCH,
    Status.MISSING_BOTH,
)
_STATUS_RANK = {s: i for i, s in enumerate(STATUS_ORDER)}
# (strong colour for the dot, light tint behind the dark label); tints keep the text readable.
STATUS_COLOURS = {
    Status.MISMATCH: ("#c62828", "#fdecea"),
    Status.MISSING_A: ("#ef6c00", "#fff3e0"),
    Status.MISSING_B: ("#ef6c00", "#fff3e0"),
    Status.UNDER_REVIEW: ("#1565c0", "#e8f0fe"),
    Status.CONFIRMED: ("#6a1b9a", "#f3e5f5"),
    Status.EXCLUDED: ("#616161", "#eeeeee"),
    Status.WITHIN_TOLERANCE: ("#9e7c00", "#fff8dc"),
    Status.MATCH: ("#2e7d32", ""),
    Status.MISSING_BOTH: ("#9e9e9e", ""),
}
_AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DASH = "—"


def status_label(status: Status) -> str:
    translate = QCoreApplication.translate  # not "tr": lupdate would read it as QObject.tr
    return {
        Status.MISMATCH: translate("DiscrepancyModel", "Mismatch"),
        Status.MISSING_A: translate("DiscrepancyModel", "Missing in A"),
        Status.MISSING_B: translate("DiscrepancyModel", "Missing in B"),
        Status.UNDER_REVIEW: translate("DiscrepancyModel", "Under review"),
        Status.CONFIRMED: translate("DiscrepancyModel", "Confirmed"),
        Status.EXCLUDED: translate("DiscrepancyModel", "Excluded"),
        Status.WITHIN_TOLERANCE: translate("DiscrepancyModel", "Within tolerance"),
        Status.MATCH: translate("DiscrepancyModel", "Match"),
        Status.MISSING_BOTH: translate("DiscrepancyModel", "Nothing to compare"),
    }[status]


_icons: dict[Status, QIcon] = {}


def status_icon(status: Status) -> QIcon:
    """A coloured dot: the status reads by colour and by word, never by colour alone."""
    icon = _icons.get(status)
    if icon is None:
        size = 12
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLOURS[status][0]))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.end()
        icon = _icons[status] = QIcon(pixmap)
    return icon


@dataclass
class DiscrepancyTable:
    """One comparison of two sources, as plain columns aligned with ``comparisons`` (no Qt, so a
    worker thread builds it). ``comparisons`` come in station-number order."""

    source_a: str
    source_b: str
    contest_id: str
    contest_code: str
    comparisons: list[StationComparison]
    station_ids: list[str]
    region_names: dict[str, str] = field(default_factory=dict)  # region code → name
    line_labels: dict[str, str] = field(default_factory=dict)  # line code → "7. AMANAT"
    contestant_names: dict[str, str] = field(default_factory=dict)  # contestant code → name
    signed_largest: list[int] = field(default_factory=list)  # b − a on the largest line
    net_votes: list[int] = field(default_factory=list)  # the contestants' b − a, summed
    votes_added: list[int] = field(default_factory=list)
    votes_removed: list[int] = field(default_factory=list)  # as a positive number

    def __len__(self) -> int:
        return len(self.comparisons)


def build_table(
    comparisons: list[StationComparison],
    station_ids: list[str],
    *,
    source_a: str,
    source_b: str,
    contest_id: str,
    contest_code: str,
    region_names: Mapping[str, str] | None = None,
    line_labels: Mapping[str, str] | None = None,
    contestant_names: Mapping[str, str] | None = None,
) -> DiscrepancyTable:
    """Precompute what sorting and the count line need; stations whose lines all match (most of
    them) share zeros and cost almost nothing."""
    if len(station_ids) != len(comparisons):
        raise ValueError("one station id per comparison")
    n = len(comparisons)
    largest, net, added, removed = [0] * n, [0] * n, [0] * n, [0] * n
    layout: tuple[str, ...] | None = None
    votes: tuple[int, ...] = ()
    for i, c in enumerate(comparisons):
        if c.largest_line is None and c.computed_status is Status.MATCH:
            continue
        if c.line_codes is not layout:
            layout = c.line_codes
            votes = tuple(j for j, code in enumerate(layout) if code.startswith(VOTES_PREFIX))
        if c.largest_line is not None:
            largest[i] = c.differences[c.line_codes.index(c.largest_line)] or 0
        plus = minus = 0
        for j in votes:
            d = c.differences[j]
            if d is not None:
                if d > 0:
                    plus += d
                else:
                    minus -= d
        net[i], added[i], removed[i] = plus - minus, plus, minus
    return DiscrepancyTable(
        source_a, source_b, contest_id, contest_code, comparisons, station_ids,
        dict(region_names or {}), dict(line_labels or {}), dict(contestant_names or {}),
        largest, net, added, removed,
    )  # fmt: skip


@dataclass(frozen=True)
class DiscrepancyFilter:
    statuses: frozenset[Status] = frozenset()  # empty: every status
    region: str | None = None  # region code
    contestant: str | None = None  # stations where this contestant's difference is not 0
    min_difference: int = 0  # |largest difference| at least this

    def is_empty(self) -> bool:
        return self == DiscrepancyFilter()


@dataclass
class VisibleSummary:
    shown: int
    total: int
    mismatches: int
    shift: NetShift


class DiscrepancyModel(QAbstractTableModel):
    (STATION, REGION, STATUS, LARGEST, LINE, GAINER, LOSER, NET, REVIEW) = range(9)
    COLUMN_COUNT = 9

    def __init__(self, parent: QObject | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or language.current()
        self.table: DiscrepancyTable | None = None
        self._status: list[Status] = []  # after reviews; changes when a review is set here
        self._row_of: dict[str, int] = {}  # station id → table row
        self._filter = DiscrepancyFilter()
        self._sort: tuple[int, Qt.SortOrder] = (self.STATION, Qt.SortOrder.AscendingOrder)
        self._orders: dict[tuple[int, Qt.SortOrder], list[int]] = {}
        self.visible: list[int] = []  # table rows shown, in display order

    # --- contents ---------------------------------------------------------------------------

    def set_table(self, table: DiscrepancyTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self._status = [c.status for c in table.comparisons] if table else []
        self._row_of = {sid: i for i, sid in enumerate(table.station_ids)} if table else {}
        self._orders.clear()
        self.visible = self._filtered(self._order())
        self.endResetModel()

    def set_filter(self, new: DiscrepancyFilter) -> None:
        """Show only the rows ``new`` accepts (a model reset: rows come and go wholesale)."""
        if new == self._filter:
            return
        self.beginResetModel()
        self._filter = new
        self.visible = self._filtered(self._order())
        self.endResetModel()

    def current_filter(self) -> DiscrepancyFilter:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the shown rows (a layout change: the selection follows its rows)."""
        if not 0 <= column < self.COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = [(p, self.visible[p.row()]) for p in self.persistentIndexList()]
        self._sort = (column, order)
        self.visible = self._filtered(self._order())
        position = {row: i for i, row in enumerate(self.visible)} if old_rows else {}
        for persistent, row in old_rows:
            new = position.get(row)
            self.changePersistentIndex(
                persistent,
                self.index(new, persistent.column()) if new is not None else QModelIndex(),
            )
        self.layoutChanged.emit()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def _order(self) -> list[int]:
        """Every table row in the current sort order (cached per column and direction). Rows
        without a value (no gainer, no review) go last in both directions; ties keep the
        station-number order."""
        cached = self._orders.get(self._sort)
        if cached is not None:
            return cached
        column, order = self._sort
        n = len(self.table) if self.table else 0
        keys = self._sort_keys(column) if n else []
        if column == self.STATION or not keys:
            rows = list(range(n))
            result = rows[::-1] if order == Qt.SortOrder.DescendingOrder else rows
        else:
            present = [i for i in range(n) if keys[i] is not None]
            present.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
            result = present + [i for i in range(n) if keys[i] is None]
        self._orders[self._sort] = result
        return result

    def _sort_keys(self, column: int) -> list[Any]:
        t = self.table
        assert t is not None
        comps = t.comparisons
        if column == self.REGION:
            names = {code: name.casefold() for code, name in t.region_names.items()}
            return [names.get(c.region or "") for c in comps]
        if column == self.STATUS:
            return [_STATUS_RANK[s] for s in self._status]
        if column == self.LARGEST:
            return [c.largest_difference for c in comps]
        if column == self.LINE:
            position: dict[str, int] = {}
            if comps:
                position = {code: i for i, code in enumerate(comps[0].line_codes)}
            return [position.get(c.largest_line) if c.largest_line else None for c in comps]
        if column in (self.GAINER, self.LOSER):
            names = {code: name.casefold() for code, name in t.contestant_names.items()}
            attr = "gainer" if column == self.GAINER else "loser"
            return [
                names.get(who, who.casefold()) if (who := getattr(c, attr)) else None for c in comps
            ]
        if column == self.NET:
            return t.net_votes
        if column == self.REVIEW:
            return [
                c.review.reason.casefold() if c.review and c.review.reason else None for c in comps
            ]
        return list(range(len(comps)))

    def _filtered(self, order: list[int]) -> list[int]:
        t, f = self.table, self._filter
        if t is None:
            return []
        if f.is_empty():
            return list(order)
        rows: Iterable[int] = range(len(t))
        comps = t.comparisons
        if f.statuses:
            status, wanted = self._status, f.statuses
            rows = [i for i in rows if status[i] in wanted]
        if f.region is not None:
            rows = [i for i in rows if comps[i].region == f.region]
        if f.contestant is not None:
            code = VOTES_PREFIX + f.contestant
            layout = comps[0].line_codes if comps else ()
            if code not in layout:
                rows = []
            else:
                j = layout.index(code)
                rows = [i for i in rows if comps[i].differences[j]]  # neither 0 nor None
        if f.min_difference > 0:
            least = f.min_difference
            rows = [i for i in rows if comps[i].largest_difference >= least]
        accepted = bytearray(len(t))
        for i in rows:
            accepted[i] = 1
        return [i for i in order if accepted[i]]

    # --- what the page asks -----------------------------------------------------------------

    def shown_numbers(self) -> list[str]:
        """The station numbers of the shown rows, in display order."""
        if self.table is None:
            return []
        comps = self.table.comparisons
        return [comps[i].station for i in self.visible]

    def total_count(self) -> int:
        return len(self.table) if self.table else 0

    def comparison(self, row: int) -> StationComparison:
        assert self.table is not None
        return self.table.comparisons[self.visible[row]]

    def station_id(self, row: int) -> str:
        assert self.table is not None
        return self.table.station_ids[self.visible[row]]

    def row_of_station(self, station_id: str) -> int:
        """The shown row of a station, or -1 (filtered out or not compared)."""
        table_row = self._row_of.get(station_id)
        if table_row is None:
            return -1
        try:
            return self.visible.index(table_row)
        except ValueError:
            return -1

    def summary(self) -> VisibleSummary:
        """The shown rows' count, mismatches and net shift (as domain.net_shift counts it)."""
        t = self.table
        if t is None:
            return VisibleSummary(0, 0, 0, NetShift())
        comps, status = t.comparisons, self._status
        mismatches = sum(1 for i in self.visible if status[i] is Status.MISMATCH)
        # Only computed mismatches can shift anything: skip the matching majority first.
        candidates = (comps[i] for i in self.visible if comps[i].computed_status is Status.MISMATCH)
        return VisibleSummary(len(self.visible), len(t), mismatches, net_shift(candidates)[None])

    def apply_review(self, station_id: str, review: Review | None) -> None:
        """A reviewer's decision changed: update the station's row where it is (it stays shown
        even if the filter would now hide it, so the user sees what they just did)."""
        t = self.table
        table_row = self._row_of.get(station_id)
        if t is None or table_row is None:
            return
        updated = t.comparisons[table_row].with_review(review)
        t.comparisons[table_row] = updated
        self._status[table_row] = updated.status
        for key in list(self._orders):
            if key[0] in (self.STATUS, self.REVIEW):
                del self._orders[key]
        row = self.row_of_station(station_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    # --- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Station"),
                self.tr("Region"),
                self.tr("Status"),
                self.tr("Largest\ndifference"),  # two lines keep the number column narrow
                self.tr("On line"),
                self.tr("Gained"),
                self.tr("Lost"),
                self.tr("Net\nvotes"),
                self.tr("Review"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.LARGEST: self.tr("The largest difference on any line, B − A"),
                self.LINE: self.tr("The line with the largest difference"),
                self.GAINER: self.tr("The contestant B gives the most votes more than A"),
                self.LOSER: self.tr("The contestant B gives the most votes fewer than A"),
                self.NET: self.tr("All contestants' votes in B minus in A"),
                self.REVIEW: self.tr("The reviewer's reason"),
            }.get(section)
        return None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None or not 0 <= index.row() < len(self.visible):
            return None
        row = self.visible[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == StationIdRole:
            return self.table.station_ids[row]
        if role == StatusRole:
            return self._status[row].value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.LARGEST, self.NET):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == self.STATUS:
            status = self._status[row]
            if role == Qt.ItemDataRole.DecorationRole:
                return status_icon(status)
            tint = STATUS_COLOURS[status][1]
            if role == Qt.ItemDataRole.BackgroundRole and tint:
                return QBrush(QColor(tint))
            if role == Qt.ItemDataRole.ForegroundRole and tint:
                return QBrush(QColor("#1f1f1f"))  # dark on the light tint in any theme
        return None

    def _display(self, row: int, column: int) -> str:
        t = self.table
        assert t is not None
        c = t.comparisons[row]
        if column == self.STATION:
            return c.station
        if column == self.REGION:
            return t.region_names.get(c.region or "", c.region or _DASH)
        if column == self.STATUS:
            return status_label(self._status[row])
        if column == self.LARGEST:
            return signed(t.signed_largest[row], self.lang) if c.largest_line else _DASH
        if column == self.LINE:
            return t.line_labels.get(c.largest_line, c.largest_line) if c.largest_line else ""
        if column in (self.GAINER, self.LOSER):
            who = c.gainer if column == self.GAINER else c.loser
            if who is None:
                return ""
            moved = c.difference(VOTES_PREFIX + who) or 0
            return f"{t.contestant_names.get(who, who)} ({signed(moved, self.lang)})"
        if column == self.NET:
            has_votes = t.votes_added[row] or t.votes_removed[row]
            return signed(t.net_votes[row], self.lang) if has_votes else ""
        if column == self.REVIEW:
            return c.review.reason if c.review else ""
        return ""

    def _tooltip(self, row: int, column: int) -> str | None:
        t = self.table
        assert t is not None
        c = t.comparisons[row]
        if column == self.STATUS:
            return self._status_tooltip(c, self._status[row])
        if column == self.LARGEST and c.largest_line:
            j = c.line_codes.index(c.largest_line)
            return self.tr("A: {a}, B: {b}").format(
                a=language.format_int(c.a[j], self.lang), b=language.format_int(c.b[j], self.lang)
            )
        if column == self.NET and (t.votes_added[row] or t.votes_removed[row]):
            return self.tr("{added} votes more and {removed} fewer in B than in A").format(
                added=language.format_int(t.votes_added[row], self.lang),
                removed=language.format_int(t.votes_removed[row], self.lang),
            )
        if column in (self.REGION, self.LINE, self.GAINER, self.LOSER, self.REVIEW):
            return self._display(row, column) or None
        return None

    def _status_tooltip(self, c: StationComparison, status: Status) -> str:
        assert self.table is not None
        a, b = source_label(self.table.source_a), source_label(self.table.source_b)
        text = {
            Status.MISSING_A: self.tr("Lines empty in {a}").format(a=a),
            Status.MISSING_B: self.tr("Lines empty in {b}").format(b=b),
            Status.MISMATCH: self.tr("{b} differs from {a}").format(a=a, b=b),
            Status.WITHIN_TOLERANCE: self.tr("Differences within the tolerance"),
            Status.MATCH: self.tr("{a} and {b} agree").format(a=a, b=b),
            Status.MISSING_BOTH: self.tr("No line has a value on both sides"),
        }.get(status, status_label(status))
        if c.review is not None and c.computed_status is not status:
            text += "\n" + self.tr("The figures alone: {status}").format(
                status=status_label(c.computed_status)
            )
        return text
