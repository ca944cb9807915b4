"""The aggregate panel of the Discrepancies view: what the observers' sample of stations says
about the whole election, next to what was announced.

Each contestant's share and the turnout as estimated from the records of one source, with the
95 % margin of error, beside the announced figure and whether it lies inside the interval; the
sums of completely covered areas against their announced totals; and the announced seats against
the largest-remainder and D'Hondt allocations of the announced votes. The numbers come from
``storage.aggregate.aggregate_comparison``, computed off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kzobserver.reports import charts
from kzobserver.storage.aggregate import AggregateComparison, ShareRow, aggregate_comparison
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocols import Source, source_label
from kzobserver.storage.reference import current_election, list_contests
from kzobserver.ui import language
from kzobserver.ui.aggregatetables import (
    CellTableModel,
    checks_summary,
    coverage_rows,
    seat_rows,
    seats_summary,
    share_rows,
    turnout_rows,
)
from kzobserver.ui.chartcanvas import ChartCanvas
from kzobserver.ui.tasks import Cancelled, run_in_background
from kzobserver.ui.widgets import heading, scaled_label

log = logging.getLogger(__name__)

# --- the panel -------------------------------------------------------------------------------


class AggregatePanel(QWidget):
    """Estimate ± margin against the announced figures, for the source chosen at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aggregatePanel")
        self.logbook: Logbook | None = None
        self.result: AggregateComparison | None = None
        self._stale = False

        self.source_box = QComboBox(self)
        self.source_box.setObjectName("aggregateSource")
        for source in (Source.PEC_COPY, Source.OBSERVER_TALLY, Source.OFFICIAL):
            self.source_box.addItem(source_label(source), source.value)
        self.contest_box = QComboBox(self)
        self.contest_box.setObjectName("aggregateContest")
        self.refresh_button = QPushButton(self.tr("Recalculate"), self)
        self.source_box.activated.connect(lambda _: self.refresh())
        self.contest_box.activated.connect(lambda _: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.contest_label = QLabel(self.tr("Contest:"), self)
        self.contest_label.setBuddy(self.contest_box)
        source_label_widget = QLabel(self.tr("Records from:"), self)
        source_label_widget.setBuddy(self.source_box)
        bar = QHBoxLayout()
        bar.addWidget(source_label_widget)
        bar.addWidget(self.source_box)
        bar.addWidget(self.contest_label)
        bar.addWidget(self.contest_box)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)

        self.design_label = scaled_label("", 1.0, parent=self)
        self.design_label.setObjectName("aggregateDesign")
        self.messages_label = scaled_label("", 1.0, parent=self)
        self.messages_label.setObjectName("aggregateMessages")
        self.messages_label.setStyleSheet("color: #6b4a00;")
        self.messages_label.hide()

        tips = self._estimate_tips()
        self.shares_model = CellTableModel(
            self._estimate_headers(self.tr("Contestant")), self, header_tips=tips
        )
        self.turnout_model = CellTableModel(
            self._estimate_headers(self.tr("Area")), self, header_tips=tips
        )
        self.coverage_model = CellTableModel(
            [self.tr("Area"), self.tr("Line"), self.tr("Observed sum"), self.tr("Announced"),
             self.tr("Announced − observed")],
            self,
        )  # fmt: skip
        self.seats_model = CellTableModel(
            [self.tr("Contestant"), self.tr("Announced votes"), self.tr("Announced seats"),
             self.tr("Largest remainder"), self.tr("D'Hondt")],
            self,
        )  # fmt: skip
        self.shares_view = self._table(self.shares_model, "sharesTable")
        self.turnout_view = self._table(self.turnout_model, "turnoutTable")
        self.coverage_view = self._table(self.coverage_model, "coverageTable")
        self.seats_view = self._table(self.seats_model, "seatsTable")
        self.coverage_note = scaled_label("", 1.0, parent=self)
        self.seats_note = scaled_label("", 1.0, parent=self)
        self.checks_note = scaled_label("", 1.0, parent=self)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.turnout_view, self.tr("Turnout"))
        self.tabs.addTab(
            self._page(self.coverage_note, self.coverage_view), self.tr("Complete coverage")
        )
        self.tabs.addTab(
            self._page(self.seats_note, self.seats_view, self.checks_note),
            self.tr("Announced figures and seats"),
        )
        self.chart = ChartCanvas(self, file_name="observed-vs-announced")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("Shares of the votes, %"), left))
        left_layout.addWidget(self.shares_view, 2)
        left_layout.addWidget(self.tabs, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.chart)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([840, 440])  # the tables need their columns more than the chart

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.design_label)
        layout.addWidget(self.messages_label)
        layout.addWidget(splitter, 1)

    def _estimate_headers(self, first: str) -> list[str]:
        return [
            first,
            self.tr("Estimate"),
            self.tr("95 % interval"),
            self.tr("Announced"),
            self.tr("Inside?"),
            self.tr("z"),
            self.tr("Sample"),
        ]

    def _estimate_tips(self) -> list[str]:
        return [
            "",
            self.tr("The sample's estimate, ± its margin of error at 95 %, in percent."),
            self.tr("The range the whole election's figure lies in with 95 % confidence."),
            self.tr("The figure the commission announced, in percent."),
            self.tr("Whether the announced figure lies inside the 95 % interval."),
            self.tr(
                "How many standard errors the announced figure lies from the estimate; beyond "
                "±2 it is outside the interval."
            ),
            self.tr("Stations with a record, of the stations in the area."),
        ]

    def _table(self, model: CellTableModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        # Every column as wide as its contents (a narrow window scrolls sideways rather than
        # squeezing the names to "…"); the last one takes what is left.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return view

    @staticmethod
    def _fit_rows(view: QTableView) -> None:
        """No taller than its rows: the space below goes to the tables that scroll."""
        rows = view.model().rowCount()
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        height += rows * view.verticalHeader().defaultSectionSize()
        if view.horizontalScrollBar().isVisible():
            height += view.horizontalScrollBar().sizeHint().height()
        view.setMaximumHeight(height + 2)

    def _page(self, *widgets: QWidget) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        for widget in widgets:
            layout.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
        return page

    # --- data --------------------------------------------------------------------------------

    def source(self) -> str:
        return str(self.source_box.currentData())

    def set_source(self, source: str) -> None:
        index = self.source_box.findData(source)
        if index >= 0:
            self.source_box.setCurrentIndex(index)

    def set_logbook(self, logbook: Logbook | None) -> None:
        """Show ``logbook``'s figures: at once when the panel is on screen, otherwise the next
        time it is shown."""
        self.logbook = logbook
        self.contest_box.clear()
        election = current_election(logbook) if logbook is not None else None
        if logbook is not None and election is not None:
            for contest in list_contests(logbook, election.id):
                if contest.contestants:
                    self.contest_box.addItem(contest.name.get(language.current()), contest.code)
        several = self.contest_box.count() > 1
        self.contest_box.setVisible(several)
        self.contest_label.setVisible(several)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Recompute from the logbook (in the background) and show the result."""
        self._stale = False
        logbook = self.logbook
        if logbook is None:
            self.show_result(None)
            return
        source, contest = self.source(), self.contest_box.currentData()
        try:
            result = run_in_background(
                self,
                logbook,
                lambda book, _progress: aggregate_comparison(book, source, contest),
                title=self.tr("Aggregate comparison"),
                label=self.tr("Estimating the shares and the turnout…"),
            )
        except Cancelled:
            return
        except (LogbookError, ValueError) as exc:
            log.info("aggregate comparison not computed: %s", exc)
            self.show_result(None, str(exc))
            return
        self.show_result(result)

    def show_result(self, result: AggregateComparison | None, error: str = "") -> None:
        self.result = result
        lang = language.current()
        if result is None:
            for model in (self.shares_model, self.turnout_model, self.coverage_model,
                          self.seats_model):  # fmt: skip
                model.set_rows([])
            self.design_label.setText(error or self.tr("No logbook is open."))
            self.messages_label.hide()
            self.chart.set_figure(charts.observed_vs_announced([], lang))
            return
        self.design_label.setText(self._design_text(result))
        notes = [*result.messages, *result.announced_checks.messages]
        self.messages_label.setText("\n".join(notes))
        self.messages_label.setVisible(bool(notes))
        self.shares_model.set_rows(share_rows(result.shares, lang))
        self._fit_rows(self.shares_view)
        self.turnout_model.set_rows(turnout_rows(result.turnout, lang))
        self.coverage_model.set_rows(coverage_rows(result.coverage, lang))
        self.coverage_note.setText(
            self.tr(
                "Where the source has a record for every station of an area, its sums are set "
                "against the area's announced totals."
            )
            if result.coverage
            else self.tr("No area has a record for every one of its stations yet.")
        )
        checks = result.announced_checks
        self.seats_model.set_rows(seat_rows(checks, lang))
        self.seats_note.setText(seats_summary(checks))
        names = {row.code: row.name.get(lang) for row in result.shares}
        self.checks_note.setText("\n".join(checks_summary(checks, names)))
        self.chart.set_figure(
            charts.observed_vs_announced(chart_rows(result.shares), lang),
            file_name=f"observed-vs-announced-{result.contest}-{result.source}",
        )

    def _design_text(self, result: AggregateComparison) -> str:
        design = result.design
        kind = (
            self.tr("a random sample drawn separately in each of {n} regions").format(
                n=design.strata
            )
            if design.kind == "stratified"
            else self.tr("a simple random sample")
        )
        text = self.tr(
            "{sampled} of {total} stations have a record from this source, taken as {kind}."
        ).format(
            sampled=language.format_int(result.sampled),
            total=language.format_int(design.population_size),
            kind=kind,
        )
        if not design.recorded:
            text += " " + self.tr("No sample design is recorded for this election.")
        return text


def chart_rows(shares: Sequence[ShareRow]) -> list[charts.ShareRow]:
    """The shares as the chart draws them."""
    return [
        charts.ShareRow(
            name=row.name,
            estimate=row.estimate.value if row.estimate else None,
            margin=row.estimate.margin if row.estimate else None,
            announced=row.announced,
            inside=row.comparison.inside if row.comparison else None,
        )
        for row in shares
    ]
