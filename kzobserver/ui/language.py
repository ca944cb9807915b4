"""The UI language: which one is in use, and numbers and dates written the way it writes them."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from kzobserver.i18n import LANGUAGES

_current = "en"


def system_language() -> str:
    """ru or kk when the system speaks it, English otherwise."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def resolve_language(saved: str) -> str:
    return saved if saved in LANGUAGES else system_language()


def current() -> str:
    return _current


def set_current(lang: str) -> None:
    global _current
    _current = lang if lang in LANGUAGES else "en"


def locale(lang: str | None = None) -> QLocale:
    lang = lang or _current
    # English as written in Kazakhstan would give day-month dates; the US locale keeps the
    # familiar "March 19, 2023" and comma thousands that English readers expect.
    return QLocale("en_US" if lang == "en" else f"{lang}_KZ")


def format_int(value: int | float | None, lang: str | None = None) -> str:
    if value is None:
        return "—"
    return locale(lang).toString(int(value))


def format_number(value: float, decimals: int, lang: str | None = None) -> str:
    return locale(lang).toString(float(value), "f", decimals)


def format_date(iso: str, lang: str | None = None) -> str:
    date = QDate.fromString(iso[:10], "yyyy-MM-dd")
    if not date.isValid():
        return iso
    return locale(lang).toString(date, QLocale.FormatType.LongFormat)


LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
