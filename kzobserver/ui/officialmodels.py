"""Table models of the official-results dialogs: the problems of a rejected file, and the
announced figures of a contest being edited by hand."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from kzobserver.domain.model import AnnouncedFigure
from kzobserver.storage.announced import FINAL, FigureLine, normal_as_of, value_problem
from kzobserver.storage.errors import Problem
from kzobserver.ui import language

_AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_Display = Qt.ItemDataRole.DisplayRole
_Edit = Qt.ItemDataRole.EditRole
_BAD = QColor("#f8d7da")


class ProblemsModel(QAbstractTableModel):
    """Every problem of a rejected file: file, row, column and message, one per row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: _AnyIndex, role: int = _Display) -> Any:
        if not index.isValid() or role not in (_Display, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.cells(index.row())[index.column()]

    def cells(self, row: int) -> tuple[str, str, str, str]:
        p = self.problems[row]
        return (p.file, "" if p.row is None else str(p.row), p.column or "", p.message)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _Display) -> Any:
        if role != _Display:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        names = (
            QCoreApplication.translate("ProblemsModel", "File"),
            QCoreApplication.translate("ProblemsModel", "Row"),
            QCoreApplication.translate("ProblemsModel", "Column"),
            QCoreApplication.translate("ProblemsModel", "Problem"),
        )
        return names[section] if 0 <= section < len(names) else None

    def as_text(self, rows: Sequence[int] | None = None) -> str:
        """The chosen rows (all by default) as tab-separated lines, for a spreadsheet or an
        e-mail, with the column names first."""
        chosen = range(len(self.problems)) if rows is None else rows
        header = [str(self.headerData(c, Qt.Orientation.Horizontal)) for c in range(4)]
        lines = ["\t".join(header)] + ["\t".join(self.cells(r)) for r in chosen]
        return "\n".join(lines)


# --- announced figures --------------------------------------------------------------------------

AREA, LINE, VALUE, AS_OF, SOURCE = range(5)
NATIONAL = ""  # the area of a figure for the whole election, in combo boxes (None in storage)


@dataclass(frozen=True)
class FigureRow:
    """One figure as edited: the value stays None until it is entered."""

    area: str | None
    line: str
    value: float | None
    as_of: str = FINAL
    source: str = ""

    @classmethod
    def of(cls, f: AnnouncedFigure) -> FigureRow:
        return cls(f.area_code, f.line, f.value, f.as_of, f.source)


def parse_value(text: str) -> float | None:
    """A number as people type it: "54,19", "3 431 510", "54.19 %"; None if it is not one."""
    cleaned = "".join(text.replace("\u00a0", " ").replace("%", "").split()).replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def value_text(value: float | None, lang: str) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return language.format_int(value, lang)
    decimals = min(len(repr(float(value)).partition(".")[2]), 6)
    return language.format_number(value, decimals, lang)


def edit_text(value: float | None) -> str:
    """The value as the editor starts with it: digits only, nothing lost."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class AnnouncedFiguresModel(QAbstractTableModel):
    """The announced figures of one contest, editable, with the stored ones kept aside so that
    edits can be told apart (``dirty``) and reverted. A value that cannot be announced is refused
    as it is typed (``refused`` says why); a row without a value or one that repeats another is
    shown in red until it is fixed."""

    refused = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(
        self,
        lines: Sequence[FigureLine],
        areas: dict[str, str],
        lang: str,
        parent: QObject | None = None,
    ) -> None:
        """``areas``: area code (NATIONAL for the whole election) → name, in the order shown."""
        super().__init__(parent)
        self.lines = {line.code: line for line in lines}
        self.areas = dict(areas)
        self.lang = lang
        self.rows: list[FigureRow] = []
        self.saved: list[FigureRow] = []
        self._dirty = False

    # --- loading, reverting, state ---------------------------------------------------------

    def load(self, figures: Sequence[AnnouncedFigure]) -> None:
        """Show ``figures`` as the stored state."""
        self.beginResetModel()
        self.saved = [FigureRow.of(f) for f in figures]
        self.rows = list(self.saved)
        self.endResetModel()
        self._update_dirty()

    def revert(self) -> None:
        self.beginResetModel()
        self.rows = list(self.saved)
        self.endResetModel()
        self._update_dirty()

    def is_dirty(self) -> bool:
        return self._dirty

    def _update_dirty(self) -> None:
        dirty = self.rows != self.saved
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def figures(self, contest_code: str) -> list[AnnouncedFigure]:
        """The rows as figures to save; rows without a value must be fixed first
        (``incomplete_rows``)."""
        return [
            AnnouncedFigure(contest_code, r.line, r.value, r.area, r.as_of, r.source)
            for r in self.rows
            if r.value is not None
        ]

    def incomplete_rows(self) -> list[int]:
        return [i for i, r in enumerate(self.rows) if r.value is None]

    def cell_problems(self, row: int) -> dict[int, str]:
        """What is wrong with a row as it stands, by column (empty when nothing is)."""
        r = self.rows[row]
        found = {}
        if r.line not in self.lines:
            found[LINE] = QCoreApplication.translate("AnnouncedModel", "Choose a line.")
        elif (problem := value_problem(r.line, r.value)) is not None:
            found[VALUE] = problem
        key = (r.area, r.line, r.as_of, r.source)
        for other, o in enumerate(self.rows[:row]):
            if (o.area, o.line, o.as_of, o.source) == key:
                found.setdefault(
                    LINE,
                    QCoreApplication.translate(
                        "AnnouncedModel",
                        "Row {row} already gives this figure for the same area, time and source.",
                    ).format(row=other + 1),
                )
                break
        return found

    def row_problem(self, row: int) -> str | None:
        return next(iter(self.cell_problems(row).values()), None)

    # --- adding and removing rows ----------------------------------------------------------

    def add_row(self, template: FigureRow | None = None) -> int:
        """Append a figure without a value (area, time and source as in ``template``); returns
        its row."""
        row = FigureRow(None, next(iter(self.lines)), None)
        if template is not None:
            row = replace(template, value=None)
        # The next line this area, time and source have no figure for, so that the new row
        # does not repeat one: entering a region's figures is then mostly typing values.
        codes = list(self.lines)
        start = codes.index(row.line) if row.line in codes else 0
        taken = {
            r.line
            for r in self.rows
            if (r.area, r.as_of, r.source) == (row.area, row.as_of, row.source)
        }
        free = [c for c in codes[start:] + codes[:start] if c not in taken]
        if free:
            row = replace(row, line=free[0])
        position = len(self.rows)
        self.beginInsertRows(_ROOT, position, position)
        self.rows.append(row)
        self.endInsertRows()
        self._update_dirty()
        return position

    def remove_rows(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self.rows):
                self.beginRemoveRows(_ROOT, row, row)
                del self.rows[row]
                self.endRemoveRows()
        self._update_dirty()

    # --- the model ----------------------------------------------------------------------------

    def rowCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 5

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def line_label(self, code: str) -> str:
        line = self.lines.get(code)
        return line.label(self.lang) if line else code

    def area_label(self, code: str | None) -> str:
        return self.areas.get(code or NATIONAL, code or "")

    def data(self, index: _AnyIndex, role: int = _Display) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == _Display:
            return (
                self.area_label(r.area),
                self.line_label(r.line),
                value_text(r.value, self.lang),
                r.as_of,
                r.source,
            )[column]
        if role == _Edit:
            return (r.area or NATIONAL, r.line, edit_text(r.value), r.as_of, r.source)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column in (LINE, VALUE):
            return _BAD if column in self.cell_problems(index.row()) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_problems(index.row()).get(column)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _Display) -> Any:
        if role != _Display:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        names = (
            QCoreApplication.translate("AnnouncedModel", "Area"),
            QCoreApplication.translate("AnnouncedModel", "Line or contestant"),
            QCoreApplication.translate("AnnouncedModel", "Value"),
            QCoreApplication.translate("AnnouncedModel", "As of"),
            QCoreApplication.translate("AnnouncedModel", "Source"),
        )
        return names[section] if 0 <= section < len(names) else None

    def setData(self, index: _AnyIndex, value: Any, role: int = _Edit) -> bool:
        if not index.isValid() or role != _Edit:
            return False
        row = self.rows[index.row()]
        column = index.column()
        text = "" if value is None else str(value).strip()
        if column == AREA:
            if text not in self.areas:
                return self._refuse(
                    QCoreApplication.translate("AnnouncedModel", "Choose an area from the list.")
                )
            changed = replace(row, area=text or None)
        elif column == LINE:
            if text not in self.lines:
                return self._refuse(
                    QCoreApplication.translate("AnnouncedModel", "Choose a line from the list.")
                )
            changed = replace(row, line=text)
        elif column == VALUE:
            number = parse_value(text)
            if number is None and text:
                return self._refuse(
                    QCoreApplication.translate(
                        "AnnouncedModel", "“{text}” is not a number."
                    ).format(text=text)
                )
            if number is None:
                return self._refuse(QCoreApplication.translate("AnnouncedModel", "Enter a value."))
            problem = value_problem(row.line, number)
            if problem:
                return self._refuse(problem)
            changed = replace(row, value=number)
        elif column == AS_OF:
            as_of = normal_as_of(text)
            if as_of is None:
                return self._refuse(
                    QCoreApplication.translate(
                        "AnnouncedModel", "Write “final” or a time of day such as 22:10."
                    )
                )
            changed = replace(row, as_of=as_of)
        else:
            changed = replace(row, source=text)
        if changed != row:
            self.rows[index.row()] = changed
            # A row's problem (a repeat, a value that no longer fits the line) shows in all its
            # cells and in the rows below it that repeat it.
            last = self.index(len(self.rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(index.row(), 0), last)
            self._update_dirty()
        return True

    def _refuse(self, reason: str) -> bool:
        self.refused.emit(reason)
        return False
