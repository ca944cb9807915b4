"""Control relations between protocol lines: rules as data, and checking a record against them.

A rule's expression states the BAD condition (``ballots_in_boxes > ballots_issued``), so a rules
file reads as the list of things that must not happen on a protocol. Each record gets, per rule:

- MISSING: a line the rule reads is empty. An empty line is not a zero, so this is never FLAGGED.
- FLAGGED: the bad condition holds, beyond the rule's tolerance.
- VERIFIED: it would be FLAGGED, but a reviewer confirmed every line the rule reads: the protocol
  really says so, and the flag is now a finding rather than a suspected typing slip.
- OK: the bad condition does not hold, or holds within the tolerance (``within_tolerance``).

Tolerance applies only to a rule that is one comparison ``lhs OP rhs`` with OP ``!=``, ``>`` or
``<`` ("the sides differ", "one side exceeds the other"). The gap is ``|lhs - rhs|`` (for ``>``
and ``<`` that is the excess) and the rule is FLAGGED only when ``gap > allowance``, where
``allowance = max(tolerance_abs, floor(tolerance_percent / 100 * max(|lhs|, |rhs|)))``. The larger
side is the base so that the allowance does not shrink as the discrepancy grows. For ``==``,
``<=``, ``>=`` or a combined condition a "gap" has no clear meaning, so a tolerance there is
refused when the rule is made.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import Any

from kzobserver.domain.expressions import (
    OPERATORS,
    BoundExpression,
    Expression,
    Line,
    Node,
    RuleError,
    parse_expression,
)
from kzobserver.domain.model import LocalizedText
from kzobserver.domain.templates import VOTES_PREFIX, ProtocolTemplate, get_template
from kzobserver.i18n import translate

__all__ = [
    "RULES_FORMAT",
    "Rule",
    "RuleError",
    "RuleResult",
    "RuleStatus",
    "Severity",
    "check_rules_against_template",
    "evaluate_rule",
    "evaluate_rules",
    "format_number",
    "parse_rules",
    "rules_for_template",
]

RULES_FORMAT = "kzobserver-rules/1"
TOLERABLE_OPERATORS = ("!=", ">", "<")
_SYMBOLS = {"<": "<", "<=": "≤", ">": ">", ">=": "≥", "==": "=", "!=": "≠"}
_NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_SIDE_PLACEHOLDERS = ("lhs", "rhs", "gap", "allowance")
_NO_TEXT = LocalizedText("")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTICE = "notice"


class RuleStatus(StrEnum):
    OK = "ok"
    FLAGGED = "flagged"
    VERIFIED = "verified"
    MISSING = "missing"


@dataclass(frozen=True)
class Rule:
    """One control relation. ``expression`` is the BAD condition.

    Messages explain a failure with the numbers; placeholders are ``{lhs}``, ``{rhs}``, ``{gap}``
    and ``{allowance}`` (comparisons only), any line code the expression reads (``{invalid}``)
    and any wildcard in it (``{votes:*}``, the sum of those lines). ``message_greater`` and
    ``message_less`` take over from ``message`` when lhs > rhs or lhs < rhs, because "ballots are
    missing" and "extra ballots appeared" are different findings."""

    code: str
    name: LocalizedText
    expression: Expression
    severity: Severity = Severity.ERROR
    tolerance_abs: int | None = None
    tolerance_percent: float | None = None
    description: LocalizedText = _NO_TEXT
    message: LocalizedText | None = None
    message_greater: LocalizedText | None = None
    message_less: LocalizedText | None = None

    def __post_init__(self) -> None:
        def fail(detail: str) -> RuleError:
            return RuleError(detail, rule=self.code, expression=self.expression.text)

        if not self.expression.is_condition:
            raise fail("the expression must be a condition such as 'a > b'")
        comparison = self.expression.comparison
        for value in (self.tolerance_abs, self.tolerance_percent):
            if value is not None and (isinstance(value, bool) or value < 0):
                raise fail(f"a tolerance must be a number of at least 0, not {value!r}")
        if self.has_tolerance and (comparison is None or comparison.op not in TOLERABLE_OPERATORS):
            raise fail(
                "a tolerance needs an expression of the form lhs != rhs, lhs > rhs or lhs < rhs"
            )
        if comparison is None and (self.message_greater or self.message_less):
            raise fail("message_greater and message_less need an expression lhs OP rhs")
        known = set(self.expression.references())
        if comparison is not None:
            known.update(_SIDE_PLACEHOLDERS)
        for text in (self.message, self.message_greater, self.message_less):
            for variant in text.variants() if text else ():
                unknown = sorted(set(_PLACEHOLDER.findall(variant)) - known)
                if unknown:
                    names = ", ".join(f"{{{n}}}" for n in unknown)
                    raise fail(f"unknown placeholder {names} in message {variant!r}")

    @property
    def has_tolerance(self) -> bool:
        return bool(self.tolerance_abs) or bool(self.tolerance_percent)

    def allowance(self, lhs: int, rhs: int) -> int:
        """The largest gap tolerated between these two sides (0 for an exact rule)."""
        allowed = self.tolerance_abs or 0
        if self.tolerance_percent:
            # Fraction(str(...)) keeps 0.3 % exactly 3/1000, so a percentage boundary is exact.
            share = Fraction(str(self.tolerance_percent)) / 100 * max(abs(lhs), abs(rhs))
            allowed = max(allowed, int(share))
        return allowed

    def lines(self, line_codes: Sequence[str]) -> tuple[str, ...]:
        """The lines this rule reads in a protocol with these line codes."""
        return self.expression.lines(line_codes)


@dataclass(frozen=True)
class RuleResult:
    """A rule checked against one record."""

    rule: Rule
    status: RuleStatus
    lines: tuple[str, ...]  # every line the rule read: the ones to highlight
    values: Mapping[str, int | None]  # those lines' values
    explanation: str
    lhs: int | None = None  # the sides of a comparison rule, when it could be evaluated
    rhs: int | None = None
    difference: int | None = None  # lhs - rhs
    allowance: int = 0
    within_tolerance: bool = False  # the bad condition holds, but only within the tolerance
    missing: tuple[str, ...] = ()  # the empty lines that make it MISSING

    @property
    def code(self) -> str:
        return self.rule.code

    @property
    def severity(self) -> Severity:
        return self.rule.severity


def format_number(value: int, lang: str = "en") -> str:
    """``1,250`` in English; ``1 250`` (no-break space) in Russian and Kazakh typography."""
    text = f"{value:,}"
    return text if lang == "en" else text.replace(",", "\u00a0")


def evaluate_rule(
    rule: Rule,
    values: Mapping[str, int | None],
    line_codes: Sequence[str],
    verified_lines: Collection[str] = (),
    *,
    lang: str = "en",
    line_labels: Mapping[str, str] | None = None,
) -> RuleResult:
    """Check one record against one rule; see the module docstring for the statuses."""
    bound = rule.expression.bind(line_codes)
    used = {code: values.get(code) for code in bound.lines}
    labels = line_labels or {}
    missing = bound.missing(values)
    if missing:
        names = ", ".join(labels.get(code, code) for code in missing)
        text = _fill(
            translate("Rules", "Cannot be checked until these are filled in: {lines}"),
            {"lines": names},
        )
        return RuleResult(rule, RuleStatus.MISSING, bound.lines, used, text, missing=missing)

    lhs = rhs = difference = None
    allowance, within = 0, False
    comparison = rule.expression.comparison
    if comparison is not None and bound.lhs is not None and bound.rhs is not None:
        lhs, rhs = bound.lhs(values), bound.rhs(values)
        difference, allowance = lhs - rhs, rule.allowance(lhs, rhs)
        bad = bool(OPERATORS[comparison.op](lhs, rhs))
        within = bad and rule.has_tolerance and abs(difference) <= allowance
    else:
        bad = bool(bound.evaluate(values))
    if not bad or within:
        status = RuleStatus.OK
    elif all(code in verified_lines for code in bound.lines):
        status = RuleStatus.VERIFIED
    else:
        status = RuleStatus.FLAGGED
    explainer = _Explainer(rule, bound, used, lhs, rhs, allowance, lang, labels)
    return RuleResult(
        rule,
        status,
        bound.lines,
        used,
        explainer.explain(status, within),
        lhs=lhs,
        rhs=rhs,
        difference=difference,
        allowance=allowance,
        within_tolerance=within,
    )


def evaluate_rules(
    rules: Iterable[Rule],
    values: Mapping[str, int | None],
    line_codes: Sequence[str],
    verified_lines: Collection[str] = (),
    *,
    lang: str = "en",
    line_labels: Mapping[str, str] | None = None,
) -> list[RuleResult]:
    """Check one record (line code -> value, None for empty) against every rule, in order.

    ``line_codes`` are the protocol's lines (the template's plus one per contestant), which
    ``sum(votes:*)`` expands to; ``line_labels`` name lines in explanations (codes otherwise)."""
    codes = tuple(line_codes)
    verified = frozenset(verified_lines)
    return [
        evaluate_rule(rule, values, codes, verified, lang=lang, line_labels=line_labels)
        for rule in rules
    ]


class _Explainer:
    """Builds the human explanation: the rule's own wording for the failure (in ``lang``), and the
    engine's wording around it through the translation catalogue."""

    def __init__(
        self,
        rule: Rule,
        bound: BoundExpression,
        used: Mapping[str, int | None],
        lhs: int | None,
        rhs: int | None,
        allowance: int,
        lang: str,
        labels: Mapping[str, str],
    ) -> None:
        self.rule, self.lang, self.labels = rule, lang, labels
        self.lhs, self.rhs = lhs, rhs
        # Raw numbers: _fill formats only the ones a message uses.
        self.fields: dict[str, int | str] = {c: v for c, v in used.items() if v is not None}
        for pattern, codes in bound.wildcards.items():
            self.fields[pattern] = sum(used[c] or 0 for c in codes)
        if lhs is not None and rhs is not None:
            self.fields.update(lhs=lhs, rhs=rhs, gap=abs(lhs - rhs), allowance=allowance)

    def explain(self, status: RuleStatus, within: bool) -> str:
        if status is RuleStatus.OK and not within:
            return self._holds()
        failure = self._failure()
        if within:
            template = translate("Rules", "Within the tolerance of {allowance}: {message}")
        elif status is RuleStatus.VERIFIED:
            template = translate("Rules", "Verified by a reviewer: {message}")
        else:
            return failure
        return _fill(template, {**self.fields, "message": failure}, self.lang)

    def _holds(self) -> str:
        comparison = self.rule.expression.comparison
        if comparison is None:
            return translate("Rules", "Holds.")
        op = _SYMBOLS[_NEGATED[comparison.op]]
        text = translate("Rules", "Holds: {lhs} {op} {rhs}")
        return _fill(text, {**self.fields, "op": op}, self.lang)

    def _failure(self) -> str:
        lhs, rhs, rule = self.lhs, self.rhs, self.rule
        message = rule.message
        if lhs is not None and rhs is not None and lhs != rhs:
            message = (rule.message_greater if lhs > rhs else rule.message_less) or message
        if message is not None:
            return _fill(message.get(self.lang), self.fields, self.lang)
        comparison = rule.expression.comparison
        if comparison is None:
            values = ", ".join(
                f"{self._name(c)} = {format_number(v, self.lang)}"
                for c, v in self.fields.items()
                if isinstance(v, int)
            )
            text = translate("Rules", "The condition {condition} holds: {values}")
            return _fill(text, {"condition": rule.expression.text, "values": values}, self.lang)
        text = translate("Rules", "{left} {lhs} {op} {right} {rhs}: a difference of {gap}")
        sides = {"left": self._side(comparison.left), "right": self._side(comparison.right)}
        return _fill(text, {**self.fields, **sides, "op": _SYMBOLS[comparison.op]}, self.lang)

    def _side(self, node: Node) -> str:
        if isinstance(node, Line):
            return self._name(node.code)
        return self.rule.expression.source(node)

    def _name(self, code: str) -> str:
        return self.labels.get(code, code)


def _fill(template: str, fields: Mapping[str, int | str], lang: str = "en") -> str:
    """Substitute ``{name}`` placeholders in one pass, numbers with thousands separators.

    Not str.format: line codes contain ':' (which format reads as a format spec), and message
    texts are data that must not reach attributes of the values."""

    def field(match: re.Match[str]) -> str:
        value = fields.get(match.group(1))
        if value is None:
            return match.group(0)
        return format_number(value, lang) if isinstance(value, int) else value

    return _PLACEHOLDER.sub(field, template)


# --- rules as data -------------------------------------------------------------------------------

_FILE_KEYS = frozenset({"format", "templates", "note", "rules"})
_RULE_KEYS = frozenset(
    {
        "code",
        "name",
        "expression",
        "severity",
        "tolerance_abs",
        "tolerance_percent",
        "description",
        "message",
        "message_greater",
        "message_less",
    }
)


def parse_rules(data: Any, source_name: str) -> list[Rule]:
    """The rules of one rules file (parsed JSON); RuleError names the file and the rule."""
    try:
        if not isinstance(data, dict) or data.get("format") != RULES_FORMAT:
            raise RuleError(f'not a rules file: expected "format": {RULES_FORMAT!r}')
        unknown = sorted(set(data) - _FILE_KEYS)
        if unknown:
            raise RuleError(f"unknown field(s) {', '.join(unknown)}")
        items = data.get("rules")
        if not isinstance(items, list):
            raise RuleError('"rules" must be a list')
        rules: list[Rule] = []
        for index, item in enumerate(items, start=1):
            rule = _parse_rule(item, index)
            if any(r.code == rule.code for r in rules):
                raise RuleError("the code is used by another rule in the file", rule=rule.code)
            rules.append(rule)
        return rules
    except RuleError as error:
        error.source = source_name
        raise


def _parse_rule(item: Any, index: int) -> Rule:
    if not isinstance(item, dict):
        raise RuleError(f"rule #{index} must be an object")
    code = item.get("code")
    if not isinstance(code, str) or not code.strip():
        raise RuleError(f'rule #{index} has no "code"')
    unknown = sorted(set(item) - _RULE_KEYS)
    if unknown:
        raise RuleError(f"unknown field(s) {', '.join(unknown)}", rule=code)
    severity = item.get("severity", Severity.ERROR.value)
    if not isinstance(severity, str) or severity not in {s.value for s in Severity}:
        choices = ", ".join(s.value for s in Severity)
        raise RuleError(f"severity must be one of {choices}, not {severity!r}", rule=code)
    name = _text(item, "name", code)
    if name is None or not name.en:
        raise RuleError('"name" needs at least an English text', rule=code)
    expression = item.get("expression")
    if not isinstance(expression, str):
        raise RuleError('"expression" must be a text such as "a > b"', rule=code)
    return Rule(
        code=code,
        name=name,
        expression=parse_expression(expression, rule=code),
        severity=Severity(severity),
        tolerance_abs=_number(item, "tolerance_abs", code, int),
        tolerance_percent=_number(item, "tolerance_percent", code, float),
        description=_text(item, "description", code) or _NO_TEXT,
        message=_text(item, "message", code),
        message_greater=_text(item, "message_greater", code),
        message_less=_text(item, "message_less", code),
    )


def _text(item: dict[str, Any], key: str, code: str) -> LocalizedText | None:
    value = item.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return LocalizedText(en=value)
    if not isinstance(value, dict) or not all(
        k in ("en", "ru", "kk") and isinstance(v, str) for k, v in value.items()
    ):
        raise RuleError(f"{key!r} must be a text or an object of en/ru/kk texts", rule=code)
    return LocalizedText.from_dict(value)


def _number(item: dict[str, Any], key: str, code: str, kind: type[int] | type[float]) -> Any:
    value = item.get(key)
    allowed = (int,) if kind is int else (int, float)
    if value is not None and (isinstance(value, bool) or not isinstance(value, allowed)):
        raise RuleError(f"{key!r} must be a {kind.__name__} or null, not {value!r}", rule=code)
    return value


def check_rules_against_template(
    rules: Iterable[Rule], template: ProtocolTemplate, source_name: str = ""
) -> None:
    """Raise RuleError when a rule reads a line the template does not have (votes lines aside:
    they come from the contest's contestants)."""
    known = {line.code for line in template.lines}
    for rule in rules:
        for ref in rule.expression.references():
            if ref not in known and not ref.startswith(VOTES_PREFIX):
                raise RuleError(
                    f"reads line {ref!r}, which template {template.code!r} does not have",
                    rule=rule.code,
                    source=source_name,
                )


@cache
def _bundled_rules() -> dict[str, tuple[Rule, ...]]:
    folder = resources.files("kzobserver.data").joinpath("rules")
    by_template: dict[str, list[Rule]] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        rules = parse_rules(data, entry.name)
        templates = data.get("templates")
        if not isinstance(templates, list) or not templates:
            detail = '"templates" must list the template codes the rules are for'
            raise RuleError(detail, source=entry.name)
        for template_code in templates:
            check_rules_against_template(rules, get_template(template_code), entry.name)
            existing = by_template.setdefault(template_code, [])
            clash = {r.code for r in existing} & {r.code for r in rules}
            if clash:
                detail = f"rule code(s) {sorted(clash)} already defined for {template_code!r}"
                raise RuleError(detail, source=entry.name)
            existing.extend(rules)
    return {code: tuple(rules) for code, rules in by_template.items()}


def rules_for_template(template_code: str) -> list[Rule]:
    """The bundled rules of a protocol template, in file order ([] for a template without any).

    Raises KeyError for a template that is not bundled."""
    rules = _bundled_rules().get(template_code)
    if rules is None:
        get_template(template_code)
        return []
    return list(rules)
