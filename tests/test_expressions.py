"""The rule expression language: tokenizer, parser, evaluator, errors."""

from __future__ import annotations

import io
import itertools
import random
import tokenize
from collections.abc import Mapping
from pathlib import Path

import pytest

from kzobserver.domain import expressions, rules
from kzobserver.domain.expressions import (
    Binary,
    Line,
    MissingLineError,
    RuleError,
    parse_expression,
)

CODES = ("a", "b", "c", "votes:x", "votes:y", "votes:z")
VALUES = {"a": 10, "b": 3, "c": 7, "votes:x": 1, "votes:y": 2, "votes:z": 4}


def value_of(text: str, values: Mapping[str, int | None] | None = None) -> int:
    expression = parse_expression(text, "t", condition=False)
    return expression.evaluate(VALUES if values is None else values, CODES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 + 2 * 3", 7),
        ("(1 + 2) * 3", 9),
        ("a - b - c", 0),  # left-associative
        ("a - (b - c)", 14),
        ("-a + b", -7),
        ("--a", 10),
        ("a - -b", 13),
        ("2 * -b", -6),
        ("sum(votes:*)", 7),
        ("sum(votes:*, a, b * 2)", 23),
        ("a + sum(votes:x)", 11),
        ("votes:x + votes:z", 5),
        ("a>b", True),
        ("a < b", False),
        ("a >= 10", True),
        ("a <= 9", False),
        ("a == b + c", True),
        ("a != b + c", False),
        ("not a > b", False),  # not binds looser than a comparison
        ("a > b and b > c", False),
        ("a > b or b > c", True),
        ("not a > b or c == 7", True),
        ("a > b and b > c or c == 7", True),  # and before or
        ("a > b and (b > c or c == 7)", True),
        ("not (a > b and b > c)", True),
        ("123456789012 * 1000 > a", True),
    ],
)
def test_evaluation(text: str, expected: int) -> None:
    result = value_of(text)
    assert result == expected
    assert type(result) is type(expected)


def test_lines_read_in_order_without_repeats_and_with_wildcards_expanded() -> None:
    expression = parse_expression("c + a > sum(votes:*) + a - b", "t")
    assert expression.references() == ("c", "a", "votes:*", "b")
    assert expression.lines(CODES) == ("c", "a", "votes:x", "votes:y", "votes:z", "b")
    assert expression.lines(["a", "votes:q"]) == ("c", "a", "votes:q", "b")


def test_a_wildcard_matching_nothing_stays_as_its_pattern_so_the_rule_is_missing() -> None:
    bound = parse_expression("a != sum(votes:*)", "t").bind(["a", "b"])
    assert bound.lines == ("a", "votes:*")
    assert bound.missing({"a": 1}) == ("votes:*",)
    with pytest.raises(MissingLineError):
        bound.evaluate({"a": 1})


def test_a_missing_value_is_never_taken_as_zero() -> None:
    expression = parse_expression("a > b", "t")
    assert expression.bind(CODES).missing({"a": 1, "b": None}) == ("b",)
    with pytest.raises(MissingLineError, match="b"):
        expression.evaluate({"a": 1, "b": None}, CODES)
    with pytest.raises(MissingLineError):
        expression.evaluate({"a": 1}, CODES)


def test_top_level_comparison_sides_and_their_source() -> None:
    expression = parse_expression(" ( a + b )  != c * 2 ", "t")
    comparison = expression.comparison
    assert isinstance(comparison, Binary) and comparison.op == "!="
    assert expression.source(comparison.left) == "( a + b )"
    assert expression.source(comparison.right) == "c * 2"
    bound = expression.bind(CODES)
    assert bound.lhs is not None and bound.rhs is not None
    assert (bound.lhs(VALUES), bound.rhs(VALUES)) == (13, 14)
    assert parse_expression("a > b and b > c", "t").comparison is None
    assert isinstance(parse_expression("votes:x > 1", "t").comparison.left, Line)  # type: ignore[union-attr]


def test_expressions_are_equal_by_text_and_binding_is_cached() -> None:
    one, two = parse_expression("a > b", "x"), parse_expression("a > b", "y")
    assert one == two and hash(one) == hash(two)
    assert one.bind(CODES) is two.bind(list(CODES))


@pytest.mark.parametrize(
    ("text", "detail", "position"),
    [
        ("a $ b", "unexpected character '$'", 3),
        ("a = b", "compare with '=='", 3),
        ("!a", "negate with 'not'", 1),
        ("(a + b > c", "unbalanced '('", 11),
        ("((a > b)", "unbalanced '('", 9),
        ("a + b) > c", "unbalanced ')'", 6),
        ("a > b)", "unbalanced ')'", 6),
        ("max(a) > b", "unknown function 'max'", 1),
        ("a > b(c)", "unknown function 'b'", 5),
        ("sum(votes:*", "expected ')'", 12),
        ("sum() > 1", "expected a number", 5),
        ("votes:* > 1", "only allowed inside sum()", 1),
        ("a < b < c", "do not chain", 7),
        ("a + (b > c) > 1", "expected a number here", 5),
        ("a and b > c", "expected a condition", 1),
        ("a > b and c", "expected a condition", 11),
        ("not a", "expected a condition", 5),
        ("a + b", "must be a condition", 1),
        ("12abc > 1", "neither a number nor a line code", 1),
        ("votes: > 1", "unexpected character ':'", 6),
        ("a >", "found the end of the expression", 4),
        ("a > > b", "found '>'", 5),
        ("a b > c", "unexpected 'b'", 3),
        ("", "empty", 1),
        ("   ", "empty", 1),
    ],
)
def test_parse_errors_name_the_rule_and_the_position(text: str, detail: str, position: int) -> None:
    with pytest.raises(RuleError) as caught:
        parse_expression(text, "my_rule")
    error = caught.value
    assert detail in error.detail
    assert error.rule == "my_rule"
    assert error.position == position
    assert f"rule 'my_rule', position {position}: " in str(error)


def test_error_message_carries_the_source_file_when_known() -> None:
    error = RuleError("bad", rule="r1", position=4, expression="a ? b", source="kz.json")
    assert str(error) == "kz.json, rule 'r1', position 4: bad in 'a ? b'"


def test_a_number_expression_is_allowed_when_asked_for() -> None:
    assert not parse_expression("a + b", condition=False).is_condition
    assert parse_expression("not a > b").is_condition


@pytest.mark.parametrize("module", [expressions, rules])
def test_no_dynamic_code_execution_anywhere(module: object) -> None:
    source = Path(module.__file__).read_text(encoding="utf-8")  # type: ignore[attr-defined]
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    # Bare names only: re.compile is a method, not the builtin.
    names = {
        token.string
        for previous, token in itertools.pairwise(tokens)
        if token.type == tokenize.NAME and previous.string != "."
    }
    assert not names & {"eval", "exec", "compile", "__import__", "getattr", "globals"}
    assert "import ast" not in source and "from ast" not in source


# --- property-style checks: random expressions against a reference computed in the test ---------


def random_tree(rng: random.Random, depth: int) -> tuple:
    if depth == 0 or rng.random() < 0.25:
        if rng.random() < 0.5:
            return ("num", rng.randint(0, 2000))
        return ("line", rng.choice(CODES))
    if rng.random() < 0.15:
        return ("neg", random_tree(rng, depth - 1))
    return (rng.choice("+-*"), random_tree(rng, depth - 1), random_tree(rng, depth - 1))


def render(tree: tuple, rng: random.Random) -> str:
    space = lambda: rng.choice(("", " ", "  "))  # noqa: E731
    kind = tree[0]
    if kind == "num":
        return str(tree[1])
    if kind == "line":
        return tree[1]
    if kind == "neg":
        return f"-({space()}{render(tree[1], rng)}{space()})"
    return f"({render(tree[1], rng)}{space()}{kind}{space()}{render(tree[2], rng)})"


def reference(tree: tuple, values: dict[str, int]) -> int:
    kind = tree[0]
    if kind == "num":
        return tree[1]
    if kind == "line":
        return values[tree[1]]
    if kind == "neg":
        return -reference(tree[1], values)
    left, right = reference(tree[1], values), reference(tree[2], values)
    return {"+": left + right, "-": left - right, "*": left * right}[kind]


def test_random_arithmetic_matches_a_reference_evaluation() -> None:
    rng = random.Random(20230319)
    for _ in range(400):
        values = {code: rng.randint(0, 5000) for code in CODES}
        tree = random_tree(rng, 4)
        text = render(tree, rng)
        assert value_of(text, values) == reference(tree, values), text


def test_random_comparisons_and_logic_match_a_reference() -> None:
    rng = random.Random(7)
    compare = {
        "<": lambda x, y: x < y,
        "<=": lambda x, y: x <= y,
        ">": lambda x, y: x > y,
        ">=": lambda x, y: x >= y,
        "==": lambda x, y: x == y,
        "!=": lambda x, y: x != y,
    }
    for _ in range(300):
        values = {code: rng.randint(0, 30) for code in CODES}
        parts, truths = [], []
        for _ in range(rng.randint(1, 4)):
            left, right = random_tree(rng, 2), random_tree(rng, 2)
            op = rng.choice(list(compare))
            parts.append(f"{render(left, rng)} {op} {render(right, rng)}")
            truths.append(compare[op](reference(left, values), reference(right, values)))
        joiner = rng.choice(("and", "or"))
        negate = rng.random() < 0.3
        text = f" {joiner} ".join(parts)
        expected = all(truths) if joiner == "and" else any(truths)
        if negate:
            text, expected = f"not ({text})", not expected
        assert parse_expression(text, "t").evaluate(values, CODES) is expected, text


def test_random_unparenthesised_sums_and_products_follow_precedence() -> None:
    rng = random.Random(11)
    for _ in range(300):
        values = {code: rng.randint(0, 100) for code in CODES}
        operands = [rng.choice(CODES) for _ in range(rng.randint(1, 7))]
        ops = [rng.choice("+-*") for _ in operands[1:]]
        text = operands[0] + "".join(
            f" {op} {name}" for op, name in zip(ops, operands[1:], strict=True)
        )
        # Reference: fold the products first, then add and subtract left to right.
        terms, signs = [values[operands[0]]], [1]
        for op, name in zip(ops, operands[1:], strict=True):
            if op == "*":
                terms[-1] *= values[name]
            else:
                terms.append(values[name])
                signs.append(1 if op == "+" else -1)
        expected = sum(sign * term for sign, term in zip(signs, terms, strict=True))
        assert value_of(text, values) == expected, text


def test_random_garbage_raises_rule_error_and_nothing_else() -> None:
    rng = random.Random(3)
    alphabet = ["a", "b", "1", "+", "-", "*", "(", ")", ">", "==", "and", "not", "sum", ",", " "]
    alphabet += ["votes:*", "votes:x", "=", "!", "$", ":"]
    for _ in range(2000):
        text = " ".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        try:
            parse_expression(text, "fuzz")
        except RuleError as error:
            assert error.rule == "fuzz"
            assert error.position is None or 1 <= error.position <= len(text) + 1
