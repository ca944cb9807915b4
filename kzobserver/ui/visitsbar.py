"""Where the observer is: a strip over a station's pages with the day's four buttons (arrive, leave,
start and end a break), and a list of the stations the observer has been at.

The storage functions decide what is possible (they refuse leaving a station one is not at); the
strip only enables the buttons that make sense and shows a refusal in itself, without a dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kzobserver.storage import visits as store
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.stations import get_station
from kzobserver.storage.times import stored_time
from kzobserver.ui import language
from kzobserver.ui.clock import format_moment, recent_moment
from kzobserver.ui.itemviews import ActivatingTree
from kzobserver.ui.widgets import enlarge, scaled_label

# (accent, tint) per state: the strip's colour says where the observer is before it is read.
HERE, BREAK, ELSEWHERE, NOWHERE = "here", "break", "elsewhere", "nowhere"
STATE_COLOURS = {
    HERE: ("#2e7d32", "#edf7ee"),
    BREAK: ("#b26a00", "#fff4e0"),
    ELSEWHERE: ("#1565c0", "#e8f0fe"),
    NOWHERE: ("#6b6b6b", "#f2f2f2"),
}
ERROR_STYLE = "color: #b00020; font-weight: bold; background: transparent;"


class Whereabouts(NamedTuple):
    """Where the current observer is, from their visit events."""

    station_id: str | None
    number: str  # the station's number, '' when not at a station
    since: str | None  # stored time of the arrival there
    on_break: bool
    break_since: str | None  # stored time of the break's start


def whereabouts(logbook: Logbook) -> Whereabouts:
    here = store.current_station(logbook)
    if here is None:
        return Whereabouts(None, "", None, False, None)
    mine = [v for v in store.visits(logbook, here) if v.author == logbook.author]
    arrival = next(v for v in reversed(mine) if v.event == store.VisitEvent.ARRIVAL)
    paused = store.on_break(logbook)
    break_since = None
    if paused:
        starts = [v for v in mine if v.event == store.VisitEvent.BREAK_START]
        break_since = starts[-1].at if starts else None
    station = get_station(logbook, here)
    return Whereabouts(here, station.number if station else "?", arrival.at, paused, break_since)


class VisitsBar(QFrame):
    """The visits strip of one station's view. ``changed`` after every visit event written."""

    changed = Signal()

    def __init__(
        self,
        logbook: Logbook,
        station_id: str,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitsBar")
        self.logbook, self.station_id = logbook, station_id
        self.lang = lang or language.current()
        self.state = NOWHERE
        self.where = Whereabouts(None, "", None, False, None)

        self.status = scaled_label(scale=1.35, bold=True, parent=self, selectable=False)
        self.status.setObjectName("visitStatus")
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.hint = scaled_label(scale=1.0, parent=self, selectable=False)
        self.hint.setObjectName("visitHint")
        self.arrive_button = self._button(self.tr("&Arrive here"), "arriveButton", self.arrive)
        self.leave_button = self._button(self.tr("&Leave"), "leaveButton", self.leave)
        self.break_button = self._button(self.tr("Start &break"), "breakButton", self.start_break)
        self.resume_button = self._button(self.tr("&End break"), "resumeButton", self.end_break)

        self.at_check = QCheckBox(self.tr("At an earlier ti&me:"), self)
        self.at_check.setObjectName("atCheck")
        self.at_check.setToolTip(
            self.tr("Record something that happened a few minutes ago, at the time you set here.")
        )
        enlarge(self.at_check, 1.1)
        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName("visitTime")
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.hide()  # shown while "at an earlier time" is ticked: "now" needs no clock
        enlarge(self.time_edit, 1.2)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("visitError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        enlarge(self.error_label, 1.1)
        self.error_label.hide()

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.status, 1)
        for button in (
            self.arrive_button,
            self.leave_button,
            self.break_button,
            self.resume_button,
        ):
            top.addWidget(button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.error_label, 1)
        bottom.addWidget(self.at_check)
        bottom.addWidget(self.time_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.at_check.toggled.connect(self._at_toggled)
        self.refresh()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        enlarge(button, 1.2)
        button.setMinimumHeight(44)
        button.setMinimumWidth(120)
        button.clicked.connect(lambda: slot())
        return button

    # --- state ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read where the observer is (after a visit recorded elsewhere, or a new observer)."""
        self.where = where = whereabouts(self.logbook)
        here = where.station_id == self.station_id
        since = format_moment(where.since, self.lang) if where.since else ""
        self.hint.setText("")
        if here and where.on_break:
            self.state = BREAK
            self.status.setText(
                self.tr("On a break since {time}").format(
                    time=format_moment(where.break_since or where.since or "", self.lang)
                )
            )
            self.hint.setText(self.tr("At this station since {time}").format(time=since))
        elif here:
            self.state = HERE
            self.status.setText(self.tr("You are at this station since {time}").format(time=since))
        elif where.station_id is not None:
            self.state = ELSEWHERE
            text = self.tr("You are at station № {number} since {time}")
            self.status.setText(text.format(number=where.number, time=since))
            self.hint.setText(
                self.tr("“Arrive here” also records that you left station № {number}.").format(
                    number=where.number
                )
            )
        else:
            self.state = NOWHERE
            self.status.setText(self.tr("Not at a station"))
        self.arrive_button.setEnabled(not here)
        self.leave_button.setEnabled(here)
        self.break_button.setEnabled(here and not where.on_break)
        self.resume_button.setEnabled(here and where.on_break)
        accent, tint = STATE_COLOURS[self.state]
        self.setStyleSheet(
            f"#visitsBar {{ background: {tint}; border-left: 6px solid {accent};"
            " border-radius: 4px; }"
            f" #visitStatus {{ color: {accent}; background: transparent; }}"
            " #visitHint { color: #333333; background: transparent; }"
        )

    def _at_toggled(self, checked: bool) -> None:
        self.time_edit.setVisible(checked)
        if checked:
            now = datetime.now()
            self.time_edit.setTime(QTime(now.hour, now.minute))
            self.time_edit.setFocus()
            self.time_edit.selectAll()

    def chosen_time(self) -> datetime | None:
        """The time set in "at an earlier time", None for now."""
        return recent_moment(self.time_edit.time()) if self.at_check.isChecked() else None

    # --- the buttons ---------------------------------------------------------------------------

    def arrive(self) -> bool:
        return self._record(lambda at: store.arrive(self.logbook, self.station_id, at))

    def leave(self) -> bool:
        return self._record(lambda at: store.depart(self.logbook, self._here(at)))

    def start_break(self) -> bool:
        return self._record(
            lambda at: store.start_break(self.logbook, self._after_arrival(self._here(at)))
        )

    def end_break(self) -> bool:
        return self._record(
            lambda at: store.end_break(self.logbook, self._after_break(self._here(at)))
        )

    def _here(self, at: datetime | None) -> datetime | None:
        # Storage leaves (or pauses at) wherever the observer is: from this station's strip
        # that must be this station.
        if self.where.station_id not in (None, self.station_id):
            raise LogbookError(
                self.tr("You are at station № {number}, not at this one.").format(
                    number=self.where.number
                )
            )
        return at

    # Storage accepts a break dated before the arrival (or an end before its start) but then
    # reads the day as if it had not happened: the strip would not change and say nothing.
    def _after_arrival(self, at: datetime | None) -> datetime | None:
        since = self.where.since
        if at is not None and since and stored_time(at) < since:
            raise LogbookError(
                self.tr("Choose a time after {time}: that is when you arrived here.").format(
                    time=format_moment(since, self.lang)
                )
            )
        return at

    def _after_break(self, at: datetime | None) -> datetime | None:
        since = self.where.break_since
        if at is not None and since and stored_time(at) < since:
            raise LogbookError(
                self.tr("Choose a time after {time}: that is when your break started.").format(
                    time=format_moment(since, self.lang)
                )
            )
        return at

    def _record(self, write: Callable[[datetime | None], object]) -> bool:
        self.where = whereabouts(self.logbook)  # another page may have written since
        try:
            write(self.chosen_time())
        except LogbookError as exc:
            self.refresh()
            self.error_label.setText(str(exc))
            self.error_label.show()
            return False
        self.error_label.hide()
        # The next button press is "now" again: a time set for one late entry must not stick.
        self.at_check.setChecked(False)
        self.refresh()
        self.changed.emit()
        return True


class StationsVisitedDialog(QDialog):
    """The stations the current observer has been at; Enter or a double-click on one emits
    ``station_chosen`` (to open it) and closes the dialog."""

    station_chosen = Signal(str)

    def __init__(
        self, logbook: Logbook, parent: QWidget | None = None, *, lang: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stationsVisitedDialog")
        self.setWindowTitle(self.tr("Stations I have been at"))
        enlarge(self, 1.15)
        self.resize(820, 360)
        self.logbook = logbook
        self.lang = lang or language.current()
        self.tree = ActivatingTree(self)
        self.tree.setObjectName("stationsVisited")
        self.tree.setHeaderLabels(
            [
                self.tr("Station"),
                self.tr("Address"),
                self.tr("First arrival"),
                self.tr("Last departure"),
                self.tr("Now"),
            ]
        )
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.intro = scaled_label(
            self.tr(
                "The stations you have been at, in the order you first arrived. Press Enter or "
                "double-click to open one."
            ),
            1.0,
            parent=self,
            selectable=False,
        )
        self.empty_label = scaled_label(
            self.tr("You have not recorded an arrival at any station yet."), parent=self
        )
        self.open_button = QPushButton(self.tr("&Open station"), self)
        self.open_button.setObjectName("openStationButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.tree.chosen.connect(self._chosen)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.open_button.clicked.connect(lambda: self._chosen(self.tree.currentIndex()))
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        dash = "—"
        present: QTreeWidgetItem | None = None
        for row in store.stations_visited(self.logbook):
            station = get_station(self.logbook, row.station_id)
            item = QTreeWidgetItem(
                [
                    self.tr("№ {number}").format(number=row.number),
                    station.address if station and station.address else dash,
                    format_moment(row.first_arrival, self.lang),
                    format_moment(row.last_departure, self.lang) if row.last_departure else dash,
                    self.tr("here now") if row.present_now else "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.station_id)
            if row.present_now:
                font = item.font(4)
                font.setBold(True)
                item.setFont(4, font)
                item.setForeground(4, Qt.GlobalColor.darkGreen)
                present = item
            self.tree.addTopLevelItem(item)
        count = self.tree.topLevelItemCount()
        self.empty_label.setVisible(count == 0)
        self.tree.setVisible(count > 0)
        if count:
            self.tree.setCurrentItem(present or self.tree.topLevelItem(count - 1))
            self.tree.setFocus()
        self._update_button()

    def station_ids(self) -> list[str]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in items]

    def _update_button(self) -> None:
        self.open_button.setEnabled(self.tree.currentItem() is not None)

    def _chosen(self, index: QModelIndex) -> None:
        item = self.tree.topLevelItem(index.row()) if index.isValid() else None
        if item is None:
            return
        self.station_chosen.emit(item.data(0, Qt.ItemDataRole.UserRole))
        self.accept()
