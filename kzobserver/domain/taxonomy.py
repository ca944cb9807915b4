"""The irregularity taxonomy: categories of incident reports as versioned package data.

Category codes are stored in reports, so a code is never renamed or reused: a changed taxonomy adds
codes and raises ``version``. Severities and follow-up statuses are fixed by the schema (CHECK
constraints), so they live here as enums with translated labels rather than in the data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from kzobserver.domain.model import LocalizedText
from kzobserver.i18n import LANGUAGES, translate

TAXONOMY_FORMAT = "kzobserver-irregularities/1"


class TaxonomyError(ValueError):
    """The taxonomy file is malformed (a packaging bug, not a user error)."""


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


def severity_label(severity: str) -> str:
    return {
        Severity.LOW: translate("Incidents", "Low"),
        Severity.MEDIUM: translate("Incidents", "Medium"),
        Severity.HIGH: translate("Incidents", "High"),
        Severity.CRITICAL: translate("Incidents", "Critical"),
    }.get(Severity(severity), severity)


class FollowUpStatus(StrEnum):
    OPEN = "open"
    NEEDS_FOLLOW_UP = "needs_follow_up"
    RESOLVED = "resolved"
    EXCLUDED = "excluded"  # judged unfounded or out of scope; kept, never deleted


def status_label(status: str) -> str:
    return {
        FollowUpStatus.OPEN: translate("Incidents", "Open"),
        FollowUpStatus.NEEDS_FOLLOW_UP: translate("Incidents", "Needs follow-up"),
        FollowUpStatus.RESOLVED: translate("Incidents", "Resolved"),
        FollowUpStatus.EXCLUDED: translate("Incidents", "Excluded"),
    }.get(FollowUpStatus(status), status)


@dataclass(frozen=True)
class IncidentCategory:
    code: str
    name: LocalizedText
    description: LocalizedText  # one line, shown under the name when choosing
    default_severity: Severity


@dataclass(frozen=True)
class Taxonomy:
    version: int
    categories: tuple[IncidentCategory, ...]

    def get(self, code: str) -> IncidentCategory:
        for category in self.categories:
            if category.code == code:
                return category
        raise KeyError(code)

    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.categories)


def _text(item: dict[str, Any], key: str, where: str) -> LocalizedText:
    value = item.get(key)
    if not isinstance(value, dict) or any(
        not str(value.get(lang, "")).strip() for lang in LANGUAGES
    ):
        raise TaxonomyError(f"{where}: {key!r} needs a text in each of {', '.join(LANGUAGES)}")
    return LocalizedText.from_dict(value)


def parse_taxonomy(data: Any, source_name: str) -> Taxonomy:
    if not isinstance(data, dict) or data.get("format") != TAXONOMY_FORMAT:
        raise TaxonomyError(f"{source_name}: not a {TAXONOMY_FORMAT} file")
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise TaxonomyError(f"{source_name}: 'version' must be a positive whole number")
    categories = []
    seen: set[str] = set()
    for index, item in enumerate(data.get("categories") or []):
        code = item.get("code") if isinstance(item, dict) else None
        where = f"{source_name}, category {code or index + 1}"
        if not isinstance(code, str) or not code or code in seen:
            raise TaxonomyError(f"{where}: missing or repeated code")
        seen.add(code)
        try:
            severity = Severity(item.get("default_severity"))
        except ValueError:
            raise TaxonomyError(f"{where}: unknown default_severity") from None
        categories.append(
            IncidentCategory(
                code=code,
                name=_text(item, "name", where),
                description=_text(item, "description", where),
                default_severity=severity,
            )
        )
    if not categories:
        raise TaxonomyError(f"{source_name}: no categories")
    return Taxonomy(version=version, categories=tuple(categories))


@cache
def irregularity_taxonomy() -> Taxonomy:
    """The bundled taxonomy (``kzobserver/data/taxonomy/irregularities.json``), read once."""
    entry = resources.files("kzobserver.data").joinpath("taxonomy", "irregularities.json")
    return parse_taxonomy(json.loads(entry.read_text(encoding="utf-8")), "irregularities.json")


def categories() -> tuple[IncidentCategory, ...]:
    """The categories in the order a form lists them ("other" last)."""
    return irregularity_taxonomy().categories


def get_category(code: str) -> IncidentCategory:
    """The category ``code``; KeyError naming the known codes when there is none."""
    taxonomy = irregularity_taxonomy()
    try:
        return taxonomy.get(code)
    except KeyError:
        raise KeyError(
            f"unknown irregularity category {code!r} (known: {', '.join(taxonomy.codes())})"
        ) from None


def category_name(code: str, lang: str) -> str:
    """The category's name in ``lang``, or the code itself for a code this version does not know
    (a report from a newer taxonomy must still display)."""
    try:
        return irregularity_taxonomy().get(code).name.get(lang)
    except KeyError:
        return code
