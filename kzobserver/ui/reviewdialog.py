"""A reviewer's decision on a station where two sources part: under review, confirmed (with the
station's evidence files that show it), excluded (with a reason) or cleared (withdrawn).

The decision is written by ``storage.station_reviews.set_review`` (append-only, audited); the
dialog checks what it can first so the reviewer learns what is missing next to the field."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kzobserver.domain.comparison import ComparisonStatus, Review
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.evidence import evidence_for
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocols import source_label
from kzobserver.storage.station_reviews import CLEARED, review_history, set_review
from kzobserver.ui import language
from kzobserver.ui.protocolreview import format_time

UNDER_REVIEW, CONFIRMED, EXCLUDED = "under_review", "confirmed", "excluded"
DECISIONS = (UNDER_REVIEW, CONFIRMED, EXCLUDED, CLEARED)
ERROR_STYLE = "color: #b71c1c; font-weight: bold;"


def decision_label(status: str) -> str:
    translate = QCoreApplication.translate  # not "tr": lupdate would read it as QObject.tr
    return {
        UNDER_REVIEW: translate("StationReview", "Under review"),
        CONFIRMED: translate("StationReview", "Confirmed"),
        EXCLUDED: translate("StationReview", "Excluded"),
        CLEARED: translate("StationReview", "Cleared"),
    }.get(status, status)


def decision_in_force(history: Sequence[Mapping[str, Any]]) -> Review | None:
    """The latest decision of a station's history (oldest first), as the comparison applies
    it; None when there is none or it was cleared."""
    if not history or history[-1]["status"] == CLEARED:
        return None
    last = history[-1]
    try:
        return Review(ComparisonStatus(last["status"]), last["reason"], tuple(last["evidence"]))
    except ValueError:  # a row written outside the app; station_reviews reads it the same way
        return Review(ComparisonStatus.UNDER_REVIEW, last["reason"])


def history_text(entry: Mapping[str, Any], lang: str) -> str:
    """One decision as two or three short lines: when, what and who; the reason; evidence."""
    text = QCoreApplication.translate("StationReview", "{when} · {decision} · {reviewer}").format(
        when=format_time(str(entry["created_at"]), lang),
        decision=decision_label(str(entry["status"])),
        reviewer=entry["reviewer"],
    )
    if entry["reason"]:
        text += "\n" + str(entry["reason"])
    if entry["evidence"]:
        count = len(entry["evidence"])
        text += "\n" + (
            QCoreApplication.translate("StationReview", "1 evidence file")
            if count == 1
            else QCoreApplication.translate("StationReview", "{n} evidence files").format(n=count)
        )
    return text


class StationReviewDialog(QDialog):
    """``review_id`` holds the new decision's id once it is saved."""

    def __init__(
        self,
        logbook: Logbook,
        station_id: str,
        station_number: str,
        contest_id: str,
        *,
        source_a: str,
        source_b: str,
        status: str | None = None,
        parent: QWidget | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stationReviewDialog")
        self.logbook, self.station_id, self.contest_id = logbook, station_id, contest_id
        self.source_a, self.source_b = source_a, source_b
        self.lang = lang or language.current()
        self.review_id: str | None = None
        self.setWindowTitle(self.tr("Review station № {number}").format(number=station_number))
        self.resize(560, 560)

        intro = QLabel(
            self.tr("{b} (B) against {a} (A).").format(
                a=source_label(source_a), b=source_label(source_b)
            ),
            self,
        )
        intro.setWordWrap(True)

        self.decision_group = QButtonGroup(self)
        decision_box = QGroupBox(self.tr("Decision"), self)
        decision_layout = QHBoxLayout(decision_box)
        self.decision_buttons: dict[str, QRadioButton] = {}
        for text, decision in (
            (self.tr("&Under review"), UNDER_REVIEW),
            (self.tr("Co&nfirmed"), CONFIRMED),
            (self.tr("E&xcluded"), EXCLUDED),
            (self.tr("Cl&eared (withdraw the decision)"), CLEARED),
        ):
            button = QRadioButton(text, decision_box)
            button.setObjectName(f"decision_{decision}")
            self.decision_group.addButton(button)
            decision_layout.addWidget(button)
            self.decision_buttons[decision] = button
        self.decision_buttons[status if status in DECISIONS else UNDER_REVIEW].setChecked(True)

        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reviewReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        reason_label = QLabel(self.tr("&Reason"), self)
        reason_label.setBuddy(self.reason)

        self.evidence = QListWidget(self)
        self.evidence.setObjectName("reviewEvidence")
        self.evidence_label = QLabel(self.tr("E&vidence that confirms the difference"), self)
        self.evidence_label.setBuddy(self.evidence)
        self.no_evidence = QLabel(
            self.tr(
                "No evidence files are attached to this station. Attach the photo of the "
                "protocol copy on the station's Evidence tab first."
            ),
            self,
        )
        self.no_evidence.setWordWrap(True)
        for record in evidence_for(logbook, station_id=station_id):
            item = QListWidgetItem(f"{record.original_name} · {record.sha256[:12]}", self.evidence)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("SHA-256 {hash}").format(hash=record.sha256))

        self.history = QListWidget(self)
        self.history.setObjectName("reviewHistory")
        self.history.setWordWrap(True)
        self.history.setMaximumHeight(120)
        history = review_history(logbook, station_id, contest_id, source_a, source_b)
        for entry in reversed(history):  # newest first
            self.history.addItem(history_text(entry, self.lang))
        if not history:
            self.history.addItem(self.tr("No decision yet."))

        self.error = QLabel(self)
        self.error.setObjectName("reviewError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(decision_box)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.evidence_label)
        layout.addWidget(self.evidence, 1)
        layout.addWidget(self.no_evidence)
        layout.addWidget(QLabel(self.tr("Earlier decisions"), self))
        layout.addWidget(self.history)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.decision_group.buttonToggled.connect(self._decision_changed)
        self._decision_changed()

    def decision(self) -> str:
        return next(d for d, b in self.decision_buttons.items() if b.isChecked())

    def set_decision(self, decision: str) -> None:
        self.decision_buttons[decision].setChecked(True)

    def chosen_evidence(self) -> list[str]:
        return [
            self.evidence.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.evidence.count())
            if self.evidence.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _decision_changed(self, *_args: object) -> None:
        decision = self.decision()
        confirming = decision == CONFIRMED
        has_files = self.evidence.count() > 0
        self.evidence.setEnabled(confirming)
        self.evidence_label.setEnabled(confirming)
        self.evidence_label.setVisible(has_files or confirming)
        self.evidence.setVisible(has_files)
        self.no_evidence.setVisible(confirming and not has_files)
        self.reason.setPlaceholderText(
            self.tr("Required: why is this station left out of the totals?")
            if decision == EXCLUDED
            else self.tr("What was found, what is being checked")
        )
        self.error.hide()

    def _refuse(self, text: str, focus: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        decision = self.decision()
        reason = self.reason.toPlainText().strip()
        evidence = self.chosen_evidence() if decision == CONFIRMED else []
        if decision == EXCLUDED and not reason:
            self._refuse(self.tr("Say why the station is excluded."), self.reason)
            return
        if decision == CONFIRMED and not evidence:
            self._refuse(
                self.tr("Tick at least one evidence file that confirms the difference."),
                self.evidence if self.evidence.count() else self.decision_buttons[CONFIRMED],
            )
            return
        try:
            self.review_id = set_review(
                self.logbook,
                self.station_id,
                self.contest_id,
                decision,
                reason,
                evidence,
                source_a=self.source_a,
                source_b=self.source_b,
            )
        except LogbookError as exc:  # its sentence is written for the user
            self._refuse(str(exc), self.reason)
            return
        super().accept()
