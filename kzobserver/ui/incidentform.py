"""One irregularity report: write and save a draft, submit it (after which it never changes),
correct it with an amendment, follow it up, and attach its evidence.

Drafts are saved with Ctrl+S, a few seconds after the last change, and on closing: a report the
observer typed at 21:00 with shaking hands must not be lost to a closed window.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kzobserver.domain.taxonomy import category_name
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.incidents import (
    Incident,
    SubmittedReportError,
    amend,
    create_draft,
    delete_draft,
    get_incident,
    set_status,
    submit,
    update_draft,
    versions,
)
from kzobserver.storage.logbook import Logbook
from kzobserver.ui import language, messages
from kzobserver.ui.evidencepanel import EvidencePanel
from kzobserver.ui.incidentdialogs import (
    BANNER_STYLES,
    FollowUpBox,
    StatusDialog,
    ask_amend,
    ask_close_unsaved,
    ask_discard,
    ask_submit,
    banner_state,
    format_moment,
    versions_html,
)
from kzobserver.ui.incidentfields import FieldError, IncidentFields
from kzobserver.ui.protocolform import ERROR_STYLE
from kzobserver.ui.widgets import enlarge, scaled_label

AUTOSAVE_MS = 4000


class IncidentForm(QDialog):
    """Opens on ``incident_id`` (any version), or on a new report at ``station_id``."""

    saved = Signal(str)  # something about the report was written; the id of the version shown

    def __init__(
        self,
        logbook: Logbook,
        incident_id: str | None = None,
        *,
        station_id: str | None = None,
        parent: QWidget | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentForm")
        self.logbook = logbook
        self.lang = lang or language.current()
        self.incident: Incident | None = None
        self.dirty = False
        self.fields = IncidentFields(logbook, station_id, self.lang, self)
        self.evidence = EvidencePanel(logbook, parent=self, lang=self.lang)
        self.evidence.prepare_attach = self._prepare_attach
        self.evidence.changed.connect(lambda: self._emit_saved())
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(lambda: self.save_draft(quiet=True))
        self._build()
        self.fields.changed.connect(self._field_changed)
        self.fields.edit_refused.connect(self.refuse_edit)
        self.resize(1100, 750)
        self.load(incident_id)
        self.fields.focus_first()

    def _build(self) -> None:
        self.banner = scaled_label(parent=self, scale=1.2, bold=True)
        self.banner.setObjectName("incidentBanner")
        self.banner_amend = self._button(self.tr("Add an &amendment…"), self.add_amendment)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.banner_amend)
        self.versions_label = QLabel(self)
        self.versions_label.setObjectName("versionsLabel")
        self.versions_label.setWordWrap(True)
        self.versions_label.linkActivated.connect(self._open_version)
        self.error = scaled_label(parent=self)
        self.error.setObjectName("incidentError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.fields)
        evidence_box = QGroupBox(self.tr("Photos, videos and documents"), self)
        QVBoxLayout(evidence_box).addWidget(self.evidence)
        self.follow_up = FollowUpBox(self.logbook, self.lang, self)
        self.follow_up.change_requested.connect(self.change_status)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(evidence_box, 1)
        side_layout.addWidget(self.follow_up)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 500])

        self.discard_button = self._button(self.tr("&Discard draft…"), self.discard_draft)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setStyleSheet("color: #555;")
        self.save_button = self._button(self.tr("&Save draft"), lambda: self.save_draft())
        self.submit_button = self._button(self.tr("S&ubmit…"), self.submit)
        close = self._button(self.tr("Close"), self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.saved_label)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(close)

        self.save_action = QAction(self.tr("Save draft"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(self._save_shortcut)
        self.addAction(self.save_action)
        self.save_button.setToolTip(self.save_action.shortcut().toString(QKeySequence.NativeText))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(banner_row)
        layout.addWidget(self.versions_label)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda: slot())
        enlarge(button, 1.15)
        button.setAutoDefault(False)  # Enter in a field must not submit or close the form
        return button

    # --- showing a version ---------------------------------------------------------------------

    def load(self, incident_id: str | None) -> None:
        """Show the version ``incident_id`` (None: a new, unsaved report)."""
        self.incident = get_incident(self.logbook, incident_id) if incident_id else None
        self.fields.load(self.incident)
        self.fields.set_read_only(self.read_only)
        self.dirty = False
        self.autosave.stop()
        self.error.hide()
        self.evidence.set_target(incident_id=self.incident.id if self.incident else None)
        self._show_state()

    @property
    def read_only(self) -> bool:
        return self.incident is not None and self.incident.submitted

    def _show_state(self) -> None:
        incident = self.incident
        draft = not self.read_only
        for button in (self.save_button, self.submit_button, self.discard_button):
            button.setVisible(draft)
        self.banner_amend.setVisible(self.read_only and incident is not None and incident.is_latest)
        if incident is None:
            self.setWindowTitle(self.tr("New irregularity report"))
        else:
            self.setWindowTitle(
                self.tr("Irregularity report: {category}").format(
                    category=category_name(incident.category, self.lang)
                )
            )
        kind, text = banner_state(incident, self.lang)
        self.banner.setText(text)
        self.banner.setStyleSheet(
            f"QLabel#incidentBanner {{ {BANNER_STYLES[kind]} border-radius: 4px; padding: 8px; }}"
        )
        chain = versions(self.logbook, incident.id) if incident else []
        self.versions_label.setVisible(len(chain) > 1)
        if len(chain) > 1 and incident is not None:
            self.versions_label.setText(versions_html(chain, incident.id, self.lang))
        self.follow_up.show_report(incident)
        self._show_saved()

    def _show_saved(self) -> None:
        if self.read_only:
            self.saved_label.setText("")
        elif self.dirty:
            self.saved_label.setText(self.tr("Changes not saved yet"))
        elif self.incident is None:
            self.saved_label.setText("")
        else:
            self.saved_label.setText(
                self.tr("Saved at {time}").format(
                    time=QDateTime.currentDateTime().toString("HH:mm")
                )
            )

    def _open_version(self, incident_id: str) -> None:
        if self.commit_pending():
            self.load(incident_id)

    # --- drafts --------------------------------------------------------------------------------

    def _field_changed(self) -> None:
        self.dirty = True
        self._show_saved()
        self.autosave.start()

    def _save_shortcut(self) -> None:
        if self.read_only:
            self.refuse_edit()
        else:
            self.save_draft()

    def save_draft(self, *, quiet: bool = False) -> bool:
        """Write the fields (create the draft if new); True when saved or nothing to save.
        ``quiet`` (autosave) leaves a new report without a category unsaved, without a word."""
        self.autosave.stop()
        if self.read_only:
            return True
        if self.incident is not None and not self.dirty:
            return True
        try:
            content = self.fields.content()
        except FieldError as exc:
            if not quiet:
                self._show_error(str(exc))
                exc.widget.setFocus()
            return False
        try:
            if self.incident is None:
                self.incident = create_draft(self.logbook, **content)
                self.evidence.set_target(incident_id=self.incident.id)
            else:
                self.incident = update_draft(self.logbook, self.incident.id, **content)
        except SubmittedReportError:
            # Submitted meanwhile from another window: what was typed becomes an amendment
            # rather than being lost.
            assert self.incident is not None
            draft = amend(self.logbook, self.incident.id, **content)
            self.load(draft.id)
            self._show_error(
                self.tr(
                    "This report had been submitted meanwhile: your changes are kept in an "
                    "amendment, shown here."
                )
            )
            self._emit_saved()
            return True
        except LogbookError as exc:
            self._show_error(self.tr("The draft was not saved: {error}").format(error=exc))
            return False
        except sqlite3.OperationalError:  # locked: a file is being copied in from elsewhere
            self.autosave.start()
            if not quiet:
                self._show_error(
                    self.tr("The logbook is busy; the draft will be saved in a few seconds.")
                )
            return False
        self.dirty = False
        self.error.hide()
        self._show_state()
        self._emit_saved()
        return True

    def commit_pending(self) -> bool:
        """Save what was typed (before closing or switching); False if it could not be."""
        return not self.dirty or self.save_draft()

    def discard_draft(self) -> bool:
        if self.read_only:
            self.refuse_edit()
            return False
        if self.incident is not None:
            if not ask_discard(self):
                return False
            try:
                delete_draft(self.logbook, self.incident.id)
            except LogbookError as exc:
                self._show_error(str(exc))
                return False
            self._emit_saved()
        self.dirty = False
        super().reject()
        return True

    def reject(self) -> None:
        """Close, saving the draft first; if it cannot be saved, ask before losing it."""
        if self.dirty and not self.save_draft() and not ask_close_unsaved(self, self.error.text()):
            return
        self.autosave.stop()
        super().reject()

    def _prepare_attach(self) -> bool:
        """Files dropped on a new report: save it first, so they have a report to belong to."""
        if self.read_only:
            return True
        if not self.save_draft() or self.incident is None:
            if self.incident is None and not self.error.isVisible():
                self._show_error(self.tr("Choose a category first: the files belong to a report."))
            return False
        return True

    # --- submitted reports ---------------------------------------------------------------------

    def submit(self) -> bool:
        if self.read_only:
            return True
        if not self.save_draft() or self.incident is None:
            return False
        if not self.incident.description:
            self._show_error(self.tr("Describe what happened before submitting."))
            self.fields.description.setFocus()
            return False
        if not ask_submit(self):
            return False
        try:
            submit(self.logbook, self.incident.id)
        except LogbookError as exc:
            self._show_error(str(exc))
            return False
        self.load(self.incident.id)
        self._emit_saved()
        return True

    def refuse_edit(self) -> None:
        """An edit of a submitted report: explain, and offer an amendment instead."""
        if not self.read_only or self.incident is None or not self.incident.submitted_at:
            return
        if ask_amend(self, format_moment(self.incident.submitted_at, self.lang)):
            self.add_amendment()

    def add_amendment(self) -> bool:
        """A new draft correcting the report (or its open draft, if it has one), shown here."""
        if self.incident is None:
            return False
        try:
            draft = amend(self.logbook, self.incident.id)
        except LogbookError as exc:
            self._show_error(str(exc))
            return False
        self.load(draft.id)
        self.fields.description.setFocus()
        self._emit_saved()
        return True

    def change_status(self) -> bool:
        if self.incident is None or not self.commit_pending():
            return False
        dialog = StatusDialog(self.incident.status, self)
        if not messages.exec_dialog(dialog):
            return False
        try:
            set_status(self.logbook, self.incident.id, dialog.status(), dialog.reason())
        except LogbookError as exc:
            self._show_error(str(exc))
            return False
        self.incident = get_incident(self.logbook, self.incident.id)
        self._show_state()
        self._emit_saved()
        return True

    # --- helpers -------------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _emit_saved(self) -> None:
        self.saved.emit(self.incident.id if self.incident else "")
