"""File → Announced results…: the figures the election commission announced for a contest,
nationally and per region, to read, type in by hand, correct, or import from a file.

Edits stay in the table until Save, which writes them all in one transaction (or nothing, with
the reason); Revert drops them. Values are checked as they are typed (never negative, a
percentage at most 100, a count whole), so a bad one never reaches the table.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kzobserver.storage.announced import (
    AnnouncedFiguresError,
    contest_figures,
    figure_line_choices,
    save_contest_figures,
)
from kzobserver.storage.announced_import import import_announced
from kzobserver.storage.errors import InputFileError, LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.reference import (
    ContestRow,
    current_election,
    list_areas,
    list_contests,
    list_regions,
)
from kzobserver.ui import language, messages
from kzobserver.ui.officialmodels import (
    AREA,
    AS_OF,
    LINE,
    NATIONAL,
    VALUE,
    AnnouncedFiguresModel,
)

FILE_FILTER = "*.csv *.tsv *.txt *.xlsx *.zip"
_AnyIndex = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Areas and lines are chosen from a list (typing narrows it), never typed free."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _AnyIndex
    ) -> QWidget:
        model = index.model()
        if index.column() not in (AREA, LINE) or not isinstance(model, AnnouncedFiguresModel):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setEditable(False)
        if index.column() == AREA:
            choices = list(model.areas.items())
        else:
            choices = [(code, model.line_label(code)) for code in model.lines]
        for code, label in choices:
            combo.addItem(label, code)
        combo.view().setMinimumWidth(360)
        return combo

    def setEditorData(self, editor: QWidget, index: _AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class AnnouncedDialog(QDialog):
    def __init__(self, logbook: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logbook = logbook
        self.lang = language.current()
        self.wrote = False  # whether anything was saved or imported (the window then reloads)
        election = current_election(logbook)
        if election is None:
            raise LogbookError(self.tr("This logbook has no election yet."))
        self.election = election
        self.contests = list_contests(logbook, election.id)
        self.setWindowTitle(self.tr("Announced results"))
        self.resize(1000, 640)

        self.contest_combo = QComboBox(self)
        self.contest_combo.setObjectName("contest")
        for contest in self.contests:
            self.contest_combo.addItem(contest.name.get(self.lang), contest.code)
        self.contest_combo.currentIndexChanged.connect(self.load_contest)

        self.view = QTableView(self)
        self.view.setObjectName("figuresTable")
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        self.add_button = QPushButton(self.tr("&Add figure"), self)
        self.add_button.setShortcut(QKeySequence("Ctrl+N"))
        self.add_button.clicked.connect(self.add_figure)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.clicked.connect(self.choose_import)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Reset
            | QDialogButtonBox.StandardButton.Close,
            self,
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.revert_button = self.buttons.button(QDialogButtonBox.StandardButton.Reset)
        self.revert_button.setText(self.tr("Re&vert"))
        self.revert_button.clicked.connect(self.revert)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        contest_label = QLabel(self.tr("&Contest:"), self)
        contest_label.setBuddy(self.contest_combo)
        top.addWidget(contest_label)
        top.addWidget(self.contest_combo)
        top.addStretch(1)
        top.addWidget(self.import_button)
        intro = QLabel(
            self.tr(
                "What the election commission announced, for the whole election (National) or "
                "per region. Double-click or type in a cell to change it; “As of” is “final” or "
                "the time of a turnout release (22:10)."
            ),
            self,
        )
        intro.setWordWrap(True)
        rows = QHBoxLayout()
        rows.addWidget(self.add_button)
        rows.addWidget(self.remove_button)
        rows.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(rows)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.model: AnnouncedFiguresModel | None = None
        self.load_contest()

    # --- loading ----------------------------------------------------------------------------

    def contest(self) -> ContestRow:
        return self.contests[max(self.contest_combo.currentIndex(), 0)]

    def _areas(self, used: set[str]) -> dict[str, str]:
        """National first, then the regions in their order, then any other area a figure names
        (a district)."""
        areas = {NATIONAL: self.tr("National")}
        for area in list_regions(self.logbook, self.election.id):
            areas[area.code] = area.name.get(self.lang)
        for area in list_areas(self.logbook, self.election.id):
            if area.code in used and area.code not in areas:
                areas[area.code] = area.name.get(self.lang)
        return areas

    def load_contest(self) -> None:
        """Show the stored figures of the chosen contest (dropping unsaved edits)."""
        contest = self.contest()
        figures = contest_figures(self.logbook, contest.code)
        areas = self._areas({f.area_code for f in figures if f.area_code})
        old = self.model
        self.model = AnnouncedFiguresModel(figure_line_choices(contest), areas, self.lang, self)
        self.model.load(figures)
        self.model.refused.connect(self._refused)
        self.model.dirty_changed.connect(self._update_state)
        self.model.dataChanged.connect(self._show_row_problems)
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(self._update_state)
        if old is not None:
            old.deleteLater()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.resizeColumnsToContents()
        header.resizeSection(LINE, min(max(header.sectionSize(LINE), 220), 380))
        self.status.setText(
            self.tr("{n} figures announced for this contest.").format(n=len(figures))
        )
        self.status.setStyleSheet("")
        self._update_state()

    def _update_state(self) -> None:
        assert self.model is not None
        dirty = self.model.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        # A file writes straight to the logbook, and another contest has other lines: either
        # would lose the edits, so they wait until the edits are saved or reverted.
        self.import_button.setEnabled(not dirty)
        self.contest_combo.setEnabled(not dirty)
        tip = self.tr("Save or revert your changes first.") if dirty else ""
        self.import_button.setToolTip(tip)
        self.contest_combo.setToolTip(tip)
        self.remove_button.setEnabled(bool(self.view.selectionModel().selectedRows()))
        title = self.tr("Announced results")
        self.setWindowTitle(f"{title} *" if dirty else title)

    def _refused(self, reason: str) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(reason)

    def _show_row_problems(self) -> None:
        assert self.model is not None
        problems = [(r, self.model.row_problem(r)) for r in range(self.model.rowCount())]
        found = [(r, p) for r, p in problems if p]
        if found:
            row, problem = found[0]
            self._refused(self.tr("Row {row}: {problem}").format(row=row + 1, problem=problem))
        else:
            self.status.setStyleSheet("")
            self.status.setText("")

    # --- editing ------------------------------------------------------------------------------

    def add_figure(self) -> None:
        """A new row like the selected one (area, time, source), its value to be typed."""
        assert self.model is not None
        current = self.view.currentIndex()
        template = self.model.rows[current.row()] if current.isValid() else None
        row = self.model.add_row(template)
        index = self.model.index(row, LINE if template else AREA)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.edit(index)
        self._show_row_problems()

    def remove_selected(self) -> None:
        assert self.model is not None
        rows = [i.row() for i in self.view.selectionModel().selectedRows()]
        self.model.remove_rows(rows)
        self._show_row_problems()
        self._update_state()

    def revert(self) -> None:
        assert self.model is not None
        self.model.revert()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Your changes were dropped."))
        self._update_state()

    def save(self) -> bool:
        """Write the table as the contest's figures; False (and nothing written) if a row must
        be fixed first, which is then selected and explained."""
        assert self.model is not None
        incomplete = self.model.incomplete_rows()
        if incomplete:
            return self._point_at(incomplete[0], VALUE, self.tr("Enter a value."))
        contest = self.contest()
        try:
            saved = save_contest_figures(
                self.logbook, contest.code, self.model.figures(contest.code)
            )
        except AnnouncedFiguresError as exc:
            first = exc.problems[0]
            column = {"area": AREA, "line": LINE, "value": VALUE, "as_of": AS_OF}
            return self._point_at(first.index, column.get(first.field, VALUE), first.message)
        except LogbookError as exc:
            messages.warn(self, self.tr("Nothing was saved"), str(exc))
            return False
        self.wrote = True
        self.load_contest()
        self.status.setText(
            self.tr("Saved: {added} added, {changed} changed, {removed} removed.").format(
                added=saved.added, changed=saved.changed, removed=saved.removed
            )
        )
        return True

    def _point_at(self, row: int, column: int, message: str) -> bool:
        assert self.model is not None
        self.view.setCurrentIndex(self.model.index(row, column))
        self._refused(
            self.tr("Nothing was saved. Row {row}: {problem}").format(row=row + 1, problem=message)
        )
        return False

    # --- importing ----------------------------------------------------------------------------

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import announced results"),
            str(self.logbook.path.parent),
            self.tr("Tables ({patterns});;All files (*)").format(patterns=FILE_FILTER),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Record the figures of ``path`` for the chosen contest (all or nothing) and show
        them; the problems of a rejected file are listed."""
        assert self.model is not None
        if self.model.is_dirty():
            return False
        try:
            result = import_announced(self.logbook, path, self.contest().code)
        except InputFileError as exc:
            messages.show_problems(self, self.tr("Nothing was imported"), exc.problems)
            return False
        except LogbookError as exc:
            messages.warn(self, self.tr("Nothing was imported"), str(exc))
            return False
        self.wrote = True
        self.load_contest()
        self.status.setText(
            self.tr(
                "Imported {figures} figures from {file}: {national} national, {areas} areas."
            ).format(
                figures=result.figures,
                file=path.name,
                national=result.national,
                areas=result.areas,
            )
        )
        return True

    # --- closing ------------------------------------------------------------------------------

    def reject(self) -> None:  # Close, Esc and the window's close button all come here
        if self.confirm_close():
            super().reject()

    def confirm_close(self) -> bool:
        """True when the dialog may close: nothing unsaved, or the user saved or dropped it."""
        if self.model is None or not self.model.is_dirty():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Announced results"),
            self.tr("Save your changes to the announced figures?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = QMessageBox.StandardButton(messages.exec_dialog(box))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
