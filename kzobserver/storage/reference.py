"""Writing and reading an election's reference data: the election, areas, contests, contestants
and announced figures."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from kzobserver.domain.model import (
    AnnouncedFigure,
    ElectionDefinition,
    LocalizedText,
    reference_id,
)
from kzobserver.storage.logbook import Logbook, utc_now


def _names(text: LocalizedText) -> dict[str, str]:
    return {"name_en": text.en, "name_ru": text.ru, "name_kk": text.kk}


def election_id(code: str) -> str:
    return reference_id("election", code)


def area_id(election_code: str, area_code: str) -> str:
    return reference_id("area", election_code, area_code)


def contest_id(election_code: str, contest_code: str) -> str:
    return reference_id("contest", election_code, contest_code)


def install_election(logbook: Logbook, definition: ElectionDefinition) -> str:
    """Write (or refresh) an election's reference data in one transaction; returns its id."""
    e = definition.election
    eid = election_id(e.code)
    now = utc_now()
    db = logbook.db
    with db.atomic():
        db.table("elections").upsert(
            logbook.stamp(
                {
                    "id": eid,
                    "code": e.code,
                    "country": e.country,
                    "date": e.date,
                    **_names(e.name),
                    "details": json.dumps(e.details, ensure_ascii=False),
                },
                now=now,
            ),
            pk="id",
        )
        # Parents before children, so the foreign key on parent_id holds row by row.
        for area in definition.areas:
            db.table("areas").upsert(
                logbook.stamp(
                    {
                        "id": area_id(e.code, area.code),
                        "election_id": eid,
                        "parent_id": area_id(e.code, area.parent_code)
                        if area.parent_code
                        else None,
                        "level": area.level.value,
                        "code": area.code,
                        **_names(area.name),
                    },
                    now=now,
                ),
                pk="id",
            )
        for contest in definition.contests:
            cid = contest_id(e.code, contest.code)
            db.table("contests").upsert(
                logbook.stamp(
                    {
                        "id": cid,
                        "election_id": eid,
                        "code": contest.code,
                        "kind": contest.kind.value,
                        "template": contest.template,
                        "seats": contest.seats,
                        "threshold_percent": contest.threshold_percent,
                        **_names(contest.name),
                    },
                    now=now,
                ),
                pk="id",
            )
            for c in contest.contestants:
                db.table("contestants").upsert(
                    logbook.stamp(
                        {
                            "id": reference_id("contestant", e.code, contest.code, c.code),
                            "contest_id": cid,
                            "code": c.code,
                            "ballot_order": c.ballot_order,
                            "special": int(c.special),
                            **_names(c.name),
                        },
                        now=now,
                    ),
                    pk="id",
                )
        for figure in definition.announced:
            record_announced_figure(logbook, e.code, figure, now=now)
    return eid


def record_announced_figure(
    logbook: Logbook, election_code: str, figure: AnnouncedFigure, *, now: str | None = None
) -> None:
    key = (
        figure.contest_code,
        figure.area_code or "",
        figure.line,
        figure.as_of,
        figure.source,
    )
    logbook.db.table("announced_figures").upsert(
        logbook.stamp(
            {
                "id": reference_id("announced", election_code, *key),
                "contest_id": contest_id(election_code, figure.contest_code),
                "area_id": area_id(election_code, figure.area_code) if figure.area_code else None,
                "line": figure.line,
                "value": figure.value,
                "as_of": figure.as_of,
                "source": figure.source,
            },
            now=now,
        ),
        pk="id",
    )


@dataclass(frozen=True)
class ElectionRow:
    id: str
    code: str
    country: str
    date: str
    name: LocalizedText
    details: dict[str, Any]


def _localized(row: dict[str, Any]) -> LocalizedText:
    return LocalizedText(en=row["name_en"], ru=row["name_ru"], kk=row["name_kk"])


def current_election(logbook: Logbook) -> ElectionRow | None:
    """The logbook's election (a logbook holds one election; None before one is installed)."""
    rows = list(logbook.db.table("elections").rows_where(order_by="created_at", limit=1))
    if not rows:
        return None
    row = rows[0]
    return ElectionRow(
        id=row["id"],
        code=row["code"],
        country=row["country"],
        date=row["date"],
        name=_localized(row),
        details=json.loads(row["details"] or "{}"),
    )


@dataclass(frozen=True)
class AreaRow:
    id: str
    code: str
    level: str
    name: LocalizedText
    parent_id: str | None


def list_areas(logbook: Logbook, election: str, level: str | None = None) -> list[AreaRow]:
    where = "election_id = ?" + (" AND level = ?" if level else "")
    params = [election, level] if level else [election]
    return [
        AreaRow(r["id"], r["code"], r["level"], _localized(r), r["parent_id"])
        for r in logbook.db.table("areas").rows_where(where, params, order_by="rowid")
    ]


def list_regions(logbook: Logbook, election: str) -> list[AreaRow]:
    """First-level areas below the country (regions and "abroad"), in their bundled order."""
    return [a for a in list_areas(logbook, election) if a.level in ("region", "abroad")]


@dataclass(frozen=True)
class ContestantRow:
    id: str
    code: str
    ballot_order: int
    special: bool
    name: LocalizedText


@dataclass(frozen=True)
class ContestRow:
    id: str
    code: str
    kind: str
    template: str
    seats: int | None
    threshold_percent: float | None
    name: LocalizedText
    contestants: tuple[ContestantRow, ...]


def list_contests(logbook: Logbook, election: str) -> list[ContestRow]:
    contests = []
    rows = logbook.db.table("contests").rows_where("election_id = ?", [election], order_by="rowid")
    for r in rows:
        contestants = tuple(
            ContestantRow(c["id"], c["code"], c["ballot_order"], bool(c["special"]), _localized(c))
            for c in logbook.db.table("contestants").rows_where(
                "contest_id = ?", [r["id"]], order_by="ballot_order"
            )
        )
        contests.append(
            ContestRow(
                r["id"],
                r["code"],
                r["kind"],
                r["template"],
                r["seats"],
                r["threshold_percent"],
                _localized(r),
                contestants,
            )
        )
    return contests


def announced_figures(logbook: Logbook, election: str) -> list[dict[str, Any]]:
    return list(
        logbook.db.query(
            """
            SELECT c.code AS contest, a.code AS area, f.line, f.value, f.as_of, f.source
            FROM announced_figures f
            JOIN contests c ON c.id = f.contest_id
            LEFT JOIN areas a ON a.id = f.area_id
            WHERE c.election_id = ?
            ORDER BY f.rowid
            """,
            [election],
        )
    )
