"""Evidence attached to a station, a report, a checklist answer or a protocol: drop files on the
panel or pick them with a dialog; open and save as.

Copying a file in and out runs on a worker thread (:func:`kzobserver.ui.tasks.run_in_background`)
so that a 200 MB video neither freezes the window nor stops Cancel from working.
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kzobserver.storage.errors import LogbookError
from kzobserver.storage.evidence import (
    EvidenceRecord,
    evidence_for,
    set_do_not_publish,
)
from kzobserver.storage.incidents import versions
from kzobserver.storage.logbook import Logbook
from kzobserver.ui import evidencetasks, language, messages
from kzobserver.ui.evidencemodel import THUMB_PX, EvidenceIdRole, EvidenceModel, monospace_font
from kzobserver.ui.evidencetasks import (
    IntakeOutcome,
    copy_out,
    intake,
    local_paths,
    safe_name,
    verify_all_evidence,
)
from kzobserver.ui.tasks import Cancelled, run_in_background
from kzobserver.ui.widgets import enlarge

__all__ = ["EvidencePanel", "verify_all_evidence"]

QUIET_STYLE = "color: #555;"
_last_folder = ""  # where the observer last picked or saved files, for the next dialog


class EvidencePanel(QWidget):
    """The files attached to the given records (all of them must match). With ``incident_id``
    it lists the files of every version of that report: a photo attached to the original still
    belongs to its amendments. ``changed`` is emitted after a file is added or a flag set."""

    changed = Signal()

    def __init__(
        self,
        logbook: Logbook,
        *,
        station_id: str | None = None,
        incident_id: str | None = None,
        checklist_answer_id: str | None = None,
        protocol_id: str | None = None,
        parent: QWidget | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.logbook = logbook
        self.lang = lang or language.current()
        self.links: dict[str, str | None] = {}
        # Called before files are copied in; returning False stops the attach. The incident
        # form uses it to save a new report first, so a photo can be dropped on an empty form.
        self.prepare_attach: Callable[[], bool] | None = None
        self.model = EvidenceModel(logbook, self.lang, self._write_private, self)
        self._build()
        self.set_target(
            station_id=station_id,
            incident_id=incident_id,
            checklist_answer_id=checklist_answer_id,
            protocol_id=protocol_id,
        )

    def _build(self) -> None:
        self.setAcceptDrops(True)
        self.view = QTableView(self)
        self.view.setObjectName("evidenceList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setIconSize(EvidenceModel.icon_size())
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps the file's extension
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(THUMB_PX + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EvidenceModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.view.activated.connect(lambda index: self.open_item(self._id_at(index)))

        self.hint = QLabel(self.tr("Drop photos, videos or scans here, or press Attach files…"))
        self.hint.setObjectName("evidenceHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(QUIET_STYLE)
        self.hash_label = QLabel(self)
        self.hash_label.setObjectName("evidenceHash")
        self.hash_label.setFont(monospace_font())
        self.hash_label.setWordWrap(True)
        # The hash is what a coordinator compares with the file they receive: let it be copied.
        self.hash_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.status = QLabel(self)
        self.status.setObjectName("evidenceStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(QUIET_STYLE)
        self.status.hide()

        self.attach_button = QPushButton(self.tr("&Attach files…"), self)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.clicked.connect(self.attach_with_dialog)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(lambda: self.open_item())
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.save_button.clicked.connect(lambda: self.save_item_as())
        for button in (self.attach_button, self.open_button, self.save_button):
            enlarge(button, 1.1)
        self.copy_action = QAction(self.tr("Copy SHA-256"), self)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_hash)
        self.view.addAction(self.copy_action)

        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.hash_label)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())

    # --- what is shown -------------------------------------------------------------------------

    def set_target(
        self,
        *,
        station_id: str | None = None,
        incident_id: str | None = None,
        checklist_answer_id: str | None = None,
        protocol_id: str | None = None,
    ) -> None:
        """Attach to and list the files of these records instead."""
        self.links = {
            "station_id": station_id,
            "incident_id": incident_id,
            "checklist_answer_id": checklist_answer_id,
            "protocol_id": protocol_id,
        }
        # Inside one report, "Attached to" would say "report" on every row.
        self.view.setColumnHidden(EvidenceModel.ATTACHED, incident_id is not None)
        self.refresh()

    def has_target(self) -> bool:
        return any(self.links.values())

    def records(self) -> list[EvidenceRecord]:
        return list(self.model.records)

    def refresh(self) -> None:
        keep = self.selected_id()
        records: list[EvidenceRecord] = []
        if self.has_target():
            incident = self.links["incident_id"]
            others = {k: v for k, v in self.links.items() if k != "incident_id"}
            if incident:
                seen = set()
                for version in versions(self.logbook, incident):
                    for record in evidence_for(self.logbook, incident_id=version.id, **others):
                        if record.id not in seen:
                            seen.add(record.id)
                            records.append(record)
            else:
                records = evidence_for(self.logbook, **others)
        self.model.set_records(records)
        self.hint.setVisible(not records)
        self.select(keep)
        self._selection_changed()

    def select(self, evidence_id: str | None) -> None:
        row = self.model.row_of(evidence_id) if evidence_id else -1
        if row < 0 and self.model.rowCount():
            row = self.model.rowCount() - 1
        if row >= 0:
            self.view.selectRow(row)

    def selected_id(self) -> str | None:
        return self._id_at(self.view.currentIndex())

    def _id_at(self, index: QModelIndex) -> str | None:
        return index.siblingAtColumn(0).data(EvidenceIdRole) if index.isValid() else None

    def _selected(self) -> EvidenceRecord | None:
        return self.model.record(self.view.currentIndex().row())

    def _selection_changed(self) -> None:
        record = self._selected()
        for button in (self.open_button, self.save_button):
            button.setEnabled(record is not None)
        self.copy_action.setEnabled(record is not None)
        self.hash_label.setVisible(record is not None)
        if record is not None:
            self.hash_label.setText(
                self.tr("SHA-256 of {name}:\n{sha256}").format(
                    name=record.original_name, sha256=record.sha256
                )
            )

    def _say(self, text: str) -> None:
        """A quiet note under the list (no dialog): what happened that needs no decision."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def copy_hash(self) -> None:
        record = self._selected()
        if record is not None:
            QGuiApplication.clipboard().setText(record.sha256)

    def _show_menu(self, pos: QPoint) -> None:
        if self._selected() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_item())
        menu.addAction(self.tr("Save as…"), lambda: self.save_item_as())
        menu.addAction(self.copy_action)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _write_private(self, record: EvidenceRecord, flag: bool) -> bool:
        try:
            set_do_not_publish(self.logbook, record.id, flag)
        except LogbookError as exc:
            messages.warn(self, self.tr("Not changed"), str(exc))
            return False
        self.changed.emit()
        return True

    # --- attaching -----------------------------------------------------------------------------

    def attach_with_dialog(self) -> list[EvidenceRecord]:
        global _last_folder
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            _last_folder,
            self.tr(
                "Photos, videos, audio and scans (*.jpg *.jpeg *.png *.heic *.webp *.tif *.tiff "
                "*.mp4 *.mov *.3gp *.avi *.mkv *.webm *.m4a *.mp3 *.ogg *.wav *.pdf);;"
                "All files (*)"
            ),
        )
        if paths:
            _last_folder = str(Path(paths[0]).parent)
        return self.attach_files(paths)

    def attach_files(self, paths: Sequence[str | Path]) -> list[EvidenceRecord]:
        """Copy ``paths`` into the logbook (the drop and the button both come here); returns the
        records attached, including files that were already there."""
        files = [Path(p) for p in paths]
        if not files:
            return []
        self._say("")
        if self.prepare_attach is not None and not self.prepare_attach():
            return []
        if not self.has_target():
            return []
        label = (
            self.tr("Copying {name} into the logbook…").format(name=files[0].name)
            if len(files) == 1
            else self.tr("Copying {count} files into the logbook…").format(count=len(files))
        )
        try:
            outcome: IntakeOutcome = run_in_background(
                self,
                self.logbook,
                intake(files, dict(self.links)),
                title=self.tr("Attaching files"),
                label=label,
            )
        except LogbookError as exc:  # the logbook could not be opened by the worker
            messages.warn(self, self.tr("Nothing was attached"), str(exc))
            return []
        self.refresh()
        shown = outcome.added or outcome.already
        if shown:
            self.select(shown[-1].id)
        self._report(outcome)
        if outcome.added:
            self.changed.emit()
        return outcome.added + outcome.already

    def _report(self, outcome: IntakeOutcome) -> None:
        notes = []
        if outcome.already:
            names = ", ".join(r.original_name for r in outcome.already)
            notes.append(self.tr("Already attached: {names}.").format(names=names))
        if outcome.cancelled:
            notes.append(
                self.tr("Cancelled: {name} was not attached.").format(name=outcome.cancelled)
            )
        self._say(" ".join(notes))
        if outcome.failed:
            details = "\n".join(f"{name}: {error}" for name, error in outcome.failed)
            messages.warn(
                self,
                self.tr("Not attached"),
                self.tr("These files could not be attached; nothing of them was stored."),
                details,
            )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData().urls())
        if not paths:
            return
        event.acceptProposedAction()
        # After the drop returns: the file manager that started the drag would otherwise wait,
        # frozen, while a long video is copied.
        QTimer.singleShot(0, self, lambda: self.attach_files(paths))

    # --- open and save -------------------------------------------------------------------------

    def _record(self, evidence_id: str | None) -> EvidenceRecord | None:
        if evidence_id is None:
            return self._selected()
        row = self.model.row_of(evidence_id)
        return self.model.record(row)

    def save_item_as(self, evidence_id: str | None = None) -> Path | None:
        global _last_folder
        record = self._record(evidence_id)
        if record is None:
            return None
        suggested = str(Path(_last_folder or Path.home()) / safe_name(record.original_name))
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"), suggested)
        if not target:
            return None
        _last_folder = str(Path(target).parent)
        saved = self._export(record, Path(target))
        if saved is not None:
            self._say(self.tr("Saved a copy to {path}.").format(path=saved))
        return saved

    def open_item(self, evidence_id: str | None = None) -> Path | None:
        """Open a copy with the system's viewer. The copy is read-only, in a temporary folder
        removed when the app quits: the stored file itself can never be edited."""
        record = self._record(evidence_id)
        if record is None:
            return None
        folder = evidencetasks.open_copy_folder() / record.id
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / safe_name(record.original_name)
        if target.exists():  # an earlier copy: replace it, it may have been edited since
            target.chmod(stat.S_IWUSR | stat.S_IRUSR)
            target.unlink()
        saved = self._export(record, target)
        if saved is None:
            return None
        saved.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        evidencetasks.open_externally(saved)
        return saved

    def _export(self, record: EvidenceRecord, target: Path) -> Path | None:
        try:
            return copy_out(self, self.logbook, record, target)
        except Cancelled:
            self._say(self.tr("Cancelled: nothing was written."))
        except LogbookError as exc:
            messages.warn(self, self.tr("Not copied"), str(exc))
        return None
