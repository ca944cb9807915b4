"""Starting the GUI, its language, and what happens to unexpected errors."""

from __future__ import annotations

import logging
import shutil
import signal
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import QApplication

from kzobserver import i18n
from kzobserver.logs import log_file
from kzobserver.ui import app as ui_app
from kzobserver.ui import errors, language, messages
from kzobserver.ui.mainwindow import MainWindow

pytestmark = pytest.mark.gui
# Showing a window on the offscreen platform logs this warning; it is about the platform.
OFFSCREEN_SHOW = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def dialogs(monkeypatch):
    """Every modal dialog is recorded instead of run."""
    record = SimpleNamespace(shown=[])
    monkeypatch.setattr(messages, "exec_dialog", lambda dialog: record.shown.append(dialog) or 0)
    return record


@pytest.fixture
def demo_path(demo_logbook_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_logbook_template, path)
    return path


@pytest.fixture
def window(qtbot, dialogs):
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    return w


def test_the_error_hook_shows_the_error_and_logs_it(qtbot, dialogs, caplog):
    try:
        raise ValueError("the disk is full")
    except ValueError:
        errors.handle_exception(*sys.exc_info())
    [box] = dialogs.shown
    assert box.text() == "Something went wrong: the disk is full"
    assert str(log_file()) in box.informativeText()
    assert "Traceback" in box.detailedText()
    assert "ValueError: the disk is full" in box.detailedText()
    [record] = [r for r in caplog.records if r.name == "kzobserver.ui.errors"]
    assert record.exc_info[1].args == ("the disk is full",)


class _Emitter(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_error_dialog(qtbot, dialogs, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors.install_excepthook()
    emitter = _Emitter()

    def broken_slot():
        raise RuntimeError("slot failed")

    emitter.fired.connect(broken_slot)
    emitter.fired.emit()  # must not raise out of emit, nor end the process
    [box] = dialogs.shown
    assert "slot failed" in box.text()


@pytest.fixture
def restore_globals(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    sigint = signal.getsignal(signal.SIGINT)
    yield
    signal.signal(signal.SIGINT, sigint)
    root.setLevel(level)
    for handler in root.handlers:
        if handler not in handlers:  # run_gui's log file lives in this test's home
            root.removeHandler(handler)
            handler.close()
    i18n.install_translator(None)
    language.set_current("en")
    QLocale.setDefault(QLocale.c())
    ui_app.install_translators(QCoreApplication.instance(), "en")


@OFFSCREEN_SHOW
def test_run_gui_starts_and_returns_the_exit_code(qtbot, restore_globals, dialogs, monkeypatch):
    started = []
    sigint_before = signal.getsignal(signal.SIGINT)
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: started.append(1) or 0))
    assert ui_app.run_gui(None) == 0
    assert started == [1]
    assert sys.excepthook is errors.handle_exception
    assert signal.getsignal(signal.SIGINT) is not sigint_before
    assert QCoreApplication.applicationName() == "kzobserver"
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    qtbot.addWidget(window)
    ui_app.open_initial_logbook(window, None)  # what the event loop would do first
    assert window.logbook is not None
    assert window.logbook.path.name == "logbook.sqlite"  # the embedded default, created
    assert window.synthetic_count == 10_223


def test_a_logbook_named_on_the_command_line_is_opened(window, demo_path):
    ui_app.open_initial_logbook(window, demo_path)
    assert window.logbook.path == demo_path.resolve()


def test_an_unreadable_default_logbook_leaves_an_empty_window(window, dialogs, kz_home):
    default = kz_home / "data" / "logbook.sqlite"
    default.parent.mkdir(parents=True, exist_ok=True)
    default.write_bytes(b"\x00garbage" * 500)
    ui_app.open_initial_logbook(window, None)
    [box] = dialogs.shown
    assert "not a kzobserver logbook" in box.text()
    assert window.logbook is None
    assert window.pages.currentWidget() is window.empty_page


def test_translators_route_messages_through_qt(restore_globals):
    app = QCoreApplication.instance()
    assert ui_app.install_translators(app, "en") == []
    assert i18n.translate("Storage", "it is a folder") == "it is a folder"
    ui_app.install_translators(app, "ru")  # no kzobserver .qm yet: must still work
    assert i18n.translate("Storage", "it is a folder") == "это папка"
