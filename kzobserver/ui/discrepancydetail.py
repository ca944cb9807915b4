"""The lower half of the Discrepancies page: the chosen station's title with the review buttons,
the decision in force, and tabs with its records side by side (protocolcompare.SourcesComparison,
which needs the full width) and the history of decisions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kzobserver.domain.comparison import StationComparison
from kzobserver.domain.templates import VOTES_PREFIX
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocols import source_label
from kzobserver.storage.station_reviews import review_history
from kzobserver.ui import language
from kzobserver.ui.discrepancymodel import DiscrepancyTable, status_label
from kzobserver.ui.protocolcompare import ComparisonModel, SourcesComparison, signed
from kzobserver.ui.protocolreview import format_time
from kzobserver.ui.reviewdialog import (
    CLEARED,
    CONFIRMED,
    EXCLUDED,
    UNDER_REVIEW,
    decision_label,
    history_text,
)
from kzobserver.ui.widgets import scaled_label

TITLE_SCALE = 1.3
RECORD_COLUMN_WIDTH = 190  # px: a record's column, unless its numbers need more
MIN_LINE_WIDTH = 180


class StationDetail(QWidget):
    """``review_requested(decision)`` asks the page to open the review dialog preset to it."""

    review_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discrepancyDetail")
        self.lang = lang or language.current()
        self.station_id: str | None = None
        self.records: SourcesComparison | None = None  # built for the first station shown

        self.placeholder = scaled_label(
            self.tr(
                "Choose a station in the table to see its records side by side. "
                "Enter opens the station."
            ),
            parent=self,
            selectable=False,
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")

        self.title = scaled_label(scale=TITLE_SCALE, bold=True, parent=self)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(False)
        self.buttons: dict[str, QPushButton] = {}
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        for text, decision in (
            (self.tr("&Under review…"), UNDER_REVIEW),
            (self.tr("Co&nfirm…"), CONFIRMED),
            (self.tr("E&xclude…"), EXCLUDED),
            (self.tr("Cl&ear…"), CLEARED),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"review_{decision}")
            button.clicked.connect(lambda _=False, d=decision: self.review_requested.emit(d))
            title_row.addWidget(button)
            self.buttons[decision] = button
        self.decision = scaled_label(parent=self, scale=1.1)
        self.decision.setObjectName("decisionInForce")

        self.records_slot = QWidget(self)
        self.records_layout = QVBoxLayout(self.records_slot)
        self.records_layout.setContentsMargins(0, 0, 0, 0)
        self.history = QListWidget(self)
        self.history.setObjectName("detailHistory")
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrows stay with the table
        self.tabs.addTab(self.records_slot, self.tr("Records side by side"))
        self.tabs.addTab(self.history, self.tr("Review history"))

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(4, 4, 4, 0)
        content_layout.setSpacing(4)
        content_layout.addLayout(title_row)
        content_layout.addWidget(self.decision)
        content_layout.addWidget(self.tabs, 1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def clear(self) -> None:
        self.station_id = None
        self.stack.setCurrentWidget(self.placeholder)

    def show_station(
        self,
        logbook: Logbook,
        station_id: str,
        comparison: StationComparison,
        table: DiscrepancyTable,
    ) -> None:
        self.station_id = station_id
        region = table.region_names.get(comparison.region or "", comparison.region or "")
        title = self.tr("Station № {number}").format(number=comparison.station)
        if region:
            title += f" · {region}"
        self.title.setText(f"{title} — {status_label(comparison.status)}")
        self.title.setToolTip(self._explain(comparison, table))
        if self.records is None:
            self.records = SourcesComparison(
                logbook, station_id, table.contest_code, self.records_slot, lang=self.lang
            )
            self.records_layout.addWidget(self.records)
            # Denser than on a station's own page: the table above needs the room.
            records_layout = self.records.layout()
            if records_layout is not None:
                records_layout.setContentsMargins(4, 4, 4, 0)
            self.records.table.setFont(self.font())
            self.records.table.horizontalHeader().setFont(self.font())
        else:
            self.records.logbook = logbook
            self.records.station_id = station_id
            self.records.contest_code = table.contest_code
        self.records.refresh()
        self.show_review(logbook, comparison, table)
        self.stack.setCurrentIndex(1)
        self._fit_records()

    def show_review(
        self, logbook: Logbook, comparison: StationComparison, table: DiscrepancyTable
    ) -> None:
        assert self.station_id is not None
        history = review_history(
            logbook, self.station_id, table.contest_id, table.source_a, table.source_b
        )
        self.history.clear()
        for entry in reversed(history):  # newest first
            self.history.addItem(history_text(entry, self.lang))
        if not history:
            self.history.addItem(self.tr("No decision yet."))
        self.tabs.setTabText(1, self.tr("Review history ({n})").format(n=len(history)))
        review = comparison.review
        if review is None or not history:
            self.decision.setText(self.tr("No decision in force."))
        else:
            last = history[-1]
            self.decision.setText(
                self.tr("{decision} by {reviewer} on {when}: {reason}").format(
                    decision=decision_label(review.status.value),
                    reviewer=last["reviewer"],
                    when=format_time(str(last["created_at"]), self.lang),
                    reason=review.reason or "—",
                )
            )
        self.buttons[CLEARED].setEnabled(review is not None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_records()

    def _fit_records(self) -> None:
        """SourcesComparison sizes its columns for a page of its own; here the record columns
        keep to their numbers (long source names are elided, the full name is in the tooltip)
        and the line names take the rest, so the records fit without scrolling sideways."""
        if self.records is None or self.station_id is None:
            return
        table = self.records.table
        header = table.horizontalHeader()
        widths = {}
        for column in range(header.count()):
            if column == ComparisonModel.LINE:
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            title = header.sectionSizeHint(column)
            limit = title if column == ComparisonModel.NUMBER else RECORD_COLUMN_WIDTH
            widths[column] = max(table.sizeHintForColumn(column), min(title, limit))
            header.resizeSection(column, widths[column])
        header.setSectionResizeMode(ComparisonModel.LINE, QHeaderView.ResizeMode.Interactive)
        room = table.viewport().width() - sum(widths.values())
        header.resizeSection(ComparisonModel.LINE, max(room, MIN_LINE_WIDTH))
        table.resizeRowsToContents()

    def _explain(self, c: StationComparison, table: DiscrepancyTable) -> str:
        """The status in words, with the largest difference and who it favours."""
        a, b = source_label(table.source_a), source_label(table.source_b)
        text = self.tr("{status}: {b} (B) against {a} (A).").format(
            status=status_label(c.status), a=a, b=b
        )
        if c.largest_line is not None:
            line = table.line_labels.get(c.largest_line, c.largest_line)
            text += " " + self.tr("Largest difference {diff} on line {line}.").format(
                diff=signed(c.difference(c.largest_line) or 0, self.lang), line=line
            )
        if c.gainer is not None:
            text += " " + self.tr("{name} gains {n} in B.").format(
                name=table.contestant_names.get(c.gainer, c.gainer),
                n=signed(c.difference(VOTES_PREFIX + c.gainer) or 0, self.lang),
            )
        return text
