"""Station numbers as people write them: "УИК №123", "№ 123", "Участок 0123", "123"."""

import re

# Longest words first: the regex takes the first alternative that matches.
_PREFIX_WORDS = (
    "избирательный участок",
    "сайлау учаскесі",
    "polling station",
    "участок",
    "учаске",
    "precinct",
    "station",
    "уик",
    "тик",
    "уч.",
    "ps",
)
_PREFIX = re.compile(
    r"^\s*(?:" + "|".join(re.escape(w) for w in _PREFIX_WORDS) + r")?\s*(?:№|no\.?|#)?\s*",
    re.IGNORECASE,
)


def normalize_station_number(raw: object) -> str | None:
    """The canonical text of a station number, or None when ``raw`` holds none.

    Leading zeros of a purely numeric number are dropped so "0123" and "123" are the same station;
    numbers that carry letters or separators ("12-A", "45/3") are kept as written, trimmed.
    """
    if raw is None:
        return None
    if isinstance(raw, float):
        if raw != raw or raw != int(raw):  # NaN or a fraction is not a station number
            return None
        raw = int(raw)
    text = str(raw).strip()
    if not text:
        return None
    text = _PREFIX.sub("", text, count=1).strip()
    if not text:
        return None
    if text.isdigit():
        return str(int(text))
    return text


def station_sort_key(number: str) -> tuple[int, int, str]:
    """Numeric numbers in numeric order first, then the others alphabetically."""
    digits = re.match(r"\d+", number)
    if digits and digits.group() == number:
        return (0, int(number), "")
    return (1, int(digits.group()) if digits else 0, number)
