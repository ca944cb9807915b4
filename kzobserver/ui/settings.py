"""Every setting the UI keeps, declared in one place with its type and default (the MusicBrainz
Picard way), so a key is never misspelt in one widget and a default never differs between two.

The settings live in an INI file in :func:`kzobserver.paths.config_dir` (not the registry or a
plist): one readable file that ``KZOBSERVER_HOME`` moves along with everything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from kzobserver import paths


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    doc: str = ""


UI_LANGUAGE = Setting("ui/language", str, "", "en, ru or kk; empty: from the system locale")
RECENT_FILES = Setting("files/recent", list, [], "logbooks opened lately, newest first")
LAST_DIRECTORY = Setting("files/last_directory", str, "", "where file dialogs start")
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, None, "QWidget.saveGeometry()")
WINDOW_STATE = Setting("window/state", QByteArray, None, "QMainWindow.saveState()")
SPLITTER_STATE = Setting("window/splitter", QByteArray, None, "navigator | page splitter")
DISCREPANCY_SPLITTER = Setting(
    "discrepancies/splitter", QByteArray, None, "Discrepancies: table / station detail"
)
DISCREPANCY_COLUMNS = Setting(
    "discrepancies/columns", QByteArray, None, "Discrepancies: the table's column widths and sort"
)
# Reports → New report… remembers its last choices (never the privacy option: unticked each time).
REPORT_LANGUAGE = Setting("reports/language", str, "", "kk, ru or en; empty: the UI's")
REPORT_SCOPE = Setting("reports/scope", str, "election", "election, region or stations")
REPORT_REGION = Setting("reports/region", str, "", "region code of the last regional report")
REPORT_STATIONS = Setting("reports/stations", str, "", "station numbers, comma-separated")
REPORT_SOURCES = Setting("reports/sources", list, [], "sources A and B; empty: pec_copy, official")
REPORT_SECTIONS = Setting("reports/sections", list, None, "section codes; unset: all")
REPORT_CHARTS = Setting("reports/charts", bool, True, "charts in PDF and HTML reports")
REPORT_FILE = Setting("reports/last_file", str, "", "the last report written (folder and format)")

ALL_SETTINGS = (
    UI_LANGUAGE,
    RECENT_FILES,
    LAST_DIRECTORY,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    SPLITTER_STATE,
    DISCREPANCY_SPLITTER,
    DISCREPANCY_COLUMNS,
    REPORT_LANGUAGE,
    REPORT_SCOPE,
    REPORT_REGION,
    REPORT_STATIONS,
    REPORT_SOURCES,
    REPORT_SECTIONS,
    REPORT_CHARTS,
    REPORT_FILE,
)

MAX_RECENT_FILES = 8


def settings_file() -> Path:
    return paths.config_dir() / "kzobserver.ini"


class Settings:
    """Typed access to the INI file; ``path`` is injectable for tests and portable installs."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_file()
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        value = self._qsettings.value(setting.key)
        if value is None:
            return _copy(setting.default)
        try:
            return _convert(value, setting.type)
        except (TypeError, ValueError):
            return _copy(setting.default)  # a hand-edited file must not stop the app

    def set(self, setting: Setting, value: Any) -> None:
        if value is None:
            self._qsettings.remove(setting.key)
        else:
            self._qsettings.setValue(setting.key, value)

    def sync(self) -> None:
        self._qsettings.sync()


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _convert(value: Any, kind: type) -> Any:
    # INI files keep no types: a one-element list comes back as a str, a bool as "true".
    if kind is list:
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value]
    if kind is bool:
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
    if kind is QByteArray:
        if not isinstance(value, QByteArray):
            raise TypeError(type(value).__name__)
        return value
    return kind(value)


def add_recent_file(settings: Settings, path: Path) -> list[str]:
    """Put ``path`` first in the recent files (once), keeping the newest eight."""
    text = str(path)
    recent = [p for p in settings.get(RECENT_FILES) if p != text]
    recent.insert(0, text)
    del recent[MAX_RECENT_FILES:]
    settings.set(RECENT_FILES, recent)
    return recent
