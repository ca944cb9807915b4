"""The aggregate panel's tables: the comparison's results turned into rows of prepared cells
(text, tone, tooltip), and the one read-only model that shows them. Formatting happens once per
result, never while a view paints."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from kzobserver.domain.estimates import AnnouncedComparison, Estimate
from kzobserver.storage.aggregate import AnnouncedChecks, CoverageRow, ShareRow, TurnoutRow
from kzobserver.ui import language

_AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# Pale backgrounds keep the text readable; the words "inside"/"outside" carry the meaning too.
_TONES = {
    "good": (QColor("#dff0d8"), QColor("#1e4620")),
    "bad": (QColor("#f8d7da"), QColor("#6b1019")),
    "warn": (QColor("#fff3cd"), QColor("#5c4400")),
    "muted": (None, QColor("#6c6c6c")),
}


@dataclass(frozen=True)
class Cell:
    """One cell of a read-only table: its text, a tone ("", good, bad, warn, muted), a tooltip,
    and whether it is a number (right-aligned)."""

    text: str
    tone: str = ""
    tooltip: str = ""
    number: bool = False


class CellTableModel(QAbstractTableModel):
    """A read-only table of prepared cells: the panel turns each result into rows of text once,
    so the view never formats numbers while it paints."""

    def __init__(
        self,
        headers: Sequence[str],
        parent: QObject | None = None,
        *,
        header_tips: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.header_tips = list(header_tips)
        self.rows: list[list[Cell]] = []

    def set_rows(self, rows: Sequence[Sequence[Cell]]) -> None:
        width = len(self.headers)
        self.beginResetModel()
        self.rows = [list(row)[:width] + [Cell("")] * (width - len(row)) for row in rows]
        self.endResetModel()

    def cell(self, row: int, column: int) -> Cell:
        return self.rows[row][column]

    def rowCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.header_tips):
            return self.header_tips[section] or None
        return None

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        cell = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if cell.number else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        tone = _TONES.get(cell.tone)
        if tone is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return tone[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return tone[1]
        return None


# --- results as rows of cells ----------------------------------------------------------------


def _num(value: float, decimals: int = 2) -> str:
    return language.format_number(value, decimals)


def _published(value: float) -> str:
    """An announced figure with the decimals it was published with (53.9, 8.59)."""
    decimals = len(f"{value:.4f}".rstrip("0").partition(".")[2])
    return _num(value, min(max(decimals, 1), 4))


def _z(value: float) -> str:
    if math.isinf(value):
        return "+∞" if value > 0 else "−∞"
    return _num(value, 1).replace("-", "−")


def estimate_cells(
    name: str,
    estimate: Estimate | None,
    announced: float | None,
    comparison: AnnouncedComparison | None,
    *,
    announced_note: str = "",
    missing_note: str = "",
) -> list[Cell]:
    """Name | estimate ± margin | 95 % interval | announced | inside? | z | stations sampled."""
    if estimate is None:
        why = missing_note or QCoreApplication.translate(
            "AggregateTables", "No estimate: too few sampled stations."
        )
        blank = Cell("—", "muted", why)
        cells = [Cell(name, tooltip=why), blank, blank]
    else:
        cells = [
            Cell(name, tooltip=name),
            Cell(f"{_num(estimate.value)} ± {_num(estimate.margin)}", number=True),
            Cell(f"{_num(estimate.low)} – {_num(estimate.high)}", number=True),
        ]
    cells.append(
        Cell("—", "muted") if announced is None
        else Cell(_published(announced), tooltip=announced_note, number=True)
    )  # fmt: skip
    if comparison is None:
        cells += [Cell("—", "muted"), Cell("—", "muted")]
    else:
        apart = QCoreApplication.translate(
            "AggregateTables", "The announced figure is {points} points from the estimate."
        ).format(points=_num(comparison.difference))
        cells.append(
            Cell(QCoreApplication.translate("AggregateTables", "inside"), "good", apart)
            if comparison.inside
            else Cell(QCoreApplication.translate("AggregateTables", "outside"), "bad", apart)
        )
        cells.append(Cell(_z(comparison.z_score), number=True))
    if estimate is None:
        cells.append(Cell("—", "muted"))
    else:
        sample = QCoreApplication.translate("AggregateTables", "{n} of {total}").format(
            n=language.format_int(estimate.sample_size),
            total=language.format_int(estimate.population_size),
        )
        left_out = (
            QCoreApplication.translate(
                "AggregateTables", "{n} sampled stations lack a line and are left out."
            ).format(n=language.format_int(estimate.left_out))
            if estimate.left_out
            else ""
        )
        cells.append(Cell(sample, "warn" if left_out else "", left_out, number=True))
    return cells


def share_rows(shares: Sequence[ShareRow], lang: str) -> list[list[Cell]]:
    from_votes = QCoreApplication.translate(
        "AggregateTables", "Computed from the announced votes: no share was published."
    )
    return [
        estimate_cells(
            row.name.get(lang),
            row.estimate,
            row.announced,
            row.comparison,
            announced_note=from_votes if row.announced_from_votes else "",
        )
        for row in shares
    ]


def turnout_rows(rows: Sequence[TurnoutRow], lang: str) -> list[list[Cell]]:
    found = []
    for row in rows:
        name = row.name.get(lang)
        as_of = "" if row.as_of in (None, "final") else row.as_of
        note = (
            QCoreApplication.translate("AggregateTables", "Announced at {time}.").format(time=as_of)
            if as_of
            else ""
        )
        found.append(
            estimate_cells(
                name, row.estimate, row.announced, row.comparison,
                announced_note=note, missing_note=row.message,
            )
        )  # fmt: skip
    return found


def coverage_rows(rows: Sequence[CoverageRow], lang: str) -> list[list[Cell]]:
    """Area | line | observed sum | announced | announced − observed, for the fully covered
    areas' lines that have an announced figure (nothing to set the others against)."""
    found = []
    for area in rows:
        name = area.name.get(lang)
        lines = [line for line in area.lines if line.announced is not None]
        if not lines:
            none = QCoreApplication.translate(
                "AggregateTables", "No totals are announced for this area."
            )
            found.append([Cell(name), Cell(none, "muted")])
        for line in lines:
            percent = line.line.endswith("_percent")
            decimals = 2 if percent else 0
            observed = Cell(_num(line.observed, decimals), number=True)
            if line.missing:
                short = QCoreApplication.translate(
                    "AggregateTables", "{n} records lack this line: the sum falls short."
                ).format(n=language.format_int(line.missing))
                observed = Cell(observed.text, "warn", short, number=True)
            announced = Cell(_num(line.announced or 0, decimals), number=True)
            difference = Cell("—", "muted")
            if line.difference is not None:
                # A percentage is announced rounded: half a unit of its last decimal is no gap.
                off = abs(line.difference) > (0.005 if percent else 0)
                text = ("+" if line.difference > 0 else "") + _num(line.difference, decimals)
                difference = Cell(text.replace("-", "−"), "bad" if off else "good", number=True)
            found.append([Cell(name), Cell(line.label.get(lang)), observed, announced, difference])
    return found


def seat_rows(checks: AnnouncedChecks, lang: str) -> list[list[Cell]]:
    """Contestant | announced votes | announced seats | largest remainder | D'Hondt."""
    found = []
    for row in checks.seats:
        announced = (
            Cell("—", "muted") if row.announced is None
            else Cell(language.format_int(row.announced), number=True)
        )  # fmt: skip
        lr_off = row.announced is not None and row.largest_remainder != row.announced
        dh_off = row.announced is not None and row.dhondt != row.announced
        found.append(
            [
                Cell(row.name.get(lang)),
                Cell(language.format_int(row.votes), number=True),
                announced,
                Cell(language.format_int(row.largest_remainder), "bad" if lr_off else "",
                     number=True),
                Cell(language.format_int(row.dhondt), "warn" if dh_off else "", number=True),
            ]
        )  # fmt: skip
    return found


def seats_summary(checks: AnnouncedChecks) -> str:
    lr = checks.largest_remainder
    if lr is None:
        return " ".join(checks.messages) or QCoreApplication.translate(
            "AggregateTables", "No announced votes to allocate seats from."
        )
    quota = language.format_number(float(lr.quota), 1) if lr.quota is not None else "—"
    threshold = language.format_int(math.ceil(lr.threshold_votes))
    text = QCoreApplication.translate(
        "AggregateTables",
        "Largest remainder: Hare quota {quota} votes; a list needs {threshold} votes to qualify.",
    ).format(quota=quota, threshold=threshold)
    if checks.seats_match is True:
        text += " " + QCoreApplication.translate(
            "AggregateTables", "It gives exactly the announced seats."
        )
    elif checks.seats_match is False:
        text += " " + QCoreApplication.translate(
            "AggregateTables", "It does not give the announced seats (red)."
        )
    if checks.dhondt is not None and checks.dhondt.seats != lr.seats:
        text += " " + QCoreApplication.translate(
            "AggregateTables", "D'Hondt would give other seats (amber where they differ)."
        )
    return text


def checks_summary(checks: AnnouncedChecks, names: Mapping[str, str]) -> list[str]:
    """The announced figures against themselves: shares against votes, totals; ``names`` maps
    contestant codes to the names to print."""
    lines = []
    if checks.shares_checked:
        if checks.share_mismatches:
            wrong = ", ".join(
                names.get(m.contestant, m.contestant) for m in checks.share_mismatches
            )
            lines.append(
                QCoreApplication.translate(
                    "AggregateTables",
                    "Published shares that the published votes do not give: {names}.",
                ).format(names=wrong)
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "AggregateTables", "All {n} published shares agree with the published votes."
                ).format(n=checks.shares_checked)
            )
    lines.extend(t.mismatch.message for t in checks.total_mismatches)
    return lines
