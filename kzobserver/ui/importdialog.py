"""File → Import stations…: preview a station list, say which column holds what, import it.

Importing is all or nothing (the storage layer checks every row first), so the dialog stays open
after a failed attempt: the user sees every problem, and can fix the mapping or cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kzobserver.storage.errors import InputFileError, LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.station_import import (
    REQUIRED_FIELDS,
    STATION_FIELDS,
    field_label,
    import_stations,
    suggest_mapping,
)
from kzobserver.storage.stations import UpsertSummary
from kzobserver.storage.tabular import Table, column_letter, read_table
from kzobserver.ui import messages
from kzobserver.ui.importpreview import PreviewModel

PREVIEW_ROWS = 50
_NOT_MAPPED = -1

_ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16",
    "cp1251": "Windows-1251",
}


class _Cancelled(Exception):
    """The user pressed Cancel in the progress dialog: the import stops, nothing is written."""


def file_info(table: Table) -> str:
    """What was read and how: "File: … · Sheet: … · Encoding: … · Separator: …"."""
    translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
    parts = [translate("ImportStationsDialog", "File: {path}").format(path=table.path)]
    if table.sheet:
        parts.append(translate("ImportStationsDialog", "Sheet: {sheet}").format(sheet=table.sheet))
    if table.encoding:
        encoding = _ENCODINGS.get(table.encoding, table.encoding)
        parts.append(
            translate("ImportStationsDialog", "Encoding: {encoding}").format(encoding=encoding)
        )
    if table.delimiter:
        separator = delimiter_name(table.delimiter)
        parts.append(
            translate("ImportStationsDialog", "Separator: {delimiter}").format(delimiter=separator)
        )
    return " · ".join(parts)


def delimiter_name(delimiter: str | None) -> str:
    names = {
        ",": QCoreApplication.translate("ImportStationsDialog", "comma ( , )"),
        ";": QCoreApplication.translate("ImportStationsDialog", "semicolon ( ; )"),
        "\t": QCoreApplication.translate("ImportStationsDialog", "tab"),
    }
    return names.get(delimiter or "", repr(delimiter))


class ImportStationsDialog(QDialog):
    def __init__(self, logbook: Logbook, preview: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logbook = logbook
        self.preview = preview
        self.path = preview.path
        self.summary: UpsertSummary | None = None
        self.setWindowTitle(self.tr("Import stations from {file}").format(file=self.path.name))
        self.resize(1000, 680)

        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileInfo")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setText(self._file_info())

        self.model = PreviewModel(preview, self)
        self.table_view = QTableView(self)
        self.table_view.setObjectName("previewTable")
        self.table_view.setModel(self.model)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setWordWrap(False)
        self.table_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table_view.horizontalHeader().setMinimumSectionSize(80)
        rows = self.table_view.verticalHeader()
        rows.setDefaultSectionSize(self.table_view.fontMetrics().height() + 8)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        self.combos: dict[str, QComboBox] = {}
        self.field_labels: dict[str, QLabel] = {}
        mapping_box = QGroupBox(self.tr("Which column holds what"), self)
        mapping_box.setMaximumWidth(440)
        form = QFormLayout(mapping_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        suggested = suggest_mapping(preview.header)
        for field in STATION_FIELDS:
            combo = QComboBox(mapping_box)
            combo.setObjectName(f"map_{field}")
            combo.addItem(self.tr("(ignore)"), _NOT_MAPPED)
            for index, name in enumerate(preview.header):
                combo.addItem(f"{column_letter(index)}: {name}", index)
            combo.setCurrentIndex(combo.findData(suggested.get(field, _NOT_MAPPED)))
            caption = field_label(field)
            if field in REQUIRED_FIELDS:
                caption = self.tr("{field} (required)").format(field=caption)
            label = QLabel(caption, mapping_box)
            form.addRow(label, combo)
            self.combos[field] = combo
            self.field_labels[field] = label
            combo.currentIndexChanged.connect(lambda _i, f=field: self._combo_changed(f))

        self.hint = QLabel(self)
        self.hint.setObjectName("mappingHint")
        self.hint.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        preview_box = QVBoxLayout()
        preview_box.addWidget(
            QLabel(self.tr("The first {n} rows of the file:").format(n=len(preview.rows)), self)
        )
        preview_box.addWidget(self.table_view, 1)
        middle = QHBoxLayout()
        middle.addLayout(preview_box, 1)
        middle.addWidget(mapping_box, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(middle, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._update()
        self.table_view.resizeColumnsToContents()

    def _file_info(self) -> str:
        return file_info(self.preview)

    # --- mapping ----------------------------------------------------------------------------

    def mapping(self) -> dict[str, int]:
        found = {}
        for field, combo in self.combos.items():
            index = combo.currentData()
            if index is not None and index != _NOT_MAPPED:
                found[field] = int(index)
        return found

    def set_column(self, field: str, column: int | None) -> None:
        combo = self.combos[field]
        combo.setCurrentIndex(combo.findData(_NOT_MAPPED if column is None else column))

    def missing_required(self) -> list[str]:
        mapping = self.mapping()
        return [f for f in REQUIRED_FIELDS if f not in mapping]

    def _combo_changed(self, field: str) -> None:
        column = self.mapping().get(field)
        if column is not None:
            # One column feeds one field: taking it here frees it elsewhere.
            for other, combo in self.combos.items():
                if other != field and combo.currentData() == column:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(combo.findData(_NOT_MAPPED))
                    combo.blockSignals(False)
        self._update()

    def _update(self) -> None:
        mapping = self.mapping()
        self.model.set_mapping({column: field_label(f) for f, column in mapping.items()})
        missing = self.missing_required()
        for field, label in self.field_labels.items():
            bad = field in missing
            label.setStyleSheet("color: #b00020; font-weight: bold;" if bad else "")
            self.combos[field].setStyleSheet(
                "QComboBox { border: 2px solid #b00020; }" if bad else ""
            )
        self.ok_button.setEnabled(not missing)
        if missing:
            self.hint.setStyleSheet("color: #b00020;")
            self.hint.setText(
                self.tr("Choose the column that holds: {fields}.").format(
                    fields=", ".join(field_label(f) for f in missing)
                )
            )
        else:
            self.hint.setStyleSheet("")
            self.hint.setText(
                self.tr(
                    "Stations already in the logbook (same number) are updated; the others are "
                    "added. If any row has a problem, nothing is imported."
                )
            )

    # --- import -----------------------------------------------------------------------------

    def accept(self) -> None:
        if self.missing_required():
            return
        progress = QProgressDialog(
            self.tr("Checking the stations…"), self.tr("Cancel"), 0, 100, self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # a small file is done before a dialog would flash

        def report(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            QApplication.processEvents()
            if progress.wasCanceled():
                raise _Cancelled

        problems = None
        error = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # The preview holds the first rows only: read the whole file for the import.
            table = read_table(self.path)
            self.summary = import_stations(self.logbook, table, self.mapping(), progress=report)
        except _Cancelled:
            return
        except InputFileError as exc:
            problems = exc.problems
        except LogbookError as exc:
            error = str(exc)
        finally:
            QApplication.restoreOverrideCursor()
            progress.close()
        if problems is not None:
            messages.show_problems(self, self.tr("Nothing was imported"), problems)
            return
        if error is not None:
            messages.warn(self, self.tr("Nothing was imported"), error)
            return
        super().accept()


def summary_text(summary: UpsertSummary) -> str:
    lines = [
        QCoreApplication.translate("ImportStationsDialog", "Stations added: {n}").format(
            n=summary.added
        ),
        QCoreApplication.translate("ImportStationsDialog", "Stations updated: {n}").format(
            n=summary.updated
        ),
    ]
    regions = getattr(summary, "regions_created", 0)
    if regions:
        lines.append(
            QCoreApplication.translate("ImportStationsDialog", "New regions: {n}").format(n=regions)
        )
    if summary.districts_created:
        lines.append(
            QCoreApplication.translate("ImportStationsDialog", "New districts: {n}").format(
                n=summary.districts_created
            )
        )
    return "\n".join(lines)


def build_dialog(parent: QWidget | None, logbook: Logbook, path: Path) -> ImportStationsDialog:
    """Read the preview and build the dialog; raises InputFileError for an unreadable file."""
    return ImportStationsDialog(logbook, read_table(path, max_rows=PREVIEW_ROWS), parent)


def run_import(parent: QWidget | None, logbook: Logbook, path: Path) -> bool:
    """The whole File → Import stations… flow after the file is chosen; True if it imported."""
    dialog = build_dialog(parent, logbook, path)
    if not messages.exec_dialog(dialog) or dialog.summary is None:
        return False
    messages.inform(
        parent,
        QCoreApplication.translate("ImportStationsDialog", "Stations imported"),
        QCoreApplication.translate("ImportStationsDialog", "Imported {file}.").format(
            file=path.name
        ),
        summary_text(dialog.summary),
    )
    return True
