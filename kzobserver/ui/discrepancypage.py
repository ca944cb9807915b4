"""The Discrepancies page: every station where two sources part, in a table that sorts and
filters at once at 100,000 stations, with the chosen station's records side by side below it and
the buttons to review it.

The comparison is read off the GUI thread (ui.tasks.run_in_background): at 100,000 stations it
takes a few seconds, with progress and Cancel. It is read when the page is first shown, when the
sources, contest or tolerance change, and on F5; not after every edit elsewhere in the window.

Other views of the same comparison (the aggregate panel, charts) join as tabs with
:meth:`DiscrepancyPage.add_tab`.
"""

from __future__ import annotations

from collections import Counter
from functools import partial

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kzobserver.domain.comparison import ComparisonStatus
from kzobserver.domain.templates import VOTES_PREFIX
from kzobserver.storage.checks import contest_lines
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.reference import ContestRow, current_election, list_contests
from kzobserver.storage.station_reviews import review_history
from kzobserver.storage.summary import (
    compare_sources,
    election_and_contest,
    region_names,
    station_places,
)
from kzobserver.ui import language, messages, settings
from kzobserver.ui.discrepancydetail import StationDetail
from kzobserver.ui.discrepancyfilters import ComparisonBar, ComparisonRequest, FilterBar
from kzobserver.ui.discrepancymodel import (
    DiscrepancyFilter,
    DiscrepancyModel,
    DiscrepancyTable,
    build_table,
)
from kzobserver.ui.itemviews import ActivatingTable
from kzobserver.ui.reviewdialog import StationReviewDialog, decision_in_force
from kzobserver.ui.settings import Settings
from kzobserver.ui.tasks import Cancelled, Progress, interruptible, run_in_background
from kzobserver.ui.widgets import enlarge

DETAIL_DELAY_MS = 60
# Default column widths in average characters (the review reason takes what is left).
COLUMN_CHARS = (7, 14, 13, 0, 16, 14, 14, 0)  # 0: as wide as the header


def load_table(
    logbook: Logbook, request: ComparisonRequest, lang: str, progress: Progress
) -> DiscrepancyTable:
    """Compare the two sources and precompute the table: runs on the worker thread. Progress
    counts compare_sources' four steps, then building the table; Cancel interrupts even a
    long read of the sources mid-query."""
    progress(0, 5)
    election, contest = election_and_contest(logbook, request.contest)
    with interruptible(logbook, progress) as report:
        comparisons = compare_sources(
            logbook,
            request.source_a,
            request.source_b,
            contest.code,
            request.tolerance_abs,
            request.tolerance_percent,
            progress=lambda done, _total: report(done, 5),
        )
    progress(4, 5)
    # Comparisons name stations by number, which is unique within an election.
    ids_by_number = {
        number: sid for sid, (number, _) in station_places(logbook, election.id).items()
    }
    contestant_names = {c.code: c.name.get(lang) for c in contest.contestants}
    line_labels = {}
    for line in contest_lines(contest):
        contestant = line.code[len(VOTES_PREFIX) :] if line.code.startswith(VOTES_PREFIX) else ""
        label = contestant_names.get(contestant) or line.label.get(lang)
        line_labels[line.code] = f"{line.number}. {label}" if line.number else label
    progress(4, 5)
    table = build_table(
        comparisons,
        [ids_by_number[c.station] for c in comparisons],
        source_a=request.source_a,
        source_b=request.source_b,
        contest_id=contest.id,
        contest_code=contest.code,
        region_names=region_names(logbook, election.id, lang),
        line_labels=line_labels,
        contestant_names=contestant_names,
    )
    progress(5, 5)
    return table


class DiscrepancyPage(QWidget):
    station_opened = Signal(str)  # Enter or double-click on a row: open the station

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        settings_: Settings | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("discrepancyPage")
        self.settings = settings_
        self.lang = lang or language.current()
        self.logbook: Logbook | None = None
        self.loaded_request: ComparisonRequest | None = None  # what the table shows
        self.extra_tabs: list[QWidget] = []

        self.comparison_bar = ComparisonBar(self)
        self.filter_bar = FilterBar(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("discrepancyCount")
        self.count_label.setWordWrap(True)
        enlarge(self.count_label, 1.1)
        self.reload_button = QPushButton(self.tr("Co&mpare again"), self)
        self.reload_button.setObjectName("reloadComparison")
        self.reload_button.setToolTip(self.tr("Read the records again (F5)"))
        self.reload_button.setShortcut("F5")

        self.model = DiscrepancyModel(self, self.lang)
        self.table = ActivatingTable(self)
        self.table.setObjectName("discrepancyTable")
        self._set_up_table()
        self.detail = StationDetail(self, self.lang)
        # Reading a station's records takes a few tens of milliseconds: while an arrow key
        # repeats, the detail waits until the rows stop moving.
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self.show_current_detail)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("discrepancySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 330])

        stations = QWidget(self)
        stations.setObjectName("stationsTab")
        layout = QVBoxLayout(stations)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.comparison_bar)
        layout.addWidget(self.filter_bar)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.reload_button)
        layout.addLayout(count_row)
        layout.addWidget(self.splitter, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(stations, self.tr("Stations"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)

        self.comparison_bar.changed.connect(self._request_changed)
        self.reload_button.clicked.connect(self.reload)
        self.filter_bar.changed.connect(self.set_filter)
        self.table.chosen.connect(self._open_row)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._scroll_to_current)
        self.detail.review_requested.connect(self.review_station)
        self._restore_layout()
        self._update_count()

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        enlarge(table, 1.1)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setAccessibleName(self.tr("Stations compared"))
        # Fixed row heights: at 100,000 rows the view must never measure rows one by one.
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        char = table.fontMetrics().averageCharWidth()
        titles = header.fontMetrics()
        for column, chars in enumerate(COLUMN_CHARS):
            title = max(
                str(self.model.headerData(column, Qt.Orientation.Horizontal)).split("\n"),
                key=titles.horizontalAdvance,
            )
            # Room for the header's sort arrow too, so no title is clipped.
            table.setColumnWidth(
                column, max(chars * char + 16, titles.horizontalAdvance(title) + 28)
            )
        header.setSortIndicator(DiscrepancyModel.STATION, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)

    # --- the logbook and the comparison -----------------------------------------------------

    def set_logbook(self, logbook: Logbook | None) -> None:
        """Show ``logbook`` (the window's; None when it closes). The comparison is read the next
        time the page is activated; tabs added with :meth:`add_tab` are told too."""
        self.logbook = logbook
        self.loaded_request = None
        self.model.set_table(None)
        self.detail.clear()
        election = current_election(logbook) if logbook is not None else None
        contests = list_contests(logbook, election.id) if logbook and election else []
        current = _first_contest_with_records(logbook, contests) if logbook else None
        self.comparison_bar.set_contests(
            [(c.code, c.name.get(self.lang)) for c in contests], current
        )
        self.filter_bar.set_choices([], [])
        for widget in self.extra_tabs:
            set_logbook = getattr(widget, "set_logbook", None)
            if callable(set_logbook):
                set_logbook(logbook)
        self._update_count()

    def activate(self) -> None:
        """The page is being shown: read the comparison if it has not been read yet."""
        if self.logbook is not None and self.loaded_request is None:
            self.reload()

    def reload(self) -> bool:
        """Read the comparison again in the background; False if nothing was loaded (cancelled,
        an error, or the same source twice)."""
        if self.logbook is None:
            return False
        request = self.comparison_bar.request()
        if request.source_a == request.source_b:
            self.model.set_table(None)
            self.loaded_request = None
            self.detail.clear()
            self._update_count(self.tr("Choose two different sources to compare."))
            return False
        lang = self.lang
        try:
            table: DiscrepancyTable = run_in_background(
                self,
                self.logbook,
                lambda book, progress: load_table(book, request, lang, progress),
                title=self.tr("Comparing"),
                label=self.tr("Comparing the two sources station by station…"),
            )
        except Cancelled:
            return False
        except LogbookError as exc:
            messages.warn(self, self.tr("Cannot compare"), str(exc))
            return False
        self.set_table(table, request)
        return True

    def set_table(self, table: DiscrepancyTable, request: ComparisonRequest | None = None) -> None:
        """Show a comparison already computed (``reload`` does this when the worker is done)."""
        current = self.current_station_id()
        self.loaded_request = request or self.comparison_bar.request()
        regions = list(table.region_names.items())
        contestants = list(table.contestant_names.items())
        self.model.set_table(table)
        self.filter_bar.set_choices(regions, contestants, self.status_counts())
        self.model.set_filter(self.filter_bar.current_filter())
        self._reselect(current)

    def _request_changed(self) -> None:
        if self.logbook is not None and self.comparison_bar.request() != self.loaded_request:
            self.reload()

    def status_counts(self) -> dict[ComparisonStatus, int]:
        table = self.model.table
        if table is None:
            return {}
        return dict(Counter(c.status for c in table.comparisons))

    # --- filtering and the count line -------------------------------------------------------

    def set_filter(self, new: DiscrepancyFilter) -> None:
        current = self.current_station_id()
        self.model.set_filter(new)
        self._reselect(current)

    def _reselect(self, station_id: str | None) -> None:
        row = self.model.row_of_station(station_id) if station_id else -1
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        else:
            self.detail.clear()
            self.table.scrollToTop()
        self._update_count()

    def _update_count(self, message: str | None = None) -> None:
        if message is None:
            message = self._count_text()
        self.count_label.setText(message)

    def _count_text(self) -> str:
        if self.logbook is None:
            return self.tr("No logbook open.")
        table = self.model.table
        if table is None:
            return self.tr("The comparison has not been read yet (F5).")
        if not len(table):
            return self.tr("Neither source has records for this contest yet.")
        s = self.model.summary()
        fmt = partial(language.format_int, lang=self.lang)
        text = self.tr("{shown} of {total} stations shown", "", s.total).format(
            shown=fmt(s.shown), total=fmt(s.total)
        )
        text += "; " + self.tr("{n} mismatches", "", s.mismatches).format(n=fmt(s.mismatches))
        moved = s.shift.by_contestant
        gains = [(d, c) for c, d in moved.items() if d > 0]
        losses = [(d, c) for c, d in moved.items() if d < 0]
        names = table.contestant_names
        if gains or losses:
            parts = []
            if gains:
                d, who = max(gains)
                parts.append(self.tr("+{n} to {name}").format(n=fmt(d), name=names.get(who, who)))
            if losses:
                d, who = min(losses)
                parts.append(
                    self.tr("−{n} from {name}").format(n=fmt(-d), name=names.get(who, who))
                )
            text += "; " + self.tr("net shift: {shift}").format(shift=", ".join(parts))
        elif s.mismatches:
            text += "; " + self.tr("no contestant's votes shifted")
        return text + "."

    # --- the current row --------------------------------------------------------------------

    def current_station_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.station_id(index.row()) if index.isValid() else None

    def select_station(self, station_id: str) -> bool:
        row = self.model.row_of_station(station_id)
        if row < 0:
            return False
        self._reselect(station_id)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.logbook is None or self.model.table is None:
            self._detail_timer.stop()
            self.detail.clear()
            return
        self._detail_timer.start()

    def show_current_detail(self) -> None:
        """Show the current row's station below the table (after the arrows come to rest)."""
        self._detail_timer.stop()
        index = self.table.currentIndex()
        if not index.isValid() or self.logbook is None or self.model.table is None:
            return
        station_id = self.model.station_id(index.row())
        if station_id == self.detail.station_id:
            return  # another column of the same row
        self.detail.show_station(
            self.logbook, station_id, self.model.comparison(index.row()), self.model.table
        )

    def _scroll_to_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.station_opened.emit(self.model.station_id(index.row()))

    # --- reviews ----------------------------------------------------------------------------

    def review_station(self, decision: str | None = None) -> bool:
        """Open the review dialog for the current station; True when a decision was saved."""
        index = self.table.currentIndex()
        table = self.model.table
        if not index.isValid() or self.logbook is None or table is None:
            return False
        station_id = self.model.station_id(index.row())
        dialog = StationReviewDialog(
            self.logbook,
            station_id,
            self.model.comparison(index.row()).station,
            table.contest_id,
            source_a=table.source_a,
            source_b=table.source_b,
            status=decision,
            parent=self,
            lang=self.lang,
        )
        if messages.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        history = review_history(
            self.logbook, station_id, table.contest_id, table.source_a, table.source_b
        )
        self.model.apply_review(station_id, decision_in_force(history))
        self.filter_bar.set_choices(
            list(table.region_names.items()),
            list(table.contestant_names.items()),
            self.status_counts(),
        )
        row = self.model.row_of_station(station_id)
        if row >= 0:
            self.detail.show_station(self.logbook, station_id, self.model.comparison(row), table)
        self._update_count()
        return True

    # --- tabs and layout --------------------------------------------------------------------

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add another view of the comparison (the aggregate panel, charts) as a tab; a widget
        with ``set_logbook(logbook)`` is given the page's logbook now and whenever it changes.
        Returns the tab's index."""
        self.extra_tabs.append(widget)
        set_logbook = getattr(widget, "set_logbook", None)
        if callable(set_logbook) and self.logbook is not None:
            set_logbook(self.logbook)
        return self.tabs.addTab(widget, title)

    def _restore_layout(self) -> None:
        if self.settings is None:
            return
        for setting, restore in (
            (settings.DISCREPANCY_SPLITTER, self.splitter.restoreState),
            (settings.DISCREPANCY_COLUMNS, self.table.horizontalHeader().restoreState),
        ):
            state = self.settings.get(setting)
            if state is not None:
                restore(state)

    def save_layout(self) -> None:
        if self.settings is None:
            return
        self.settings.set(settings.DISCREPANCY_SPLITTER, QByteArray(self.splitter.saveState()))
        self.settings.set(
            settings.DISCREPANCY_COLUMNS,
            QByteArray(self.table.horizontalHeader().saveState()),
        )


def _first_contest_with_records(logbook: Logbook, contests: list[ContestRow]) -> str | None:
    """The contest worth comparing first: the first one with protocol records (one indexed
    look-up per contest)."""
    for contest in contests:
        if logbook.db.execute(
            "SELECT 1 FROM protocols WHERE contest_id = ? LIMIT 1", [contest.id]
        ).fetchone():
            return contest.code
    return contests[0].code if contests else None
