"""Reports → New report…: what the report covers (scope, language, sources, sections, whether it
may name people), a preview, and Create…, which asks for the file and writes it in the
background with a progress bar and Cancel. The format follows the file's suffix.

The dialog remembers its last choices, except the privacy option, which is unticked each time:
a report that names witnesses must be asked for every time, never produced by habit.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kzobserver.i18n import LANGUAGES
from kzobserver.reports.content import ReportOptions, Section, build_report, section_label
from kzobserver.reports.document import Document, PageBreak, Paragraph, Table
from kzobserver.reports.export import report_format, write_report
from kzobserver.reports.pdf import preview_document
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocols import Source, source_label
from kzobserver.storage.reference import current_election, list_regions
from kzobserver.ui import language, messages, settings
from kzobserver.ui.newlogbook import default_folder
from kzobserver.ui.settings import Settings
from kzobserver.ui.tasks import Cancelled, Progress, run_in_background

log = logging.getLogger(__name__)

PREVIEW_PAGES = 8  # "first pages": the cover and the sections up to this many page breaks
PREVIEW_ROWS = 30  # rows of each table in the first pages
SCOPES = ("election", "region", "stations")


def first_pages(
    document: Document, pages: int = PREVIEW_PAGES, rows: int = PREVIEW_ROWS
) -> Document:
    """The beginning of ``document`` for a quick preview: the blocks before its ``pages``-th
    page break, each table cut to ``rows`` rows with a line saying how many more there are."""
    shown = Document(document.info)
    breaks = 0
    for block in document.blocks:
        if isinstance(block, PageBreak):
            breaks += 1
            if breaks >= pages:
                break
        if isinstance(block, Table) and len(block.rows) > rows:
            cut = replace(block, rows=block.rows[:rows], row_emphasis=block.row_emphasis[:rows])
            shown.add(cut)
            more = QCoreApplication.translate("ReportDialog", "… and {n} more rows in the report.")
            shown.add(Paragraph(more.format(n=len(block.rows) - rows)))
            continue
        shown.add(block)
    return shown


class ReportDialog(QDialog):
    def __init__(
        self,
        logbook: Logbook,
        parent: QWidget | None = None,
        *,
        settings_: Settings | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.logbook = logbook
        self.settings = settings_ or Settings()
        self.ui_lang = lang or language.current()
        self.written: list[Path] = []  # the files of the last report created
        self._preview: QTextDocument | None = None
        self.setWindowTitle(self.tr("New report"))
        self.resize(1260, 780)

        options = QWidget(self)
        self._build_scope(options)
        self._build_content(options)
        self._build_privacy(options)
        format_note = QLabel(
            self.tr(
                "The format follows the file name you choose: .pdf or .html for the whole "
                "report, .csv or .xlsx for its tables (discrepancies, irregularities, evidence)."
            ),
            options,
        )
        format_note.setWordWrap(True)
        format_note.setStyleSheet("color: #555555;")
        column = QVBoxLayout(options)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.scope_box)
        column.addWidget(self.content_box)
        column.addWidget(self.privacy_box)
        column.addWidget(format_note)
        column.addStretch(1)

        preview = QWidget(self)
        self.preview_button = QPushButton(self.tr("&Preview"), preview)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.preview)
        self.preview_extent = QComboBox(preview)
        self.preview_extent.setObjectName("previewExtent")
        self.preview_extent.addItem(self.tr("First pages"), False)
        self.preview_extent.addItem(self.tr("The whole report"), True)
        self.browser = QTextBrowser(preview)
        self.browser.setObjectName("previewBrowser")
        self.browser.setOpenLinks(False)
        self.browser.setPlaceholderText(self.tr("Press Preview to see the report as it will read."))
        bar = QHBoxLayout()
        bar.addWidget(self.preview_button)
        bar.addWidget(self.preview_extent)
        bar.addStretch(1)
        right = QVBoxLayout(preview)
        right.setContentsMargins(6, 0, 0, 0)
        right.addLayout(bar)
        right.addWidget(self.browser, 1)

        splitter = QSplitter(self)
        splitter.addWidget(options)
        splitter.addWidget(preview)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([450, 810])  # the preview holds an A4 text width (642 px)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.create_button = QPushButton(self.tr("&Create…"), self)
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.clicked.connect(self.create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self._restore()
        self._scope_changed()

    # --- building ---------------------------------------------------------------------------

    def _build_scope(self, parent: QWidget) -> None:
        self.scope_box = QGroupBox(self.tr("Scope"), parent)
        self.whole_radio = QRadioButton(self.tr("The &whole election"), self.scope_box)
        self.region_radio = QRadioButton(self.tr("A &region:"), self.scope_box)
        self.stations_radio = QRadioButton(self.tr("These &stations:"), self.scope_box)
        self.scope_group = QButtonGroup(self)
        for index, radio in enumerate((self.whole_radio, self.region_radio, self.stations_radio)):
            self.scope_group.addButton(radio, index)
        self.scope_group.idToggled.connect(lambda *_: self._scope_changed())
        self.region_combo = QComboBox(self.scope_box)
        self.region_combo.setObjectName("regionCombo")
        election = current_election(self.logbook)
        if election is not None:
            for region in list_regions(self.logbook, election.id):
                self.region_combo.addItem(region.name.get(self.ui_lang), region.code)
        self.stations_edit = QLineEdit(self.scope_box)
        self.stations_edit.setObjectName("stationsEdit")
        self.stations_edit.setPlaceholderText(self.tr("numbers separated by commas: 12, 57, 301"))
        grid = QGridLayout(self.scope_box)
        grid.addWidget(self.whole_radio, 0, 0, 1, 2)
        grid.addWidget(self.region_radio, 1, 0)
        grid.addWidget(self.region_combo, 1, 1)
        grid.addWidget(self.stations_radio, 2, 0)
        grid.addWidget(self.stations_edit, 2, 1)
        grid.setColumnStretch(1, 1)

    def _build_content(self, parent: QWidget) -> None:
        self.content_box = QGroupBox(self.tr("Content"), parent)
        self.language_combo = QComboBox(self.content_box)
        self.language_combo.setObjectName("languageCombo")
        for code in LANGUAGES:
            self.language_combo.addItem(language.LANGUAGE_NAMES[code], code)
        self.source_a_combo = QComboBox(self.content_box)
        self.source_b_combo = QComboBox(self.content_box)
        for combo in (self.source_a_combo, self.source_b_combo):
            for source in Source:
                combo.addItem(source_label(source), source.value)
        self.section_checks: dict[Section, QCheckBox] = {}
        sections = QVBoxLayout()
        sections.setSpacing(2)
        for section in Section:
            check = QCheckBox(section_label(section), self.content_box)
            check.setObjectName(f"section_{section.value}")
            self.section_checks[section] = check
            sections.addWidget(check)
        self.charts_check = QCheckBox(self.tr("Charts (PDF and HTML)"), self.content_box)
        self.charts_check.setObjectName("chartsCheck")
        sections.addWidget(self.charts_check)
        form = QFormLayout(self.content_box)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("Source &A:"), self.source_a_combo)
        form.addRow(self.tr("Source &B:"), self.source_b_combo)
        form.addRow(self.tr("Sections:"), sections)

    def _build_privacy(self, parent: QWidget) -> None:
        self.privacy_box = QGroupBox(self.tr("Privacy"), parent)
        self.sensitive_check = QCheckBox(
            self.tr("Include &names of witnesses and perpetrators, and do-not-publish evidence"),
            self.privacy_box,
        )
        self.sensitive_check.setObjectName("sensitiveCheck")
        explanation = QLabel(
            self.tr(
                "Left unticked, the report leaves out the names of witnesses and perpetrators, "
                "and the file names and pictures of evidence marked do-not-publish (their "
                "SHA-256 is still listed). Tick it only for a report that stays with your "
                "organisation or goes to a court: the cover will say it must not be published."
            ),
            self.privacy_box,
        )
        explanation.setWordWrap(True)
        explanation.setStyleSheet("color: #555555;")
        box = QVBoxLayout(self.privacy_box)
        box.addWidget(self.sensitive_check)
        box.addWidget(explanation)

    # --- choices ----------------------------------------------------------------------------

    def _restore(self) -> None:
        get = self.settings.get
        lang = get(settings.REPORT_LANGUAGE) or self.ui_lang
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(lang)))
        scope = get(settings.REPORT_SCOPE)
        index = SCOPES.index(scope) if scope in SCOPES else 0
        self.scope_group.button(index).setChecked(True)
        region = self.region_combo.findData(get(settings.REPORT_REGION))
        self.region_combo.setCurrentIndex(max(0, region))
        self.stations_edit.setText(get(settings.REPORT_STATIONS))
        sources = get(settings.REPORT_SOURCES)
        a, b = sources if len(sources) == 2 else (Source.PEC_COPY.value, Source.OFFICIAL.value)
        self.source_a_combo.setCurrentIndex(max(0, self.source_a_combo.findData(a)))
        self.source_b_combo.setCurrentIndex(max(0, self.source_b_combo.findData(b)))
        chosen = get(settings.REPORT_SECTIONS)
        for section, check in self.section_checks.items():
            check.setChecked(chosen is None or section.value in chosen)
        self.charts_check.setChecked(get(settings.REPORT_CHARTS))
        self.sensitive_check.setChecked(False)

    def remember(self) -> None:
        put = self.settings.set
        put(settings.REPORT_LANGUAGE, self.language_combo.currentData())
        put(settings.REPORT_SCOPE, SCOPES[max(0, self.scope_group.checkedId())])
        put(settings.REPORT_REGION, self.region_combo.currentData() or "")
        put(settings.REPORT_STATIONS, self.stations_edit.text().strip())
        put(
            settings.REPORT_SOURCES,
            [self.source_a_combo.currentData(), self.source_b_combo.currentData()],
        )
        put(
            settings.REPORT_SECTIONS,
            [s.value for s, check in self.section_checks.items() if check.isChecked()],
        )
        put(settings.REPORT_CHARTS, self.charts_check.isChecked())
        self.settings.sync()

    def _scope_changed(self) -> None:
        self.region_combo.setEnabled(self.region_radio.isChecked())
        self.stations_edit.setEnabled(self.stations_radio.isChecked())

    def options(self) -> ReportOptions:
        """The report the dialog describes; LogbookError saying what is missing."""
        region = None
        stations: tuple[str, ...] = ()
        if self.region_radio.isChecked():
            region = self.region_combo.currentData()
            if not region:
                raise LogbookError(self.tr("Choose a region."))
        elif self.stations_radio.isChecked():
            text = self.stations_edit.text().replace(";", ",").replace(" ", ",")
            stations = tuple(n for n in (p.strip() for p in text.split(",")) if n)
            if not stations:
                raise LogbookError(self.tr("Type the numbers of the stations to report on."))
        options = ReportOptions(
            language=self.language_combo.currentData(),
            region=region,
            stations=stations,
            source_a=self.source_a_combo.currentData(),
            source_b=self.source_b_combo.currentData(),
            sections=frozenset(s for s, c in self.section_checks.items() if c.isChecked()),
            include_sensitive=self.sensitive_check.isChecked(),
            charts=self.charts_check.isChecked(),
        )
        options.check()
        return options

    # --- actions ----------------------------------------------------------------------------

    def _checked_options(self) -> ReportOptions | None:
        try:
            return self.options()
        except LogbookError as exc:
            messages.warn(self, self.tr("Cannot make this report"), str(exc))
            return None

    def preview(self) -> None:
        options = self._checked_options()
        if options is None:
            return
        self.remember()
        whole = bool(self.preview_extent.currentData())

        def work(logbook: Logbook, progress: Progress) -> Document:
            return build_report(logbook, options, progress)

        try:
            built = run_in_background(
                self,
                self.logbook,
                work,
                title=self.tr("Preview"),
                label=self.tr("Preparing the preview…"),
            )
        except Cancelled:
            self.status_label.setText(self.tr("Preview cancelled."))
            return
        except (LogbookError, OSError) as exc:
            messages.warn(self, self.tr("Cannot make this report"), str(exc))
            return
        # Set as the PDF sets it (its fonts, tables and pictures), here: a QTextDocument
        # belongs to the GUI thread once a widget shows it.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            document = preview_document(built if whole else first_pages(built))
        finally:
            QGuiApplication.restoreOverrideCursor()
        document.setParent(self.browser)
        previous, self._preview = self._preview, document
        self.browser.setDocument(document)
        if previous is not None:
            previous.deleteLater()
        self.status_label.setText(
            self.tr("Preview of the whole report.")
            if whole
            else self.tr("Preview of the first pages; the file holds the whole report.")
        )

    def ask_output_path(self) -> Path | None:
        last = self.settings.get(settings.REPORT_FILE)
        folder = (
            Path(last).parent
            if last
            else default_folder(self.settings.get(settings.LAST_DIRECTORY))
        )
        suffix = Path(last).suffix if last else ".pdf"
        filters = [
            self.tr("PDF report (*.pdf)"),
            self.tr("Web page (*.html)"),
            self.tr("Spreadsheet tables, CSV (*.csv)"),
            self.tr("Spreadsheet workbook (*.xlsx)"),
        ]
        chosen_filter = next((f for f in filters if f"*{suffix})" in f), filters[0])
        path, picked = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as"),
            str(folder / f"report{suffix}"),
            ";;".join(filters),
            chosen_filter,
        )
        if not path:
            return None
        out = Path(path)
        if not out.suffix and picked:  # the filter chosen names the format
            out = out.with_suffix(picked[picked.rindex("*") + 1 : -1])
        return out

    def create(self) -> None:
        options = self._checked_options()
        if options is None:
            return
        out = self.ask_output_path()
        if out is None:
            return
        try:
            report_format(out)
        except LogbookError as exc:
            messages.warn(self, self.tr("Cannot make this report"), str(exc))
            return
        self.remember()
        self.settings.set(settings.REPORT_FILE, str(out))

        def work(logbook: Logbook, progress: Progress) -> list[Path]:
            return write_report(logbook, options, out, progress)

        try:
            self.written = run_in_background(
                self,
                self.logbook,
                work,
                title=self.tr("New report"),
                label=self.tr("Writing {name}…").format(name=out.name),
                minimum_duration_ms=0,
            )
        except Cancelled:
            self.status_label.setText(self.tr("Cancelled: no file was written."))
            return
        except (LogbookError, OSError) as exc:
            log.warning("report to %s failed: %s", out, exc)
            messages.warn(self, self.tr("Cannot write the report"), str(exc))
            return
        names = "\n".join(str(p) for p in self.written)
        self.status_label.setText(self.tr("Written: {files}").format(files=names))
        messages.inform(self, self.tr("Report written"), self.tr("The report is in:"), names)


def new_report(
    parent: QWidget | None, logbook: Logbook, settings_: Settings, lang: str
) -> ReportDialog:
    """Reports → New report…: the dialog, run modally; it writes the files itself."""
    dialog = ReportDialog(logbook, parent, settings_=settings_, lang=lang)
    messages.exec_dialog(dialog)
    return dialog
