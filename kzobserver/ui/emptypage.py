"""What the window shows with no logbook open: the two ways forward, as big buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kzobserver.ui.widgets import TITLE_SCALE, enlarge, scaled_label


class EmptyPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyPage")
        self.title = scaled_label(scale=TITLE_SCALE, bold=True, parent=self, selectable=False)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = scaled_label(parent=self, selectable=False)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(self.tr("New logbook…"), self)
        self.open_button = QPushButton(self.tr("Open logbook…"), self)
        for button in (self.new_button, self.open_button):
            enlarge(button, 1.25)
            button.setMinimumHeight(48)
            button.setMinimumWidth(220)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.set_state(has_logbook=False)

    def set_state(self, *, has_logbook: bool) -> None:
        if has_logbook:
            self.title.setText(self.tr("This logbook has no election yet"))
            self.hint.setText(self.tr("Create a new logbook for an election, or open another one."))
        else:
            self.title.setText(self.tr("No logbook is open"))
            self.hint.setText(
                self.tr(
                    "A logbook is one file that holds everything you record. "
                    "Create a new one, or open the file your coordinator gave you."
                )
            )
