"""Reviewing one protocol line: who confirms that the protocol really says this number, and why.

A verification is a logged record (line_reviews), not an edit, so it stays out of the undo stack;
withdrawing it is a new record that names who withdrew it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kzobserver.ui import language, messages
from kzobserver.ui.protocolfields import format_count

if TYPE_CHECKING:
    from kzobserver.ui.protocolsession import ProtocolSession


def format_time(iso: str, lang: str) -> str:
    """A stored UTC timestamp in the user's local time."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return iso
    return language.locale(lang).toString(moment.toLocalTime(), "yyyy-MM-dd HH:mm")


def review_tooltip(review: Mapping[str, object], lang: str) -> str:
    return QCoreApplication.translate(
        "ProtocolReview", "Verified by {reviewer} on {when}: {reason}"
    ).format(
        reviewer=review["reviewer"],
        when=format_time(str(review["created_at"]), lang),
        reason=review["reason"],
    )


class ReviewDialog(QDialog):
    """Asks for the reviewer's name (prefilled with the last one used) and the reason."""

    def __init__(
        self,
        *,
        verify: bool,
        line_number: str,
        line_label: str,
        value_text: str,
        reviewer: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.verify = verify
        if verify:
            self.setWindowTitle(
                self.tr("Mark line {number} as verified").format(number=line_number)
            )
            intro = self.tr(
                "Confirm that the protocol really says {value} on line {number} ({label}). A "
                "relation that fails only because of confirmed lines is shown as verified: a "
                "finding, not a typing slip."
            )
        else:
            self.setWindowTitle(
                self.tr("Withdraw the verification of line {number}").format(number=line_number)
            )
            intro = self.tr("Line {number} ({label}, {value}) will count as unconfirmed again.")
        text = QLabel(intro.format(value=value_text, number=line_number, label=line_label), self)
        text.setWordWrap(True)
        self.reviewer_edit = QLineEdit(reviewer, self)
        self.reviewer_edit.setObjectName("reviewerEdit")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. checked against the photo of the protocol")
            if verify
            else self.tr("optional")
        )
        form = QFormLayout()
        form.addRow(self.tr("Reviewer"), self.reviewer_edit)
        form.addRow(self.tr("Reason"), self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reviewer_edit.textChanged.connect(self._update_ok)
        self.reason_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        (self.reason_edit if reviewer else self.reviewer_edit).setFocus()
        self.resize(520, self.sizeHint().height())

    def _update_ok(self) -> None:
        ready = bool(self.reviewer()) and (bool(self.reason()) or not self.verify)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def reviewer(self) -> str:
        return self.reviewer_edit.text().strip()

    def reason(self) -> str:
        return self.reason_edit.text().strip()


def ask_and_review(
    parent: QWidget, session: ProtocolSession, code: str, *, verify: bool, reviewer: str
) -> str | None:
    """Ask who reviews line ``code`` and why, then record it: the reviewer's name, or None when
    the dialog was cancelled. LogbookError when the logbook refuses the review."""
    line = session.line(code)
    dialog = ReviewDialog(
        verify=verify,
        line_number=line.number,
        line_label=line.label.get(session.lang),
        value_text=format_count(session.values.get(code), session.lang),
        reviewer=reviewer,
        parent=parent,
    )
    if not messages.exec_dialog(dialog):
        return None
    session.review(code, verify=verify, reviewer=dialog.reviewer(), reason=dialog.reason())
    return dialog.reviewer()
