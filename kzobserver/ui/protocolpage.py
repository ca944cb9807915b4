"""The protocols of one polling station: entering a record, and the sources side by side."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kzobserver.storage.logbook import Logbook
from kzobserver.ui.protocolcompare import SourcesComparison
from kzobserver.ui.protocolform import ProtocolForm
from kzobserver.ui.widgets import enlarge


class ProtocolPage(QWidget):
    """Self-contained: give it a logbook and a station id. ``changed`` is emitted after every write
    (a value, an undo or redo, a review), so the pages around it can update their statuses."""

    changed = Signal()

    ENTRY_TAB, COMPARE_TAB = 0, 1

    def __init__(
        self,
        logbook: Logbook,
        station_id: str,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("protocolPage")
        self.logbook, self.station_id = logbook, station_id
        self.form = ProtocolForm(logbook, station_id, self, lang=lang)
        contest = self.form.contest.code if self.form.contest else ""
        self.comparison = SourcesComparison(logbook, station_id, contest, self, lang=lang)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("protocolTabs")
        enlarge(self.tabs.tabBar(), 1.15)
        self.tabs.addTab(self.form, self.tr("Enter protocol"))
        self.tabs.addTab(self.comparison, self.tr("Compare sources"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._comparison_stale = False
        self.form.saved.connect(self._saved)
        self.form.record_switched.connect(self._record_switched)
        self.tabs.currentChanged.connect(self._tab_changed)

    def refresh(self) -> None:
        """Reload both tabs from the logbook (e.g. after an import or a change of observer)."""
        self.form.refresh()
        self._refresh_comparison()

    def commit_pending(self) -> bool:
        """Save the line being typed; call before leaving the station. False if refused."""
        return self.form.commit_pending()

    def show_entry(self) -> None:
        self.tabs.setCurrentIndex(self.ENTRY_TAB)
        self.form.focus_first_empty()

    def show_comparison(self) -> None:
        self.tabs.setCurrentIndex(self.COMPARE_TAB)

    def _saved(self) -> None:
        # The comparison is rebuilt when looked at, not on every keystroke behind its back.
        self._comparison_stale = True
        if self.tabs.currentIndex() == self.COMPARE_TAB:
            self._refresh_comparison()
        self.changed.emit()

    def _record_switched(self) -> None:
        if self.form.contest is not None:
            self.comparison.contest_code = self.form.contest.code
        self._comparison_stale = True

    def _tab_changed(self, index: int) -> None:
        if index == self.COMPARE_TAB and self._comparison_stale:
            self._refresh_comparison()

    def _refresh_comparison(self) -> None:
        self._comparison_stale = False
        self.comparison.refresh()
