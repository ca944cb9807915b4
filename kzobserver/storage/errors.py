"""Errors the storage layer raises; their messages reach the user, so they are translated."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kzobserver.i18n import translate


class LogbookError(Exception):
    """Something about a logbook file that the user must be told about."""


class NotALogbookError(LogbookError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            translate("Storage", "{path} is not a kzobserver logbook: {reason}").format(
                path=path, reason=reason
            )
        )
        self.path = path


class NewerSchemaError(LogbookError):
    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(
            translate(
                "Storage",
                "{path} was written by a newer version of kzobserver (schema {found}; this "
                "version knows schema {known} at most). Update kzobserver to open it; the file "
                "was not changed.",
            ).format(path=path, found=found, known=known)
        )
        self.path = path
        self.found = found
        self.known = known


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, precise enough to find and fix it."""

    file: str
    message: str
    row: int | None = None  # 1-based line of the file as a spreadsheet shows it (header = 1)
    column: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += translate("Storage", ", row {row}").format(row=self.row)
        if self.column:
            where += translate("Storage", ", column “{column}”").format(column=self.column)
        return f"{where}: {self.message}"


class InputFileError(LogbookError):
    """An input file was rejected; nothing from it was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:20])
        more = len(problems) - 20
        if more > 0:
            shown += "\n" + translate("Storage", "… and {n} more problems").format(n=more)
        super().__init__(
            translate("Storage", "Nothing was imported. {n} problem(s):").format(n=len(problems))
            + "\n"
            + shown
        )
