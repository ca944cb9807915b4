"""Rules as data: the bundled rule files, and refusing a bad rule with a message naming it."""

from __future__ import annotations

import copy
from importlib import resources
from typing import Any

import pytest

from kzobserver.domain.expressions import parse_expression
from kzobserver.domain.model import LocalizedText
from kzobserver.domain.rules import (
    RULES_FORMAT,
    Rule,
    RuleError,
    Severity,
    check_rules_against_template,
    evaluate_rule,
    parse_rules,
    rules_for_template,
)
from kzobserver.domain.templates import bundled_templates, get_template

GOOD_RULE: dict[str, Any] = {
    "code": "boxes_le_issued",
    "name": {"en": "In boxes ≤ issued", "ru": "В ящиках ≤ выдано", "kk": "Жәшікте ≤ берілген"},
    "expression": "ballots_in_boxes > ballots_issued",
    "severity": "error",
    "tolerance_abs": 2,
    "tolerance_percent": 0.5,
    "description": "Stuffing.",
    "message": {"en": "{ballots_in_boxes} > {ballots_issued} by {gap} (allowed {allowance})"},
}


def rules_file(*rules: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"format": RULES_FORMAT, "templates": ["kz-party-list"], "rules": list(rules), **extra}


def test_a_good_rule_parses_with_every_field() -> None:
    (parsed,) = parse_rules(rules_file(GOOD_RULE), "custom.json")
    assert parsed.code == "boxes_le_issued"
    assert parsed.name.get("kk") == "Жәшікте ≤ берілген"
    assert parsed.severity is Severity.ERROR
    assert (parsed.tolerance_abs, parsed.tolerance_percent) == (2, 0.5)
    assert parsed.description == LocalizedText("Stuffing.")
    assert parsed.expression.text == "ballots_in_boxes > ballots_issued"
    result = evaluate_rule(parsed, {"ballots_in_boxes": 1_210, "ballots_issued": 1_200}, [])
    assert result.explanation == "1,210 > 1,200 by 10 (allowed 6)"


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"expression": "ballots_in_boxes >> ballots_issued"}, "position 19: expected"),
        ({"expression": "(ballots_in_boxes > ballots_issued"}, "unbalanced '('"),
        ({"expression": "ballots_in_boxes > ballots_issued)"}, "unbalanced ')'"),
        ({"expression": "ballots_in_boxes > avg(votes:*)"}, "unknown function 'avg'"),
        ({"expression": "ballots_in_boxes ≥ ballots_issued"}, "unexpected character '≥'"),
        ({"expression": "ballots_in_boxes + 1"}, "must be a condition"),
        ({"expression": None}, '"expression" must be a text'),
        ({"severity": "fatal"}, "severity must be one of error, warning, notice"),
        ({"tolerance_abs": -1}, "at least 0"),
        ({"tolerance_abs": 1.5}, "'tolerance_abs' must be a int or null"),
        ({"tolerance_percent": "5%"}, "'tolerance_percent' must be a float or null"),
        ({"expression": "ballots_in_boxes == ballots_issued"}, "a tolerance needs"),
        ({"expression": "ballots_in_boxes >= ballots_issued"}, "a tolerance needs"),
        ({"message": {"en": "{ballots_in_boxes} > {issued}"}}, "unknown placeholder {issued}"),
        ({"message": {"fr": "x"}}, "'message' must be a text or an object of en/ru/kk texts"),
        ({"name": {"ru": "без английского"}}, '"name" needs at least an English text'),
        ({"tolerence_abs": 3}, "unknown field(s) tolerence_abs"),
    ],
)
def test_a_bad_rule_is_refused_naming_the_file_and_the_rule(change: dict, fragment: str) -> None:
    bad = {**copy.deepcopy(GOOD_RULE), **change}
    with pytest.raises(RuleError) as caught:
        parse_rules(rules_file(GOOD_RULE | {"code": "first"}, bad), "custom.json")
    message = str(caught.value)
    assert message.startswith("custom.json, rule 'boxes_le_issued'")
    assert fragment in message
    assert caught.value.source == "custom.json" and caught.value.rule == "boxes_le_issued"


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ([], "not a rules file"),
        ({"format": "kzobserver-template/1", "rules": []}, "not a rules file"),
        ({"format": RULES_FORMAT, "rules": {}}, '"rules" must be a list'),
        ({"format": RULES_FORMAT, "rules": [], "extra": 1}, "unknown field(s) extra"),
        ({"format": RULES_FORMAT, "rules": ["boxes_le_issued"]}, "rule #1 must be an object"),
        (rules_file({"name": "x", "expression": "a > b"}), 'rule #1 has no "code"'),
        (rules_file(GOOD_RULE, GOOD_RULE), "rule 'boxes_le_issued': the code is used by another"),
    ],
)
def test_a_bad_file_is_refused_naming_the_file(data: Any, fragment: str) -> None:
    with pytest.raises(RuleError, match=r"^custom\.json") as caught:
        parse_rules(data, "custom.json")
    assert fragment in str(caught.value)


def test_a_rule_reading_a_line_the_template_lacks_is_refused() -> None:
    rules = parse_rules(
        rules_file(GOOD_RULE | {"expression": "valid != sum(votes:*)", "message": None}),
        "custom.json",
    )
    check_rules_against_template(rules, get_template("ru-federal"), "custom.json")
    with pytest.raises(RuleError) as caught:
        check_rules_against_template(rules, get_template("kz-party-list"), "custom.json")
    assert str(caught.value) == (
        "custom.json, rule 'boxes_le_issued': reads line 'valid', "
        "which template 'kz-party-list' does not have"
    )


def test_rules_made_in_code_are_checked_too() -> None:
    with pytest.raises(RuleError, match=r"rule 'r'.*must be a condition"):
        Rule("r", LocalizedText("r"), parse_expression("a + b", condition=False))
    with pytest.raises(RuleError, match="message_greater and message_less need"):
        Rule(
            "r",
            LocalizedText("r"),
            parse_expression("a > b and b > c"),
            message_less=LocalizedText("x"),
        )
    with pytest.raises(RuleError, match="a tolerance needs"):
        Rule("r", LocalizedText("r"), parse_expression("not a == b"), tolerance_percent=1)
    # {lhs} and friends only mean something for a comparison.
    with pytest.raises(RuleError, match=r"unknown placeholder \{gap\}"):
        Rule(
            "r",
            LocalizedText("r"),
            parse_expression("a > b or c > d"),
            message=LocalizedText("{gap}"),
        )


def test_a_rule_without_messages_gets_a_generic_explanation() -> None:
    plain = Rule("r", LocalizedText("r"), parse_expression("ballots_in_boxes > ballots_issued"))
    values = {"ballots_in_boxes": 1_250, "ballots_issued": 1_180}
    labels = {"ballots_in_boxes": "Ballots in boxes", "ballots_issued": "Ballots issued"}
    result = evaluate_rule(plain, values, [], line_labels=labels)
    assert result.explanation == "Ballots in boxes 1,250 > Ballots issued 1,180: a difference of 70"
    combined = Rule("c", LocalizedText("c"), parse_expression("a > b and not c == 0"))
    result = evaluate_rule(combined, {"a": 2_000, "b": 1, "c": 5}, [])
    assert result.explanation == "The condition a > b and not c == 0 holds: a = 2,000, b = 1, c = 5"
    assert result.difference is None and result.lhs is None
    assert evaluate_rule(combined, {"a": 0, "b": 1, "c": 5}, []).explanation == "Holds."


# --- the bundled rules --------------------------------------------------------------------------

EXPECTED = {
    "kz-party-list": [
        "issued_le_voters",
        "received_balance",
        "boxes_balance",
        "boxes_le_issued",
        "outside_le_issued",
        "absentee_le_issued",
    ],
    "ru-federal": [
        "c1_issued_le_voters",
        "c2_received_balance",
        "c3_boxes_balance",
        "c4_valid_balance",
        "boxes_le_issued",
    ],
}
EXPECTED["kz-single-member"] = EXPECTED["kz-party-list"]


@pytest.mark.parametrize("template", sorted(EXPECTED))
def test_bundled_rules_per_template(template: str) -> None:
    rules = rules_for_template(template)
    assert [r.code for r in rules] == EXPECTED[template]
    assert rules_for_template(template)[0] is rules[0]  # cached
    rules.clear()  # a copy: the cache is not the caller's to change
    assert len(rules_for_template(template)) == len(EXPECTED[template])
    for rule in rules_for_template(template):
        texts = [rule.name, rule.description]
        texts += [t for t in (rule.message, rule.message_greater, rule.message_less) if t]
        assert len(texts) >= 3
        for text in texts:
            assert text.en and text.ru and text.kk, (rule.code, text)
        assert rule.message or (rule.message_greater and rule.message_less)
        assert rule.severity in (Severity.ERROR, Severity.WARNING)


def test_stuffing_and_arithmetic_are_errors_and_part_of_lines_warnings() -> None:
    severities = {r.code: r.severity for r in rules_for_template("kz-party-list")}
    assert severities.pop("outside_le_issued") is Severity.WARNING
    assert severities.pop("absentee_le_issued") is Severity.WARNING
    assert set(severities.values()) == {Severity.ERROR}
    assert {r.severity for r in rules_for_template("ru-federal")} == {Severity.ERROR}


def test_every_of_which_line_is_checked_against_its_total() -> None:
    for template in bundled_templates().values():
        expressions = {r.expression.text for r in rules_for_template(template.code)}
        for line in template.lines:
            if line.part_of:
                assert f"{line.code} > {line.part_of}" in expressions


def test_the_kazakh_sum_of_votes_includes_against_all() -> None:
    balance = next(r for r in rules_for_template("kz-party-list") if r.code == "boxes_balance")
    assert "votes:against_all" in balance.lines(["invalid", "votes:amanat", "votes:against_all"])


def test_unknown_templates_and_templates_without_rules() -> None:
    with pytest.raises(KeyError, match="unknown protocol template"):
        rules_for_template("no-such-template")


def test_rule_files_are_package_data() -> None:
    folder = resources.files("kzobserver.data").joinpath("rules")
    assert sorted(e.name for e in folder.iterdir() if e.name.endswith(".json")) == [
        "kz.json",
        "ru-federal.json",
    ]
