"""Small building blocks shared by the pages: readable labels and the demo-data warning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

# Field observers read the screen tired and at arm's length: pages use type larger than the
# system default, scaled from it so the user's own font size setting still counts.
BODY_SCALE = 1.25
TITLE_SCALE = 2.0
HEADING_SCALE = 1.45

DEMO_STYLE = (
    "background-color: #fff3b0; color: #3d2f00; border: 1px solid #d9b500;"
    " border-radius: 4px; padding: 8px 12px;"
)


def enlarge(widget: QWidget, scale: float) -> None:
    """Scale ``widget``'s font relative to the user's base font."""
    font = widget.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:  # a pixel-sized font (some platform themes)
        font.setPixelSize(round(font.pixelSize() * scale))
    widget.setFont(font)


def scaled_label(
    text: str = "",
    scale: float = BODY_SCALE,
    *,
    bold: bool = False,
    parent: QWidget | None = None,
    selectable: bool = True,
) -> QLabel:
    label = QLabel(text, parent)
    enlarge(label, scale)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    label.setWordWrap(True)
    if selectable:
        # Observers copy addresses and numbers into messages to their coordinator.
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = scaled_label(text, HEADING_SCALE, bold=True, parent=parent, selectable=False)
    label.setContentsMargins(0, 12, 0, 4)
    return label


class DemoBanner(QFrame):
    """The yellow strip that says synthetic data is synthetic: nobody may mistake it for real."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setStyleSheet(f"#demoBanner {{ {DEMO_STYLE} }}")
        self.label = scaled_label(parent=self, scale=1.15, bold=True)
        self.label.setStyleSheet("color: #3d2f00; background: transparent; border: none;")
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.label)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
