"""The observers of a logbook, and who is using this computer: the current observer is chosen once
and every record written afterwards is signed with their name.

The list and a form share the dialog (no second window to lose): selecting an observer puts them
in the form, "New observer" empties it. What is typed in the form is kept: leaving it in any way
saves it when it has a name."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.observers import (
    Observer,
    Role,
    add_observer,
    current_observer,
    get_observer,
    list_observers,
    restore_current_observer,
    role_label,
    set_current_observer,
    update_observer,
)
from kzobserver.ui import messages
from kzobserver.ui.itemviews import ActivatingTree
from kzobserver.ui.widgets import enlarge, scaled_label

ERROR_STYLE = "color: #b00020;"
INTRO_STYLE = (
    "background: #e8f0fe; color: #0d2a57; border: 1px solid #9bb7e8; border-radius: 4px;"
    " padding: 8px 12px;"
)
# The one button that matters in the first-time dialog, so it looks like it; the focus frame must
# stay visible for those who press Enter on it.
USE_STYLE = (
    "QPushButton { background: #2e7d32; color: white; font-weight: bold; border-radius: 4px;"
    " border: 2px solid #1b5e20; padding: 6px 16px; }"
    " QPushButton:focus { border: 3px solid #0d2a57; }"
    " QPushButton:disabled { background: #b9c9ba; border-color: #b9c9ba; }"
)
CURRENT_MARK = "✔ "

_FIELDS = ("name", "accreditation", "organisation", "role")


class ObserversDialog(QDialog):
    """``first_time``: the app asks the observer to add or choose themselves (see
    :func:`ensure_current_observer`). After :meth:`use_as_current`, ``chosen`` is the observer
    and the dialog is accepted."""

    current_changed = Signal(str)  # the id of the observer now signing this computer's records

    def __init__(
        self, logbook: Logbook, parent: QWidget | None = None, *, first_time: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("observersDialog")
        self.setWindowTitle(self.tr("Observers"))
        enlarge(self, 1.15)
        self.resize(820, 600)
        self.logbook = logbook
        self.first_time = first_time
        self.chosen: Observer | None = None
        self.editing: Observer | None = None  # the observer in the form; None: a new one
        self._build()
        self.reload()
        observers = list_observers(logbook)
        current = current_observer(logbook)
        if current is not None:
            self.select(current.id)
            self.tree.setFocus()
        elif len(observers) == 1:
            self.select(observers[0].id)
            self.use_button.setFocus()
        else:
            self.new_observer()

    def _build(self) -> None:
        self.intro = scaled_label(
            self.tr(
                "Every record you make is signed with your name, so that your coordinator knows "
                "who saw what. Add yourself once (your name as on your accreditation) or choose "
                "yourself in the list, then press “Use as current observer on this computer”. "
                "If you skip this, what you record is still saved, without a name."
            ),
            1.0,
            parent=self,
            selectable=False,
        )
        self.intro.setObjectName("observersIntro")
        self.intro.setStyleSheet(f"#observersIntro {{ {INTRO_STYLE} }}")
        self.intro.setVisible(self.first_time)
        self.current_label = scaled_label(scale=1.1, bold=True, parent=self)
        self.current_label.setObjectName("currentObserverLabel")

        self.tree = ActivatingTree(self)
        self.tree.setObjectName("observersList")
        names = [self.tr("Name"), self.tr("Accreditation number"), self.tr("Organisation")]
        self.tree.setHeaderLabels([*names, self.tr("Role")])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        list_label = QLabel(self.tr("Observers in this &logbook:"), self)
        list_label.setBuddy(self.tree)
        self.new_button = QPushButton(self.tr("Ne&w observer"), self)
        self.new_button.setObjectName("newObserverButton")

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("required, e.g. Aigerim Seitova"))
        self.accreditation_edit = QLineEdit(self)
        self.accreditation_edit.setObjectName("accreditationEdit")
        self.accreditation_edit.setPlaceholderText(self.tr("as on the accreditation card"))
        self.organisation_edit = QLineEdit(self)
        self.organisation_edit.setObjectName("organisationEdit")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("roleCombo")
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveObserverButton")
        self.save_button.setAutoDefault(False)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("observerError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        self.form_box = QGroupBox(self)
        form = QFormLayout()
        for caption, field in (
            (self.tr("&Name:"), self.name_edit),
            (self.tr("A&ccreditation number:"), self.accreditation_edit),
            (self.tr("&Organisation:"), self.organisation_edit),
            (self.tr("&Role:"), self.role_combo),
        ):
            label = QLabel(caption, self.form_box)
            label.setBuddy(field)
            form.addRow(label, field)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.error_label)
        box_layout.addLayout(save_row)

        self.use_button = QPushButton(self.tr("&Use as current observer on this computer"), self)
        self.use_button.setObjectName("useAsCurrentButton")
        self.use_button.setMinimumHeight(48)
        self.use_button.setStyleSheet(USE_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        # No default button: Qt would make the first one after the focus a default when the
        # dialog opens, and Enter in the name field would then both add the observer and make
        # them current. Enter saves the form; on a focused button it presses it (keyPressEvent).
        for button in (self.new_button, self.use_button, *self.buttons.buttons()):
            button.setAutoDefault(False)

        list_row = QHBoxLayout()
        list_row.addWidget(list_label, 1)
        list_row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.current_label)
        layout.addLayout(list_row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.form_box)
        layout.addWidget(self.use_button)
        layout.addWidget(self.buttons)

        self.tree.currentItemChanged.connect(self._current_item_changed)
        self.tree.chosen.connect(self._row_chosen)
        self.new_button.clicked.connect(self.new_observer)
        self.save_button.clicked.connect(self.save_form)
        self.use_button.clicked.connect(self.use_as_current)
        for edit in (self.name_edit, self.accreditation_edit, self.organisation_edit):
            edit.returnPressed.connect(self._enter_in_form)
            edit.textChanged.connect(self._update_buttons)

    # --- the list ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the observers (keeping the selection) and who is current."""
        current = current_observer(self.logbook)
        if current is None:
            self.current_label.setText(
                self.tr("No observer chosen: records made on this computer are not signed.")
            )
            self.current_label.setStyleSheet("color: #8a5a00;")
        else:
            self.current_label.setText(
                self.tr("Records made on this computer are signed: {name}").format(
                    name=current.name
                )
            )
            self.current_label.setStyleSheet("color: #1b5e20;")
        self.tree.blockSignals(True)
        self.tree.clear()
        for observer in list_observers(self.logbook):
            is_current = current is not None and observer.id == current.id
            name = (CURRENT_MARK if is_current else "") + observer.name
            item = QTreeWidgetItem(
                [name, observer.accreditation, observer.organisation, role_label(observer.role)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, observer.id)
            if is_current:
                font = item.font(0)
                font.setBold(True)
                for column in range(self.tree.columnCount()):
                    item.setFont(column, font)
                    item.setToolTip(column, self.tr("The current observer on this computer"))
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        self._set_current_row(self.editing.id if self.editing else None)
        self._update_buttons()

    def observer_ids(self) -> list[str]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in items]

    def select(self, observer_id: str) -> None:
        """Show ``observer_id`` selected and in the form."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == observer_id:
                self.tree.setCurrentItem(item)  # loads the form through the signal
                return

    def _current_item_changed(
        self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if not self.save_form(quiet=True):
            # The form keeps what was typed, with the reason it was refused, and its row.
            self._set_current_row(self.editing.id if self.editing else None)
            return
        self._set_current_row(target)  # saving rebuilt the list
        self._load_form(get_observer(self.logbook, target) if target else None)

    def _set_current_row(self, observer_id: str | None) -> None:
        """Select ``observer_id``'s row (None: no row) without loading the form."""
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(None)
        self.tree.clearSelection()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if observer_id is not None and item.data(0, Qt.ItemDataRole.UserRole) == observer_id:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)

    def _row_chosen(self, index: QModelIndex) -> None:
        item = self.tree.topLevelItem(index.row())
        if item is not None and item is not self.tree.currentItem():
            self.tree.setCurrentItem(item)
        self.use_as_current()

    # --- the form ------------------------------------------------------------------------------

    def new_observer(self) -> None:
        """Empty the form for a new observer."""
        if not self.save_form(quiet=True):
            return
        self._set_current_row(None)
        self._load_form(None)
        self.name_edit.setFocus()

    def _load_form(self, observer: Observer | None) -> None:
        self.editing = observer
        self.name_edit.setText(observer.name if observer else "")
        self.accreditation_edit.setText(observer.accreditation if observer else "")
        self.organisation_edit.setText(observer.organisation if observer else "")
        role = observer.role if observer else Role.OBSERVER.value
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(role)))
        if observer is None:
            self.form_box.setTitle(self.tr("New observer"))
            self.save_button.setText(self.tr("A&dd observer"))
        else:
            self.form_box.setTitle(self.tr("Observer"))
            self.save_button.setText(self.tr("&Save changes"))
        self.error_label.hide()
        self._update_buttons()

    def form_values(self) -> dict[str, str]:
        return {
            "name": self.name_edit.text().strip(),
            "accreditation": self.accreditation_edit.text().strip(),
            "organisation": self.organisation_edit.text().strip(),
            "role": str(self.role_combo.currentData()),
        }

    def is_dirty(self) -> bool:
        values = self.form_values()
        if self.editing is None:
            return any(values[key] for key in ("name", "accreditation", "organisation"))
        return any(values[key] != getattr(self.editing, key) for key in _FIELDS)

    def save_form(self, *, quiet: bool = False) -> bool:
        """Add the new observer or save the changes; False (with the reason shown) if refused.
        ``quiet``: on the way elsewhere, a form without a name is left alone (nothing worth
        keeping was typed, and the observer's earlier name stays)."""
        if not self.is_dirty():
            return True
        values = self.form_values()
        if quiet and not values["name"]:
            return True
        try:
            if self.editing is None:
                saved = add_observer(self.logbook, **values)
            else:
                saved = update_observer(self.logbook, self.editing.id, **values)
        except LogbookError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            self.name_edit.setFocus()
            return False
        self.editing = saved
        self.reload()
        self._load_form(saved)  # the text of the Save button follows
        return True

    def _enter_in_form(self) -> None:
        if not self.save_form():
            return
        # A first-time observer presses Enter twice: saved, then "use as current". The focus
        # moves after this Enter is handled, or the dialog would pass it to the focused button.
        if self.first_time or current_observer(self.logbook) is None:
            QTimer.singleShot(0, self.use_button, self.use_button.setFocus)
        else:
            QTimer.singleShot(0, self.tree, self.tree.setFocus)

    def _update_buttons(self) -> None:
        named = bool(self.name_edit.text().strip())
        self.save_button.setEnabled(named or self.editing is not None)
        self.use_button.setEnabled(named)

    # --- choosing ------------------------------------------------------------------------------

    def use_as_current(self) -> bool:
        """Save the form, make its observer the current one on this computer and accept."""
        if not self.name_edit.text().strip():
            self.error_label.setText(
                self.tr("Choose an observer in the list, or type your name to add yourself.")
            )
            self.error_label.show()
            return False
        if not self.save_form() or self.editing is None:
            return False
        set_current_observer(self.logbook, self.editing.id)
        self.chosen = self.editing
        self.reload()
        self.current_changed.emit(self.editing.id)
        self.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            return  # the form's fields have acted on it already (returnPressed)
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted and not self.save_form(quiet=True):
            return  # keep the dialog open with the reason: closing would lose the typing
        super().done(result)


def ensure_current_observer(parent: QWidget | None, logbook: Logbook) -> bool:
    """Make sure records made here are signed: restores this computer's observer, or asks the
    observer to add or choose themselves once. False when they cancel (the app still works;
    records are unsigned)."""
    if restore_current_observer(logbook) is not None:
        return True
    dialog = ObserversDialog(logbook, parent, first_time=True)
    messages.exec_dialog(dialog)
    return logbook.author is not None
