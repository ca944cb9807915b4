"""The headcount: a very large counter of voters seen entering, driven by the keyboard (Space or +
adds one, Backspace or − takes the last one off), each keystroke committed to the logbook at once;
snapshots on the hour, set against the turnout the commission announces and ``ballots_issued``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kzobserver.storage import headcount as hc
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocols import source_label
from kzobserver.storage.reference import current_election, list_regions
from kzobserver.ui import keys, language
from kzobserver.ui.headcounttable import SnapshotTable, percent_text
from kzobserver.ui.widgets import TITLE_SCALE, enlarge, scaled_label

COUNTER_SCALE = 12.0  # read from across the room, or with the laptop on a knee
ADD_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Plus, Qt.Key.Key_Equal)  # "=" is the unshifted "+" key
UNDO_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Minus)
SNAPSHOT_LETTERS = ("s", "ы")  # the S key in the Latin and in the Russian/Kazakh layouts
_COUNTER_STYLE = (
    "#counterPanel {{ background: {background}; border: 3px solid {border}; border-radius: 12px; }}"
)
COUNTER_ACTIVE = _COUNTER_STYLE.format(background="#f5f9ff", border="#1565c0")
COUNTER_PAUSED = _COUNTER_STYLE.format(background="#f4f4f4", border="#bdbdbd")
DUE_STYLE = (
    "#dueBanner { background: #fff3b0; border: 1px solid #d9b500; border-radius: 6px; }"
    " QLabel { color: #3d2f00; background: transparent; }"
)
BIG_BUTTON_STYLE = "QPushButton { padding: 10px 24px; }"
STATUS_ERROR = "color: #8e0000; font-weight: bold;"
Clock = Callable[[], datetime]


class HeadcountPage(QWidget):
    """Self-contained: give it a logbook and a station id. The page itself takes the keyboard
    focus (its buttons never do, so Space cannot also click a focused button); ``changed`` after
    every tap, undo and snapshot. ``tz`` and ``clock`` (an aware "now") default to this device's;
    tests pass the station's."""

    changed = Signal()

    def __init__(
        self,
        logbook: Logbook,
        station_id: str,
        parent: QWidget | None = None,
        lang: str | None = None,
        *,
        tz: tzinfo | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("headcountPage")
        self.logbook, self.station_id = logbook, station_id
        self.lang = lang or language.current()
        self.tz = tz
        self.clock: Clock = clock or (lambda: datetime.now(tz).astimezone(tz))
        self.count = 0
        self.due: datetime | None = None
        self.comparison: hc.HeadcountComparison | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        # Ctrl+S as well as S: the key people already press to "save" a moment.
        self.snapshot_action = QAction(self.tr("Take snapshot now"), self)
        self.snapshot_action.setShortcut(QKeySequence("Ctrl+S"))
        self.snapshot_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.snapshot_action.triggered.connect(self.take_snapshot_now)
        self.addAction(self.snapshot_action)
        self.due_timer = QTimer(self)
        self.due_timer.setInterval(30_000)  # the reminder appears within half a minute of the hour
        self.due_timer.timeout.connect(self._update_due)
        self.due_timer.start()
        self.refresh()

    def _build(self) -> None:
        # No label here is selectable: a selectable label takes the focus when clicked, and the
        # keys would stop counting.
        title = scaled_label(
            self.tr("Headcount"), TITLE_SCALE * 0.8, bold=True, parent=self, selectable=False
        )
        hint = scaled_label(
            self.tr(
                "Space or + : one more voter · Backspace or − : take the last one off · "
                "S or Ctrl+S : snapshot. Every key press is saved at once."
            ),
            1.05,
            parent=self,
            selectable=False,
        )
        hint.setStyleSheet("color: #333;")

        self.panel = QFrame(self)
        self.panel.setObjectName("counterPanel")
        self.counter = scaled_label(
            "0", COUNTER_SCALE, bold=True, parent=self.panel, selectable=False
        )
        self.counter.setObjectName("counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter.setWordWrap(False)
        caption = scaled_label(
            self.tr("voters seen entering"), 1.3, parent=self.panel, selectable=False
        )
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.share = scaled_label(parent=self.panel, scale=1.2, selectable=False)
        self.share.setObjectName("registeredShare")
        self.share.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = self._big_button(self.tr("+1   (Space)"), "addButton", self.add_voter)
        self.undo_button = self._big_button(
            self.tr("Undo last   (Backspace)"), "undoButton", self.undo_last
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button, 3)
        buttons.addWidget(self.undo_button, 2)
        self.paused = scaled_label(
            self.tr("Keys paused: click here to count with the keyboard"),
            1.1,
            parent=self.panel,
            selectable=False,
        )
        self.paused.setObjectName("keysPaused")
        self.paused.setStyleSheet("color: #8a5a00;")
        self.paused.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = scaled_label(parent=self.panel, scale=1.0, selectable=False)
        self.status.setObjectName("tapStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(20, 12, 20, 16)
        panel_layout.addWidget(self.counter, 1)
        panel_layout.addWidget(caption)
        panel_layout.addWidget(self.share)
        panel_layout.addSpacing(8)
        panel_layout.addLayout(buttons)
        panel_layout.addWidget(self.paused)
        panel_layout.addWidget(self.status)

        self.issued = scaled_label(parent=self, scale=1.2, selectable=False)
        self.issued.setObjectName("issuedComparison")
        self.issued.setStyleSheet(
            "background: #e3efff; border: 1px solid #1565c0; border-radius: 6px; padding: 8px;"
        )
        self.issued.hide()
        self.due_banner = QFrame(self)
        self.due_banner.setObjectName("dueBanner")
        self.due_banner.setStyleSheet(DUE_STYLE)
        self.due_label = scaled_label(
            parent=self.due_banner, scale=1.15, bold=True, selectable=False
        )
        self.due_label.setObjectName("dueText")
        self.due_button = self._big_button("", "recordDueButton", self.record_due_snapshot)
        due_layout = QHBoxLayout(self.due_banner)
        due_layout.setContentsMargins(12, 8, 12, 8)
        due_layout.addWidget(self.due_label, 1)
        due_layout.addWidget(self.due_button)
        self.due_banner.hide()
        self.snapshot_button = self._big_button(
            self.tr("Take snapshot now   (S)"), "snapshotButton", self.take_snapshot_now
        )
        snapshots_title = scaled_label(
            self.tr("Snapshots"), 1.3, bold=True, parent=self, selectable=False
        )
        self.table = SnapshotTable(self.lang, self._region_names(), self)

        right = QVBoxLayout()
        right.addWidget(self.due_banner)
        top_right = QHBoxLayout()
        top_right.addWidget(snapshots_title, 1)
        top_right.addWidget(self.snapshot_button)
        right.addLayout(top_right)
        right.addWidget(self.table, 1)
        right.addWidget(self.issued)
        left = QVBoxLayout()
        left.addWidget(self.panel, 1)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(left, 5)
        body.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        self._show_focus(False)

    def _region_names(self) -> dict[str, str]:
        election = current_election(self.logbook)
        if election is None:
            return {}
        return {a.code: a.name.get(self.lang) for a in list_regions(self.logbook, election.id)}

    def _big_button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        # The page keeps the focus: a focused button would turn the next Space into a click.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setStyleSheet(BIG_BUTTON_STYLE)
        button.setMinimumHeight(56)
        enlarge(button, 1.3)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # --- counting ------------------------------------------------------------------------------

    def add_voter(self) -> None:
        self._tap(1)

    def undo_last(self) -> None:
        self._tap(-1)

    def _tap(self, delta: int) -> None:
        now = self.clock()
        try:
            # tap(-1) is undo_last_tap at the page's clock (a -1 row; never below zero).
            self.count = hc.tap(self.logbook, self.station_id, delta, at=now)
        except LogbookError as exc:
            self._set_status(self.tr("Not saved: {error}").format(error=exc), error=True)
            return
        when = now.astimezone(self.tz).strftime("%H:%M:%S")
        text = self.tr("+1 saved at {time}") if delta > 0 else self.tr("−1 saved at {time}")
        self._set_status(text.format(time=when))
        self._show_count()
        self._update_due()  # the first voter after the hour brings the reminder up at once
        self.changed.emit()

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(STATUS_ERROR if error else "color: #555;")

    def _show_count(self) -> None:
        self.counter.setText(language.format_int(self.count, self.lang))
        self.undo_button.setEnabled(self.count > 0)
        registered = self.comparison.registered_voters if self.comparison else None
        if registered:
            self.share.setText(
                self.tr("{percent} of {registered} registered voters").format(
                    percent=percent_text(100 * self.count / registered, self.lang),
                    registered=language.format_int(registered, self.lang),
                )
            )
        else:
            self.share.setText(self.tr("Registered voters unknown"))
        issued = self.comparison.issued if self.comparison else None
        self.issued.setVisible(issued is not None)
        if issued is not None:
            self.issued.setText(
                self.tr(
                    "Ballots issued ({source}): {issued} · your headcount: {count} · "
                    "issued − counted: {difference}"
                ).format(
                    source=source_label(issued.source),
                    issued=language.format_int(issued.value, self.lang),
                    count=language.format_int(self.count, self.lang),
                    difference=signed_int(issued.value - self.count, self.lang),
                )
            )

    # --- snapshots -----------------------------------------------------------------------------

    def take_snapshot_now(self) -> None:
        self._snapshot(self.clock())

    def record_due_snapshot(self) -> None:
        """The snapshot of the hour that is due, counted from the taps up to that hour (every tap
        has its time), however late it is recorded."""
        if self.due is not None:
            self._snapshot(self.due)

    def _snapshot(self, at: datetime) -> None:
        try:
            snapshot = hc.take_snapshot(self.logbook, self.station_id, at)
        except LogbookError as exc:
            self._set_status(self.tr("Snapshot not saved: {error}").format(error=exc), error=True)
            return
        self._set_status(
            self.tr("Snapshot saved: {count} at {time}").format(
                count=language.format_int(snapshot.count, self.lang),
                time=at.astimezone(self.tz).strftime("%H:%M"),
            )
        )
        self.refresh()
        self.changed.emit()

    def _update_due(self) -> None:
        self.due = hc.due_snapshot(self.logbook, self.station_id, self.clock(), self.tz)
        self.due_banner.setVisible(self.due is not None)
        if self.due is not None:
            hour = self.due.astimezone(self.tz).strftime("%H:%M")
            self.due_label.setText(
                self.tr(
                    "The {time} snapshot is due. Enter records the count as it was at {time}."
                ).format(time=hour)
            )
            self.due_button.setText(self.tr("Record {time}   (Enter)").format(time=hour))

    def refresh(self) -> None:
        """Reload the count, the snapshots and the comparisons from the logbook."""
        self.comparison = hc.headcount_comparison(self.logbook, self.station_id, tz=self.tz)
        self.count = self.comparison.current_count
        self.table.show_comparison(self.comparison)
        self._show_count()
        self._update_due()

    # --- keyboard and focus --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = keys.is_plain(event)
        # A key held down repeats: that is one voter, not thirty.
        if plain and key in ADD_KEYS:
            if not event.isAutoRepeat():
                self.add_voter()
        elif plain and key in UNDO_KEYS:
            if not event.isAutoRepeat():
                self.undo_last()
        elif plain and (key == Qt.Key.Key_S or keys.typed(event) in SNAPSHOT_LETTERS):
            if not event.isAutoRepeat():
                self.take_snapshot_now()
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.due is not None:
            self.record_due_snapshot()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Shown as a tab: Space must count at once, without a click first.
        QTimer.singleShot(0, self, lambda: self.setFocus(Qt.FocusReason.OtherFocusReason))
        self._update_due()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._show_focus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show_focus(False)

    def _show_focus(self, focused: bool) -> None:
        """A blue frame while the keys count; a visible "paused" when they would not."""
        self.panel.setStyleSheet(COUNTER_ACTIVE if focused else COUNTER_PAUSED)
        self.paused.setVisible(not focused)


def signed_int(value: int, lang: str) -> str:
    text = language.format_int(abs(value), lang)
    return f"+{text}" if value > 0 else f"−{text}" if value < 0 else text
