"""Message boxes, all run through :func:`exec_dialog`: the one place tests replace so that no
modal dialog ever blocks them (and the one place to look when a dialog misbehaves)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kzobserver.storage.errors import Problem


def exec_dialog(dialog: QDialog) -> int:
    """Run ``dialog`` modally and return its result."""
    return dialog.exec()


def _box(
    icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str, details: str = ""
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(details)
    return box


def warn(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    exec_dialog(_box(QMessageBox.Icon.Warning, parent, title, text, details))


def inform(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    exec_dialog(_box(QMessageBox.Icon.Information, parent, title, text, details))


class ProblemsDialog(QDialog):
    """Every problem of a rejected file, one per line, in a text area the user can copy from
    (to fix the file, or to send to their coordinator)."""

    def __init__(
        self, title: str, intro: str, problems: Sequence[Problem], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 420)
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("problemsText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setPlainText("\n".join(str(p) for p in problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy all"), self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_all)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())


def show_problems(
    parent: QWidget | None, title: str, problems: Sequence[Problem], intro: str = ""
) -> None:
    if not intro:
        intro = QCoreApplication.translate(
            "ProblemsDialog", "Nothing was written. Fix these {n} problem(s) and try again:"
        ).format(n=len(problems))
    exec_dialog(ProblemsDialog(title, intro, problems, parent))
