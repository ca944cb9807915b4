"""File → New logbook…: where the file goes, which election, and whether to add demo stations.

The dialog creates the file itself when OK is pressed, so a problem (the file exists, the folder
is read-only) is shown inside it and the user can fix the name without starting over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kzobserver.domain.elections import DEFAULT_ELECTION, bundled_elections
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.setup import create_logbook
from kzobserver.ui import language

LOGBOOK_SUFFIX = ".sqlite"


def default_folder(last_directory: str = "") -> Path:
    if last_directory and Path(last_directory).is_dir():
        return Path(last_directory)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def unused_path(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}{LOGBOOK_SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{LOGBOOK_SUFFIX}"
        n += 1
    return candidate


class NewLogbookDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, folder: Path | None = None, lang: str = "en"
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New logbook"))
        self.setMinimumWidth(620)
        self.logbook: Logbook | None = None
        self._lang = lang

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("pathEdit")
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.election_combo = QComboBox(self)
        self.election_combo.setObjectName("electionCombo")
        for code, definition in bundled_elections().items():
            e = definition.election
            text = f"{e.name.get(lang)} — {language.format_date(e.date, lang)}"
            self.election_combo.addItem(text, code)
        default = self.election_combo.findData(DEFAULT_ELECTION)
        self.election_combo.setCurrentIndex(max(default, 0))

        self.demo_check = QCheckBox(self.tr("Add synthetic demo stations"), self)
        self.demo_check.setObjectName("demoCheck")
        self.demo_check.setToolTip(
            self.tr(
                "About 10,000 invented stations to try the app with. They are clearly marked "
                "and are not real polling stations. Leave this off for real observation work."
            )
        )

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Election:"), self.election_combo)
        form.addRow("", self.demo_check)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.path_edit.textChanged.connect(self._path_changed)
        self.path_edit.setText(str(unused_path(folder or default_folder(), "logbook")))

    # --- values -----------------------------------------------------------------------------

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix else path.with_suffix(LOGBOOK_SUFFIX)

    def election_code(self) -> str:
        return str(self.election_combo.currentData())

    def demo_stations(self) -> bool:
        return self.demo_check.isChecked()

    # --- actions ----------------------------------------------------------------------------

    def browse(self) -> None:
        current = self.path()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New logbook"),
            str(current) if current else str(default_folder()),
            self.tr("kzobserver logbooks (*.sqlite)"),
            # create_logbook refuses to overwrite; asking "replace?" would promise what it won't do.
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.path_edit.setText(chosen)

    def _path_changed(self) -> None:
        self.error_label.hide()
        self.ok_button.setEnabled(self.path() is not None)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def accept(self) -> None:
        path = self.path()
        if path is None:
            return
        if path.exists():
            self.show_error(
                self.tr("{path} already exists. Choose another file name.").format(path=path)
            )
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.logbook = create_logbook(
                path, self.election_code(), demo_stations=self.demo_stations()
            )
        except (LogbookError, OSError) as exc:
            self.show_error(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        super().accept()
