"""The records of one station and contest side by side: one column per record (source and
observer), every line whose records disagree highlighted with its difference.

Each line is compared with the first record, left to right, that has a value for it: the
observer's tally comes first, so a commission copy or an official figure is read as "how far it
is from what the observer counted"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from kzobserver.domain.rules import RuleStatus
from kzobserver.domain.templates import ProtocolLine
from kzobserver.storage.checks import check_record, contest_lines, overall_status
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocols import ProtocolRecord, protocols_for_station, source_label
from kzobserver.storage.reference import ContestRow, current_election, list_contests
from kzobserver.ui import language
from kzobserver.ui.protocolchecks import counted, status_icon
from kzobserver.ui.protocolreview import format_time
from kzobserver.ui.widgets import BODY_SCALE, enlarge, scaled_label

ValueRole = Qt.ItemDataRole.UserRole + 1  # the raw value of a record cell (None when empty)
DifferenceRole = Qt.ItemDataRole.UserRole + 2  # value minus the line's reference value

DIFFERS = QColor("#ffd9d6")  # a value that differs from the reference
REFERENCE = QColor("#fff1c2")  # the reference value of a line the records disagree on
MISSING_TEXT = QColor("#8a8a8a")
DASH = "—"
_INDEX = QModelIndex | QPersistentModelIndex


def signed(value: int, lang: str) -> str:
    """+70 / −70 (a true minus sign, as in print) / 0."""
    text = language.format_int(abs(value), lang)
    return f"+{text}" if value > 0 else f"\u2212{text}" if value < 0 else "0"


def status_phrase(status: RuleStatus) -> str:
    return {
        RuleStatus.FLAGGED: QCoreApplication.translate("ComparisonModel", "a relation fails"),
        RuleStatus.VERIFIED: QCoreApplication.translate("ComparisonModel", "failures verified"),
        RuleStatus.MISSING: QCoreApplication.translate("ComparisonModel", "incomplete"),
        RuleStatus.OK: QCoreApplication.translate("ComparisonModel", "all relations hold"),
    }[status]


@dataclass(frozen=True)
class Column:
    record: ProtocolRecord
    status: RuleStatus

    def title(self) -> str:
        label = source_label(self.record.source)
        return f"{label} ({self.record.observer})" if self.record.observer else label


class ComparisonModel(QAbstractTableModel):
    """Columns: number, line, one per record, and a difference column when there are exactly
    two records."""

    NUMBER, LINE, FIRST_RECORD = 0, 1, 2

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.lines: list[ProtocolLine] = []
        self.columns: list[Column] = []

    def set_records(self, lines: list[ProtocolLine], columns: list[Column]) -> None:
        self.beginResetModel()
        self.lines, self.columns = lines, columns
        self.endResetModel()

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return self.FIRST_RECORD + len(self.columns) + (1 if self.has_difference_column() else 0)

    def has_difference_column(self) -> bool:
        return len(self.columns) == 2

    def values(self, row: int) -> list[int | None]:
        code = self.lines[row].code
        return [c.record.values.get(code) for c in self.columns]

    def reference(self, row: int) -> int | None:
        """The column (0-based among records) the line's other values are compared with."""
        return next((i for i, v in enumerate(self.values(row)) if v is not None), None)

    def difference(self, row: int, record: int) -> int | None:
        values, ref = self.values(row), self.reference(row)
        if ref is None or record == ref or values[record] is None:
            return None
        return values[record] - values[ref]  # type: ignore[operator]

    def disagrees(self, row: int) -> bool:
        return any(self.difference(row, i) for i in range(len(self.columns)))

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.lines)):
            return None
        row, column = index.row(), index.column()
        line = self.lines[row]
        record = column - self.FIRST_RECORD
        if column == self.NUMBER:
            return self._line_data(line.number, row, role)
        if column == self.LINE:
            return self._line_data(line.label.get(self.lang), row, role, indent=bool(line.part_of))
        if 0 <= record < len(self.columns):
            return self._record_data(row, record, role)
        if column == self.FIRST_RECORD + len(self.columns) and self.has_difference_column():
            return self._difference_data(row, role)
        return None

    def _line_data(self, text: str, row: int, role: int, indent: bool = False) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return ("    " if indent else "") + text
        if role == Qt.ItemDataRole.FontRole and self.disagrees(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _record_data(self, row: int, record: int, role: int) -> Any:
        value = self.values(row)[record]
        diff = self.difference(row, record)
        ref = self.reference(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return DASH
            text = language.format_int(value, self.lang)
            return f"{text} ({signed(diff, self.lang)})" if diff else text
        if role == ValueRole:
            return value
        if role == DifferenceRole:
            return diff
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if diff:
                return QBrush(DIFFERS)
            if record == ref and self.disagrees(row):
                return QBrush(REFERENCE)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and value is None:
            return QBrush(MISSING_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, record, value, diff, ref)
        return None

    def _tooltip(
        self, row: int, record: int, value: int | None, diff: int | None, ref: int | None
    ) -> str | None:
        if value is None:
            return self.tr("Not entered in this record")
        if diff and ref is not None:
            return self.tr("{value} here, {ref_value} in {ref}: a difference of {diff}").format(
                value=language.format_int(value, self.lang),
                ref_value=language.format_int(self.values(row)[ref], self.lang),
                ref=self.columns[ref].title(),
                diff=signed(diff, self.lang),
            )
        if record == ref and self.disagrees(row):
            return self.tr("The other records are compared with this value")
        return None

    def _difference_data(self, row: int, role: int) -> Any:
        first, second = self.values(row)
        diff = None if first is None or second is None else second - first
        if role == Qt.ItemDataRole.DisplayRole:
            return DASH if diff is None else signed(diff, self.lang)
        if role == DifferenceRole:
            return diff
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and diff:
            return QBrush(DIFFERS)
        if role == Qt.ItemDataRole.ForegroundRole and diff is None:
            return QBrush(MISSING_TEXT)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        record = section - self.FIRST_RECORD
        column = self.columns[record] if 0 <= record < len(self.columns) else None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.NUMBER:
                return self.tr("№")
            if section == self.LINE:
                return self.tr("Line")
            if column is None:
                first, second = (c.title() for c in self.columns)
                return self.tr("Difference\n{second} − {first}").format(first=first, second=second)
            # Two short lines rather than one long one: the number columns stay narrow.
            state = status_phrase(column.status)
            who = column.record.observer
            return f"{source_label(column.record.source)}\n{f'{who} · ' if who else ''}{state}"
        if role == Qt.ItemDataRole.DecorationRole and column is not None:
            return status_icon(column.status)
        if role == Qt.ItemDataRole.ToolTipRole and column is not None:
            return self.tr("{title}, last changed {when}").format(
                title=column.title(), when=format_time(column.record.updated_at, self.lang)
            )
        return None


class SourcesComparison(QWidget):
    def __init__(
        self,
        logbook: Logbook,
        station_id: str,
        contest: str,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesComparison")
        self.logbook, self.station_id, self.contest_code = logbook, station_id, contest
        self.lang = lang or language.current()
        self.model = ComparisonModel(self.lang, self)
        self.summary = scaled_label(parent=self, bold=True)
        self.summary.setObjectName("comparisonSummary")
        self.table = QTableView(self)
        self.table.setObjectName("comparisonTable")
        self.table.setModel(self.model)
        enlarge(self.table, BODY_SCALE)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setFont(self.table.font())
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.legend = scaled_label(
            self.tr(
                "Each line is compared with the first record that has a value for it (yellow); "
                "a red cell differs from it by the number in brackets. — means not entered."
            ),
            1.1,
            parent=self,
            selectable=False,
        )
        self.legend.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.summary)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        self.refresh()

    def set_contest(self, contest: str) -> None:
        if contest != self.contest_code:
            self.contest_code = contest
            self.refresh()

    def contest(self) -> ContestRow | None:
        election = current_election(self.logbook)
        contests = list_contests(self.logbook, election.id) if election else []
        return next((c for c in contests if c.code == self.contest_code), None)

    def refresh(self) -> None:
        contest = self.contest()
        if contest is None:
            self.model.set_records([], [])
            self.summary.setText(self.tr("This contest is not in the logbook."))
            self.legend.hide()
            return
        records = protocols_for_station(self.logbook, self.station_id, contest.id)
        columns = [
            Column(r, overall_status(check_record(contest, r.values, r.verified_lines)))
            for r in records
        ]
        self.model.set_records(contest_lines(contest), columns)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ComparisonModel.LINE, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.summary.setText(self._summary())
        self.legend.setVisible(len(columns) > 1)

    def _summary(self) -> str:
        model = self.model
        if not model.columns:
            return self.tr("Nothing entered for this station and contest yet.")
        if len(model.columns) == 1:
            return self.tr("One record so far: enter another source to compare it with.")
        differing = sum(1 for row in range(len(model.lines)) if model.disagrees(row))
        if not differing:
            text = self.tr("The records agree on every line they have in common.")
        else:
            text = counted(
                differing,
                self.tr("1 line differs between the records."),
                self.tr("{n} lines differ between the records."),
            )
        # Two observers' tallies (or copies) of one station are the first thing to reconcile.
        for source in dict.fromkeys(c.record.source for c in model.columns):
            same = [i for i, c in enumerate(model.columns) if c.record.source == source]
            if len(same) < 2:
                continue
            conflicts = sum(
                1
                for row in range(len(model.lines))
                if len({model.values(row)[i] for i in same} - {None}) > 1
            )
            text += " " + self.tr("{n} records of “{source}”: {state}.").format(
                n=len(same),
                source=source_label(source),
                state=self.tr("they agree")
                if not conflicts
                else counted(
                    conflicts,
                    self.tr("they conflict on 1 line"),
                    self.tr("they conflict on {n} lines"),
                ),
            )
        return text
