"""Tables of a report for spreadsheets: CSV (UTF-8 with BOM, so Excel reads Cyrillic) and XLSX.

A spreadsheet evaluates a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and
station names, descriptions and observers' names come from people: ``=HYPERLINK(...)`` in a
witness's name must not become a live link on a journalist's laptop. Such text is prefixed with a
single quote (the OWASP advice for CSV injection), in CSV and XLSX alike; numbers stay numbers,
and so does text that is just a number such as ``-12``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from datetime import UTC
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kzobserver.i18n import translate
from kzobserver.reports.document import (
    Align,
    Cell,
    DocumentInfo,
    Emphasis,
    Progress,
    ReportError,
    Table,
    atomic_write,
    report_progress,
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")
ROWS_PER_REPORT = 200
MAX_XLSX_TEXT = 32767  # Excel's limit for one cell
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def neutralised(value: Cell) -> Cell:
    """``value`` as safe to put in a spreadsheet cell: text that a spreadsheet would read as a
    formula gets a leading ``'``; numbers, and text that is a plain number like ``-12``, are
    left as they are."""
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_STARTS)
        and not _PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


def _rounded(value: Cell, decimals: int | None) -> Cell:
    if isinstance(value, float) and decimals is not None:
        return round(value, decimals)
    return value


# --- CSV -----------------------------------------------------------------------------------


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def render_csv(table: Table, progress: Progress | None = None) -> bytes:
    """The table as CSV bytes: UTF-8 with BOM, comma-separated, CRLF line ends, one header row."""
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow([_csv_text(neutralised(title)) for title in table.flat_titles()])
    total = len(table.rows)
    for index, row in enumerate(table.rows):
        writer.writerow(
            [
                _csv_text(neutralised(_rounded(value, column.decimals)))
                for value, column in zip(row, table.columns, strict=True)
            ]
        )
        if index % ROWS_PER_REPORT == ROWS_PER_REPORT - 1:
            report_progress(progress, index + 1, total)
    report_progress(progress, total, total)
    return text.getvalue().encode("utf-8-sig")


def write_csv(table: Table, path: Path, progress: Progress | None = None) -> None:
    """Write the table to ``path`` as CSV, atomically: nothing is left if ``progress`` raises."""
    data = render_csv(table, progress)
    with atomic_write(path) as stream:
        stream.write(data)


# --- XLSX ----------------------------------------------------------------------------------

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E8E8E8")
_ROW_FILLS = {
    Emphasis.WARNING: PatternFill("solid", fgColor="FDECC8"),
    Emphasis.MUTED: PatternFill("solid", fgColor="F0F0F0"),
}
_ROW_FONTS = {Emphasis.STRONG: Font(bold=True), Emphasis.MUTED: Font(color="666666")}


def _xlsx_value(value: Cell) -> Cell:
    value = neutralised(value)
    if not isinstance(value, str):
        return value
    text: str = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters are invalid in XML
    return text if len(text) <= MAX_XLSX_TEXT else text[: MAX_XLSX_TEXT - 1] + "…"


def sheet_names(tables: Sequence[Table]) -> list[str]:
    """A valid, unique sheet name per table: Excel allows 31 characters and none of []:*?/\\."""
    names: list[str] = []
    taken: set[str] = set()
    for number, table in enumerate(tables, start=1):
        base = _SHEET_NAME_FORBIDDEN.sub("_", table.name or table.caption).strip("' ")
        base = base[:31] or translate("Reports", "Table {number}").format(number=number)
        name, suffix = base, 2
        while name.casefold() in taken:
            tail = f" ({suffix})"
            name, suffix = base[: 31 - len(tail)] + tail, suffix + 1
        taken.add(name.casefold())
        names.append(name)
    return names


def _number_format(decimals: int | None) -> str | None:
    if decimals is None:
        return None
    return "0." + "0" * decimals if decimals else "0"


def _column_widths(table: Table) -> list[int]:
    widths = []
    for index, title in enumerate(table.flat_titles()):
        longest = len(title)
        for row in table.rows[:1000]:
            value = row[index]
            longest = max(longest, len(str(value)) if value is not None else 0)
        widths.append(min(longest, 60) + 2)
    return widths


def _write_sheet(
    sheet: Worksheet, table: Table, done: int, total: int, progress: Progress | None
) -> int:
    for index, width in enumerate(_column_widths(table), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    for index, (title, column) in enumerate(
        zip(table.flat_titles(), table.columns, strict=True), start=1
    ):
        cell = sheet.cell(1, index, _xlsx_value(title))
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal=str(column.align), wrap_text=True)
    formats = [_number_format(column.decimals) for column in table.columns]
    for row_index, row in enumerate(table.rows, start=2):
        emphasis = table.emphasis(row_index - 2)
        for index, (value, column, number_format) in enumerate(
            zip(row, table.columns, formats, strict=True), start=1
        ):
            cell = sheet.cell(row_index, index, _xlsx_value(value))
            if number_format and isinstance(value, int | float):
                cell.number_format = number_format
            if emphasis in _ROW_FILLS:
                cell.fill = _ROW_FILLS[emphasis]
            if emphasis in _ROW_FONTS:
                cell.font = _ROW_FONTS[emphasis]
            if column.align is not Align.LEFT and isinstance(value, str):
                cell.alignment = Alignment(horizontal=str(column.align))
        done += 1
        if done % ROWS_PER_REPORT == 0:
            report_progress(progress, done, total)
    return done


def render_xlsx(
    tables: Sequence[Table], info: DocumentInfo | None = None, progress: Progress | None = None
) -> bytes:
    """A workbook with one sheet per table (bold frozen header, sized columns, numbers as
    numbers), as bytes."""
    if not tables:
        raise ReportError(translate("Reports", "The report has no table to export."))
    # In memory rather than write-only: write-only streams sheets through temporary files that
    # a cancel would leave behind, and a report's tables fit in memory.
    workbook = Workbook()
    workbook.remove(workbook.active)
    if info is not None:
        workbook.properties.title = info.title
        workbook.properties.creator = info.author or None
        workbook.properties.created = info.created.astimezone(UTC).replace(tzinfo=None)
        workbook.properties.language = info.language
    total = sum(len(table.rows) for table in tables)
    done = 0
    for table, name in zip(tables, sheet_names(tables), strict=True):
        done = _write_sheet(workbook.create_sheet(name), table, done, total, progress)
    report_progress(progress, total, total)
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def write_xlsx(
    tables: Sequence[Table],
    path: Path,
    info: DocumentInfo | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the tables to ``path`` as an XLSX workbook, atomically."""
    data = render_xlsx(tables, info, progress)
    with atomic_write(path) as stream:
        stream.write(data)
