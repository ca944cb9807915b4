"""One translation catalogue for every layer.

The UI installs Qt's ``QCoreApplication.translate`` here at start-up, so that messages made in the
domain, storage and reports layers (which may not import Qt) come from the same ``.qm`` catalogue
as the widgets' ``tr()`` strings. ``pyside6-lupdate`` extracts ``translate("Context", "text")``
calls from any module, so these strings land in ``resources/translations/*.ts`` like the others.
Without a GUI (CLI, tests) the source text, English, is used unless a translator is installed.
"""

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def translate(context: str, text: str) -> str:
    """Return ``text`` translated for ``context`` in the current UI language."""
    return _translator(context, text)


def install_translator(translator: Translator | None) -> None:
    """Route :func:`translate` through ``translator`` (``None`` restores English)."""
    global _translator
    _translator = translator or _identity


LANGUAGES = ("en", "ru", "kk")
