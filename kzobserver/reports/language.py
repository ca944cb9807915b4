"""The language a report is written in, independent of the UI's.

Every message a report shows (its own headings, and the domain's and storage's sentences it
quotes) goes through ``kzobserver.i18n.translate``; ``report_language`` points that, for the
current thread only, at the compiled catalogue of the report's language.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources

from PySide6.QtCore import QTranslator

from kzobserver.i18n import LANGUAGES, Translator, translation_override


@cache
def _qm_translator(lang: str) -> QTranslator | None:
    qm = resources.files("kzobserver.data").joinpath("translations", f"kzobserver_{lang}.qm")
    if not qm.is_file():
        return None
    translator = QTranslator()  # no parent: cached for the life of the process
    with resources.as_file(qm) as path:
        if not translator.load(str(path)):
            return None
    return translator


def catalogue(lang: str) -> Translator:
    """A translate(context, text) function for ``lang``; English (the source text) for "en", for
    an unknown language, or where the catalogue lacks a message."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language {lang!r}; use one of {', '.join(LANGUAGES)}")
    translator = _qm_translator(lang) if lang != "en" else None
    if translator is None:
        return lambda context, text: text

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate


@contextmanager
def report_language(lang: str) -> Iterator[None]:
    """Write everything translated in this thread in ``lang`` until the block ends."""
    with translation_override(catalogue(lang)):
        yield
