"""Starting the GUI: the application object, its language, the error hook and the first logbook."""

from __future__ import annotations

import logging
import signal
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kzobserver import APP_NAME, ORGANIZATION, __version__, i18n
from kzobserver.logs import setup_logging
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.setup import open_default_logbook
from kzobserver.ui import language, messages, settings
from kzobserver.ui.errors import install_excepthook
from kzobserver.ui.observersdialog import ensure_current_observer
from kzobserver.ui.settings import Settings

if TYPE_CHECKING:
    from kzobserver.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)

_translators: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def install_translators(app: QCoreApplication, lang: str) -> list[str]:
    """Load kzobserver's and Qt's own catalogues for ``lang``; returns what was loaded."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    loaded = []
    if lang != "en":  # English is the source text
        qm = resources.files("kzobserver.data").joinpath("translations", f"kzobserver_{lang}.qm")
        if qm.is_file():
            with resources.as_file(qm) as qm_path:
                translator = QTranslator(app)
                if translator.load(str(qm_path)):
                    _translators.append(translator)
                    loaded.append(str(qm_path))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(app)
        # Qt's dialogs (file chooser, message box buttons); there is no qtbase for every language.
        if translator.load(QLocale(lang), "qtbase", "_", qt_dir):
            _translators.append(translator)
            loaded.append(f"qtbase_{lang}")
    for translator in _translators:
        app.installTranslator(translator)
    i18n.install_translator(lambda context, text: QCoreApplication.translate(context, text))
    return loaded


def app_icon() -> QIcon:
    icon = resources.files("kzobserver.data").joinpath("icons", "kzobserver.svg")
    with resources.as_file(icon) as icon_path:
        return QIcon(str(icon_path))


def run_gui(path: Path | None) -> int:
    """Open the window on ``path`` (None: the default logbook) and run until it closes."""
    log_path = setup_logging()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    install_excepthook()

    user_settings = Settings()
    lang = language.resolve_language(user_settings.get(settings.UI_LANGUAGE))
    language.set_current(lang)
    QLocale.setDefault(language.locale(lang))
    loaded = install_translators(app, lang)
    log.info(
        "kzobserver %s starting, language %s (%s), log %s", __version__, lang, loaded, log_path
    )

    from kzobserver.ui.mainwindow import MainWindow  # after the translators: tr() runs at build

    window = MainWindow(user_settings, lang)
    window.show()
    # Open after the event loop starts, so an error message has a window behind it.
    QTimer.singleShot(0, lambda: open_initial_logbook(window, path))
    # Ctrl+C in the terminal closes the window like the user would (settings saved, logbook
    # closed). Python sees the signal only between Qt events, so a timer wakes it now and then.
    signal.signal(signal.SIGINT, lambda *_: window.close())
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)
    wake.start(500)
    code = app.exec()
    window.close_logbook(refresh=False)  # in case the loop ended without closing the window
    return code


def open_initial_logbook(window: MainWindow, path: Path | None) -> None:
    if path is not None:
        if window.open_path(path) and window.logbook is not None:
            ensure_current_observer(window, window.logbook)
        return
    try:
        logbook = open_default_logbook()
    except (LogbookError, OSError) as exc:
        log.warning("could not open the default logbook: %s", exc)
        messages.warn(
            window,
            QCoreApplication.translate("App", "Cannot open the logbook"),
            str(exc),
            QCoreApplication.translate(
                "App", "Use File → New logbook… or File → Open… to continue."
            ),
        )
        return
    window.set_logbook(logbook)
    # Asked once per computer and logbook: every record after this is signed with the name.
    ensure_current_observer(window, logbook)
    window.station_view.refresh()
