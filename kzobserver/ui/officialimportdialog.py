"""File → Import official results…: preview a per-station results table, say which column holds
each protocol line, and import it in the background.

The column recognition is the storage layer's (``plan_columns``): the dialog only records the
user's choices as overrides, exactly what ``--map`` does on the command line, and shows what the
import will do with them. Importing is all or nothing, so after a failed attempt the dialog stays
open with every problem listed, and the user can fix the mapping or the file and try again.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kzobserver.storage.checks import contest_lines
from kzobserver.storage.errors import InputFileError, LogbookError, Problem
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.official_import import OfficialImportSummary, describe, import_official
from kzobserver.storage.reference import ContestRow, current_election, list_contests
from kzobserver.storage.results_table import PLACE_FIELDS, estimate_rows
from kzobserver.storage.tabular import Table, read_table
from kzobserver.ui import language, messages
from kzobserver.ui.importdialog import file_info
from kzobserver.ui.importpreview import PreviewModel
from kzobserver.ui.officialmapping import ColumnMappingPanel
from kzobserver.ui.officialmodels import ProblemsModel
from kzobserver.ui.tasks import Cancelled, Progress, run_in_background

PREVIEW_ROWS = 50
FILE_FILTER = "*.csv *.tsv *.txt *.xlsx *.zip"


class OfficialImportDialog(QDialog):
    def __init__(
        self, logbook: Logbook, preview: Table, parent: QWidget | None = None, *, rows: int = 0
    ) -> None:
        super().__init__(parent)
        self.logbook = logbook
        self.lang = language.current()
        self.summary: OfficialImportSummary | None = None
        election = current_election(logbook)
        self.contests = list_contests(logbook, election.id) if election else []
        self.setWindowTitle(self.tr("Import official results"))
        self.resize(1180, 780)

        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileInfo")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose another file…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.contest_combo = QComboBox(self)
        self.contest_combo.setObjectName("contest")
        for contest in self.contests:
            self.contest_combo.addItem(contest.name.get(self.lang), contest.code)
        self.contest_combo.currentIndexChanged.connect(self._contest_changed)

        self.preview_label = QLabel(self)
        self.preview_view = QTableView(self)
        self.preview_view.setObjectName("previewTable")
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setWordWrap(False)
        self.preview_view.horizontalHeader().setMinimumSectionSize(60)
        # Long headers (the commission's are sentences) show their beginning, not a middle.
        self.preview_view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.preview_view.horizontalHeader().setMaximumSectionSize(260)
        rows_header = self.preview_view.verticalHeader()
        rows_header.setDefaultSectionSize(self.preview_view.fontMetrics().height() + 8)
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        self.mapping_panel = ColumnMappingPanel(self)
        self.mapping_panel.changed.connect(self._mapping_changed)

        self.allow_unmatched = QCheckBox(self.tr("&Allow stations not in this logbook"), self)
        self.allow_unmatched.setObjectName("allowUnmatched")
        self.unmatched_note = QLabel(self)
        self.unmatched_note.setWordWrap(True)
        self.unmatched_note.setObjectName("unmatchedNote")
        self.hint = QLabel(self)
        self.hint.setObjectName("mappingHint")
        self.hint.setWordWrap(True)

        self.problems_model = ProblemsModel(self)
        self.problems_view = QTableView(self)
        self.problems_view.setObjectName("problemsTable")
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.horizontalHeader().setStretchLastSection(True)
        self.problems_view.verticalHeader().setVisible(False)
        self.problems_view.setWordWrap(True)
        self.problems_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.problems_view)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_selected_problems)
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #b00020;")
        copy_all = QPushButton(self.tr("Copy all"), self)
        copy_all.clicked.connect(self.copy_problems)
        self.problems_box = QWidget(self)
        problems_layout = QVBoxLayout(self.problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.problems_label, 1)
        top.addWidget(copy_all)
        problems_layout.addLayout(top)
        problems_layout.addWidget(self.problems_view, 1)
        self.problems_box.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        self._lay_out()
        self.set_table(preview, rows)

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.file_label, 1)
        header.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        contest_row = QHBoxLayout()
        contest_label = QLabel(self.tr("&Contest:"), self)
        contest_label.setBuddy(self.contest_combo)
        contest_row.addWidget(contest_label)
        contest_row.addWidget(self.contest_combo)
        contest_row.addStretch(1)

        preview_box = QWidget(self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_label)
        preview_layout.addWidget(self.preview_view, 1)
        columns = QSplitter(Qt.Orientation.Horizontal, self)
        columns.addWidget(preview_box)
        columns.addWidget(self.mapping_panel)
        columns.setStretchFactor(0, 3)
        columns.setStretchFactor(1, 2)
        columns.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(columns)
        self.splitter.addWidget(self.problems_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(contest_row)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.allow_unmatched)
        layout.addWidget(self.unmatched_note)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    # --- the file ---------------------------------------------------------------------------

    def set_table(self, preview: Table, rows: int = 0) -> None:
        """Show ``preview`` (the first rows of a file; ``rows`` the estimated total, 0 if
        unknown) and recognise its columns afresh."""
        self.preview = preview
        self.path = preview.path
        self.rows_estimate = rows
        old = self.preview_view.model()
        self.model = PreviewModel(preview, self)
        self.preview_view.setModel(self.model)
        if old is not None:
            old.deleteLater()
        self.file_label.setText(self._file_info())
        shown = len(preview.rows)
        self.preview_label.setText(
            self.tr("The first {n} of about {total} rows:").format(
                n=shown, total=language.format_int(rows, self.lang)
            )
            if rows > shown
            else self.tr("The first {n} rows:").format(n=shown)
        )
        self.clear_problems()
        self._show_fields(keep_choices=False)
        self._update_unmatched_note()
        self.preview_view.resizeColumnsToContents()

    def _file_info(self) -> str:
        return file_info(self.preview)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import official results"),
            str(self.path.parent),
            self.tr("Tables ({patterns});;All files (*)").format(patterns=FILE_FILTER),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Preview another file; an unreadable one is explained and the current one kept."""
        try:
            preview = read_table(path, max_rows=PREVIEW_ROWS)
        except InputFileError as exc:
            messages.show_problems(self, self.tr("Cannot read the file"), exc.problems)
            return False
        self.set_table(preview, estimate_rows(path))
        return True

    # --- the contest and the mapping --------------------------------------------------------

    def contest(self) -> ContestRow:
        return self.contests[max(self.contest_combo.currentIndex(), 0)]

    def _contest_changed(self) -> None:
        self._show_fields(keep_choices=True)
        self._update_unmatched_note()

    def _show_fields(self, *, keep_choices: bool) -> None:
        contest = self.contest()
        self.mapping_panel.set_fields(
            self.preview.header,
            contest_lines(contest),
            contest,
            self.lang,
            keep_choices=keep_choices,
        )

    def set_column(self, field: str, column: int | None) -> None:
        """Read ``field`` from ``column`` (None or NOT_IMPORTED: from no column)."""
        self.mapping_panel.set_column(field, column)

    def mapping(self) -> dict[str, str]:
        """The user's choices as the import takes them: field → column name."""
        return self.mapping_panel.mapping()

    @property
    def columns(self) -> dict[str, int]:
        """Field → column index, as the import will read the file."""
        return self.mapping_panel.columns

    def _mapping_changed(self) -> None:
        panel = self.mapping_panel
        self.model.set_mapping({i: panel.captions[f] for f, i in panel.columns.items()})
        self._update_hint()

    def missing(self) -> list[str]:
        """Why the file cannot be imported as mapped (empty when it can)."""
        return self.mapping_panel.missing()

    def _update_hint(self) -> None:
        reasons = self.missing()
        self.import_button.setEnabled(not reasons)
        if reasons:
            self.hint.setStyleSheet("color: #b00020;")
            self.hint.setText(" ".join(reasons))
            return
        self.hint.setStyleSheet("")
        without = [f for f, _ in self.mapping_panel.fields() if f not in self.columns]
        without = [f for f in without if f not in PLACE_FIELDS]
        text = self.tr(
            "Each station's official record is created or replaced. If any row has a problem, "
            "nothing is imported."
        )
        if without:
            text += " " + self.tr("{n} lines have no column and stay empty.").format(n=len(without))
        self.hint.setText(text)

    def _update_unmatched_note(self) -> None:
        contest = self.contest()
        count = self.logbook.db.execute(
            "SELECT count(*) FROM station_contests WHERE contest_id = ?", [contest.id]
        ).fetchone()[0]
        self.unmatched_note.setText(
            self.tr(
                "This logbook holds {n} stations of this contest. A row for any other station "
                "rejects the file unless this is ticked; ticked, such rows are left out and "
                "counted in the summary."
            ).format(n=language.format_int(count, self.lang))
        )

    # --- importing --------------------------------------------------------------------------

    def start_import(self) -> bool:
        """Import the whole file in the background; True when it was imported (the dialog then
        closes), False when it was cancelled or refused (the dialog stays open)."""
        if self.missing():
            return False
        path, contest = self.path, self.contest().code
        mapping, allow = self.mapping(), self.allow_unmatched.isChecked()

        def work(logbook: Logbook, progress: Progress) -> OfficialImportSummary:
            return import_official(
                logbook,
                path,
                contest_code=contest,
                mapping=mapping,
                allow_unmatched=allow,
                progress=progress,
            )

        self.clear_problems()
        try:
            summary = run_in_background(
                self,
                self.logbook,
                work,
                title=self.tr("Import official results"),
                label=self.tr("Importing {file}…").format(file=path.name),
            )
        except Cancelled:
            self.hint.setStyleSheet("")
            self.hint.setText(self.tr("Cancelled: nothing was imported."))
            return False
        except InputFileError as exc:
            self.show_problems(exc.problems)
            return False
        except (LogbookError, OSError) as exc:
            messages.warn(self, self.tr("Nothing was imported"), str(exc))
            return False
        self.summary = summary
        self.accept()
        return True

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.problems_model.set_problems(problems)
        self.problems_label.setText(
            self.tr("Nothing was imported. Fix these {n} problem(s) and try again:").format(
                n=len(problems)
            )
        )
        self.problems_box.show()
        view = self.problems_view
        view.resizeColumnsToContents()
        # The message gets the room and wraps; a long column name is cut (its tooltip is whole).
        view.setColumnWidth(2, min(view.columnWidth(2), 260))
        view.resizeRowsToContents()
        height = sum(self.splitter.sizes())
        self.splitter.setSizes([height * 11 // 20, height * 9 // 20])

    def clear_problems(self) -> None:
        self.problems_model.set_problems([])
        self.problems_box.hide()

    def copy_problems(self) -> None:
        QGuiApplication.clipboard().setText(self.problems_model.as_text())

    def copy_selected_problems(self) -> None:
        rows = sorted({i.row() for i in self.problems_view.selectionModel().selectedRows()})
        QGuiApplication.clipboard().setText(self.problems_model.as_text(rows or None))


def summary_text(summary: OfficialImportSummary) -> str:
    text = describe(summary)
    if summary.unmatched_examples:
        examples = [
            QCoreApplication.translate(
                "OfficialImportDialog", "row {row}: {station} ({region})"
            ).format(row=e["row"], station=e["station"], region=e["region"] or "—")
            for e in summary.unmatched_examples
        ]
        text += "\n" + QCoreApplication.translate(
            "OfficialImportDialog", "Left out, for example: {examples}."
        ).format(examples="; ".join(examples))
    return text


def build_dialog(parent: QWidget | None, logbook: Logbook, path: Path) -> OfficialImportDialog:
    """Read the preview (the first rows only) and build the dialog; raises InputFileError for
    an unreadable file."""
    election = current_election(logbook)
    if election is None or not list_contests(logbook, election.id):
        raise LogbookError(
            QCoreApplication.translate(
                "OfficialImportDialog", "This logbook has no election with a contest yet."
            )
        )
    preview = read_table(path, max_rows=PREVIEW_ROWS)
    return OfficialImportDialog(logbook, preview, parent, rows=estimate_rows(path))


def run_official_import(parent: QWidget | None, logbook: Logbook, path: Path) -> bool:
    """The File → Import official results… flow once the file is chosen; True if it imported."""
    dialog = build_dialog(parent, logbook, path)
    if not messages.exec_dialog(dialog) or dialog.summary is None:
        return False
    messages.inform(
        parent,
        QCoreApplication.translate("OfficialImportDialog", "Official results imported"),
        QCoreApplication.translate("OfficialImportDialog", "Imported {file}.").format(
            file=dialog.path.name
        ),
        summary_text(dialog.summary),
    )
    return True
