"""Observation checklists as versioned package data: questions, answer validation, red flags.

A checklist (``kzobserver/data/checklists/<code>.json``) is a numbered list of questions in
kk/ru/en. Each question has an answer type and may carry red-flag rules: a condition on the answer
("no", "after 07:00", "above 0") naming the irregularity category it suggests and a pre-filled
report description. The first matching rule wins, so a question can grade its answers (e.g. counting
"out of view" is worse than counting "in piles").

Answers are plain values: ``"yes" | "no" | "na"`` for yes/no/n.a., ``int`` for numbers,
``"HH:MM"`` for times, the option code for choices and the text for text questions; ``None`` is
"not answered". They are stored as text (:func:`encode_answer`) and read back with
:func:`decode_answer`. Question codes are stored with answers, so they are never renamed: a changed
question gets a new code and the checklist a new ``version``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, time
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from kzobserver.domain.model import LocalizedText
from kzobserver.domain.taxonomy import Severity, get_category
from kzobserver.i18n import LANGUAGES, translate

CHECKLIST_FORMAT = "kzobserver-checklist/1"
# The stages of the observer's day, in order; each has one bundled checklist.
CHECKLIST_CODES = ("opening", "voting", "closing", "counting", "protocol_copy")

AnswerValue = str | int

YES, NO, NA = "yes", "no", "na"
YES_NO_NA_LABELS: dict[str, LocalizedText] = {
    YES: LocalizedText("Yes", "Да", "Иә"),
    NO: LocalizedText("No", "Нет", "Жоқ"),
    NA: LocalizedText("N/A", "Неприменимо", "Қатысы жоқ"),
}
# What people type for yes/no/n.a. besides the codes, in the three languages (case-folded).
_YES_NO_NA_WORDS = {
    **dict.fromkeys(("yes", "y", "да", "д", "иә", "ия", "true"), YES),
    **dict.fromkeys(("no", "n", "нет", "н", "жоқ", "false"), NO),
    **dict.fromkeys(
        ("na", "n/a", "n.a.", "n.a", "-", "неприменимо", "не применимо", "қатысы жоқ"), NA
    ),
}
DEFAULT_MAXIMUM = 1_000_000  # beyond any station: a typo, not a count
MAX_TEXT_LENGTH = 10_000
_TIME = re.compile(r"^\s*([01]?\d|2[0-3])\s*[:.]\s*([0-5]\d)\s*$")
_CODE = re.compile(r"^[a-z][a-z0-9_]*$")


class AnswerType(StrEnum):
    YES_NO_NA = "yes_no_na"
    NUMBER = "number"
    TIME = "time"
    TEXT = "text"
    CHOICE = "choice"


class ChecklistError(ValueError):
    """A checklist file is malformed (a packaging bug, not a user error)."""


class AnswerError(ValueError):
    """An answer that does not fit its question; the message is translated, for the user."""

    def __init__(self, question: Question, message: str) -> None:
        super().__init__(message)
        self.question = question


@dataclass(frozen=True)
class Option:
    code: str
    label: LocalizedText


# Conditions a red-flag rule may test, per answer type.
_CONDITIONS: dict[AnswerType, tuple[str, ...]] = {
    AnswerType.YES_NO_NA: ("equals", "in"),
    AnswerType.CHOICE: ("equals", "in"),
    AnswerType.NUMBER: ("equals", "in", "above", "below"),
    AnswerType.TIME: ("equals", "in", "after", "before"),
    AnswerType.TEXT: (),
}


@dataclass(frozen=True)
class RedFlagRule:
    """``condition`` over the answer (equals / in / above / below / after / before ``operands``)
    that makes it a red flag suggesting a report of ``category``."""

    condition: str
    operands: tuple[AnswerValue, ...]
    category: str
    description: LocalizedText  # may hold ``{value}``: the answer as the observer gave it
    severity: Severity | None = None  # None: the category's default severity

    def matches(self, value: AnswerValue) -> bool:
        if self.condition in ("equals", "in"):
            return value in self.operands
        # above/after and below/before compare like values: ints, or zero-padded "HH:MM" texts.
        bound = self.operands[0]
        if isinstance(value, int) != isinstance(bound, int):
            return False
        if self.condition in ("above", "after"):
            return value > bound  # type: ignore[operator]
        return value < bound  # type: ignore[operator]


@dataclass(frozen=True)
class Question:
    code: str
    number: int  # 1-based position in its checklist, as shown on the form
    type: AnswerType
    text: LocalizedText
    help: LocalizedText | None = None
    options: tuple[Option, ...] = ()  # choice questions only
    minimum: int = 0  # number questions only
    maximum: int = DEFAULT_MAXIMUM
    red_flags: tuple[RedFlagRule, ...] = ()

    def option(self, code: str) -> Option:
        for option in self.options:
            if option.code == code:
                return option
        raise KeyError(code)


@dataclass(frozen=True)
class Checklist:
    code: str
    version: int
    position: int  # order of the stage in the day
    name: LocalizedText
    questions: tuple[Question, ...] = field(default_factory=tuple)

    def question(self, code: str) -> Question:
        for question in self.questions:
            if question.code == code:
                return question
        raise KeyError(f"checklist {self.code!r} has no question {code!r}")


# --- answers -------------------------------------------------------------------------------------


def validate_answer(question: Question, raw: object) -> AnswerValue | None:
    """The answer ``raw`` (as typed, or already a value) checked and normalised for ``question``;
    ``None`` or blank text means "not answered". Raises :class:`AnswerError` with a message for
    the user when it does not fit."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if question.type == AnswerType.YES_NO_NA:
        return _yes_no_na(question, raw)
    if question.type == AnswerType.NUMBER:
        return _number(question, raw)
    if question.type == AnswerType.TIME:
        return _time(question, raw)
    if question.type == AnswerType.CHOICE:
        return _choice(question, raw)
    if not isinstance(raw, str):
        raise AnswerError(question, translate("Checklists", "The answer must be text."))
    text = raw.strip()
    if len(text) > MAX_TEXT_LENGTH:
        raise AnswerError(
            question,
            translate(
                "Checklists", "The answer is too long ({length} characters; at most {maximum})."
            ).format(length=f"{len(text):,}", maximum=f"{MAX_TEXT_LENGTH:,}"),
        )
    return text


def _yes_no_na(question: Question, raw: object) -> str:
    if isinstance(raw, bool):
        return YES if raw else NO
    found = _YES_NO_NA_WORDS.get(str(raw).strip().casefold()) if isinstance(raw, str) else None
    if found is None:
        raise AnswerError(
            question,
            translate("Checklists", "“{raw}” is not an answer here: answer yes, no or n/a.").format(
                raw=raw
            ),
        )
    return found


def _number(question: Question, raw: object) -> int:
    value: int | None = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        value = raw
    elif isinstance(raw, float) and raw.is_integer():
        value = int(raw)
    elif isinstance(raw, str):
        # People group thousands with spaces (also no-break ones) or commas: "1 500", "1,500".
        digits = re.sub(r"[\s\u00a0\u202f,]", "", raw)
        if re.fullmatch(r"[+-]?\d+", digits):
            value = int(digits)
    if value is None:
        raise AnswerError(
            question, translate("Checklists", "“{raw}” is not a whole number.").format(raw=raw)
        )
    if value < question.minimum:
        raise AnswerError(
            question,
            translate("Checklists", "The number cannot be less than {minimum}.").format(
                minimum=question.minimum
            ),
        )
    if value > question.maximum:
        raise AnswerError(
            question,
            translate(
                "Checklists", "{value} is more than this question allows ({maximum})."
            ).format(value=f"{value:,}", maximum=f"{question.maximum:,}"),
        )
    return value


def _time(question: Question, raw: object) -> str:
    if isinstance(raw, datetime):
        raw = raw.time()
    if isinstance(raw, time):
        return f"{raw.hour:02d}:{raw.minute:02d}"
    match = _TIME.match(raw) if isinstance(raw, str) else None
    if match is None:
        raise AnswerError(
            question,
            translate(
                "Checklists", "“{raw}” is not a time of day: type it as HH:MM, for example 07:30."
            ).format(raw=raw),
        )
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def _choice(question: Question, raw: object) -> str:
    if isinstance(raw, str):
        wanted = raw.strip().casefold()
        for option in question.options:
            if wanted == option.code or wanted in (v.casefold() for v in option.label.variants()):
                return option.code
    raise AnswerError(
        question,
        translate("Checklists", "“{raw}” is not one of the options: {options}.").format(
            raw=raw, options=", ".join(o.code for o in question.options)
        ),
    )


def encode_answer(value: AnswerValue | None) -> str | None:
    """An answer as stored in the logbook's text column."""
    return None if value is None else str(value)


def decode_answer(question: Question, stored: str | None) -> AnswerValue | None:
    """A stored answer back as a value (an int for numbers). A stored text that no longer fits
    the question (the checklist changed) is returned as it is rather than lost."""
    if stored is None:
        return None
    if question.type == AnswerType.NUMBER:
        try:
            return int(stored)
        except ValueError:
            return stored
    return stored


def format_answer(question: Question, value: AnswerValue | None, lang: str) -> str:
    """The answer as a person reads it in ``lang`` ("Нет", "1,500", "07:30", the option's label)."""
    if value is None:
        return ""
    if question.type == AnswerType.YES_NO_NA and value in YES_NO_NA_LABELS:
        return YES_NO_NA_LABELS[str(value)].get(lang)
    if question.type == AnswerType.CHOICE:
        try:
            return question.option(str(value)).label.get(lang)
        except KeyError:
            return str(value)
    if question.type == AnswerType.NUMBER and isinstance(value, int):
        return f"{value:,}".replace(",", " " if lang != "en" else ",")
    return str(value)


def red_flag_rule(question: Question, value: AnswerValue | None) -> RedFlagRule | None:
    """The first of the question's red-flag rules the answer meets, if any."""
    if value is None:
        return None
    for rule in question.red_flags:
        if rule.matches(value):
            return rule
    return None


def is_red_flag(question: Question, value: AnswerValue | None) -> bool:
    return red_flag_rule(question, value) is not None


def prefilled_incident(question: Question, value: AnswerValue | None, lang: str) -> dict[str, str]:
    """``{"category", "severity", "description"}`` of the irregularity report a red-flag answer
    offers, the description in ``lang``. ValueError when the answer is not a red flag."""
    rule = red_flag_rule(question, value)
    if rule is None:
        raise ValueError(f"the answer {value!r} to {question.code!r} is not a red flag")
    severity = rule.severity or get_category(rule.category).default_severity
    description = rule.description.get(lang).replace(
        "{value}", format_answer(question, value, lang)
    )
    return {"category": rule.category, "severity": severity.value, "description": description}


# --- loading -------------------------------------------------------------------------------------


def _text(item: Mapping[str, Any], key: str, where: str) -> LocalizedText:
    value = item.get(key)
    if not isinstance(value, dict) or any(
        not isinstance(value.get(lang), str) or not value[lang].strip() for lang in LANGUAGES
    ):
        raise ChecklistError(f"{where}: {key!r} needs a text in each of {', '.join(LANGUAGES)}")
    return LocalizedText.from_dict(value)


def _operand(question: Question, raw: object) -> AnswerValue:
    value = validate_answer(question, raw)
    if value is None:
        raise AnswerError(question, "an empty answer cannot be a red flag")
    return value


def _parse_red_flag(item: Any, question: Question, where: str) -> RedFlagRule:
    if not isinstance(item, dict) or not isinstance(item.get("when"), dict):
        raise ChecklistError(f"{where}: a red flag needs a 'when' condition")
    when = item["when"]
    allowed = _CONDITIONS[question.type]
    if len(when) != 1 or next(iter(when)) not in allowed:
        raise ChecklistError(
            f"{where}: 'when' must be one of {', '.join(allowed) or '(none for text)'}"
        )
    condition, operand = next(iter(when.items()))
    raw_operands = operand if condition == "in" else [operand]
    if not isinstance(raw_operands, list) or not raw_operands:
        raise ChecklistError(f"{where}: 'in' needs a list of answers")
    try:
        if condition in ("above", "below"):
            operands: tuple[AnswerValue, ...] = (_number(question, operand),)
        else:
            operands = tuple(_operand(question, o) for o in raw_operands)
    except AnswerError as exc:
        raise ChecklistError(f"{where}: {exc}") from None
    try:
        get_category(item.get("category", ""))
    except KeyError as exc:
        raise ChecklistError(f"{where}: {exc.args[0]}") from None
    severity = None
    if item.get("severity") is not None:
        try:
            severity = Severity(item["severity"])
        except ValueError:
            raise ChecklistError(f"{where}: unknown severity {item['severity']!r}") from None
    description = _text(item, "description", where)
    for text in description.variants():
        if set(re.findall(r"\{([^{}]*)\}", text)) - {"value"}:
            raise ChecklistError(f"{where}: a description may only use the {{value}} placeholder")
    return RedFlagRule(condition, operands, item["category"], description, severity)


def _parse_question(item: Any, number: int, where: str) -> Question:
    if not isinstance(item, dict):
        raise ChecklistError(f"{where}: a question must be an object")
    code = item.get("code")
    if not isinstance(code, str) or not _CODE.match(code):
        raise ChecklistError(f"{where}: a question needs a code of a-z, 0-9 and _")
    where = f"{where}, question {code}"
    try:
        answer_type = AnswerType(str(item.get("type")))
    except ValueError:
        known = ", ".join(t.value for t in AnswerType)
        raise ChecklistError(f"{where}: 'type' must be one of {known}") from None
    options: tuple[Option, ...] = ()
    if answer_type == AnswerType.CHOICE:
        raw_options = item.get("options")
        if not isinstance(raw_options, list) or len(raw_options) < 2:
            raise ChecklistError(f"{where}: a choice needs at least two options")
        options = tuple(
            Option(str(o.get("code", "")), _text(o, "label", f"{where}, option"))
            for o in raw_options
        )
        codes = [o.code for o in options]
        if len(set(codes)) != len(codes) or not all(_CODE.match(c) for c in codes):
            raise ChecklistError(f"{where}: option codes must be unique codes of a-z, 0-9 and _")
    elif "options" in item:
        raise ChecklistError(f"{where}: only choice questions have options")
    if answer_type != AnswerType.NUMBER and ("min" in item or "max" in item):
        raise ChecklistError(f"{where}: only number questions have min and max")
    minimum, maximum = item.get("min", 0), item.get("max", DEFAULT_MAXIMUM)
    if not isinstance(minimum, int) or not isinstance(maximum, int) or minimum > maximum:
        raise ChecklistError(f"{where}: min and max must be whole numbers, min ≤ max")
    question = Question(
        code=code,
        number=number,
        type=answer_type,
        text=_text(item, "text", where),
        help=_text(item, "help", where) if "help" in item else None,
        options=options,
        minimum=minimum,
        maximum=maximum,
    )
    rules = item.get("red_flags", [])
    if not isinstance(rules, list):
        raise ChecklistError(f"{where}: 'red_flags' must be a list")
    red_flags = tuple(_parse_red_flag(rule, question, where) for rule in rules)
    return replace(question, red_flags=red_flags)


def parse_checklist(data: Any, source_name: str) -> Checklist:
    """A checklist from its JSON data; ChecklistError naming the file and question if malformed."""
    if not isinstance(data, dict) or data.get("format") != CHECKLIST_FORMAT:
        raise ChecklistError(f"{source_name}: not a {CHECKLIST_FORMAT} file")
    code, version, position = data.get("code"), data.get("version"), data.get("position", 0)
    if not isinstance(code, str) or not _CODE.match(code):
        raise ChecklistError(f"{source_name}: 'code' must be a code of a-z, 0-9 and _")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ChecklistError(f"{source_name}: 'version' must be a positive whole number")
    where = f"{source_name} ({code})"
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        raise ChecklistError(f"{where}: no questions")
    questions = tuple(
        _parse_question(item, number, where) for number, item in enumerate(raw_questions, 1)
    )
    codes = [q.code for q in questions]
    repeated = sorted({c for c in codes if codes.count(c) > 1})
    if repeated:
        raise ChecklistError(f"{where}: repeated question codes: {', '.join(repeated)}")
    return Checklist(
        code=code,
        version=version,
        position=int(position),
        name=_text(data, "name", where),
        questions=questions,
    )


@cache
def bundled_checklists() -> dict[str, Checklist]:
    """Every bundled checklist by code, in the order of the day (read once)."""
    folder = resources.files("kzobserver.data").joinpath("checklists")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            found.append(parse_checklist(json.loads(entry.read_text(encoding="utf-8")), entry.name))
    found.sort(key=lambda c: (c.position, c.code))
    return {c.code: c for c in found}


def get_checklist(code: str) -> Checklist:
    try:
        return bundled_checklists()[code]
    except KeyError:
        known = ", ".join(bundled_checklists())
        raise KeyError(f"unknown checklist {code!r} (known: {known})") from None
