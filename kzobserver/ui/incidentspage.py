"""The list of irregularity reports with its filters; a report opens in its own window
(:class:`IncidentForm`), so the observer can keep it open while still working in the station."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QDateTime, QEvent, QModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kzobserver.domain.taxonomy import (
    FollowUpStatus,
    Severity,
    categories,
    severity_label,
    status_label,
)
from kzobserver.storage.incidents import Incident, get_incident, list_incidents
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.stations import get_station
from kzobserver.ui import language
from kzobserver.ui.incidentform import IncidentForm
from kzobserver.ui.incidentmodel import IncidentIdRole, IncidentListModel
from kzobserver.ui.widgets import enlarge, heading


class IncidentsPage(QWidget):
    """Reports of ``station_id`` (or of every station, by the filter or without a station).
    ``changed`` is emitted after anything about a report was written from here."""

    changed = Signal()

    def __init__(
        self,
        logbook: Logbook,
        station_id: str | None = None,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentsPage")
        self.logbook, self.station_id = logbook, station_id
        self.lang = lang or language.current()
        self.forms: list[IncidentForm] = []
        self.model = IncidentListModel(self.lang, self)
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.new_button = QPushButton(self.tr("&New report…"), self)
        self.new_button.setObjectName("newReportButton")
        enlarge(self.new_button, 1.2)
        self.new_button.clicked.connect(lambda: self.new_report())
        # Ctrl+N inside the page (see event()); the tooltip names it in the platform's way.
        self.new_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.NativeText)
        )
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Irregularity reports"), self), 1)
        top.addWidget(self.new_button)

        self.station_filter = QComboBox(self)
        self.station_filter.setObjectName("stationFilter")
        if self.station_id is not None:
            self.station_filter.addItem(self.tr("This station"), self.station_id)
        self.station_filter.addItem(self.tr("All stations"), None)
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("categoryFilter")
        self.category_filter.addItem(self.tr("All categories"), None)
        for category in categories():
            self.category_filter.addItem(category.name.get(self.lang), category.code)
        self.category_filter.setMaximumWidth(360)
        self.severity_filter = QComboBox(self)
        self.severity_filter.setObjectName("severityFilter")
        self.severity_filter.addItem(self.tr("Any severity"), None)
        for severity in Severity:
            self.severity_filter.addItem(severity_label(severity), severity.value)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Any follow-up status"), None)
        for status in FollowUpStatus:
            self.status_filter.addItem(status_label(status), status.value)
        start_of_day = QDateTime(QDateTime.currentDateTime().date(), QTime(0, 0))
        self.since_check = QCheckBox(self.tr("From"), self)
        self.since_check.setObjectName("sinceCheck")
        self.since_edit = self._time_edit("sinceEdit", start_of_day)
        self.until_check = QCheckBox(self.tr("to"), self)
        self.until_check.setObjectName("untilCheck")
        self.until_edit = self._time_edit("untilEdit", start_of_day.addSecs(24 * 3600 - 60))
        self.latest_only = QCheckBox(self.tr("Latest versions only"), self)
        self.latest_only.setObjectName("latestOnlyCheck")
        self.latest_only.setChecked(True)
        self.latest_only.setToolTip(
            self.tr("Unchecked: every version of an amended report, the originals included.")
        )
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        filters = QHBoxLayout()
        for combo in (
            self.station_filter,
            self.category_filter,
            self.severity_filter,
            self.status_filter,
        ):
            enlarge(combo, 1.1)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        filters.addStretch(1)
        times = QHBoxLayout()
        for widget in (self.since_check, self.since_edit, self.until_check, self.until_edit):
            times.addWidget(widget)
        times.addSpacing(16)
        times.addWidget(self.latest_only)
        times.addStretch(1)
        times.addWidget(self.count_label)
        self.station_filter.setVisible(self.station_id is not None)
        for check in (self.since_check, self.until_check, self.latest_only):
            check.toggled.connect(lambda _on: self.refresh())
        for edit in (self.since_edit, self.until_edit):
            edit.dateTimeChanged.connect(lambda _t: self.refresh())

        self.view = QTableView(self)
        self.view.setObjectName("incidentList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        enlarge(self.view, 1.15)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IncidentListModel.CATEGORY, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._activated)  # Enter or double-click
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555;")
        enlarge(self.empty_label, 1.15)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(times)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)

    def _time_edit(self, name: str, value: QDateTime) -> QDateTimeEdit:
        edit = QDateTimeEdit(value, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm" if self.lang == "en" else "dd.MM.yyyy HH:mm")
        return edit

    def event(self, event: QEvent) -> bool:
        # The window's own Ctrl+N (a new logbook) would make a page shortcut ambiguous, and an
        # ambiguous shortcut does nothing: inside the page, claim the key before shortcuts see it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.New)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.New):
            self.new_report()
            return
        super().keyPressEvent(event)

    # --- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list from the logbook, keeping the selected report selected."""
        keep = self.selected_id()
        self.since_edit.setEnabled(self.since_check.isChecked())
        self.until_edit.setEnabled(self.until_check.isChecked())
        found = list_incidents(
            self.logbook,
            station_id=self.station_filter.currentData(),
            category=self.category_filter.currentData(),
            severity=self.severity_filter.currentData(),
            status=self.status_filter.currentData(),
            since=self._moment(self.since_check, self.since_edit),
            until=self._moment(self.until_check, self.until_edit),
            latest_only=self.latest_only.isChecked(),
        )
        sizes = Counter(i.original_id for i in list_incidents(self.logbook))
        self.model.set_incidents(found, self._station_numbers(found), dict(sizes))
        drafts = sum(1 for i in found if not i.submitted)
        self.count_label.setText(
            self.tr("{count} shown, {drafts} not submitted").format(count=len(found), drafts=drafts)
        )
        filtered = self._filtered()
        self.empty_label.setVisible(not found)
        self.empty_label.setText(
            self.tr("No report matches these filters.")
            if filtered
            else self.tr("No reports yet. Press Ctrl+N or “New report…” to write one.")
        )
        self.select(keep)

    def _station_numbers(self, incidents: list[Incident]) -> dict[str, str]:
        # Only the stations shown: a draft autosaved every few seconds refreshes this list, and
        # a logbook can hold 10,000 stations.
        numbers = {}
        for station in {i.station_id for i in incidents if i.station_id}:
            detail = get_station(self.logbook, station)
            if detail is not None:
                numbers[station] = detail.number
        return numbers

    def _filtered(self) -> bool:
        combos = (self.category_filter, self.severity_filter, self.status_filter)
        return any(c.currentData() is not None for c in combos) or (
            self.since_check.isChecked() or self.until_check.isChecked()
        )

    @staticmethod
    def _moment(check: QCheckBox, edit: QDateTimeEdit) -> str | None:
        if not check.isChecked():
            return None
        return edit.dateTime().toUTC().toString(Qt.DateFormat.ISODateWithMs)

    def select(self, incident_id: str | None) -> None:
        row = self.model.row_of(incident_id) if incident_id else -1
        if row >= 0:
            self.view.selectRow(row)

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(IncidentIdRole) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        incident_id = index.siblingAtColumn(0).data(IncidentIdRole)
        if incident_id:
            self.open_incident(incident_id)

    # --- report windows ------------------------------------------------------------------------

    def open_incident(self, incident_id: str) -> IncidentForm:
        """Show the report in its window (the one already open on it, if any)."""
        wanted = get_incident(self.logbook, incident_id)
        for form in self.forms:
            if form.incident is not None and form.incident.original_id == wanted.original_id:
                if form.incident.id != incident_id and form.commit_pending():
                    form.load(incident_id)
                self._show(form)
                return form
        return self._open(IncidentForm(self.logbook, incident_id, parent=self, lang=self.lang))

    def new_report(self) -> IncidentForm:
        station = self.station_id
        return self._open(
            IncidentForm(self.logbook, station_id=station, parent=self, lang=self.lang)
        )

    def _open(self, form: IncidentForm) -> IncidentForm:
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._form_saved)
        form.finished.connect(lambda _r, f=form: self._forget(f))
        self.forms.append(form)
        self._show(form)
        return form

    @staticmethod
    def _show(form: IncidentForm) -> None:
        form.show()
        form.raise_()
        form.activateWindow()

    def _forget(self, form: IncidentForm) -> None:
        if form in self.forms:
            self.forms.remove(form)

    def _form_saved(self, incident_id: str) -> None:
        self.refresh()
        self.select(incident_id)
        self.changed.emit()

    def commit_pending(self) -> bool:
        """Save the drafts open in report windows (before the page is dropped); False if one
        could not be saved."""
        return all([form.commit_pending() for form in self.forms])
