"""The small parts around a report: yes/no confirmations, the follow-up status with its change
and history, and how the versions of a report read."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kzobserver.domain.taxonomy import FollowUpStatus, status_label
from kzobserver.storage.incidents import Incident, StatusChange, status_history
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.observers import get_observer
from kzobserver.ui import language, messages
from kzobserver.ui.widgets import scaled_label

_OK = QMessageBox.StandardButton.Ok
BANNER_STYLES = {
    "draft": "background: #eef3f8; color: #1f3b57; border: 1px solid #9fb6cf;",
    "submitted": "background: #e6f4ea; color: #0d3d1c; border: 2px solid #2e7d32;",
    "superseded": "background: #fff3e0; color: #4e2a00; border: 2px solid #e08a00;",
}


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    accept_text: str,
    *,
    details: str = "",
    safe_default: bool = True,
) -> bool:
    """Ask a yes/no question through :func:`messages.exec_dialog`; True when ``accept_text``
    was chosen. ``safe_default`` makes Enter mean Cancel (for what cannot be undone)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(_OK).setText(accept_text)
    if details:
        box.setInformativeText(details)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel if safe_default else _OK)
    result: Any = messages.exec_dialog(box)
    return getattr(result, "value", result) == _OK.value


def ask_submit(parent: QWidget) -> bool:
    return confirm(
        parent,
        QCoreApplication.translate("IncidentForm", "Submit the report"),
        QCoreApplication.translate("IncidentForm", "Submit this report now?"),
        QCoreApplication.translate("IncidentForm", "Submit"),
        details=QCoreApplication.translate(
            "IncidentForm",
            "A submitted report can no longer be changed, by you or by anyone else. If something "
            "needs correcting later, you add an amendment: a new version next to the original, "
            "which stays as it was.",
        ),
    )


def ask_amend(parent: QWidget, submitted_when: str) -> bool:
    """Asked when a submitted report is edited: True to add an amendment instead."""
    return confirm(
        parent,
        QCoreApplication.translate("IncidentForm", "This report cannot be changed"),
        QCoreApplication.translate(
            "IncidentForm", "This report was submitted on {when} and cannot be changed."
        ).format(when=submitted_when),
        QCoreApplication.translate("IncidentForm", "Add an amendment…"),
        details=QCoreApplication.translate(
            "IncidentForm",
            "To correct or complete it, add an amendment: a new draft that starts as a copy of "
            "the latest version. The submitted text stays exactly as it was.",
        ),
        safe_default=False,
    )


def ask_discard(parent: QWidget) -> bool:
    return confirm(
        parent,
        QCoreApplication.translate("IncidentForm", "Discard the draft"),
        QCoreApplication.translate(
            "IncidentForm", "Delete this draft from the logbook? This cannot be undone."
        ),
        QCoreApplication.translate("IncidentForm", "Discard"),
    )


def ask_close_unsaved(parent: QWidget, error: str) -> bool:
    return confirm(
        parent,
        QCoreApplication.translate("IncidentForm", "The report is not saved"),
        QCoreApplication.translate(
            "IncidentForm", "This report could not be saved (see the message in the form)."
        ),
        QCoreApplication.translate("IncidentForm", "Close without saving"),
        details=error,
    )


def format_moment(stored: str, lang: str) -> str:
    """A stored UTC time as the observer's local date and time, e.g. "19 March 2023, 10:42"."""
    moment = QDateTime.fromString(stored, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return stored
    return language.locale(lang).toString(moment.toLocalTime(), "d MMMM yyyy, HH:mm")


def banner_state(incident: Incident | None, lang: str) -> tuple[str, str]:
    """(style, text) of the strip at the top of the form: draft, submitted, or superseded."""
    if incident is None:
        return "draft", QCoreApplication.translate(
            "IncidentForm", "New report — saved as a draft once it has a category"
        )
    if not incident.submitted_at:
        return "draft", QCoreApplication.translate(
            "IncidentForm", "Draft — you can still change it; submit it when done"
        )
    text = QCoreApplication.translate(
        "IncidentForm", "Submitted on {when} — cannot be changed"
    ).format(when=format_moment(incident.submitted_at, lang))
    if incident.is_latest:
        return "submitted", text
    later = QCoreApplication.translate(
        "IncidentForm", "A later version corrects it (see the versions below)."
    )
    return "superseded", f"{text}\n{later}"


def observer_name(logbook: Logbook, observer_id: str | None) -> str:
    if not observer_id:
        return QCoreApplication.translate("IncidentForm", "no observer recorded")
    observer = get_observer(logbook, observer_id)
    return observer.name if observer is not None else observer_id


def history_text(logbook: Logbook, history: list[StatusChange], lang: str) -> str:
    """The status history, newest last, one change per line."""
    lines = []
    for change in history:
        line = QCoreApplication.translate("IncidentForm", "{when}: {status} ({who})").format(
            when=format_moment(change.created_at, lang),
            status=status_label(change.status),
            who=observer_name(logbook, change.author),
        )
        if change.reason:
            line += " — " + change.reason
        lines.append(line)
    return "\n".join(lines)


def versions_html(chain: list[Incident], current_id: str, lang: str) -> str:
    """ "Version 2 of 3:" and a link to every other version (href = its id)."""
    position = next((i for i, v in enumerate(chain) if v.id == current_id), 0)
    parts = []
    for version in chain:
        if version.submitted_at:
            state = QCoreApplication.translate("IncidentForm", "submitted {when}").format(
                when=format_moment(version.submitted_at, lang)
            )
        else:
            state = QCoreApplication.translate("IncidentForm", "draft")
        text = html.escape(
            QCoreApplication.translate("IncidentForm", "version {n}, {state}").format(
                n=version.version, state=state
            )
        )
        parts.append(
            f"<b>{text}</b>" if version.id == current_id else f'<a href="{version.id}">{text}</a>'
        )
    head = QCoreApplication.translate("IncidentForm", "This is version {n} of {total}:").format(
        n=position + 1, total=len(chain)
    )
    return f"{html.escape(head)} " + " · ".join(parts)


class StatusDialog(QDialog):
    """The new follow-up status and why; excluding a report needs a reason."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the follow-up status"))
        intro = QLabel(
            self.tr(
                "The status is about what happens next with the report; its text stays as it "
                "is. Every change is kept in the report's history."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusCombo")
        for status in FollowUpStatus:
            self.status_combo.addItem(status_label(status), status.value)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current)))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("statusReasonEdit")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Status"), self.status_combo)
        form.addRow(self.tr("&Reason"), self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.status_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.reason_edit.textChanged.connect(lambda _t: self._update())
        self._update()
        self.reason_edit.setFocus()
        self.resize(520, self.sizeHint().height())

    def status(self) -> str:
        return str(self.status_combo.currentData())

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _update(self) -> None:
        excluded = self.status() == FollowUpStatus.EXCLUDED
        self.reason_edit.setPlaceholderText(
            self.tr("required: why is the report excluded?")
            if excluded
            else self.tr("optional, e.g. the commission's answer")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason()) or not excluded)


class FollowUpBox(QGroupBox):
    """The report's follow-up status, a button to change it, and every change so far."""

    change_requested = Signal()

    def __init__(self, logbook: Logbook, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("FollowUpBox", "Follow-up"), parent)
        self.logbook, self.lang = logbook, lang
        self.status_label = scaled_label(parent=self, bold=True)
        self.status_label.setObjectName("statusLabel")
        self.button = QPushButton(self.tr("C&hange status…"), self)
        self.button.setObjectName("statusButton")
        self.button.clicked.connect(self.change_requested)
        self.history = QLabel(self)
        self.history.setObjectName("statusHistory")
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.status_label, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.history)

    def show_report(self, incident: Incident | None) -> None:
        status = incident.status if incident else FollowUpStatus.OPEN.value
        self.status_label.setText(self.tr("Status: {status}").format(status=status_label(status)))
        self.button.setEnabled(incident is not None)
        history = status_history(self.logbook, incident.id) if incident else []
        self.history.setText(history_text(self.logbook, history, self.lang))
        self.history.setVisible(bool(history))
