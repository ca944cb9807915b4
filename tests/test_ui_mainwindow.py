"""The main window, its menus and dialogs, and the start-up and error handling around it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kzobserver import __version__
from kzobserver.logs import log_file
from kzobserver.storage.setup import create_logbook
from kzobserver.ui import language, settings
from kzobserver.ui.mainwindow import MainWindow
from kzobserver.ui.newlogbook import NewLogbookDialog
from kzobserver.ui.settings import Settings

pytestmark = pytest.mark.gui
# Showing a window on the offscreen platform logs this warning; it is about the platform.
OFFSCREEN_SHOW = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def demo_path(demo_logbook_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_logbook_template, path)
    return path


@pytest.fixture
def plain_path(tmp_path: Path) -> Path:
    path = tmp_path / "plain.sqlite"
    create_logbook(path, "kz-2023-majilis").close()
    return path


@pytest.fixture
def window(qtbot, dialogs):
    w = MainWindow(lang="en")
    qtbot.addWidget(w)  # closed at teardown, which closes its logbook
    return w


def test_demo_logbook_shows_banner_and_demo_title(window, demo_path):
    assert window.open_path(demo_path)
    assert not window.banner.isHidden()
    assert window.banner.label.text() == (
        "This logbook contains 10,223 synthetic demo stations. They are not real polling stations."
    )
    assert window.windowTitle() == (
        "demo.sqlite (demo) — Election of deputies of the Mazhilis of the Parliament — kzobserver"
    )
    assert window.path_label.text() == str(demo_path.resolve())
    assert window.election_label.text().endswith("March 19, 2023")
    assert window.navigator.model.total_count() == 10_223


@OFFSCREEN_SHOW
def test_standard_shortcuts_and_ctrl_f(qtbot, window, demo_path):
    window.open_path(demo_path)
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert QKeySequence("Ctrl+Q") in window.quit_action.shortcuts()
    assert len(set(k.toString() for k in window.quit_action.shortcuts())) == len(
        window.quit_action.shortcuts()
    )
    assert window.find_action.shortcut() == QKeySequence("Ctrl+F")
    window.show()
    qtbot.waitExposed(window)
    window.navigator.tree.setFocus()
    window.find_action.trigger()
    assert window.focusWidget() is window.navigator.search


def test_logbook_without_demo_stations_has_no_banner(window, plain_path):
    assert window.open_path(plain_path)
    assert window.banner.isHidden()
    assert "(demo)" not in window.windowTitle()
    assert window.windowTitle().startswith("plain.sqlite — ")


def test_overview_shows_the_announced_result(window, demo_path):
    window.open_path(demo_path)
    page = window.overview_page
    assert window.pages.currentWidget() is page
    assert page.findChild(QObject, "electionTitle").text() == (
        "Election of deputies of the Mazhilis of the Parliament"
    )
    assert page.findChild(QObject, "overview_stations").text() == (
        "10,223 (10,223 of them synthetic demo stations)"
    )
    assert "Mäjilis, party lists — 69 seats" in page.findChild(QObject, "overview_contests").text()
    [table] = page.result_tables
    assert table.rowCount() == 8  # 7 parties and "against all"
    first = [table.item(0, c).text() for c in range(table.columnCount())]
    assert first == ["AMANAT", "3,431,510", "53.90", "40"]
    assert table.item(7, 0).text() == "Against all"
    turnout = page.findChild(QObject, "turnout").text()
    assert "54.19 %" in turnout
    assert "12,035,578" in turnout


def test_selecting_a_station_opens_its_page(window, demo_path):
    window.open_path(demo_path)
    nav = window.navigator
    index = nav.model.find_number("1234")
    station = nav.model.station_at(index)
    nav.tree.setCurrentIndex(index)
    page = window.station_page
    assert window.pages.currentWidget() is window.station_view
    assert window.station_view.tabs.currentWidget() is page
    assert page.title.text() == "Station № 1234"
    assert page.fields["number"].text() == "1234"
    assert page.fields["address"].text() == station.address
    assert page.fields["region"].text() == "Astana"
    assert page.fields["registered_voters"].text() == f"{station.registered_voters:,}"
    assert not page.synthetic_mark.isHidden()
    assert "Mäjilis, party lists" in page.fields["contests"].text()
    window.clear_station()  # View → Election overview
    assert window.pages.currentWidget() is window.overview_page


def test_a_bad_file_is_explained_and_the_window_stays(window, tmp_path, dialogs):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database, just notes\n" * 100)
    assert not window.open_path(bad)
    [box] = dialogs.shown
    assert isinstance(box, QMessageBox)
    assert "not a kzobserver logbook" in box.text()
    assert window.logbook is None
    assert window.pages.currentWidget() is window.empty_page
    assert window.navigator.isHidden()
    assert window.windowTitle() == "kzobserver"
    assert not window.import_action.isEnabled()
    assert window.new_action.isEnabled() and window.open_action.isEnabled()


def test_open_recent_lists_opened_files(window, demo_path, plain_path, dialogs):
    window.open_path(demo_path)
    window.open_path(plain_path)
    window.recent_menu.populate()
    actions = [a for a in window.recent_menu.actions() if a.data()]
    assert [a.data() for a in actions] == [str(plain_path.resolve()), str(demo_path.resolve())]
    assert all(a.isEnabled() for a in actions)
    actions[1].trigger()  # reopen the demo
    assert window.logbook.path == demo_path.resolve()

    window.close_logbook()
    plain_path.unlink()
    window.recent_menu.populate()
    missing = next(a for a in window.recent_menu.actions() if a.data() == str(plain_path.resolve()))
    assert not missing.isEnabled()
    assert "(missing)" in missing.text()

    window.recent_menu.clear_action.trigger()
    assert window.recent_menu.paths() == []
    assert not [a for a in window.recent_menu.actions() if a.data()]


def test_recent_files_keep_eight_newest_first(tmp_path):
    s = Settings(tmp_path / "test.ini")
    for n in range(10):
        settings.add_recent_file(s, tmp_path / f"{n}.sqlite")
    settings.add_recent_file(s, tmp_path / "5.sqlite")
    recent = s.get(settings.RECENT_FILES)
    assert recent[0] == str(tmp_path / "5.sqlite")
    assert len(recent) == settings.MAX_RECENT_FILES
    assert recent.count(str(tmp_path / "5.sqlite")) == 1


def test_geometry_and_splitter_are_remembered(qtbot, dialogs, kz_home, plain_path):
    first = MainWindow(lang="en")
    qtbot.addWidget(first)
    first.open_path(plain_path)
    first.resize(700, 500)  # within the offscreen screen (800×600): restoring clamps to it
    first.splitter.setSizes([250, 438])
    sizes = first.splitter.sizes()
    first.close()
    assert (kz_home / "config" / "kzobserver.ini").exists()

    second = MainWindow(lang="en")
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (700, 500)
    second.open_path(plain_path)
    assert second.splitter.sizes() == sizes
    second.close_logbook()  # no navigator shown: its width is not overwritten
    second.close()
    third = MainWindow(lang="en")
    qtbot.addWidget(third)
    third.open_path(plain_path)
    assert third.splitter.sizes() == sizes


def test_settings_survive_odd_values(tmp_path):
    path = tmp_path / "odd.ini"
    path.write_text("[files]\nrecent=/only/one.sqlite\n[window]\ngeometry=garbage\n")
    s = Settings(path)
    assert s.get(settings.RECENT_FILES) == ["/only/one.sqlite"]
    assert s.get(settings.WINDOW_GEOMETRY) is None
    assert s.get(settings.UI_LANGUAGE) == ""


def test_closing_the_window_closes_the_logbook(qtbot, window, demo_path):
    window.open_path(demo_path)
    logbook = window.logbook
    window.close()
    assert window.logbook is None
    with pytest.raises(sqlite3.ProgrammingError):
        logbook.db.execute("SELECT 1")
    assert not Path(f"{demo_path}-wal").exists() or Path(f"{demo_path}-wal").stat().st_size == 0


def test_new_logbook_dialog_creates_the_file(qtbot, tmp_path):
    dialog = NewLogbookDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.path() == tmp_path / "logbook.sqlite"
    assert dialog.election_code() == "kz-2023-majilis"
    assert not dialog.demo_check.isChecked()  # real work is the default
    dialog.path_edit.setText(str(tmp_path / "observer1"))
    dialog.demo_check.setChecked(True)
    dialog.accept()
    assert dialog.result() == NewLogbookDialog.DialogCode.Accepted
    assert dialog.logbook is not None
    assert dialog.logbook.path == (tmp_path / "observer1.sqlite").resolve()
    dialog.logbook.close()


def test_new_logbook_dialog_refuses_an_existing_file(qtbot, plain_path):
    dialog = NewLogbookDialog(folder=plain_path.parent)
    qtbot.addWidget(dialog)
    assert dialog.path() != plain_path  # the suggestion avoids existing names
    dialog.path_edit.setText(str(plain_path))
    dialog.accept()
    assert dialog.logbook is None
    assert dialog.result() != NewLogbookDialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden()
    assert "already exists" in dialog.error_label.text()
    dialog.path_edit.setText("")
    assert not dialog.ok_button.isEnabled()


def test_file_new_opens_the_created_logbook(window, tmp_path, dialogs):
    def fill_in(dialog):
        dialog.path_edit.setText(str(tmp_path / "fresh.sqlite"))
        dialog.accept()
        return dialog.result()

    dialogs.answers.append(fill_in)
    window.new_action.trigger()
    assert window.logbook is not None
    assert window.logbook.path.name == "fresh.sqlite"
    assert window.navigator.model.total_count() == 0
    assert window.banner.isHidden()
    assert window.recent_menu.paths()[0] == str((tmp_path / "fresh.sqlite").resolve())


def test_file_open_uses_the_chosen_file(window, demo_path, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(demo_path), ""))
    )
    window.open_action.trigger()
    assert window.logbook.path == demo_path.resolve()


def test_about_tells_version_licence_and_where_data_lives(window, demo_path, dialogs):
    window.open_path(demo_path)
    window.about_action.trigger()
    [box] = dialogs.shown
    text = box.text()
    assert __version__ in text
    assert "GPL-3.0-or-later" in text
    assert str(log_file()) in text
    assert str(demo_path.resolve()) in text
    assert "PySide6" in text


def test_language_choice(monkeypatch, window, demo_path, dialogs):
    assert language.resolve_language("kk") == "kk"
    monkeypatch.setattr(language, "system_language", lambda: "ru")
    assert language.resolve_language("") == "ru"
    window.open_path(demo_path)
    try:
        window.language_actions["ru"].trigger()
        assert window.settings.get(settings.UI_LANGUAGE) == "ru"
        assert window.navigator.model.index(0, 0).data().startswith("Абайская область")
        assert "Выборы депутатов Мажилиса" in window.windowTitle()
        assert len(dialogs.shown) == 1  # "takes effect on restart"
    finally:
        language.set_current("en")


def test_protocol_tab_saves_the_line_being_typed_when_leaving_the_station(window, demo_path, qtbot):
    """Ctrl+P opens the protocol entry of the open station; a number typed but not yet committed
    is saved when the observer moves to another station, not lost."""
    from kzobserver.storage.protocols import protocols_for_station

    window.open_path(demo_path)
    nav = window.navigator
    assert not window.protocol_action.isEnabled()
    nav.tree.setCurrentIndex(nav.model.find_number("7"))
    first = window.shown_station
    window.protocol_action.trigger()
    protocols = window.station_view.protocols
    assert protocols is not None and window.station_view.tabs.currentWidget().page is protocols
    field = protocols.form.grid.fields["voters_on_list"]
    field.setFocus()
    qtbot.keyClicks(field, "1234")
    nav.tree.setCurrentIndex(nav.model.find_number("8"))  # leave without pressing Enter
    assert window.station_view.protocols is not protocols
    (record,) = protocols_for_station(window.logbook, first)
    assert record.values == {"voters_on_list": 1234}
