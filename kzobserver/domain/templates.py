"""Protocol templates: the numbered lines of a precinct protocol, kept as package data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kzobserver.domain.model import Contestant, LocalizedText

VOTES_PREFIX = "votes:"


@dataclass(frozen=True)
class ProtocolLine:
    code: str
    number: str  # as printed on the form: "1", "3.1", "13"
    kind: str  # voters | ballots | votes
    label: LocalizedText
    part_of: str | None = None  # "of which" lines name the line they are part of
    aliases: tuple[str, ...] = ()
    contestant: str | None = None


@dataclass(frozen=True)
class ProtocolTemplate:
    code: str
    name: LocalizedText
    lines: tuple[ProtocolLine, ...]
    votes_label: LocalizedText
    votes_number_from: int
    note: str = ""

    def lines_for(
        self, contestants: tuple[Contestant, ...] | list[Contestant]
    ) -> list[ProtocolLine]:
        """The template's fixed lines followed by one votes line per contestant in ballot order."""
        ordered = sorted(contestants, key=lambda c: c.ballot_order)
        vote_lines = [
            ProtocolLine(
                code=VOTES_PREFIX + c.code,
                number=str(self.votes_number_from + i),
                kind="votes",
                label=LocalizedText(
                    en=self.votes_label.en.format(name=c.name.en),
                    ru=self.votes_label.ru.format(name=c.name.get("ru")),
                    kk=self.votes_label.kk.format(name=c.name.get("kk")),
                ),
                contestant=c.code,
            )
            for i, c in enumerate(ordered)
        ]
        return [*self.lines, *vote_lines]


def _parse(data: dict) -> ProtocolTemplate:
    votes = data["contestant_votes"]
    return ProtocolTemplate(
        code=data["code"],
        name=LocalizedText.from_dict(data["name"]),
        lines=tuple(
            ProtocolLine(
                code=line["code"],
                number=str(line["number"]),
                kind=line["kind"],
                label=LocalizedText.from_dict(line["label"]),
                part_of=line.get("part_of"),
                aliases=tuple(line.get("aliases", ())),
            )
            for line in data["lines"]
        ),
        votes_label=LocalizedText.from_dict(votes["label"]),
        votes_number_from=int(votes["number_from"]),
        note=data.get("note", ""),
    )


@cache
def bundled_templates() -> dict[str, ProtocolTemplate]:
    folder = resources.files("kzobserver.data").joinpath("templates")
    templates = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            template = _parse(json.loads(entry.read_text(encoding="utf-8")))
            templates[template.code] = template
    return templates


def get_template(code: str) -> ProtocolTemplate:
    try:
        return bundled_templates()[code]
    except KeyError:
        known = ", ".join(sorted(bundled_templates()))
        raise KeyError(f"unknown protocol template {code!r} (known: {known})") from None
