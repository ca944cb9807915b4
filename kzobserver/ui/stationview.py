"""Everything about one station: where the observer is (the visits strip) above a tab each for
the station's facts, checklists, headcount, irregularity reports, protocols and timeline.

The station's pages are built when their tab is first shown (building every checklist's widgets
for each station passed in the navigator would make browsing slow) and dropped when another
station is shown, after saving whatever was being typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kzobserver.storage.checklist_answers import get_answer
from kzobserver.storage.evidence import get_evidence
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.stations import StationDetail
from kzobserver.ui.checklistpage import ChecklistPage
from kzobserver.ui.evidencepanel import EvidencePanel
from kzobserver.ui.headcountpage import HeadcountPage
from kzobserver.ui.incidentspage import IncidentsPage
from kzobserver.ui.protocolpage import ProtocolPage
from kzobserver.ui.stationpage import StationPage
from kzobserver.ui.timelinepage import TimelinePage
from kzobserver.ui.visitsbar import VisitsBar

# Tab order follows the observer's day.
FACTS, CHECKLISTS, HEADCOUNT, INCIDENTS, PROTOCOLS, EVIDENCE, TIMELINE = (
    "facts",
    "checklists",
    "headcount",
    "incidents",
    "protocols",
    "evidence",
    "timeline",
)


class _Slot(QWidget):
    """A tab's place, holding its page once built."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def hold(self, page: QWidget) -> None:
        self.page = page
        self.layout().addWidget(page)

    def clear(self) -> None:
        if self.page is not None:
            self.layout().removeWidget(self.page)
            self.page.deleteLater()
            self.page = None


class StationView(QWidget):
    changed = Signal()  # something about the station was written
    station_requested = Signal(str)  # show another station (e.g. from the visits strip)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationView")
        self.logbook: Logbook | None = None
        self.station: StationDetail | None = None
        self.lang = "en"
        self.visits: VisitsBar | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.facts = StationPage(self)
        self.tabs.addTab(self.facts, self.tr("&Station"))
        self.slots: dict[str, _Slot] = {}
        for key, title in (
            (CHECKLISTS, self.tr("&Checklists")),
            (HEADCOUNT, self.tr("&Headcount")),
            (INCIDENTS, self.tr("&Irregularities")),
            (PROTOCOLS, self.tr("&Protocols")),
            (EVIDENCE, self.tr("&Evidence")),
            (TIMELINE, self.tr("&Timeline")),
        ):
            self.slots[key] = _Slot(self)
            self.tabs.addTab(self.slots[key], title)
        self.tabs.currentChanged.connect(self._tab_shown)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.tabs, 1)

    # --- pages ----------------------------------------------------------------------------------

    def _factories(self) -> dict[str, Callable[[], QWidget]]:
        assert self.logbook is not None and self.station is not None
        logbook, station, lang = self.logbook, self.station.id, self.lang
        return {
            CHECKLISTS: lambda: ChecklistPage(logbook, station, self, lang=lang),
            HEADCOUNT: lambda: HeadcountPage(logbook, station, self, lang=lang),
            INCIDENTS: lambda: IncidentsPage(logbook, station, self, lang=lang),
            PROTOCOLS: lambda: ProtocolPage(logbook, station, self, lang=lang),
            EVIDENCE: lambda: EvidencePanel(logbook, station_id=station, parent=self),
            TIMELINE: lambda: TimelinePage(logbook, station, self, lang=lang),
        }

    def page(self, key: str, *, build: bool = True) -> QWidget | None:
        slot = self.slots[key]
        if slot.page is None and build and self.station is not None:
            page = self._factories()[key]()
            changed = getattr(page, "changed", None)
            if changed is not None:
                changed.connect(self._page_changed)
            if isinstance(page, TimelinePage):
                page.open_record.connect(self.open_record)
            if isinstance(page, ChecklistPage):
                page.incident_requested.connect(self.open_incident)
            slot.hold(page)
        return slot.page

    @property
    def protocols(self) -> ProtocolPage | None:
        page = self.slots[PROTOCOLS].page
        return page if isinstance(page, ProtocolPage) else None

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for key, slot in self.slots.items():
            if slot is widget:
                page = self.page(key)
                refresh = getattr(page, "refresh", None)
                if refresh is not None and key in (TIMELINE, HEADCOUNT, INCIDENTS, EVIDENCE):
                    refresh()  # these show what other tabs wrote meanwhile

    def _page_changed(self) -> None:
        timeline = self.slots[TIMELINE].page
        if isinstance(timeline, TimelinePage) and self.sender() is not timeline:
            timeline.refresh()
        self.changed.emit()

    # --- the station -----------------------------------------------------------------------------

    def show_station(self, logbook: Logbook, station: StationDetail, lang: str) -> None:
        same = self.station is not None and self.station.id == station.id
        self.facts.show_station(station, lang)
        if same and self.logbook is logbook:
            self.station = station
            return
        self.leave_station()
        self.logbook, self.station, self.lang = logbook, station, lang
        self.visits = VisitsBar(logbook, station.id, self, lang=lang)
        self.visits.changed.connect(self._page_changed)
        self._layout.insertWidget(0, self.visits)
        self._tab_shown(self.tabs.currentIndex())

    def leave_station(self) -> None:
        """Save what is being typed on the station's pages and drop them (before showing another
        station or closing the logbook)."""
        for slot in self.slots.values():
            commit = getattr(slot.page, "commit_pending", None)
            if commit is not None:
                commit()
            slot.clear()
        if self.visits is not None:
            self._layout.removeWidget(self.visits)
            self.visits.deleteLater()
            self.visits = None
        self.station = None
        self.logbook = None

    def refresh(self) -> None:
        """Re-read everything (e.g. after the current observer changed)."""
        if self.visits is not None:
            self.visits.refresh()
        for slot in self.slots.values():
            refresh = getattr(slot.page, "refresh", None)
            if refresh is not None:
                refresh()

    # --- going to a place ------------------------------------------------------------------------

    def show_tab(self, key: str) -> QWidget | None:
        if key == FACTS:
            self.tabs.setCurrentWidget(self.facts)
            return self.facts
        self.tabs.setCurrentWidget(self.slots[key])
        return self.page(key)

    def show_protocol_entry(self) -> None:
        page = self.show_tab(PROTOCOLS)
        if isinstance(page, ProtocolPage):
            page.show_entry()

    def open_record(self, kind: str, record_id: str) -> None:
        """Show a timeline entry where it was made."""
        if kind == "checklist_answer" and self.logbook is not None:
            answer = get_answer(self.logbook, record_id)
            page = self.show_tab(CHECKLISTS)
            if answer is not None and isinstance(page, ChecklistPage):
                page.show_stage(answer.checklist)
                page.focus_question(answer.question)
        elif kind == "headcount_snapshot":
            self.show_tab(HEADCOUNT)
        elif kind == "protocol":
            self.show_tab(PROTOCOLS)
        elif kind == "incident":
            self.open_incident(record_id)
        elif kind == "evidence" and self.logbook is not None:
            item = get_evidence(self.logbook, record_id)
            if item is not None and item.incident_id:
                self.open_incident(item.incident_id)
            else:
                self.show_tab(EVIDENCE)

    def open_incident(self, incident_id: str) -> None:
        """Show a report in its form (e.g. the draft a red-flag answer just made)."""
        page = self.show_tab(INCIDENTS)
        if isinstance(page, IncidentsPage):
            page.refresh()
            page.open_incident(incident_id)

    def new_incident(self) -> None:
        page = self.show_tab(INCIDENTS)
        if isinstance(page, IncidentsPage):
            page.new_report()
