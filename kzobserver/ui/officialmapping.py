"""Which column of an official results table holds what: a choice of column per field (the
station, its region and district, and every protocol line of the contest), and the columns left
over, each of which can be given a field.

The recognition is the storage layer's (``plan_columns``): the panel only records the user's
choices as overrides, exactly what ``--map`` does on the command line, and shows what the import
will read with them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kzobserver.domain.templates import ProtocolLine
from kzobserver.storage.errors import InputFileError
from kzobserver.storage.reference import ContestRow
from kzobserver.storage.results_table import PLACE_FIELDS, plan_columns
from kzobserver.storage.station_import import field_label, suggest_mapping
from kzobserver.storage.tabular import column_letter

NOT_IMPORTED = -1
_PROBE = "\x00"  # a column name no file has: stands in for a missing column while recognising
_PLACE_FIELDS = {"station": "number", "region": "region", "district": "district"}
_UNUSED_ROWS_SHOWN = 5


def recognised_columns(
    header: Sequence[str],
    lines: Sequence[ProtocolLine],
    contest: ContestRow,
    overrides: dict[str, int],
) -> dict[str, int]:
    """Field ("station", "region", "district" or a line code) → column index, as the import will
    read the file given the user's ``overrides`` (field → column index).

    ``plan_columns`` refuses a table without a station or line column; here the recognised rest
    is still wanted, so a missing station or line is stood in for by a column no file has."""
    names = {field: header[i] for field, i in overrides.items()}
    station = suggest_mapping(list(header)).get("number")
    probe = list(header)
    if "station" not in names and (station is None or station in overrides.values()):
        probe.append(_PROBE)
        names["station"] = _PROBE
    try:
        plan = plan_columns("", probe, lines, contest, names)
    except InputFileError:  # no line column at all: standing one in hides no recognised line
        line_probe = _PROBE + "line"
        probe.append(line_probe)
        plan = plan_columns("", probe, lines, contest, {**names, lines[0].code: line_probe})
    columns = {**plan.places, **plan.lines}
    return {field: i for field, i in columns.items() if i < len(header)}


def line_caption(line: ProtocolLine, lang: str) -> str:
    return f"{line.number}. {line.label.get(lang)}"


def _table(headers: list[str], name: str, parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, 2, parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    for column in (0, 1):
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
    return table


def _combo(parent: QWidget, popup_width: int) -> QComboBox:
    combo = QComboBox(parent)
    # Headers are sentences: the combo stays narrow, its list wide enough to read them.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    combo.view().setMinimumWidth(popup_width)
    return combo


class ColumnMappingPanel(QGroupBox):
    """``changed`` is emitted whenever what the import will read (``columns``) changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which column holds what"))
        self.header: list[str] = []
        self.lines: list[ProtocolLine] = []
        self.contest: ContestRow | None = None
        self.lang = "en"
        self.overrides: dict[str, int] = {}  # what the user chose: field → column index
        self.columns: dict[str, int] = {}  # what the import will read
        self.captions: dict[str, str] = {}
        self.combos: dict[str, QComboBox] = {}
        self.mapping_table = _table(
            [self.tr("Field"), self.tr("Column in the file")], "mappingTable", self
        )
        self.unused_label = QLabel(self)
        self.unused_label.setWordWrap(True)
        self.unused_table = _table([self.tr("Column"), self.tr("Import as")], "unusedTable", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.unused_label)
        layout.addWidget(self.unused_table)

    def set_fields(
        self,
        header: list[str],
        lines: list[ProtocolLine],
        contest: ContestRow,
        lang: str,
        *,
        keep_choices: bool,
    ) -> None:
        """Show the fields of ``contest`` against the columns of ``header``. With
        ``keep_choices`` (same file, another contest) the place choices carry over; line
        choices belong to a contest."""
        codes = {line.code for line in lines}
        kept = {*PLACE_FIELDS, *codes}
        self.overrides = (
            {f: i for f, i in self.overrides.items() if f in kept} if keep_choices else {}
        )
        self.header, self.lines, self.contest, self.lang = header, lines, contest, lang
        self.captions = dict(self.fields())
        self.mapping_table.setRowCount(0)
        self.combos = {}
        for field, caption in self.fields():
            row = self.mapping_table.rowCount()
            self.mapping_table.insertRow(row)
            item = QTableWidgetItem(caption)
            item.setToolTip(caption)
            self.mapping_table.setItem(row, 0, item)
            combo = self._column_combo()
            combo.setObjectName(f"map_{field}")
            combo.activated.connect(
                lambda _i, f=field, c=combo: self.set_column(f, c.currentData())
            )
            self.mapping_table.setCellWidget(row, 1, combo)
            self.combos[field] = combo
        self._recognise()

    def fields(self) -> list[tuple[str, str]]:
        """(field, caption) of every field a column can hold, places first."""
        places = [(f, field_label(_PLACE_FIELDS[f])) for f in PLACE_FIELDS]
        return places + [(line.code, line_caption(line, self.lang)) for line in self.lines]

    def _column_combo(self) -> QComboBox:
        combo = _combo(self, 420)
        combo.addItem(self.tr("(not imported)"), NOT_IMPORTED)
        for index, name in enumerate(self.header):
            combo.addItem(f"{column_letter(index)}: {name}", index)
            combo.setItemData(index + 1, name, Qt.ItemDataRole.ToolTipRole)
        return combo

    def set_column(self, field: str, column: int | None) -> None:
        """Read ``field`` from ``column`` (None or NOT_IMPORTED: from no column)."""
        if column is None or column == NOT_IMPORTED:
            self.overrides.pop(field, None)
        else:
            # One column feeds one field: choosing it here takes it from any other choice.
            self.overrides = {f: i for f, i in self.overrides.items() if i != column}
            self.overrides[field] = int(column)
        self._recognise()

    def mapping(self) -> dict[str, str]:
        """The user's choices as the import takes them: field → column name."""
        return {field: self.header[i] for field, i in self.overrides.items()}

    def _recognise(self) -> None:
        assert self.contest is not None
        header, lines, contest = self.header, self.lines, self.contest
        self.columns = recognised_columns(header, lines, contest, self.overrides)
        for field, combo in self.combos.items():
            column = self.columns.get(field, NOT_IMPORTED)
            combo.setCurrentIndex(combo.findData(column))
            combo.setToolTip(header[column] if column != NOT_IMPORTED else "")
            # A column recognised by its name is imported whatever is chosen here: only
            # another column can replace it, so "(not imported)" cannot be chosen for it.
            without = {f: i for f, i in self.overrides.items() if f != field}
            by_name = field in recognised_columns(header, lines, contest, without)
            items = combo.model()
            assert isinstance(items, QStandardItemModel)
            not_imported = items.item(0)
            not_imported.setEnabled(not by_name)
            not_imported.setToolTip(
                self.tr("Recognised by its name: choose another column if this one is wrong.")
                if by_name
                else ""
            )
        self._fill_unused()
        self.changed.emit()

    def unused_columns(self) -> list[int]:
        used = set(self.columns.values())
        return [i for i in range(len(self.header)) if i not in used]

    def _fill_unused(self) -> None:
        unused = self.unused_columns()
        self.unused_label.setText(
            self.tr("Columns not imported ({n}): choose what one holds to import it.").format(
                n=len(unused)
            )
            if unused
            else self.tr("Every column is imported.")
        )
        table = self.unused_table
        table.setRowCount(0)
        table.setVisible(bool(unused))
        # As tall as its rows (up to five): the mapping above gets the rest of the height.
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + min(len(unused), _UNUSED_ROWS_SHOWN) * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )
        for index in unused:
            row = table.rowCount()
            table.insertRow(row)
            name = self.header[index]
            item = QTableWidgetItem(f"{column_letter(index)}: {name}")
            item.setToolTip(name)
            table.setItem(row, 0, item)
            combo = _combo(self, 360)
            combo.setObjectName(f"unused_{index}")
            combo.addItem(self.tr("(ignored)"), "")
            for field, caption in self.fields():
                combo.addItem(caption, field)
            combo.activated.connect(
                lambda _i, c=combo, column=index: self._unused_chosen(c, column)
            )
            table.setCellWidget(row, 1, combo)

    def _unused_chosen(self, combo: QComboBox, column: int) -> None:
        field = combo.currentData()
        if field:
            self.set_column(field, column)

    def missing(self) -> list[str]:
        """Why the file cannot be imported as mapped (empty when it can)."""
        reasons = []
        if "station" not in self.columns:
            reasons.append(self.tr("Choose the column that holds the station number."))
        if not any(f not in PLACE_FIELDS for f in self.columns):
            reasons.append(
                self.tr("Choose the column of at least one protocol line, candidate or party.")
            )
        return reasons
