"""A small, safe expression language for the control relations between protocol lines.

Rules are data: they come from bundled files today and may come from files an observer received
tomorrow, so their text is tokenized and parsed by hand into a tree and interpreted here; nothing
is ever handed to Python's own evaluator.

Grammar, lowest precedence first::

    expr       := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | comparison
    comparison := arith [("<" | "<=" | ">" | ">=" | "==" | "!=") arith]
    arith      := term (("+" | "-") term)*
    term       := unary ("*" unary)*
    unary      := "-" unary | atom
    atom       := INTEGER | LINE | "sum" "(" arg ("," arg)* ")" | "(" expr ")"
    arg        := WILDCARD | arith

LINE is a protocol line code (``ballots_issued``, ``votes:amanat``). WILDCARD (``votes:*``) stands
for every line of the protocol whose code starts with ``votes:`` and is only allowed inside
``sum()``; which lines that is depends on the contest, so it is resolved when the expression is
bound to a protocol's line codes. Comparisons do not chain (``a < b < c`` is an error: write
``a < b and b < c``), and numbers and conditions do not mix (``a + (b > c)`` is an error).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache


class RuleError(ValueError):
    """A rule that cannot be used: bad syntax, bad data or a line its template does not have.

    ``position`` is the 1-based character position in the expression, when there is one;
    ``source`` names the file the rule came from, and is filled in by the loader."""

    def __init__(
        self,
        detail: str,
        *,
        rule: str = "",
        position: int | None = None,
        expression: str = "",
        source: str = "",
    ) -> None:
        super().__init__(detail)
        self.detail, self.rule, self.position = detail, rule, position
        self.expression, self.source = expression, source

    def __str__(self) -> str:
        where = [self.source, f"rule {self.rule!r}" if self.rule else ""]
        if self.position is not None:
            where.append(f"position {self.position}")
        prefix = ", ".join(w for w in where if w)
        text = f"{prefix}: {self.detail}" if prefix else self.detail
        return f"{text} in {self.expression!r}" if self.expression else text


class MissingLineError(LookupError):
    """Evaluation met a line with no value; callers check :meth:`BoundExpression.missing` first."""


# --- syntax tree ---------------------------------------------------------------------------------
# Each node keeps its span (start, end offsets into the text) so that errors can point at it and
# explanations can quote the source of each side of a comparison.


@dataclass(frozen=True, slots=True)
class Number:
    value: int
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Line:
    code: str
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Wildcard:
    prefix: str  # "votes:" for votes:*
    span: tuple[int, int]

    @property
    def pattern(self) -> str:
        return self.prefix + "*"


@dataclass(frozen=True, slots=True)
class Unary:
    op: str  # "-" or "not"
    operand: Node
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Binary:
    op: str  # + - * < <= > >= == != and or
    left: Node
    right: Node
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Sum:
    args: tuple[Node, ...]
    span: tuple[int, int]


Node = Number | Line | Wildcard | Unary | Binary | Sum

COMPARISONS = ("<", "<=", ">", ">=", "==", "!=")
LOGIC = ("and", "or")
FUNCTIONS = ("sum",)


def is_condition(node: Node) -> bool:
    """Whether ``node`` yields true/false rather than a number."""
    if isinstance(node, Unary):
        return node.op == "not"
    return isinstance(node, Binary) and node.op in COMPARISONS + LOGIC


# --- tokenizer -----------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"(?P<space>\s+)"
    r"|(?P<bad_number>[0-9]+[^\W\d]\w*)"
    r"|(?P<int>[0-9]+)"
    r"|(?P<name>[^\W\d]\w*(?::(?:\w+|\*))?)"
    r"|(?P<op><=|>=|==|!=|[-+*<>(),])"
)
_KEYWORDS = frozenset({"and", "or", "not"})
_BAD_TOKEN = {
    "=": "unexpected character '='; compare with '=='",
    "!": "unexpected character '!'; negate with 'not' or compare with '!='",
}


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # int | name | wildcard | op | keyword | end
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def tokenize(text: str, rule: str = "") -> list[Token]:
    """Split ``text`` into tokens; the list always ends with an ``end`` token."""
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        kind = match.lastgroup if match else None
        if match is None or kind == "bad_number":
            word = match.group() if match else text[pos]
            detail = _BAD_TOKEN.get(word, f"unexpected character {word!r}")
            if kind == "bad_number":
                detail = f"{word!r} is neither a number nor a line code"
            raise RuleError(detail, rule=rule, position=pos + 1, expression=text)
        word = match.group()
        if kind == "name" and word in _KEYWORDS:
            kind = "keyword"
        elif kind == "name" and word.endswith(":*"):
            kind = "wildcard"
        if kind != "space":
            tokens.append(Token(kind or "", word, pos))
        pos = match.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


# --- parser --------------------------------------------------------------------------------------


class _Parser:
    """Recursive descent over the token list, one method per grammar rule."""

    def __init__(self, text: str, rule: str) -> None:
        self.text = text
        self.rule = rule
        self.tokens = tokenize(text, rule)
        self.index = 0

    def error(self, detail: str, start: int) -> RuleError:
        return RuleError(detail, rule=self.rule, position=start + 1, expression=self.text)

    @property
    def current(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def accept(self, *texts: str) -> Token | None:
        token = self.current
        if token.kind in ("op", "keyword") and token.text in texts:
            self.index += 1
            return token
        return None

    def expect(self, text: str) -> Token:
        token = self.accept(text)
        if token is None:
            raise self.error(
                f"expected {text!r}, found {_describe(self.current)}", self.current.start
            )
        return token

    def parse(self) -> Node:
        if self.current.kind == "end":
            raise self.error("the expression is empty", 0)
        node = self.expr()
        token = self.current
        if token.kind != "end":
            detail = (
                "unbalanced ')': no '(' to close"
                if token.text == ")"
                else f"unexpected {_describe(token)}"
            )
            raise self.error(detail, token.start)
        return node

    def expr(self) -> Node:
        return self._logic("or", self.and_expr)

    def and_expr(self) -> Node:
        return self._logic("and", self.not_expr)

    def _logic(self, op: str, operand: Callable[[], Node]) -> Node:
        node = operand()
        while self.accept(op):
            left = self._condition(node)
            right = self._condition(operand())
            node = Binary(op, left, right, _join(left, right))
        return node

    def not_expr(self) -> Node:
        token = self.accept("not")
        if token is None:
            return self.comparison()
        operand = self._condition(self.not_expr())
        return Unary("not", operand, (token.start, operand.span[1]))

    def comparison(self) -> Node:
        left = self.arith()
        token = self.accept(*COMPARISONS)
        if token is None:
            return left
        right = self.arith()
        if self.current.text in COMPARISONS:
            raise self.error("comparisons do not chain; join them with 'and'", self.current.start)
        return Binary(token.text, self._number(left), self._number(right), _join(left, right))

    def arith(self) -> Node:
        node = self.term()
        while token := self.accept("+", "-"):
            right = self.term()
            node = Binary(token.text, self._number(node), self._number(right), _join(node, right))
        return node

    def term(self) -> Node:
        node = self.unary()
        while self.accept("*"):
            right = self.unary()
            node = Binary("*", self._number(node), self._number(right), _join(node, right))
        return node

    def unary(self) -> Node:
        token = self.accept("-")
        if token is None:
            return self.atom()
        operand = self._number(self.unary())
        return Unary("-", operand, (token.start, operand.span[1]))

    def atom(self) -> Node:
        token = self.current
        if token.kind == "int":
            self.advance()
            return Number(int(token.text), (token.start, token.end))
        if token.kind == "name":
            self.advance()
            if self.current.text == "(":
                return self.call(token)
            return Line(token.text, (token.start, token.end))
        if token.kind == "wildcard":
            raise self.error(
                f"a wildcard like {token.text!r} is only allowed inside sum()", token.start
            )
        if self.accept("("):
            node = self.expr()
            if self.current.text != ")":
                raise self.error(
                    f"unbalanced '(' at position {token.start + 1}: expected ')', "
                    f"found {_describe(self.current)}",
                    self.current.start,
                )
            closing = self.advance()
            # Keep the parentheses in the span so a quoted side reads as written.
            return replace(node, span=(token.start, closing.end))
        raise self.error(
            f"expected a number, a line code or '(', found {_describe(token)}", token.start
        )

    def call(self, name: Token) -> Node:
        if name.text not in FUNCTIONS:
            known = ", ".join(f"{f}()" for f in FUNCTIONS)
            raise self.error(f"unknown function {name.text!r} (known: {known})", name.start)
        self.expect("(")
        args: list[Node] = []
        while True:
            token = self.current
            if token.kind == "wildcard":
                self.advance()
                prefix = token.text[:-1]
                args.append(Wildcard(prefix, (token.start, token.end)))
            else:
                args.append(self._number(self.arith()))
            if not self.accept(","):
                break
        closing = self.expect(")")
        return Sum(tuple(args), (name.start, closing.end))

    def _number(self, node: Node) -> Node:
        if is_condition(node):
            raise self.error("expected a number here, found a condition", node.span[0])
        return node

    def _condition(self, node: Node) -> Node:
        if not is_condition(node):
            raise self.error(
                "expected a condition such as 'a > b' here, found a number", node.span[0]
            )
        return node


def _describe(token: Token) -> str:
    return "the end of the expression" if token.kind == "end" else repr(token.text)


def _join(left: Node, right: Node) -> tuple[int, int]:
    return (left.span[0], right.span[1])


# --- expressions ---------------------------------------------------------------------------------

Evaluator = Callable[[Mapping[str, int | None]], int]

OPERATORS: dict[str, Callable[[int, int], int]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}


@dataclass(frozen=True, eq=False)
class Expression:
    """A parsed expression. Equal (and hashed) by its text: the same text parses the same way."""

    text: str
    root: Node

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Expression) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)

    @property
    def is_condition(self) -> bool:
        return is_condition(self.root)

    @property
    def comparison(self) -> Binary | None:
        """The top-level comparison, when the whole expression is ``lhs OP rhs``."""
        root = self.root
        return root if isinstance(root, Binary) and root.op in COMPARISONS else None

    def source(self, node: Node) -> str:
        """The text ``node`` was parsed from."""
        return self.text[node.span[0] : node.span[1]].strip()

    def references(self) -> tuple[str, ...]:
        """Line codes and wildcard patterns as written, in order of first appearance."""
        found: dict[str, None] = {}
        for node in _walk(self.root):
            if isinstance(node, Line):
                found[node.code] = None
            elif isinstance(node, Wildcard):
                found[node.pattern] = None
        return tuple(found)

    def bind(self, line_codes: Sequence[str]) -> BoundExpression:
        """The expression resolved against one protocol's line codes (cached)."""
        return _bind(self, tuple(line_codes))

    def lines(self, line_codes: Sequence[str]) -> tuple[str, ...]:
        """The line codes the expression reads, wildcards expanded; see :class:`BoundExpression`."""
        return self.bind(line_codes).lines

    def evaluate(self, values: Mapping[str, int | None], line_codes: Sequence[str]) -> int:
        """The value (a bool for a condition); raises MissingLineError when a line is empty."""
        return self.bind(line_codes).evaluate(values)


@dataclass(frozen=True)
class BoundExpression:
    """An expression compiled to closures for one set of line codes.

    ``lines`` lists every line read, in order of first appearance. A wildcard that matches no line
    stands in ``lines`` as its pattern (``votes:*``): no record has a value for it, so a rule over
    the votes of a contest whose contestants are unknown is Missing rather than comparing with 0.
    """

    expression: Expression
    lines: tuple[str, ...]
    wildcards: Mapping[str, tuple[str, ...]]  # pattern -> the line codes it matched
    evaluate: Evaluator
    lhs: Evaluator | None  # the sides of a top-level comparison
    rhs: Evaluator | None

    def missing(self, values: Mapping[str, int | None]) -> tuple[str, ...]:
        return tuple(code for code in self.lines if values.get(code) is None)


def parse_expression(text: str, rule: str = "", *, condition: bool = True) -> Expression:
    """Parse ``text``; with ``condition`` the whole must be true/false, as a rule's is.

    Raises RuleError naming ``rule`` and the position of the problem."""
    if not isinstance(text, str):
        raise RuleError("the expression must be a text", rule=rule)
    root = _Parser(text, rule).parse()
    if condition and not is_condition(root):
        raise RuleError(
            "a rule's expression must be a condition such as 'a > b', not a number",
            rule=rule,
            position=1,
            expression=text,
        )
    return Expression(text, root)


def _walk(node: Node) -> list[Node]:
    if isinstance(node, Unary):
        return [node, *_walk(node.operand)]
    if isinstance(node, Binary):
        return [node, *_walk(node.left), *_walk(node.right)]
    if isinstance(node, Sum):
        return [node, *(n for arg in node.args for n in _walk(arg))]
    return [node]


@lru_cache(maxsize=1024)
def _bind(expression: Expression, line_codes: tuple[str, ...]) -> BoundExpression:
    wildcards: dict[str, tuple[str, ...]] = {}
    lines: dict[str, None] = {}
    for node in _walk(expression.root):
        if isinstance(node, Line):
            lines[node.code] = None
        elif isinstance(node, Wildcard):
            matched = tuple(c for c in line_codes if c.startswith(node.prefix))
            wildcards[node.pattern] = matched
            lines.update(dict.fromkeys(matched or (node.pattern,)))
    comparison = expression.comparison
    return BoundExpression(
        expression=expression,
        lines=tuple(lines),
        wildcards=wildcards,
        evaluate=_compile(expression.root, wildcards),
        lhs=_compile(comparison.left, wildcards) if comparison else None,
        rhs=_compile(comparison.right, wildcards) if comparison else None,
    )


def _value(values: Mapping[str, int | None], code: str) -> int:
    value = values.get(code)
    if value is None:
        raise MissingLineError(code)
    return value


def _compile(node: Node, wildcards: Mapping[str, tuple[str, ...]]) -> Evaluator:
    """Turn the tree into nested closures once, so evaluating a record is a few calls."""
    if isinstance(node, Number):
        constant = node.value
        return lambda values: constant
    if isinstance(node, Line):
        code = node.code
        return lambda values: _value(values, code)
    if isinstance(node, Wildcard):
        codes = wildcards[node.pattern] or (node.pattern,)
        return lambda values: sum(_value(values, c) for c in codes)
    if isinstance(node, Sum):
        parts = [_compile(arg, wildcards) for arg in node.args]
        return lambda values: sum(part(values) for part in parts)
    if isinstance(node, Unary):
        inner = _compile(node.operand, wildcards)
        if node.op == "not":
            return lambda values: not inner(values)
        return lambda values: -inner(values)
    left = _compile(node.left, wildcards)
    right = _compile(node.right, wildcards)
    if node.op == "and":
        return lambda values: bool(left(values) and right(values))
    if node.op == "or":
        return lambda values: bool(left(values) or right(values))
    function = OPERATORS[node.op]
    return lambda values: function(left(values), right(values))
