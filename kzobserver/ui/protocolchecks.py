"""The control relations of a protocol record, shown as they are recomputed: one card per rule with
its status in colour, its name and the explanation with the numbers; a click on a card asks the
form to go to the line to look at."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kzobserver.domain.rules import RuleResult, RuleStatus, Severity
from kzobserver.ui.widgets import BODY_SCALE, heading, scaled_label

STATUS_COLOURS = {
    RuleStatus.FLAGGED: "#c62828",
    RuleStatus.VERIFIED: "#1565c0",
    RuleStatus.MISSING: "#6b6b6b",
    RuleStatus.OK: "#2e7d32",
}
STATUS_TINTS = {
    RuleStatus.FLAGGED: "#fdecea",
    RuleStatus.VERIFIED: "#e8f0fe",
    RuleStatus.MISSING: "#f2f2f2",
    RuleStatus.OK: "#edf7ee",
}
# What needs the observer's attention comes first: failures, then what cannot be checked yet.
PANEL_ORDER = (RuleStatus.FLAGGED, RuleStatus.MISSING, RuleStatus.VERIFIED, RuleStatus.OK)


def status_text(status: RuleStatus) -> str:
    translate = QCoreApplication.translate  # not "tr": lupdate would read it as QObject.tr
    return {
        RuleStatus.FLAGGED: translate("ProtocolChecks", "Fails"),
        RuleStatus.VERIFIED: translate("ProtocolChecks", "Verified"),
        RuleStatus.MISSING: translate("ProtocolChecks", "Cannot check yet"),
        RuleStatus.OK: translate("ProtocolChecks", "Holds"),
    }[status]


def status_icon(status: RuleStatus, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(STATUS_COLOURS[status]))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def counted(n: int, one: str, many: str) -> str:
    """``one`` for 1, ``many`` (with ``{n}``) otherwise. Languages with more plural forms
    translate ``many`` as a form that fits every number ("Не сходится соотношений: {n}")."""
    return one if n == 1 else many.format(n=n)


def summary_text(results: list[RuleResult], anything_entered: bool) -> str:
    translate = QCoreApplication.translate  # not "tr": lupdate would read it as QObject.tr
    total = len(results)
    if not results:
        return translate("ProtocolChecks", "This protocol has no control relations to check.")
    if not anything_entered:
        return counted(
            total,
            translate(
                "ProtocolChecks", "Nothing entered yet. The relation is checked as you type."
            ),
            translate(
                "ProtocolChecks", "Nothing entered yet. The {n} relations are checked as you type."
            ),
        )
    count = {s: sum(1 for r in results if r.status is s) for s in RuleStatus}
    if count[RuleStatus.FLAGGED] == 0 and count[RuleStatus.MISSING] == 0:
        text = counted(
            total,
            translate("ProtocolChecks", "The relation holds."),
            translate("ProtocolChecks", "All {n} relations hold."),
        )
        if count[RuleStatus.VERIFIED]:
            text = translate(
                "ProtocolChecks", "No unexplained failure: {n} verified by a reviewer."
            )
            text = text.format(n=count[RuleStatus.VERIFIED])
        return text
    parts = []
    if count[RuleStatus.FLAGGED]:
        parts.append(
            counted(
                count[RuleStatus.FLAGGED],
                translate("ProtocolChecks", "1 relation fails"),
                translate("ProtocolChecks", "{n} relations fail"),
            )
        )
    if count[RuleStatus.MISSING]:
        parts.append(
            counted(
                count[RuleStatus.MISSING],
                translate("ProtocolChecks", "1 cannot be checked yet"),
                translate("ProtocolChecks", "{n} cannot be checked yet"),
            )
        )
    if count[RuleStatus.VERIFIED]:
        parts.append(
            translate("ProtocolChecks", "{n} verified").format(n=count[RuleStatus.VERIFIED])
        )
    return ", ".join(parts)


class RuleCard(QFrame):
    """One rule's result. Clicking it asks for the line to look at: the first empty one when
    the rule cannot be checked, otherwise the first line it reads."""

    clicked = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleCard")
        self.lang = lang
        self.result: RuleResult | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.pill = QLabel(self)
        self.pill.setObjectName("statusPill")
        self.pill.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = scaled_label(scale=1.1, bold=True, parent=self, selectable=False)
        self.explanation = scaled_label(scale=1.1, parent=self)
        self.explanation.setObjectName("ruleExplanation")
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.pill, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.name, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.explanation)

    def show_result(self, result: RuleResult) -> None:
        self.result = result
        colour, tint = STATUS_COLOURS[result.status], STATUS_TINTS[result.status]
        self.setStyleSheet(
            f"#ruleCard {{ background: {tint}; border-left: 6px solid {colour};"
            " border-radius: 4px; }"
            f" #statusPill {{ background: {colour}; color: white; border-radius: 9px;"
            " padding: 2px 10px; font-weight: bold; }"
            " QLabel { background: transparent; color: #1a1a1a; }"
        )
        pill = status_text(result.status)
        if result.status is RuleStatus.FLAGGED and result.severity is not Severity.ERROR:
            pill += " · " + self.tr("warning")
        self.pill.setText(pill)
        self.name.setText(result.rule.name.get(self.lang))
        self.explanation.setText(result.explanation)
        self.setToolTip(result.rule.description.get(self.lang))

    def target_line(self) -> str | None:
        if self.result is None:
            return None
        lines = self.result.missing or self.result.lines
        return lines[0] if lines else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        line = self.target_line()
        if event.button() == Qt.MouseButton.LeftButton and line:
            self.clicked.emit(line)
        super().mousePressEvent(event)


class ValidationPanel(QWidget):
    line_requested = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("validationPanel")
        self.lang = lang
        self.results: list[RuleResult] = []
        self.cards: dict[str, RuleCard] = {}
        self.summary = scaled_label(scale=BODY_SCALE, bold=True, parent=self)
        self.summary.setObjectName("checksSummary")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep Tab moving between the lines
        body = QWidget(scroll)
        self._cards_layout = QVBoxLayout(body)
        self._cards_layout.setContentsMargins(0, 0, 4, 0)
        self._cards_layout.setSpacing(8)
        self._cards_layout.addStretch(1)
        scroll.setWidget(body)
        self._body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Control relations"), self))
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

    def show_results(self, results: list[RuleResult], *, anything_entered: bool) -> None:
        self.results = results
        codes = {r.code for r in results}
        for code in [c for c in self.cards if c not in codes]:  # another contest's rules
            self.cards.pop(code).deleteLater()
        ordered = sorted(results, key=lambda r: PANEL_ORDER.index(r.status))
        for position, result in enumerate(ordered):
            card = self.cards.get(result.code)
            if card is None:
                card = RuleCard(self.lang, self._body)
                card.clicked.connect(self.line_requested)
                self.cards[result.code] = card
            card.show_result(result)
            # Taken out and put back at its place: the order follows the statuses.
            self._cards_layout.removeWidget(card)
            self._cards_layout.insertWidget(position, card)
        self.summary.setText(summary_text(results, anything_entered))
        worst = next((s for s in PANEL_ORDER if any(r.status is s for r in results)), None)
        colour = STATUS_COLOURS[worst] if worst and anything_entered else "#1a1a1a"
        self.summary.setStyleSheet(f"color: {colour};")

    def result(self, code: str) -> RuleResult | None:
        return next((r for r in self.results if r.code == code), None)
