"""A report's language is its own: set per thread, never leaking into the window's."""

from __future__ import annotations

import threading

import pytest

from kzobserver import i18n
from kzobserver.reports.language import catalogue, report_language

# A message every catalogue translates (the comparison's own validation).
CONTEXT, SOURCE = "Comparison", "Excluding a station needs a reason."


def test_english_is_the_source_text():
    assert catalogue("en")(CONTEXT, SOURCE) == SOURCE


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_other_languages_come_from_the_compiled_catalogue(lang):
    text = catalogue(lang)(CONTEXT, SOURCE)
    assert text != SOURCE and text.strip()
    assert catalogue(lang)("NoSuchContext", "not in any catalogue") == "not in any catalogue"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="de"):
        catalogue("de")


def test_override_applies_to_this_thread_only():
    russian = catalogue("ru")(CONTEXT, SOURCE)
    seen: dict[str, str] = {}
    inside = threading.Event()
    release = threading.Event()

    def other_thread() -> None:
        inside.wait(5)
        seen["other"] = i18n.translate(CONTEXT, SOURCE)
        release.set()

    worker = threading.Thread(target=other_thread)
    worker.start()
    with report_language("ru"):
        seen["report"] = i18n.translate(CONTEXT, SOURCE)
        inside.set()
        release.wait(5)
        with report_language("kk"):  # nested: the innermost wins, then the outer comes back
            seen["nested"] = i18n.translate(CONTEXT, SOURCE)
        seen["after nested"] = i18n.translate(CONTEXT, SOURCE)
    worker.join(5)
    assert seen["report"] == russian
    assert seen["other"] == SOURCE  # the window's language (English here) is untouched
    assert seen["nested"] == catalogue("kk")(CONTEXT, SOURCE)
    assert seen["after nested"] == russian
    assert i18n.translate(CONTEXT, SOURCE) == SOURCE
