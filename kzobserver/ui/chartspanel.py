"""The charts of the Discrepancies view for the open logbook: how far two sources part station by
station and who gained, the turnout through the day (headcounts against the announced series),
and the irregularity reports by category. The figures are ``reports.charts``' own, so the window
shows what a report prints."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kzobserver.domain.comparison import StationComparison
from kzobserver.domain.model import LocalizedText
from kzobserver.domain.taxonomy import FollowUpStatus
from kzobserver.reports import charts
from kzobserver.storage.aggregate import aggregate_comparison
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.incidents import list_incidents
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocols import Source, source_label
from kzobserver.storage.summary import compare_sources, election_and_contest
from kzobserver.ui import language
from kzobserver.ui.chartcanvas import ChartCanvas
from kzobserver.ui.tasks import Cancelled, run_in_background
from kzobserver.ui.widgets import scaled_label

log = logging.getLogger(__name__)

# The pairs worth comparing, most telling first: tabulation (copy vs published), then the count
# at the station (the observer's own tally vs the commission's copy).
PAIRS = (
    (Source.PEC_COPY, Source.OFFICIAL),
    (Source.OBSERVER_TALLY, Source.PEC_COPY),
    (Source.OBSERVER_TALLY, Source.OFFICIAL),
)


@dataclass
class ChartData:
    """What the three charts draw, read from the logbook off the GUI thread."""

    comparisons: list[StationComparison] = field(default_factory=list)
    names: dict[str, LocalizedText] = field(default_factory=dict)  # contestant code → name
    turnout: list[charts.TurnoutPoint] = field(default_factory=list)
    categories: dict[str, int] = field(default_factory=dict)  # category code → reports
    problems: list[str] = field(default_factory=list)  # parts that could not be computed


def sources_present(logbook: Logbook) -> set[str]:
    return {row[0] for row in logbook.db.execute("SELECT DISTINCT source FROM protocols")}


def default_pair(present: set[str]) -> tuple[str, str]:
    """The first pair of :data:`PAIRS` that has records on both sides (else the first)."""
    for a, b in PAIRS:
        if a.value in present and b.value in present:
            return a.value, b.value
    return PAIRS[0][0].value, PAIRS[0][1].value


def incident_counts(logbook: Logbook) -> dict[str, int]:
    """Reports per category: the current version of each, those excluded as unfounded left
    out (drafts count: an observer may never get round to submitting)."""
    return dict(
        Counter(
            i.category
            for i in list_incidents(logbook, latest_only=True)
            if i.status != FollowUpStatus.EXCLUDED
        )
    )


def load_chart_data(logbook: Logbook, a: str, b: str) -> ChartData:
    """Everything the charts need; a part that cannot be computed is left empty and said why."""
    data = ChartData()
    try:
        _, contest = election_and_contest(logbook, None)
        data.names = {c.code: c.name for c in contest.contestants}
        data.comparisons = compare_sources(logbook, a, b, contest.code)
    except LogbookError as exc:
        data.problems.append(str(exc))
    try:
        times = aggregate_comparison(logbook, a).headcounts.times
        data.turnout = [
            charts.TurnoutPoint(t.as_of, t.observed_percent, t.announced_percent, t.stations)
            for t in times
        ]
    except (LogbookError, ValueError) as exc:
        data.problems.append(str(exc))
    data.categories = incident_counts(logbook)
    return data


class ChartsPanel(QWidget):
    """Differences between two sources, turnout through the day, irregularities by category."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartsPanel")
        self.logbook: Logbook | None = None
        self.data: ChartData | None = None
        self._stale = False

        self.a_box = self._source_box("chartsSourceA")
        self.b_box = self._source_box("chartsSourceB")
        self.refresh_button = QPushButton(self.tr("Recalculate"), self)
        self.refresh_button.clicked.connect(self.refresh)
        for box in (self.a_box, self.b_box):
            box.activated.connect(lambda _: self.refresh())
        a_label = QLabel(self.tr("Compare"), self)
        a_label.setBuddy(self.a_box)
        b_label = QLabel(self.tr("with"), self)
        b_label.setBuddy(self.b_box)
        bar = QHBoxLayout()
        for widget in (a_label, self.a_box, b_label, self.b_box):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        self.status_label = scaled_label("", 1.0, parent=self)
        self.status_label.setObjectName("chartsStatus")
        self.status_label.setStyleSheet("color: #6b4a00;")
        self.status_label.hide()

        self.differences_chart = ChartCanvas(self, file_name="differences")
        self.turnout_chart = ChartCanvas(self, file_name="turnout-through-the-day")
        self.irregularities_chart = ChartCanvas(self, file_name="irregularities-by-category")
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.differences_chart, 0, 0, 2, 1)
        grid.addWidget(self.turnout_chart, 0, 1)
        grid.addWidget(self.irregularities_chart, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status_label)
        layout.addWidget(scroll, 1)
        self.a_box.setCurrentIndex(self.a_box.findData(PAIRS[0][0].value))
        self.b_box.setCurrentIndex(self.b_box.findData(PAIRS[0][1].value))

    def _source_box(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        for source in Source:
            box.addItem(source_label(source), source.value)
        return box

    def sources(self) -> tuple[str, str]:
        return str(self.a_box.currentData()), str(self.b_box.currentData())

    def set_sources(self, a: str, b: str) -> None:
        self.a_box.setCurrentIndex(self.a_box.findData(a))
        self.b_box.setCurrentIndex(self.b_box.findData(b))

    def set_logbook(self, logbook: Logbook | None) -> None:
        """Chart ``logbook``: at once when the panel is on screen, otherwise when next shown.
        The source pair starts at the first one both sides of which have records."""
        self.logbook = logbook
        if logbook is not None:
            self.set_sources(*default_pair(sources_present(logbook)))
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the logbook again (in the background) and redraw the three charts."""
        self._stale = False
        if self.logbook is None:
            self.show_data(None)
            return
        a, b = self.sources()
        if a == b:
            self.show_data(ChartData(), [self.tr("Choose two different sources to compare.")])
            return
        try:
            data = run_in_background(
                self,
                self.logbook,
                lambda book, _progress: load_chart_data(book, a, b),
                title=self.tr("Charts"),
                label=self.tr("Comparing the stations and counting the reports…"),
            )
        except Cancelled:
            return
        except (LogbookError, ValueError) as exc:  # the logbook could not be read at all
            log.info("charts not computed: %s", exc)
            self.show_data(ChartData(), [str(exc)])
            return
        self.show_data(data)

    def show_data(self, data: ChartData | None, problems: Sequence[str] = ()) -> None:
        self.data = data
        data = data or ChartData()
        notes = [*problems, *data.problems]
        self.status_label.setText("\n".join(notes))
        self.status_label.setVisible(bool(notes))
        lang = language.current()
        a, b = self.sources()
        names = {code: name.get(lang) for code, name in data.names.items()}
        self.differences_chart.set_figure(
            charts.difference_distribution(
                data.comparisons,
                names=names,
                sources=(source_label(a), source_label(b)),
                lang=lang,
            ),
            file_name=f"differences-{a}-{b}",
        )
        self.turnout_chart.set_figure(charts.turnout_through_day(data.turnout, lang=lang))
        self.irregularities_chart.set_figure(
            charts.irregularities_by_category(data.categories, lang)
        )
