"""Announced figures of one contest as a whole: listed for editing, checked, and saved by hand
(what the Announced results dialog edits; files go through announced_import).

A figure is identified by its contest, area, line, as-of time and source (the row id is derived
from them), so changing any of these is a removal and an addition. Saving writes only what
changed, in one transaction, and keeps untouched figures as they were stored.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kzobserver.domain.model import AnnouncedFigure, LocalizedText, reference_id
from kzobserver.i18n import translate
from kzobserver.storage import audit
from kzobserver.storage.checks import contest_lines
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook, utc_now
from kzobserver.storage.reference import ContestRow, list_areas, record_announced_figure
from kzobserver.storage.summary import election_and_contest

FINAL = "final"
TURNOUT = "turnout_percent"
_CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class FigureLine:
    """A figure a contest can have announced: a protocol line, the turnout, or a contestant's
    votes, share or seats."""

    code: str
    kind: str  # "line", "turnout", "votes", "share" or "seats"
    name: LocalizedText  # the line's label, or the contestant's name

    @property
    def percent(self) -> bool:
        """A percentage (0–100) rather than a count."""
        return self.kind in ("turnout", "share")

    def label(self, lang: str) -> str:
        name = self.name.get(lang)
        if self.kind == "turnout":
            return translate("AnnouncedFigures", "Turnout, %")
        if self.kind == "votes":
            return translate("AnnouncedFigures", "Votes: {name}").format(name=name)
        if self.kind == "share":
            return translate("AnnouncedFigures", "Share, %: {name}").format(name=name)
        if self.kind == "seats":
            return translate("AnnouncedFigures", "Seats: {name}").format(name=name)
        return name


def is_percent(line: str) -> bool:
    return line == TURNOUT or line.startswith("share_percent:")


def figure_line_choices(contest: ContestRow) -> list[FigureLine]:
    """Every figure of ``contest`` in the order of the protocol: the template's lines, the
    turnout, then each contestant's votes, share and seats."""
    choices = [
        FigureLine(line.code, "line", line.label)
        for line in contest_lines(contest)
        if line.contestant is None
    ]
    choices.append(FigureLine(TURNOUT, "turnout", LocalizedText(en=TURNOUT)))
    for c in contest.contestants:
        choices.append(FigureLine(f"votes:{c.code}", "votes", c.name))
        choices.append(FigureLine(f"share_percent:{c.code}", "share", c.name))
        if not c.special:  # "against all" wins no seats
            choices.append(FigureLine(f"seats:{c.code}", "seats", c.name))
    return choices


def contest_figures(logbook: Logbook, contest_code: str | None = None) -> list[AnnouncedFigure]:
    """The announced figures of a contest (None: the first), in the order they were recorded."""
    _election, contest = election_and_contest(logbook, contest_code)
    rows = logbook.db.execute(
        """
        SELECT CASE WHEN a.level = 'country' THEN NULL ELSE a.code END,
               f.line, f.value, f.as_of, f.source
        FROM announced_figures f LEFT JOIN areas a ON a.id = f.area_id
        WHERE f.contest_id = ?
        ORDER BY f.rowid
        """,
        [contest.id],
    ).fetchall()
    return [
        AnnouncedFigure(contest.code, line, float(value), area, as_of, source)
        for area, line, value, as_of, source in rows
    ]


@dataclass(frozen=True)
class FigureProblem:
    """What is wrong with one figure of a list being saved."""

    index: int  # position in the list
    field: str  # "area", "line", "value", "as_of" or "source"
    message: str


class AnnouncedFiguresError(LogbookError):
    """Figures were not saved; nothing was written."""

    def __init__(self, problems: list[FigureProblem]) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__(
            translate("AnnouncedFigures", "Nothing was saved. Row {row}: {message}").format(
                row=first.index + 1, message=first.message
            )
        )


def value_problem(line: str, value: float | None) -> str | None:
    """Why ``value`` cannot be announced for ``line``, or None when it can."""
    if value is None:
        return translate("AnnouncedFigures", "Enter a value.")
    if not math.isfinite(value) or value < 0:
        return translate("AnnouncedFigures", "A figure cannot be negative.")
    if is_percent(line):
        if value > 100:
            return translate("AnnouncedFigures", "A percentage cannot be over 100.")
    elif not float(value).is_integer():
        return translate("AnnouncedFigures", "A count must be a whole number.")
    return None


def normal_as_of(text: str) -> str | None:
    """``text`` as stored ("final", or a time of day "HH:MM"; "2210" and "9:05" are accepted),
    or None when it is neither."""
    text = text.strip()
    if not text or text.casefold() == FINAL:
        return FINAL
    digits = text.replace(".", ":").replace(" ", "")
    if ":" not in digits and digits.isdecimal() and len(digits) in (3, 4):
        digits = f"{digits[:-2]}:{digits[-2:]}"
    hours, sep, minutes = digits.partition(":")
    clock = f"{hours.zfill(2)}:{minutes}" if sep else ""
    return clock if _CLOCK.match(clock) else None


def check_figures(
    contest: ContestRow, area_codes: set[str], figures: Sequence[AnnouncedFigure]
) -> list[FigureProblem]:
    lines = {line.code for line in figure_line_choices(contest)}
    problems = []
    seen: dict[tuple[str, str, str, str], int] = {}
    for index, f in enumerate(figures):
        if f.area_code is not None and f.area_code not in area_codes:
            message = translate("AnnouncedFigures", "Unknown area “{area}”.")
            problems.append(FigureProblem(index, "area", message.format(area=f.area_code)))
        if f.line not in lines:
            message = translate("AnnouncedFigures", "Unknown line “{line}”.")
            problems.append(FigureProblem(index, "line", message.format(line=f.line)))
        elif (reason := value_problem(f.line, f.value)) is not None:
            problems.append(FigureProblem(index, "value", reason))
        if normal_as_of(f.as_of) != f.as_of:
            message = translate(
                "AnnouncedFigures", "“{text}” is neither “final” nor a time such as 22:10."
            )
            problems.append(FigureProblem(index, "as_of", message.format(text=f.as_of)))
        key = (f.area_code or "", f.line, f.as_of, f.source)
        if key in seen:
            message = translate(
                "AnnouncedFigures",
                "Row {row} already gives this figure for the same area, time and source.",
            )
            problems.append(FigureProblem(index, "line", message.format(row=seen[key] + 1)))
        seen.setdefault(key, index)
    return problems


@dataclass(frozen=True)
class SavedFigures:
    added: int
    changed: int
    removed: int


def save_contest_figures(
    logbook: Logbook, contest_code: str, figures: Sequence[AnnouncedFigure]
) -> SavedFigures:
    """Make ``figures`` the announced figures of the contest: add the new ones, update changed
    values, remove the figures not in the list, in one transaction. Raises
    :class:`AnnouncedFiguresError` listing every problem, and writes nothing then."""
    election, contest = election_and_contest(logbook, contest_code)
    area_codes = {a.code for a in list_areas(logbook, election.id) if a.level != "country"}
    problems = check_figures(contest, area_codes, figures)
    if any(f.contest_code != contest.code for f in figures):
        raise LogbookError(
            translate(
                "AnnouncedFigures", "Every figure must belong to the contest “{code}”."
            ).format(code=contest.code)
        )
    if problems:
        raise AnnouncedFiguresError(problems)
    stored = {
        row_id: {"area": area, "line": line, "value": value, "as_of": as_of, "source": source}
        for row_id, area, line, value, as_of, source in logbook.db.execute(
            """
            SELECT f.id, a.code, f.line, f.value, f.as_of, f.source
            FROM announced_figures f LEFT JOIN areas a ON a.id = f.area_id
            WHERE f.contest_id = ?
            """,
            [contest.id],
        )
    }
    wanted = {}
    for f in figures:
        key = (f.contest_code, f.area_code or "", f.line, f.as_of, f.source)
        wanted[reference_id("announced", election.code, *key)] = f
    removed = [row_id for row_id in stored if row_id not in wanted]
    added = changed = 0
    now = utc_now()
    db = logbook.db
    with db.atomic():
        for row_id in removed:
            db.execute("DELETE FROM announced_figures WHERE id = ?", [row_id])
            _audit(logbook, "announced.remove", row_id, before=stored[row_id])
        for row_id, figure in wanted.items():
            after = {
                "area": figure.area_code,
                "line": figure.line,
                "value": figure.value,
                "as_of": figure.as_of,
                "source": figure.source,
            }
            if row_id not in stored:
                record_announced_figure(logbook, election.code, figure, now=now)
                _audit(logbook, "announced.add", row_id, after=after)
                added += 1
            elif stored[row_id]["value"] != figure.value:  # created_at stays: only the value
                db.execute(
                    "UPDATE announced_figures SET value = ?, updated_at = ?, author = ?, "
                    "device_id = ? WHERE id = ?",
                    [figure.value, now, logbook.author, logbook.device_id, row_id],
                )
                _audit(logbook, "announced.change", row_id, before=stored[row_id], after=after)
                changed += 1
    return SavedFigures(added, changed, len(removed))


def _audit(
    logbook: Logbook,
    action: str,
    row_id: str,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    # Figures typed by hand are evidence of what was announced: who changed which, and when,
    # must be answerable.
    audit.append(
        logbook, action, table="announced_figures", row_id=row_id, before=before, after=after
    )
