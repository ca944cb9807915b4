"""One station's day in time order: visits, checklist answers (red flags in red), headcount
snapshots, irregularity reports and their amendments, protocols, notes and evidence, with a
filter by kind and a line to write a note in (saved at Enter, at once).

Enter or a double-click on an entry emits ``open_record`` so the station view can open the record
in its own tab."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.notes import add_note
from kzobserver.storage.observers import list_observers
from kzobserver.storage.timeline import TimelineKind, timeline
from kzobserver.ui import language
from kzobserver.ui.itemviews import ActivatingTable
from kzobserver.ui.timelinemodel import (
    KIND_COLOURS,
    KindFilter,
    KindRole,
    RecordIdRole,
    TimelineModel,
    filter_label,
)
from kzobserver.ui.widgets import enlarge, scaled_label

ERROR_STYLE = "color: #b00020;"
ROW_GAP = 6


def filter_style(colour: str) -> str:
    """A pill in the kind's colour: filled while its entries are shown, outlined when hidden."""
    return (
        f"QPushButton {{ border: 2px solid {colour}; border-radius: 15px; padding: 4px 14px;"
        f" background: white; color: {colour}; }}"
        f" QPushButton:checked {{ background: {colour}; color: white; }}"
        f" QPushButton:focus {{ border: 2px dashed #1a1a1a; }}"
    )


class _TopAlignedDelegate(QStyledItemDelegate):
    """Keeps the kind's colour chip on the first line of a row that wraps, beside its word."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.decorationAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # A little air under each entry: wrapped rows otherwise run into the next one.
        return super().sizeHint(option, index) + QSize(0, ROW_GAP)


class _NoteEdit(QLineEdit):
    """Enter saves the note (``returnPressed``) and ends there: it must not also reach a default
    button of the window around the page."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class TimelinePage(QWidget):
    open_record = Signal(str, str)  # (TimelineKind value, record id): show that record
    changed = Signal()  # a note was written

    def __init__(
        self,
        logbook: Logbook,
        station_id: str,
        parent: QWidget | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePage")
        self.logbook, self.station_id = logbook, station_id
        self.lang = lang or language.current()
        self.model = TimelineModel(self.lang, self)
        self.proxy = KindFilter(self)
        self.proxy.setSourceModel(self.model)
        self._loaded = False
        self._scroll_when_shown = False
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.filter_buttons: dict[str, QPushButton] = {}
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(QLabel(self.tr("Show:"), self))
        for kind in TimelineKind:
            button = QPushButton(filter_label(kind), self)
            button.setObjectName(f"filter_{kind.value}")
            button.setCheckable(True)
            button.setChecked(True)
            button.setStyleSheet(filter_style(KIND_COLOURS[kind]))
            enlarge(button, 1.05)
            button.toggled.connect(self._filter_changed)
            filters.addWidget(button)
            self.filter_buttons[kind.value] = button
        filters.addStretch(1)
        self.summary = scaled_label(scale=1.1, bold=True, parent=self, selectable=False)
        self.summary.setObjectName("timelineSummary")
        self.summary.setWordWrap(False)
        filters.addWidget(self.summary)

        self.view = ActivatingTable(self)
        self.view.setObjectName("timelineView")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        # A day is a few hundred entries at most: rows may measure their wrapped text.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        for column, mode in (
            (TimelineModel.TIME, QHeaderView.ResizeMode.ResizeToContents),
            (TimelineModel.KIND, QHeaderView.ResizeMode.ResizeToContents),
            (TimelineModel.TITLE, QHeaderView.ResizeMode.Stretch),
            (TimelineModel.DETAIL, QHeaderView.ResizeMode.Stretch),
            (TimelineModel.AUTHOR, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)
        enlarge(self.view, 1.15)
        enlarge(header, 1.15)
        self.view.setItemDelegate(_TopAlignedDelegate(self.view))
        self.view.chosen.connect(self._chosen)
        self.empty_label = scaled_label(
            self.tr("Nothing recorded at this station yet."), parent=self, selectable=False
        )
        self.empty_label.setObjectName("timelineEmpty")
        self.empty_label.setStyleSheet("color: #6b6b6b;")

        self.note_edit = _NoteEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(
            self.tr("Write what you see and press Enter: the note is saved at once")
        )
        self.note_edit.setClearButtonEnabled(True)
        enlarge(self.note_edit, 1.2)
        note_label = scaled_label(self.tr("&Note:"), scale=1.2, parent=self, selectable=False)
        note_label.setBuddy(self.note_edit)
        self.note_button = QPushButton(self.tr("Save note"), self)
        self.note_button.setObjectName("saveNoteButton")
        enlarge(self.note_button, 1.2)
        self.note_button.setMinimumHeight(40)
        self.note_edit.returnPressed.connect(self.add_note)
        self.note_button.clicked.connect(self.add_note)
        self.note_error = QLabel(self)
        self.note_error.setObjectName("noteError")
        self.note_error.setStyleSheet(ERROR_STYLE)
        self.note_error.hide()
        note_row = QHBoxLayout()
        note_row.addWidget(note_label)
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.note_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.note_error)
        layout.addLayout(note_row)

    # --- content -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the station's day. The view follows the latest entry unless the observer has
        scrolled up to read an earlier one."""
        bar = self.view.verticalScrollBar()
        follow = not self._loaded or bar.value() >= bar.maximum()
        current = self.view.currentIndex()
        keep = (current.data(KindRole), current.data(RecordIdRole)) if current.isValid() else None
        authors = {o.id: o.name for o in list_observers(self.logbook)}
        self.model.set_entries(timeline(self.logbook, self.station_id, self.lang), authors)
        self._loaded = True
        self._update_labels()
        if keep is not None:
            self.select_record(*keep, scroll=False)
        if follow:
            self.view.scrollToBottom()
            # Before the page is first shown the view has no height to scroll in yet.
            self._scroll_when_shown = not self.view.isVisible()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._scroll_when_shown:
            self._scroll_when_shown = False
            QTimer.singleShot(0, self.view, self.view.scrollToBottom)  # after the rows are laid out

    def _update_labels(self) -> None:
        counts = {kind.value: 0 for kind in TimelineKind}
        for entry in self.model.entries:
            counts[entry.kind] = counts.get(entry.kind, 0) + 1
        for kind, button in self.filter_buttons.items():
            button.setText(f"{filter_label(kind)} {counts.get(kind, 0)}")
        total = len(self.model.entries)
        flags = sum(e.red_flag for e in self.model.entries)
        # One form and one "many" form: translators write the latter to fit every number.
        many = self.tr("{n} entries").format(n=language.format_int(total, self.lang))
        text = self.tr("1 entry") if total == 1 else many
        if flags:
            many = self.tr("{n} red flags").format(n=language.format_int(flags, self.lang))
            text += " · " + (self.tr("1 red flag") if flags == 1 else many)
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #c62828;" if flags else "color: #1a1a1a;")
        self.empty_label.setVisible(total == 0)

    def visible_kinds(self) -> set[str]:
        return {kind for kind, button in self.filter_buttons.items() if button.isChecked()}

    def set_kind_visible(self, kind: str, visible: bool) -> None:
        self.filter_buttons[kind].setChecked(visible)

    def _filter_changed(self) -> None:
        self.proxy.set_hidden({k for k, b in self.filter_buttons.items() if not b.isChecked()})
        self.view.scrollToBottom()

    def select_record(self, kind: str, record_id: str, *, scroll: bool = True) -> bool:
        """Make the entry of ``record_id`` current (and visible when ``scroll``)."""
        row = self.model.row_of(kind, record_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False  # its kind is filtered out
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        if scroll:
            self.view.scrollTo(index)
        return True

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_record.emit(index.data(KindRole), index.data(RecordIdRole))

    # --- notes ---------------------------------------------------------------------------------

    def add_note(self) -> bool:
        """Save the note typed in the line (committed at once) and show it; False if there was
        nothing to save or the logbook refused it (the text stays in the line then)."""
        text = self.note_edit.text().strip()
        if not text:
            return False
        try:
            note = add_note(self.logbook, text, station_id=self.station_id)
        except LogbookError as exc:
            self.note_error.setText(str(exc))
            self.note_error.show()
            return False
        self.note_error.hide()
        self.note_edit.clear()
        self.set_kind_visible(TimelineKind.NOTE, True)  # a note written must be seen
        self.refresh()
        self.select_record(TimelineKind.NOTE, note.id)
        self.changed.emit()
        return True

    def commit_pending(self) -> bool:
        """Save a note typed but not yet entered (before leaving the station)."""
        return self.add_note() if self.note_edit.text().strip() else True

    def focus_note(self) -> None:
        self.note_edit.setFocus()
