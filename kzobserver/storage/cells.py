"""Reading single cells of imported tables: header names and whole-number counts, written the
many ways people and spreadsheets write them."""

from __future__ import annotations

import re
from typing import Any


def header_key(text: str) -> str:
    """Header text folded for matching: case, spaces and punctuation do not count; "№" does."""
    text = text.casefold().replace("ё", "е")
    return "".join(ch for ch in text if ch.isalnum() or ch == "№")


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class CellError(ValueError):
    """A cell's value is wrong; the message says why, for the user."""


_INTEGER = re.compile(r"[+-]?(?:\d+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?:[.,]0+)?")


def parse_count(value: Any) -> int | None:
    """A whole number from a cell, or None for an empty cell; "1 234" (grouped) and "1234.0"
    (pandas) are accepted. Raises ValueError (no message) for anything else; the caller says what
    the number was meant to be."""
    if value is None or value == "":
        return None
    if type(value) is str and value.isdecimal():  # fast path for the usual "1234"
        return int(value)
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValueError(value)
    text = str(value).strip()
    if not text:
        return None
    if not _INTEGER.fullmatch(text):
        raise ValueError(value)
    return int(re.split(r"[.,]", re.sub(r"\s", "", text))[0])
