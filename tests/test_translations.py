"""The Russian and Kazakh catalogues: complete, faithful to the source's placeholders and
mnemonics, compiled into the package, and in step with the strings in the code.

A developer who adds or changes a user-visible string gets a failure here until the .ts files
have it translated: run ``make translations``, translate the new messages in
resources/translations/kzobserver_{ru,kk}.ts (Qt Linguist, or by hand), and run
``make translations`` again to compile the .qm files.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from kzobserver import i18n

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "kzobserver" / "data" / "translations"
LANGS = ("ru", "kk")
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
MNEMONIC = re.compile(r"&(?!&)(.)")  # "&&" is a literal ampersand in Qt
HOW_TO_FIX = (
    "run `make translations`, translate the new messages in resources/translations/"
    "kzobserver_ru.ts and kzobserver_kk.ts, then run `make translations` again to compile them"
)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the <translation type="…">: "" when finished
    forms: tuple[str, ...]  # the translation, or its numerus forms

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def text(self) -> str:
        """What the translation renders. lupdate misreads ``tr("Ctx", "text")`` through an alias
        of QCoreApplication.translate (see KNOWN_HIDDEN) as source "Ctx", comment "text"."""
        return self.comment if self.context == "" and self.comment else self.source

    @property
    def active(self) -> bool:
        """False for messages lupdate kept although the code no longer has them."""
        return self.kind not in ("vanished", "obsolete")

    def __str__(self) -> str:
        comment = f" ({self.comment})" if self.comment else ""
        return f"{self.context}: {self.source!r}{comment}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {name} message without <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    translation.get("type", ""),
                    forms,
                )
            )
    return messages


@pytest.fixture(scope="module", params=LANGS)
def catalogue(request) -> tuple[str, list[Message]]:
    lang = request.param
    path = TS_DIR / f"kzobserver_{lang}.ts"
    assert path.is_file(), f"{path} is missing: {HOW_TO_FIX}"
    return lang, read_ts(path)


def qt_tool(name: str) -> Path:
    """A Qt tool of the PySide6 in use (pip installs them next to the interpreter)."""
    for candidate in (Path(sys.executable).parent / name, shutil.which(name)):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    pytest.skip(f"{name} not found next to {sys.executable} or on PATH")


def run_tool(args: list[str], cwd: Path | None = None) -> None:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{' '.join(args[:2])} failed:\n{done.stdout}{done.stderr}"


def listing(items) -> str:
    return "".join(f"\n  {item}" for item in items)


# --- the catalogues themselves -------------------------------------------------------------


def test_every_message_is_translated(catalogue):
    lang, messages = catalogue
    unfinished = [
        m for m in messages if m.active and (m.kind or not all(f.strip() for f in m.forms))
    ]
    assert not unfinished, (
        f"{len(unfinished)} message(s) in kzobserver_{lang}.ts are not translated "
        f"({HOW_TO_FIX}):{listing(unfinished)}"
    )
    assert sum(m.active for m in messages) > 200  # the file was not emptied by accident


def test_placeholders_are_kept(catalogue):
    lang, messages = catalogue
    wrong = []
    for m in messages:
        expected = set(PLACEHOLDER.findall(m.text))
        for form in m.forms:
            if form and set(PLACEHOLDER.findall(form)) != expected:
                wrong.append(f"{m}\n    → {form!r}")
    assert not wrong, (
        f"kzobserver_{lang}.ts: these translations do not have exactly the source's "
        f"{{placeholders}} (str.format fills them after translation):{listing(wrong)}"
    )


def test_mnemonics_are_kept(catalogue):
    lang, messages = catalogue
    wrong = []
    for m in messages:
        expected = len(MNEMONIC.findall(m.text))
        assert expected <= 1, f"two mnemonics in the source {m}"
        for form in m.forms:
            marks = MNEMONIC.findall(form)
            if form and (len(marks) != expected or any(not c.isalnum() for c in marks)):
                wrong.append(f"{m}\n    → {form!r}")
    assert not wrong, (
        f"kzobserver_{lang}.ts: a translation must keep the source's one '&' mnemonic (before a "
        f"letter of the translated word), or have none when the source has none:{listing(wrong)}"
    )


def test_numerus_messages_have_every_form(catalogue):
    lang, messages = catalogue
    expected = {"ru": 3, "kk": 2}[lang]  # Qt's plural rules: one/few/many; one/other
    wrong = [m for m in messages if m.numerus and len(m.forms) != expected]
    assert not wrong, f"kzobserver_{lang}.ts: plural forms should be {expected}:{listing(wrong)}"


# --- the compiled catalogues ---------------------------------------------------------------


def test_shipped_qm_is_compiled_from_the_ts(catalogue, tmp_path):
    lang, _messages = catalogue
    lrelease = qt_tool("pyside6-lrelease")
    fresh = tmp_path / f"kzobserver_{lang}.qm"
    run_tool([str(lrelease), "-silent", str(TS_DIR / f"kzobserver_{lang}.ts"), "-qm", str(fresh)])
    shipped = QM_DIR / f"kzobserver_{lang}.qm"
    assert shipped.is_file(), f"{shipped} is missing: run `make translations`"
    assert shipped.read_bytes() == fresh.read_bytes(), (
        f"{shipped.relative_to(ROOT)} is older than kzobserver_{lang}.ts: run `make translations`"
    )


def test_shipped_qm_translates_as_the_ts_says(catalogue, qapp):
    """Independent of lrelease: the package's .qm gives every translation of the .ts."""
    lang, messages = catalogue
    translator = QTranslator()
    assert translator.load(str(QM_DIR / f"kzobserver_{lang}.qm"))
    wrong = []
    for m in messages:
        if not m.active:
            continue
        comment = m.comment or None
        # n picks a plural form: 1 is the first form in both languages; 5 is the last.
        samples = {1: m.forms[0], 5: m.forms[-1]} if m.numerus else {-1: m.forms[0]}
        for n, expected in samples.items():
            got = translator.translate(m.context, m.source, comment, n)
            if got != expected:
                wrong.append(f"{m} (n={n})\n    .qm: {got!r}\n    .ts: {expected!r}")
    assert not wrong, (
        f"kzobserver_{lang}.qm disagrees with kzobserver_{lang}.ts: run `make translations`"
        f"{listing(wrong)}"
    )


# --- the catalogues and the code -----------------------------------------------------------


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple[str, str, str]]:
    """What ``make translations`` would put in the .ts files, from the code as it is now."""
    lupdate = qt_tool("pyside6-lupdate")
    out = tmp_path_factory.mktemp("lupdate") / "kzobserver_xx.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kzobserver").rglob("*.py"))
    run_tool([str(lupdate), "-silent", *sources, "-ts", str(out)], cwd=ROOT)
    return {m.key for m in read_ts(out)}


def test_every_string_in_the_code_is_in_the_catalogue(catalogue, extracted):
    lang, messages = catalogue
    committed = {m.key for m in messages if m.active}

    def show(keys):
        return listing(f"{c}: {s!r}" + (f" ({d})" if d else "") for c, s, d in sorted(keys))

    new = extracted - committed
    assert not new, (
        f"{len(new)} string(s) in the code are not in kzobserver_{lang}.ts yet; "
        f"{HOW_TO_FIX}:{show(new)}"
    )
    gone = committed - extracted
    assert not gone, (
        f"{len(gone)} message(s) of kzobserver_{lang}.ts are no longer in the code: "
        f"run `make translations` (it keeps them as vanished):{show(gone)}"
    )


# lupdate reads translate()/tr() calls as text, not as Python: it cannot see a string whose
# context is a variable, and it reads an alias ``tr = QCoreApplication.translate`` as QObject.tr
# (so ``tr("Ctx", "text")`` lands in the .ts as source "Ctx" with the text as a comment, and
# never matches at run time). These functions still do that; their strings are translated in
# the .ts files as vanished entries, which `make translations` revives once the calls are
# written out as ``QCoreApplication.translate("Ctx", "text")`` (an alias named ``translate``
# also works: lupdate reads any ``translate(`` call as context, text).
KNOWN_HIDDEN: set[tuple[str, str]] = set()


def _hidden_translations(path: Path) -> list[tuple[str, int, str]]:
    """(function, line, code) of translation calls that lupdate cannot extract."""
    found: list[tuple[str, int, str]] = []

    def is_translate(node: ast.AST) -> bool:
        return (isinstance(node, ast.Attribute) and node.attr == "translate") or (
            isinstance(node, ast.Name) and node.id == "translate"
        )

    def literal(node: ast.AST) -> bool:
        return isinstance(node, ast.Constant) and isinstance(node.value, str)

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            name = function
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = child.name
            if (
                isinstance(child, ast.Assign)
                and is_translate(child.value)
                and any(
                    not (isinstance(t, ast.Name) and t.id == "translate") for t in child.targets
                )
            ):
                found.append((name, child.lineno, ast.unparse(child)))  # an alias lupdate misreads
            elif isinstance(child, ast.ImportFrom) and any(
                a.name == "translate" and a.asname not in (None, "translate") for a in child.names
            ):
                found.append((name, child.lineno, ast.unparse(child)))
            elif isinstance(child, ast.Call) and child.args:
                args = child.args
                if is_translate(child.func) and len(args) >= 2:
                    # Forwarding both (i18n's Qt hook) is fine; one literal and one not is not.
                    if literal(args[0]) != literal(args[1]):
                        found.append((name, child.lineno, ast.unparse(child)))
                elif (
                    isinstance(child.func, ast.Attribute)
                    and child.func.attr == "tr"
                    and not literal(args[0])
                ):
                    found.append((name, child.lineno, ast.unparse(child)))
            visit(child, name)

    visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), "<module>")
    return found


def test_translation_calls_are_visible_to_lupdate():
    hidden: dict[tuple[str, str], list[str]] = {}
    for path in sorted((ROOT / "kzobserver").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for function, line, code in _hidden_translations(path):
            hidden.setdefault((rel, function), []).append(f"{rel}:{line} ({function}): {code}")
    new = {k: v for k, v in hidden.items() if k not in KNOWN_HIDDEN}
    assert not new, (
        "lupdate cannot extract these strings, so they would stay in English: call "
        'QCoreApplication.translate("Context", "text") / translate("Context", "text") / '
        'self.tr("text") with string literals, no alias and no variable:'
        + listing(line for lines in new.values() for line in lines)
    )
    fixed = KNOWN_HIDDEN - hidden.keys()
    assert not fixed, (
        f"{sorted(fixed)} no longer hide strings from lupdate: remove them from KNOWN_HIDDEN "
        "and run `make translations` (their translations are waiting as vanished entries)"
    )


# --- the window in Russian and Kazakh ------------------------------------------------------

MENU_TITLES = {
    "ru": ["&Файл", "&Вид", "&Участок", "&Отчёты", "&Справка"],
    "kk": ["&Файл", "&Көрініс", "&Учаске", "&Есептер", "&Анықтама"],
}
# Showing or building widgets on the offscreen platform may log this; it is about the platform.
OFFSCREEN = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def translated(qapp, request):
    from kzobserver.ui import app as ui_app

    lang = request.param
    loaded = ui_app.install_translators(qapp, lang)
    assert any(p.endswith(f"kzobserver_{lang}.qm") for p in loaded), loaded
    yield lang
    ui_app.install_translators(qapp, "en")
    i18n.install_translator(None)


@pytest.mark.gui
@OFFSCREEN
@pytest.mark.parametrize("translated", LANGS, indirect=True)
def test_main_window_menus_are_translated(qtbot, translated):
    from kzobserver.ui.mainwindow import MainWindow

    lang = translated
    window = MainWindow(lang=lang)
    qtbot.addWidget(window)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert [m.title() for m in menus] == MENU_TITLES[lang]
    # Alt+letter must pick one entry: no letter twice in the menu bar or within one menu.
    for title, texts in [("menu bar", [m.title() for m in menus])] + [
        (m.title(), [a.text() for a in m.actions() if not a.isSeparator()]) for m in menus
    ]:
        letters = [c.lower() for text in texts for c in MNEMONIC.findall(text)]
        assert len(letters) == len(set(letters)), f"{lang} {title}: mnemonics {texts}"
    assert i18n.translate("Storage", "it is a folder") != "it is a folder"  # non-Qt layers too
