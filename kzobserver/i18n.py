"""One translation catalogue for every layer.

The UI installs Qt's ``QCoreApplication.translate`` here at start-up, so that messages made in the
domain, storage and reports layers (which may not import Qt) come from the same ``.qm`` catalogue
as the widgets' ``tr()`` strings. ``pyside6-lupdate`` extracts ``translate("Context", "text")``
calls from any module, so these strings land in ``resources/translations/*.ts`` like the others.
Without a GUI (CLI, tests) the source text, English, is used unless a translator is installed.
"""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity
# A report is written in its own language, whatever the UI speaks, and usually on a worker
# thread: an override applies to the thread that set it only, so the window keeps its language.
_local = threading.local()


def translate(context: str, text: str) -> str:
    """Return ``text`` translated for ``context`` in this thread's language: the override set
    by :func:`translation_override` if any, else the UI language."""
    override: Translator | None = getattr(_local, "translator", None)
    if override is not None:
        return override(context, text)
    return _translator(context, text)


@contextmanager
def translation_override(translator: Translator) -> Iterator[None]:
    """Translate with ``translator`` in the current thread until the block ends."""
    previous = getattr(_local, "translator", None)
    _local.translator = translator
    try:
        yield
    finally:
        _local.translator = previous


def install_translator(translator: Translator | None) -> None:
    """Route :func:`translate` through ``translator`` (``None`` restores English)."""
    global _translator
    _translator = translator or _identity


LANGUAGES = ("en", "ru", "kk")
