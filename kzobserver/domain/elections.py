"""Bundled election definitions (package data) turned into domain objects."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from kzobserver.domain.model import (
    AnnouncedFigure,
    Area,
    AreaLevel,
    Contest,
    Contestant,
    ContestKind,
    Election,
    ElectionDefinition,
    LocalizedText,
)


def parse_election_definition(data: dict[str, Any]) -> ElectionDefinition:
    e = data["election"]
    demo = data.get("demo", {})
    return ElectionDefinition(
        election=Election(
            code=e["code"],
            country=e["country"],
            date=e["date"],
            name=LocalizedText.from_dict(e["name"]),
            details=e.get("details", {}),
        ),
        contests=tuple(
            Contest(
                code=c["code"],
                kind=ContestKind(c["kind"]),
                name=LocalizedText.from_dict(c["name"]),
                template=c["template"],
                seats=c.get("seats"),
                threshold_percent=c.get("threshold_percent"),
                contestants=tuple(
                    Contestant(
                        code=p["code"],
                        name=LocalizedText.from_dict(p["name"]),
                        ballot_order=i + 1,
                        special=bool(p.get("special", False)),
                    )
                    for i, p in enumerate(c.get("contestants", []))
                ),
            )
            for c in data["contests"]
        ),
        areas=tuple(
            Area(
                code=a["code"],
                level=AreaLevel(a["level"]),
                name=LocalizedText.from_dict(a["name"]),
                parent_code=a.get("parent"),
            )
            for a in data["areas"]
        ),
        announced=tuple(
            AnnouncedFigure(
                contest_code=f["contest"],
                line=f["line"],
                value=float(f["value"]),
                area_code=f.get("area"),
                as_of=f.get("as_of", "final"),
                source=f.get("source", ""),
            )
            for f in data.get("announced", [])
        ),
        demo_station_count=int(demo.get("stations", 0)),
        demo_region_weights={k: float(v) for k, v in demo.get("region_weights", {}).items()},
        demo_abroad_stations=int(demo.get("abroad_stations", 0)),
    )


@cache
def bundled_elections() -> dict[str, ElectionDefinition]:
    folder = resources.files("kzobserver.data").joinpath("elections")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            definition = parse_election_definition(json.loads(entry.read_text(encoding="utf-8")))
            found[definition.election.code] = definition
    return found


def get_bundled_election(code: str) -> ElectionDefinition:
    try:
        return bundled_elections()[code]
    except KeyError:
        known = ", ".join(sorted(bundled_elections()))
        raise KeyError(f"unknown election {code!r} (bundled: {known})") from None


DEFAULT_ELECTION = "kz-2023-majilis"
