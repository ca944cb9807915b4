"""The bars above the Discrepancies table: what to compare (contest, sources A and B, tolerance)
and which stations to show (status, region, contestant, size of the difference)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from kzobserver.domain.comparison import ComparisonStatus
from kzobserver.storage.protocols import Source, source_label
from kzobserver.ui import language
from kzobserver.ui.discrepancymodel import (
    STATUS_ORDER,
    DiscrepancyFilter,
    status_label,
)

MAX_DIFFERENCE = 10_000_000  # storage.protocols.MAX_LINE_VALUE: no difference can be larger


@dataclass(frozen=True)
class ComparisonRequest:
    """What to compare: the page loads a new comparison when this changes."""

    contest: str | None
    source_a: str
    source_b: str
    tolerance_abs: int = 0
    tolerance_percent: float = 0.0


class _StayOpenMenu(QMenu):
    """Ticking a status leaves the menu open, so several can be ticked in one go."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.isCheckable():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.activeAction()
        if (
            event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and action is not None
            and action.isEnabled()
            and action.isCheckable()
        ):
            action.trigger()
            return
        super().keyPressEvent(event)


def short_source_label(source: str) -> str:
    """Shorter than storage.protocols.source_label, so both choosers fit on one line."""
    translate = QCoreApplication.translate  # not "tr": lupdate would read it as QObject.tr
    return {
        Source.OBSERVER_TALLY: translate("ComparisonBar", "Observer's tally"),
        Source.PEC_COPY: translate("ComparisonBar", "Commission's copy"),
        Source.OFFICIAL: translate("ComparisonBar", "Official figures"),
    }.get(Source(source), source)


def compact(combo: QComboBox, characters: int) -> None:
    """About ``characters`` wide whatever the items, with a popup wide enough to read them."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def widen_popup(combo: QComboBox) -> None:
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + 24)


def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


class ComparisonBar(QWidget):
    """Contest, source A, source B and the tolerance; ``changed`` when the user picks another."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contest = QComboBox(self)
        self.contest.setObjectName("contestChooser")
        compact(self.contest, 16)
        self.source_a = self._source_combo("sourceA", Source.PEC_COPY)
        self.source_b = self._source_combo("sourceB", Source.OFFICIAL)
        self.tolerance_abs = QSpinBox(self)
        self.tolerance_abs.setObjectName("toleranceVotes")
        self.tolerance_abs.setRange(0, 100_000)
        self.tolerance_abs.setSuffix(self.tr(" votes"))
        self.tolerance_abs.setToolTip(self.tr("Differences up to this many votes are tolerated"))
        self.tolerance_percent = QDoubleSpinBox(self)
        self.tolerance_percent.setObjectName("tolerancePercent")
        self.tolerance_percent.setRange(0.0, 100.0)
        self.tolerance_percent.setDecimals(1)
        self.tolerance_percent.setSingleStep(0.1)
        self.tolerance_percent.setSuffix(" %")
        self.tolerance_percent.setToolTip(
            self.tr("Differences up to this share of the larger figure are tolerated")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.contest_label = _label(self.tr("C&ontest"), self.contest, self)
        layout.addWidget(self.contest_label)
        layout.addWidget(self.contest)
        layout.addSpacing(12)
        layout.addWidget(_label(self.tr("&A"), self.source_a, self))
        layout.addWidget(self.source_a)
        layout.addWidget(_label(self.tr("&B"), self.source_b, self))
        layout.addWidget(self.source_b)
        layout.addSpacing(12)
        layout.addWidget(_label(self.tr("&Tolerance"), self.tolerance_abs, self))
        layout.addWidget(self.tolerance_abs)
        layout.addWidget(QLabel(self.tr("or"), self))
        layout.addWidget(self.tolerance_percent)
        layout.addStretch(1)

        self.contest.currentIndexChanged.connect(self.changed)
        self.source_a.currentIndexChanged.connect(self.changed)
        self.source_b.currentIndexChanged.connect(self.changed)
        # Not on every arrow click of a spin box: each change means reading every record again.
        self.tolerance_abs.editingFinished.connect(self.changed)
        self.tolerance_percent.editingFinished.connect(self.changed)

    def _source_combo(self, name: str, default: Source) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for source in Source:
            combo.addItem(short_source_label(source), source.value)
            combo.setItemData(combo.count() - 1, source_label(source), Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(combo.findData(default.value))
        return combo

    def set_contests(self, contests: list[tuple[str, str]], current: str | None) -> None:
        """``(code, name)`` pairs; the chooser only shows when there is a choice."""
        self.contest.blockSignals(True)
        self.contest.clear()
        for code, name in contests:
            self.contest.addItem(name, code)
        index = self.contest.findData(current) if current else 0
        self.contest.setCurrentIndex(max(index, 0))
        self.contest.setToolTip(self.contest.currentText())
        widen_popup(self.contest)
        self.contest.blockSignals(False)
        several = len(contests) > 1
        self.contest.setVisible(several)
        self.contest_label.setVisible(several)

    def request(self) -> ComparisonRequest:
        return ComparisonRequest(
            contest=self.contest.currentData(),
            source_a=self.source_a.currentData(),
            source_b=self.source_b.currentData(),
            tolerance_abs=self.tolerance_abs.value(),
            tolerance_percent=round(self.tolerance_percent.value(), 1),
        )


class FilterBar(QWidget):
    """Which rows to show; ``changed`` carries the new filter at once (filtering is instant)."""

    changed = Signal(object)  # DiscrepancyFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_button = QToolButton(self)
        self.status_button.setObjectName("statusFilter")
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = _StayOpenMenu(self.status_button)
        self.all_statuses_action = self.status_menu.addAction(self.tr("All statuses"))
        self.all_statuses_action.triggered.connect(lambda: self.set_statuses(set()))
        self.problems_action = self.status_menu.addAction(self.tr("Everything but matches"))
        self.problems_action.triggered.connect(
            lambda: self.set_statuses({s for s in STATUS_ORDER if s is not ComparisonStatus.MATCH})
        )
        self.status_menu.addSeparator()
        self.status_actions: dict[ComparisonStatus, QAction] = {}
        for status in STATUS_ORDER:
            # No icon: a menu shows an action's icon in place of its tick.
            action = self.status_menu.addAction(status_label(status))
            action.setCheckable(True)
            action.toggled.connect(self._emit)
            self.status_actions[status] = action
        self.status_button.setMenu(self.status_menu)

        self.region = QComboBox(self)
        self.region.setObjectName("regionFilter")
        compact(self.region, 14)
        self.contestant = QComboBox(self)
        self.contestant.setObjectName("contestantFilter")
        compact(self.contestant, 14)
        self.contestant.setToolTip(self.tr("Stations where this contestant's votes differ"))
        self.min_difference = QSpinBox(self)
        self.min_difference.setObjectName("minimumDifference")
        self.min_difference.setRange(0, MAX_DIFFERENCE)
        self.min_difference.setSpecialValueText(self.tr("any"))
        self.min_difference.setToolTip(
            self.tr("Only stations where some line differs by at least this much")
        )
        self.clear_button = QPushButton(self.tr("Show a&ll"), self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)
        self.set_choices([], [])

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_button)
        layout.addWidget(_label(self.tr("&Region"), self.region, self))
        layout.addWidget(self.region)
        layout.addWidget(_label(self.tr("&Contestant"), self.contestant, self))
        layout.addWidget(self.contestant)
        layout.addWidget(_label(self.tr("&Difference at least"), self.min_difference, self))
        layout.addWidget(self.min_difference)
        layout.addStretch(1)
        layout.addWidget(self.clear_button)

        self.region.currentIndexChanged.connect(self._emit)
        self.contestant.currentIndexChanged.connect(self._emit)
        self.min_difference.valueChanged.connect(self._emit)
        self._update_status_text()

    def set_choices(
        self,
        regions: list[tuple[str, str]],
        contestants: list[tuple[str, str]],
        status_counts: dict[ComparisonStatus, int] | None = None,
    ) -> None:
        """``(code, name)`` pairs for the region and contestant choosers; a previous choice is
        kept when it is still there. ``status_counts`` label the status menu."""
        for combo, everything, pairs in (
            (self.region, self.tr("All regions"), regions),
            (self.contestant, self.tr("Any contestant"), contestants),
        ):
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for code, name in pairs:
                combo.addItem(name, code)
            combo.setCurrentIndex(max(combo.findData(kept), 0) if kept else 0)
            widen_popup(combo)
            combo.blockSignals(False)
        for status, action in self.status_actions.items():
            label = status_label(status)
            if status_counts is not None:
                label += f" ({language.format_int(status_counts.get(status, 0))})"
            action.setText(label)

    def current_filter(self) -> DiscrepancyFilter:
        return DiscrepancyFilter(
            statuses=frozenset(s for s, a in self.status_actions.items() if a.isChecked()),
            region=self.region.currentData(),
            contestant=self.contestant.currentData(),
            min_difference=self.min_difference.value(),
        )

    def set_statuses(self, statuses: set[ComparisonStatus]) -> None:
        for status, action in self.status_actions.items():
            action.blockSignals(True)
            action.setChecked(status in statuses)
            action.blockSignals(False)
        self._emit()

    def clear(self) -> None:
        for widget in (self.region, self.contestant, self.min_difference):
            widget.blockSignals(True)
        self.region.setCurrentIndex(0)
        self.contestant.setCurrentIndex(0)
        self.min_difference.setValue(0)
        for widget in (self.region, self.contestant, self.min_difference):
            widget.blockSignals(False)
        self.set_statuses(set())

    def _emit(self) -> None:
        self._update_status_text()
        self.changed.emit(self.current_filter())

    def _update_status_text(self) -> None:
        chosen = [s for s, a in self.status_actions.items() if a.isChecked()]
        if not chosen or len(chosen) == len(self.status_actions):
            text = self.tr("Status: all")
        elif len(chosen) == 1:
            text = self.tr("Status: {status}").format(status=status_label(chosen[0]))
        else:
            text = self.tr("Status: {n} chosen").format(n=len(chosen))
        self.status_button.setText(text)
