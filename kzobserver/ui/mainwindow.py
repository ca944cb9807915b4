"""The main window: the station navigator on the left, the selected station (or the election's
overview) on the right, a warning strip over both when the logbook holds demo data."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kzobserver.i18n import LANGUAGES
from kzobserver.storage.errors import InputFileError, LogbookError
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.reference import ElectionRow, current_election
from kzobserver.storage.stations import get_station, station_counts
from kzobserver.ui import language, messages, settings
from kzobserver.ui.aboutdialog import about_box
from kzobserver.ui.emptypage import EmptyPage
from kzobserver.ui.navigator import StationNavigator
from kzobserver.ui.newlogbook import NewLogbookDialog, default_folder
from kzobserver.ui.observersdialog import ensure_current_observer
from kzobserver.ui.overviewpage import OverviewPage
from kzobserver.ui.recentmenu import RecentFilesMenu
from kzobserver.ui.settings import Settings
from kzobserver.ui.stationmenu import StationMenu
from kzobserver.ui.stationview import PROTOCOLS, StationView
from kzobserver.ui.widgets import DemoBanner

if TYPE_CHECKING:
    from kzobserver.ui.discrepancypage import DiscrepancyPage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, settings_: Settings | None = None, lang: str | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings_ or Settings()
        self.lang = lang or language.current()
        self.logbook: Logbook | None = None
        self.election: ElectionRow | None = None
        self.synthetic_count = 0
        self.shown_station: str | None = None  # the station on the page, if one is
        self._discrepancy_page: DiscrepancyPage | None = None  # built when first shown

        self.banner = DemoBanner(self)
        self.navigator = StationNavigator(self)
        self.overview_page = OverviewPage(self)
        self.station_view = StationView(self)
        self.station_page = self.station_view.facts
        self.empty_page = EmptyPage(self)
        self.pages = QStackedWidget(self)
        for page in (self.empty_page, self.overview_page, self.station_view):
            self.pages.addWidget(page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.pages)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 940])

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.path_label = QLabel(self)
        self.path_label.setObjectName("pathLabel")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.election_label = QLabel(self)
        self.election_label.setObjectName("electionLabel")
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.election_label)

        self._create_actions()
        self._create_menus()
        self.pages.currentChanged.connect(self._page_changed)
        self.navigator.station_selected.connect(self.show_station)
        self.navigator.station_activated.connect(self.show_station)
        self.navigator.selection_cleared.connect(self.show_overview)
        self.empty_page.new_requested.connect(self.new_logbook)
        self.empty_page.open_requested.connect(self.open_logbook_dialog)

        self.resize(1280, 800)
        self._restore_layout()
        self._refresh()

    # --- actions and menus ------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New logbook…"), self.new_logbook, keys.New)
        self.open_action = self._action(self.tr("&Open…"), self.open_logbook_dialog, keys.Open)
        self.import_action = self._action(
            self.tr("&Import stations…"), self.import_stations, "Ctrl+I"
        )
        self.official_import_action = self._action(
            self.tr("Import o&fficial results…"), self.import_official_results
        )
        self.announced_action = self._action(
            self.tr("&Announced results…"), self.edit_announced_results
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close)
        # Ctrl+Q everywhere (observers are taught one key), plus the platform's own if it differs;
        # a key listed twice would make Qt treat the shortcut as ambiguous and do nothing.
        quit_keys = [QKeySequence("Ctrl+Q")]
        platform_quit = QKeySequence(keys.Quit)
        if not platform_quit.isEmpty() and platform_quit != quit_keys[0]:
            quit_keys.append(platform_quit)
        self.quit_action.setShortcuts(quit_keys)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = self._action(self.tr("&Find station"), self.find_station, keys.Find)
        self.overview_action = self._action(self.tr("Election &overview"), self.clear_station)
        self.discrepancies_action = self._action(
            self.tr("&Discrepancies"), self.show_discrepancies, "Ctrl+D"
        )
        self.protocol_action = self._action(
            self.tr("Enter &protocol"), self.station_view.show_protocol_entry, "Ctrl+P"
        )
        self.report_action = self._action(self.tr("&New report…"), self.new_report, "Ctrl+Shift+P")
        self.about_action = self._action(self.tr("&About kzobserver"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = RecentFilesMenu(self.settings, self)
        self.recent_menu.open_requested.connect(self.open_path)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.official_import_action)
        file_menu.addAction(self.announced_action)
        self.station_menu = StationMenu(self)
        file_menu.addAction(self.station_menu.observers_action)
        file_menu.addAction(self.station_menu.verify_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.overview_action)
        view_menu.addAction(self.discrepancies_action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(language.LANGUAGE_NAMES[code], group)
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _checked=False, c=code: self.change_language(c))
            language_menu.addAction(action)
            self.language_actions[code] = action

        self.menuBar().addMenu(self.station_menu)
        reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
        reports_menu.addAction(self.report_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    # --- the open logbook -------------------------------------------------------------------

    def set_logbook(self, logbook: Logbook) -> None:
        """Show ``logbook``, closing the one shown before; the window owns it from now on."""
        if self.logbook is not None and self.logbook is not logbook:
            self.close_logbook(refresh=False)
        self.logbook = logbook
        self.election = current_election(logbook)
        self.shown_station = None
        settings.add_recent_file(self.settings, logbook.path)
        self.recent_menu.populate()
        self.settings.set(settings.LAST_DIRECTORY, str(logbook.path.parent))
        log.info("showing logbook %s", logbook.path)
        self._refresh()
        self.navigator.focus_search()

    def open_path(self, path: Path) -> bool:
        """Open the logbook at ``path``; a file that cannot be opened is explained, not fatal."""
        path = Path(path).expanduser()
        if self.logbook is not None and self.logbook.path == path.resolve():
            return True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            logbook = Logbook.open(path)
        except (LogbookError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            log.warning("could not open %s: %s", path, exc)
            messages.warn(self, self.tr("Cannot open the logbook"), str(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.set_logbook(logbook)
        return True

    def close_logbook(self, *, refresh: bool = True) -> None:
        if self.logbook is None:
            return
        self.station_view.leave_station()  # saves the line being typed
        logbook, self.logbook = self.logbook, None
        self.election = None
        self.shown_station = None
        logbook.close()
        log.info("closed logbook %s", logbook.path)
        if refresh:
            self._refresh()

    def reload(self) -> None:
        """Re-read the logbook after something wrote to it (an import)."""
        self._refresh()

    def _refresh(self) -> None:
        logbook, election = self.logbook, self.election
        if logbook is not None and election is not None:
            _total, self.synthetic_count = station_counts(logbook, election.id)
        else:
            self.synthetic_count = 0
        self.navigator.load(logbook, election, self.lang)
        # Without a logbook an empty list would only push the New/Open buttons off-centre.
        self.navigator.setVisible(election is not None)
        self.import_action.setEnabled(election is not None)
        self.official_import_action.setEnabled(election is not None)
        self.announced_action.setEnabled(election is not None)
        self.overview_action.setEnabled(election is not None)
        self.report_action.setEnabled(election is not None)
        self.discrepancies_action.setEnabled(election is not None)
        showing_discrepancies = self.showing_discrepancies()
        if self._discrepancy_page is not None:
            self._discrepancy_page.set_logbook(logbook if election is not None else None)
        self.station_menu.update_state()
        self.banner.setVisible(self.synthetic_count > 0)
        self.banner.set_text(
            self.tr(
                "This logbook contains {n} synthetic demo stations. "
                "They are not real polling stations.",
                "",
                self.synthetic_count,
            ).format(n=language.format_int(self.synthetic_count, self.lang))
        )
        self._update_title()
        self._update_status()
        if self.shown_station:
            self.show_station(self.shown_station)
        elif showing_discrepancies and election is not None:
            self.show_discrepancies()
        else:
            self.show_overview()

    def _update_title(self) -> None:
        if self.logbook is None:
            self.setWindowTitle("kzobserver")
            return
        parts = [self.logbook.path.name]
        if self.synthetic_count:
            parts[0] += " " + self.tr("(demo)")
        if self.election is not None:
            parts.append(self.election.name.get(self.lang))
        parts.append("kzobserver")
        self.setWindowTitle(" — ".join(parts))

    def _update_status(self) -> None:
        if self.logbook is None:
            self.path_label.setText(self.tr("No logbook open"))
            self.election_label.setText("")
            return
        self.path_label.setText(str(self.logbook.path))
        if self.election is None:
            self.election_label.setText(self.tr("No election in this logbook"))
        else:
            self.election_label.setText(
                f"{self.election.name.get(self.lang)}, "
                f"{language.format_date(self.election.date, self.lang)}"
            )

    # --- pages ------------------------------------------------------------------------------

    def show_station(self, station_id: str) -> None:
        station = get_station(self.logbook, station_id) if self.logbook else None
        if station is None:
            self.show_overview()
            return
        self.shown_station = station_id
        assert self.logbook is not None
        self.station_view.show_station(self.logbook, station, self.lang)
        self.pages.setCurrentWidget(self.station_view)
        self.station_menu.update_state()

    def find_station(self) -> None:
        if self.showing_discrepancies():
            self.show_overview()  # brings the navigator back
        self.navigator.focus_search()

    def _page_changed(self, _index: int) -> None:
        # The Discrepancies view is a table of every station with its own detail pane: it takes
        # the whole width; the navigator comes back with any other page.
        self.navigator.setVisible(not self.showing_discrepancies())

    def show_overview(self) -> None:
        self.shown_station = None
        self.station_view.leave_station()
        self.station_menu.update_state()
        if self.logbook is None or self.election is None:
            self.empty_page.set_state(has_logbook=self.logbook is not None)
            self.pages.setCurrentWidget(self.empty_page)
            return
        self.overview_page.show_overview(self.logbook, self.election, self.lang)
        self.pages.setCurrentWidget(self.overview_page)

    def discrepancy_page(self) -> DiscrepancyPage:
        if self._discrepancy_page is None:
            from kzobserver.ui.discrepancypage import DiscrepancyPage

            page = DiscrepancyPage(self, settings_=self.settings, lang=self.lang)
            page.station_opened.connect(self.open_station_from_discrepancies)
            page.set_logbook(self.logbook if self.election is not None else None)
            # The sample against the announced figures, and the charts, beside the stations.
            from kzobserver.ui.aggregatepanel import AggregatePanel
            from kzobserver.ui.chartspanel import ChartsPanel

            page.add_tab(AggregatePanel(page), self.tr("Sample and announced"))
            page.add_tab(ChartsPanel(page), self.tr("Charts"))
            self.pages.addWidget(page)
            self._discrepancy_page = page
        return self._discrepancy_page

    def showing_discrepancies(self) -> bool:
        page = self._discrepancy_page
        return page is not None and self.pages.currentWidget() is page

    def show_discrepancies(self) -> None:
        """The stations where two sources part; the comparison is read when first shown."""
        if self.logbook is None or self.election is None:
            return
        page = self.discrepancy_page()
        if self.shown_station is not None or self.navigator.current_station_id():
            self.clear_station()  # leave the station, so its menu does not act on a hidden page
        self.pages.setCurrentWidget(page)
        page.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        page.activate()

    def open_station_from_discrepancies(self, station_id: str) -> None:
        self.navigator.select_station(station_id)  # shows it, unless it is already current
        if self.shown_station != station_id or self.pages.currentWidget() is not self.station_view:
            self.show_station(station_id)
        self.station_view.show_tab(PROTOCOLS)

    def clear_station(self) -> None:
        self.navigator.tree.setCurrentIndex(QModelIndex())
        self.navigator.tree.clearSelection()
        self.show_overview()

    # --- File menu --------------------------------------------------------------------------

    def _start_folder(self) -> str:
        return str(default_folder(self.settings.get(settings.LAST_DIRECTORY)))

    def new_logbook(self) -> None:
        dialog = NewLogbookDialog(self, folder=Path(self._start_folder()), lang=self.lang)
        if messages.exec_dialog(dialog) and dialog.logbook is not None:
            self.set_logbook(dialog.logbook)
            ensure_current_observer(self, dialog.logbook)

    def open_logbook_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open logbook"),
            self._start_folder(),
            self.tr("kzobserver logbooks (*.sqlite);;All files (*)"),
        )
        if path:
            self.open_path(Path(path))

    def import_stations(self) -> None:
        from kzobserver.ui.importdialog import run_import

        if self.logbook is None or self.election is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import stations"),
            self._start_folder(),
            self.tr("Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        if not path:
            return
        try:
            imported = run_import(self, self.logbook, Path(path))
        except InputFileError as exc:
            messages.show_problems(self, self.tr("Cannot read the file"), exc.problems)
            return
        if imported:
            self.reload()

    def import_official_results(self) -> None:
        from kzobserver.ui.officialimportdialog import FILE_FILTER, run_official_import

        if self.logbook is None or self.election is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import official results"),
            self._start_folder(),
            self.tr("Tables ({patterns});;All files (*)").format(patterns=FILE_FILTER),
        )
        if not path:
            return
        try:
            imported = run_official_import(self, self.logbook, Path(path))
        except InputFileError as exc:
            messages.show_problems(self, self.tr("Cannot read the file"), exc.problems)
            return
        except LogbookError as exc:
            messages.warn(self, self.tr("Cannot import official results"), str(exc))
            return
        if imported:
            self.reload()

    def edit_announced_results(self) -> None:
        from kzobserver.ui.announceddialog import AnnouncedDialog

        if self.logbook is None or self.election is None:
            return
        dialog = AnnouncedDialog(self.logbook, self)
        messages.exec_dialog(dialog)
        if dialog.wrote:
            self.reload()

    # --- View and Help menus ----------------------------------------------------------------

    def change_language(self, code: str) -> None:
        if code == self.lang:
            return
        self.settings.set(settings.UI_LANGUAGE, code)
        self.lang = code
        language.set_current(code)
        self._refresh()  # names from the logbook (regions, contests) follow at once
        messages.inform(
            self,
            self.tr("Language"),
            self.tr(
                "Menus and labels will be in {language} the next time kzobserver starts."
            ).format(language=language.LANGUAGE_NAMES[code]),
        )

    def new_report(self) -> None:
        from kzobserver.ui.reportdialog import new_report

        if self.logbook is not None and self.election is not None:
            new_report(self, self.logbook, self.settings, self.lang)

    def show_about(self) -> None:
        messages.exec_dialog(about_box(self, self.logbook.path if self.logbook else None))

    # --- window state -----------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.get(settings.WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.get(settings.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.get(settings.SPLITTER_STATE)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        self.settings.set(settings.WINDOW_GEOMETRY, QByteArray(self.saveGeometry()))
        self.settings.set(settings.WINDOW_STATE, QByteArray(self.saveState()))
        if not self.navigator.isHidden():  # a hidden pane would be saved as collapsed
            self.settings.set(settings.SPLITTER_STATE, QByteArray(self.splitter.saveState()))
        if self._discrepancy_page is not None:
            self._discrepancy_page.save_layout()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.close_logbook(refresh=False)
        event.accept()
