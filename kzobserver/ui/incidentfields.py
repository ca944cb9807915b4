"""The fields of an irregularity report, and the read-only mode of a submitted one: its fields
keep their normal look, and every attempt to change one is reported with ``edit_refused`` so the
form can offer an amendment instead of a silently dead field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kzobserver.domain.taxonomy import Severity, categories, get_category, severity_label
from kzobserver.storage.incidents import Incident
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.reference import current_election, list_contests
from kzobserver.storage.stations import list_stations
from kzobserver.ui.editguard import EditGuard
from kzobserver.ui.incidentlocation import LocationPicker
from kzobserver.ui.widgets import enlarge

READ_ONLY_BASE = QColor("#efefef")
SENSITIVE_INK, SENSITIVE_PAPER = QColor("#8a4b00"), QColor("#fff6e6")


class FieldError(Exception):
    """A field holds something a report cannot store; ``widget`` is where to fix it."""

    def __init__(self, message: str, widget: QWidget) -> None:
        super().__init__(message)
        self.widget = widget


class IncidentFields(QWidget):
    changed = Signal()  # the observer changed a field (not emitted while loading)
    edit_refused = Signal()  # an edit was attempted while read-only

    def __init__(
        self, logbook: Logbook, station_id: str | None, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentFields")
        self.logbook, self.lang = logbook, lang
        self.read_only = False
        self._loading = False
        election = current_election(logbook)
        stations = list_stations(logbook, election.id) if election else []
        self.contests = list_contests(logbook, election.id) if election else []
        enlarge(self, 1.15)
        self.location = LocationPicker(stations, station_id, self)
        self._build()
        self.load(None)

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.category = QComboBox(self)
        self.category.setObjectName("categoryCombo")
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for item in categories():
            self.category.addItem(item.name.get(self.lang), item.code)
            self.category.setItemData(
                self.category.count() - 1, item.description.get(self.lang), Qt.ToolTipRole
            )
        completer = QCompleter(self.category.model(), self.category)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "stuff" finds "Ballot stuffing"
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.category.setCompleter(completer)
        self.category.lineEdit().setPlaceholderText(self.tr("Type to search, e.g. “ballot”"))
        self.category_hint = QLabel(self)
        self.category_hint.setObjectName("categoryHint")
        self.category_hint.setWordWrap(True)
        self.category_hint.setStyleSheet("color: #555;")

        self.severity = QComboBox(self)
        self.severity.setObjectName("severityCombo")
        for value in Severity:
            self.severity.addItem(severity_label(value), value.value)

        self.time = QDateTimeEdit(self)
        self.time.setObjectName("timeEdit")
        self.time.setCalendarPopup(True)
        self.time.setDisplayFormat("yyyy-MM-dd HH:mm" if self.lang == "en" else "dd.MM.yyyy HH:mm")
        self.now_button = QPushButton(self.tr("Now"), self)
        self.now_button.setObjectName("nowButton")
        self.now_button.clicked.connect(lambda: self.time.setDateTime(QDateTime.currentDateTime()))
        time_row = QHBoxLayout()
        time_row.addWidget(self.time, 1)
        time_row.addWidget(self.now_button)

        self.contest = QComboBox(self)
        self.contest.setObjectName("contestCombo")
        self.contest.addItem(self.tr("— not about one contest —"), None)
        for contest in self.contests:
            self.contest.addItem(contest.name.get(self.lang), contest.id)

        self.description = self._text_edit("descriptionEdit", lines=4, grow=2)
        self.description.setPlaceholderText(
            self.tr("What happened, what you saw yourself, and what was done about it.")
        )

        self.perpetrator = self._text_edit("perpetratorEdit", lines=2, grow=0)
        self.witnesses = self._text_edit("witnessesEdit", lines=2, grow=0)
        self.sensitive = self._sensitive_box()

        self.complaint = QCheckBox(self.tr("A complaint was filed"), self)
        self.complaint.setObjectName("complaintCheck")
        self.reference = QLineEdit(self)
        self.reference.setObjectName("complaintReferenceEdit")
        self.reference.setPlaceholderText(self.tr("its number or reference"))
        self.complaint.toggled.connect(self.reference.setEnabled)
        complaint_row = QHBoxLayout()
        complaint_row.addWidget(self.complaint)
        complaint_row.addWidget(self.reference, 1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow("", self.category_hint)
        form.addRow(self.tr("Se&verity"), self.severity)
        form.addRow(self.tr("&Time"), time_row)
        form.addRow(self.tr("&Location"), self.location)
        form.addRow(self.tr("C&ontest"), self.contest)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.sensitive)
        form.addRow(self.tr("Com&plaint"), complaint_row)
        # The label's mnemonic lands on the first radio; the others follow with the arrow keys.
        for row, buddy in (
            (self.location, self.location.first_radio()),
            (time_row, self.time),
            (complaint_row, self.complaint),
        ):
            label = form.labelForField(row)
            if isinstance(label, QLabel):
                label.setBuddy(buddy)

        for combo in (self.category, self.severity, self.contest):
            # Long Russian and Kazakh names would otherwise widen the form past the window.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.category.currentIndexChanged.connect(self._category_chosen)
        self.category.lineEdit().editingFinished.connect(self._resolve_category_text)
        for signal in (
            self.category.currentIndexChanged,
            self.severity.currentIndexChanged,
            self.time.dateTimeChanged,
            self.location.changed,
            self.contest.currentIndexChanged,
            self.description.textChanged,
            self.perpetrator.textChanged,
            self.witnesses.textChanged,
            self.complaint.toggled,
            self.reference.textChanged,
        ):
            signal.connect(self._changed)
        self.editors: list[QWidget] = [
            self.category,
            self.category.lineEdit(),
            self.severity,
            self.time,
            self.now_button,
            *self.location.editors,
            self.contest,
            self.description,
            self.perpetrator,
            self.witnesses,
            self.complaint,
            self.reference,
        ]
        self.guard = EditGuard(self)
        self.guard.watch(self.editors)
        self.guard.refused.connect(self.edit_refused)

    def _sensitive_box(self) -> QFrame:
        """Names of people, set apart so that nobody types them without knowing where they go."""
        box = QFrame(self)
        box.setObjectName("sensitiveBox")
        # A palette, not a style sheet: style sheets drop the enlarged font of the labels inside.
        box.setFrameShape(QFrame.Shape.Box)
        box.setLineWidth(2)
        box.setAutoFillBackground(True)
        palette = box.palette()
        palette.setColor(QPalette.ColorRole.Window, SENSITIVE_PAPER)
        palette.setColor(QPalette.ColorRole.WindowText, SENSITIVE_INK)  # the frame and labels
        box.setPalette(palette)
        title = QLabel(self.tr("Sensitive — not published unless explicitly chosen"), box)
        title.setObjectName("sensitiveTitle")
        title.setWordWrap(True)
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        note = QLabel(
            self.tr(
                "Reports and exports leave these names out unless someone deliberately includes "
                "them."
            ),
            box,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Who did it"), self.perpetrator)
        form.addRow(self.tr("W&itnesses"), self.witnesses)
        layout = QVBoxLayout(box)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(form)
        return box

    def _text_edit(self, name: str, *, lines: int, grow: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)  # Tab moves on, as in every other field of the form
        # Room for a few lines without swallowing the form; longer text scrolls.
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 16)
        edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * (lines + grow) + 16)
        return edit

    # --- reading and writing the fields -------------------------------------------------------

    def load(self, incident: Incident | None) -> None:
        """Show ``incident``; None: an empty new report (now, at this station)."""
        self._loading = True
        try:
            self._fill(incident)
            self._category_chosen()  # the hint; while loading, the stored severity stays
        finally:
            self._loading = False

    def _fill(self, incident: Incident | None) -> None:
        self.location.load(incident)
        if incident is None:
            self.category.setCurrentIndex(-1)
            self.category.setEditText("")
            self.severity.setCurrentIndex(self.severity.findData(Severity.MEDIUM.value))
            self.time.setDateTime(QDateTime.currentDateTime())
            self.reference.clear()
            self.contest.setCurrentIndex(0)
            for text in (self.description, self.perpetrator, self.witnesses):
                text.clear()
            self.complaint.setChecked(False)
            self.reference.setEnabled(False)
            return
        self.category.setCurrentIndex(self.category.findData(incident.category))
        if self.category.currentIndex() < 0:  # a category from a newer taxonomy
            self.category.setEditText(incident.category)
        self.severity.setCurrentIndex(self.severity.findData(incident.severity))
        moment = QDateTime.fromString(incident.occurred_at, Qt.DateFormat.ISODateWithMs)
        self.time.setDateTime(moment.toLocalTime())
        self.contest.setCurrentIndex(max(0, self.contest.findData(incident.contest_id)))
        self.description.setPlainText(incident.description)
        self.perpetrator.setPlainText(incident.perpetrator)
        self.witnesses.setPlainText(incident.witnesses)
        self.complaint.setChecked(incident.complaint_filed)
        self.reference.setEnabled(incident.complaint_filed)
        self.reference.setText(incident.complaint_reference)
        self.reference.setCursorPosition(0)  # show how it starts, not how it ends

    def content(self) -> dict[str, Any]:
        """The report's content as create_draft/update_draft take it; FieldError if a field
        cannot be stored."""
        self._resolve_category_text()
        code = self.category.currentData()
        if code is None or self.category.currentText() != self.category.itemText(
            self.category.currentIndex()
        ):
            raise FieldError(self.tr("Choose a category from the list."), self.category)
        complaint = self.complaint.isChecked()
        station_id, location, place = self.location.value()
        return {
            "category": code,
            "severity": self.severity.currentData(),
            "occurred_at": self.time.dateTime().toUTC().toString(Qt.DateFormat.ISODateWithMs),
            "station_id": station_id,
            "location": location.value,
            "location_text": place,
            "contest_id": self.contest.currentData(),
            "description": self.description.toPlainText().strip(),
            "perpetrator": self.perpetrator.toPlainText().strip(),
            "witnesses": self.witnesses.toPlainText().strip(),
            "complaint_filed": complaint,
            "complaint_reference": self.reference.text().strip() if complaint else "",
        }

    def focus_first(self) -> None:
        target = self.category if self.category.currentIndex() < 0 else self.description
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- reactions -----------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _resolve_category_text(self) -> None:
        """Typed text → a category: the exact name, else the only name containing it."""
        text = self.category.currentText().strip().casefold()
        if not text or self.read_only:
            return
        names = [self.category.itemText(i).casefold() for i in range(self.category.count())]
        matches = [i for i, n in enumerate(names) if n == text] or [
            i for i, n in enumerate(names) if text in n
        ]
        if len(matches) == 1:
            self.category.setCurrentIndex(matches[0])
            self.category.setEditText(self.category.itemText(matches[0]))

    def _category_chosen(self, *_args: object) -> None:
        code = self.category.currentData()
        previous = getattr(self, "_category_code", None)
        self._category_code = code
        try:
            category = get_category(code) if code else None
        except KeyError:
            category = None
        self.category_hint.setText(category.description.get(self.lang) if category else "")
        self.category_hint.setVisible(category is not None)
        if category is None or self._loading or self.read_only:
            return
        # The severity follows the category until the observer picks another one themselves.
        try:
            old_default = get_category(previous).default_severity.value if previous else None
        except KeyError:  # a category of a newer taxonomy
            old_default = None
        if old_default is None or self.severity.currentData() == old_default:
            self.severity.setCurrentIndex(self.severity.findData(category.default_severity.value))

    # --- read-only ------------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = self.guard.active = read_only
        # A grey field says "cannot be typed into" before anyone tries.
        for editor in self.editors:
            palette = QPalette()
            if read_only:
                palette = editor.palette()
                palette.setColor(QPalette.ColorRole.Base, READ_ONLY_BASE)
            editor.setPalette(palette)
        for edit in (self.reference, self.category.lineEdit()):
            edit.setReadOnly(read_only)
        self.location.set_read_only(read_only)
        for text in (self.description, self.perpetrator, self.witnesses):
            text.setReadOnly(read_only)
        self.time.setReadOnly(read_only)
        self.now_button.setVisible(not read_only)
        self.category.completer().setCompletionMode(
            QCompleter.CompletionMode.UnfilteredPopupCompletion
            if read_only
            else QCompleter.CompletionMode.PopupCompletion
        )
