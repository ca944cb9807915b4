"""Reading the tables people hand us: CSV/TSV/TXT in whatever encoding Excel or 1C saved them,
XLSX workbooks, and a CSV inside a ZIP. Rows are streamed (``open_table``) so 100,000-row official
results need not be held twice; ``read_table`` collects them for callers that want a list.

Row numbers are the ones a spreadsheet shows (header = row 1, blank lines counted), so a problem
reported here can be found by the user in Excel.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NoReturn

from kzobserver.i18n import translate
from kzobserver.storage.errors import InputFileError, Problem

MAX_PROBLEMS = 1000
_DELIMITERS = ",;\t"
_SAMPLE_CHARS = 64 * 1024
_CHUNK = 1024 * 1024
_TEXT_MEMBERS = (".csv", ".tsv", ".txt")
_XLSX_SUFFIXES = (".xlsx", ".xlsm")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 .xls
# What a damaged archive or workbook raises while it is being read.
_ARCHIVE_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, SyntaxError)


def column_letter(index: int) -> str:
    """Spreadsheet letter of a 0-based column index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Table:
    """A whole table in memory: its header and the non-empty rows below it."""

    path: Path
    header: list[str]
    rows: list[list[Any]]
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    first_data_row: int  # spreadsheet row number of rows[0]
    row_numbers: list[int] = field(default_factory=list)  # one per row: blank lines are skipped
    header_row: int = 1

    def row_number(self, index: int) -> int:
        """The spreadsheet row number of ``rows[index]``."""
        if self.row_numbers:
            return self.row_numbers[index]
        return self.first_data_row + index


def _error(path: Path, message: str, row: int | None = None, column: str | None = None) -> NoReturn:
    raise InputFileError([Problem(file=path.name, message=message, row=row, column=column)])


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class TableReader:
    """An open table: the header at once, the data rows streamed (once) by :meth:`rows`.

    Each row has exactly ``len(header)`` cells (short rows are padded with ``""`` for CSV and
    ``None`` for XLSX; trailing empty cells are dropped). Rows with more non-empty cells than the
    header are collected and reported together when the rows run out.
    """

    def __init__(
        self,
        path: Path,
        records: Iterator[tuple[int, list[Any]]],
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        sheet: str | None = None,
        filler: Any = "",
    ) -> None:
        self.path = path
        self.encoding = encoding
        self.delimiter = delimiter
        self.sheet = sheet
        self._records = records
        self._filler = filler
        self.problems: list[Problem] = []
        first = next(records, None)
        if first is None:
            _error(path, translate("TabularFile", "The file is empty."))
        self.header_row, cells = first
        self.header = self._check_header([_cell_text(c) for c in cells])

    def _check_header(self, header: list[str]) -> list[str]:
        while header and not header[-1]:
            header.pop()  # Excel often leaves formatted but empty columns at the right
        problems = []
        if all(_looks_numeric(name) for name in header if name):
            problems.append(
                translate(
                    "TabularFile",
                    "The first row holds numbers, not column names: the file needs a header "
                    "row naming its columns.",
                )
            )
        seen: dict[str, int] = {}
        for index, name in enumerate(header):
            letter = column_letter(index)
            if not name:
                problems.append(
                    translate(
                        "TabularFile", "Column {letter} has no name in the header row."
                    ).format(letter=letter)
                )
                continue
            key = name.casefold()
            if key in seen:
                problems.append(
                    translate(
                        "TabularFile",
                        "The column name “{name}” is used twice (columns {first} and {second}).",
                    ).format(name=name, first=column_letter(seen[key]), second=letter)
                )
            seen.setdefault(key, index)
        if problems:
            raise InputFileError(
                [Problem(file=self.path.name, message=m, row=self.header_row) for m in problems]
            )
        return header

    def rows(self) -> Iterator[tuple[int, list[Any]]]:
        """(spreadsheet row number, cells) of every non-empty row below the header."""
        width = len(self.header)
        pad = [self._filler] * width
        for number, cells in self._records:
            if len(cells) > width:
                extra = [c for c in cells[width:] if c is not None and c != ""]
                if extra and len(self.problems) < MAX_PROBLEMS:
                    self.problems.append(self._extra_cells_problem(number, cells, extra))
                cells = cells[:width]
            elif len(cells) < width:
                cells = cells + pad[len(cells) :]
            yield number, cells
        self.raise_problems()

    def raise_problems(self) -> None:
        if self.problems:
            raise InputFileError(self.problems)

    def _extra_cells_problem(self, number: int, cells: list[Any], extra: list[Any]) -> Problem:
        count = len(cells)
        while count and cells[count - 1] in (None, ""):
            count -= 1
        return Problem(
            file=self.path.name,
            row=number,
            message=translate(
                "TabularFile",
                "This row has {cells} cells but the header names only {columns} columns "
                "(first extra value: “{value}”). Check the separator and the quotes.",
            ).format(cells=count, columns=len(self.header), value=_cell_text(extra[0])),
        )


def _looks_numeric(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return True


@contextmanager
def open_table(path: Path) -> Iterator[TableReader]:
    """Open a CSV/TSV/TXT, XLSX or ZIP-with-one-CSV file for streaming its rows.

    Raises :class:`InputFileError` for anything wrong with the file, including (while iterating
    ``rows()``) damage found only part-way through.
    """
    path = Path(path)
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        _error(
            path,
            translate("TabularFile", "The file cannot be read: {reason}").format(
                reason=exc.strerror or exc
            ),
        )
    suffix = path.suffix.lower()
    if head.startswith(_OLE_MAGIC):
        _error(
            path,
            translate(
                "TabularFile",
                "This is an old Excel 97-2003 (.xls) file, which cannot be read. Open it in "
                "Excel or LibreOffice and save it as .xlsx or CSV.",
            ),
        )
    if not head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        if suffix in _XLSX_SUFFIXES:
            _not_xlsx(path)
        with _text_table(path, lambda: path.open("rb")) as reader:
            yield reader
        return
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        _error(
            path,
            translate(
                "TabularFile",
                "The file is a damaged or incomplete ZIP archive (was the download or copy "
                "interrupted?).",
            ),
        )
    with archive:
        names = archive.namelist()
        if "xl/workbook.xml" in names:
            with _xlsx_table(path) as reader:
                yield reader
            return
        if suffix in _XLSX_SUFFIXES:
            _not_xlsx(path)
        if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
            _error(
                path,
                translate(
                    "TabularFile",
                    "OpenDocument spreadsheets (.ods) cannot be read; save the file as .xlsx or "
                    "CSV.",
                ),
            )
        members = [
            n
            for n in names
            if n.lower().endswith(_TEXT_MEMBERS)
            and not n.startswith("__MACOSX/")
            and not n.endswith("/")
        ]
        if len(members) != 1:
            _error(
                path,
                translate(
                    "TabularFile", "The ZIP archive must hold exactly one CSV file; it holds {n}."
                ).format(n=len(members)),
            )
        member = members[0]
        with _text_table(path, lambda: archive.open(member)) as reader:
            yield reader


def _not_xlsx(path: Path) -> NoReturn:
    _error(
        path,
        translate(
            "TabularFile",
            "The file is named like an Excel workbook but is not one (perhaps a renamed text "
            "file). Open it in Excel and save it as .xlsx, or rename it to .csv.",
        ),
    )


def read_table(path: Path, *, max_rows: int | None = None) -> Table:
    """The whole table (or its first ``max_rows`` data rows, for a preview)."""
    path = Path(path)
    with open_table(path) as reader:
        rows: list[list[Any]] = []
        numbers: list[int] = []
        for number, cells in reader.rows():
            if max_rows is not None and len(rows) >= max_rows:
                break
            rows.append(cells)
            numbers.append(number)
        reader.raise_problems()  # a preview stops early: report what it saw
        return Table(
            path=path,
            header=reader.header,
            rows=rows,
            encoding=reader.encoding,
            delimiter=reader.delimiter,
            sheet=reader.sheet,
            first_data_row=numbers[0] if numbers else reader.header_row + 1,
            row_numbers=numbers,
            header_row=reader.header_row,
        )


# --- text files ------------------------------------------------------------------------------

Opener = Callable[[], IO[bytes]]


def detect_encoding(path: Path, opener: Opener) -> str:
    """A BOM decides; else UTF-8 if the whole file decodes as UTF-8 (checked in chunks, so a
    CP1251 letter on the last line is still caught), else CP1251 (Russian Windows)."""
    with opener() as f:
        head = f.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        chunk = head + f.read(_CHUNK)
        if b"\x00" in chunk:
            _error(
                path,
                translate(
                    "TabularFile",
                    "The file is not a text table (it holds binary data). Save it from Excel as "
                    "CSV or as Unicode text.",
                ),
            )
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk:
                decoder.decode(chunk)
                chunk = f.read(_CHUNK)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1251"
    return "utf-8"


def detect_delimiter(sample: str, *, truncated: bool = False) -> str:
    """Comma, semicolon or tab: csv.Sniffer restricted to those, else the most frequent of them in
    the first non-blank line (Sniffer gives up on one-line or irregular samples)."""
    if truncated and "\n" in sample:
        sample = sample[: sample.rfind("\n")]  # never judge a line cut in half
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        pass
    first = next((line for line in sample.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


@contextmanager
def _text_table(path: Path, opener: Opener) -> Iterator[TableReader]:
    try:
        encoding = detect_encoding(path, opener)
        with opener() as raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as text:
            sample = text.read(_SAMPLE_CHARS)
    except UnicodeError:  # before _ARCHIVE_ERRORS: it is a ValueError
        _undecodable(path, None)
    except _ARCHIVE_ERRORS:
        _damaged(path)
    except OSError as exc:
        _error(
            path,
            translate("TabularFile", "The file cannot be read: {reason}").format(
                reason=exc.strerror or exc
            ),
        )
    delimiter = detect_delimiter(sample, truncated=len(sample) == _SAMPLE_CHARS)
    with opener() as raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as text:
        reader = TableReader(
            path, _csv_records(path, text, delimiter), encoding=encoding, delimiter=delimiter
        )
        yield reader


def _csv_records(path: Path, text: IO[str], delimiter: str) -> Iterator[tuple[int, list[str]]]:
    number = 0  # csv.reader yields [] for a blank line, so counting records counts rows
    records = csv.reader(text, delimiter=delimiter)
    try:
        for record in records:
            number += 1
            cells = [c.strip() for c in record]
            if any(cells):
                yield number, cells
    except UnicodeError:
        _undecodable(path, number + 1)
    except csv.Error as exc:
        _error(
            path,
            translate("TabularFile", "The row cannot be read as CSV: {reason}").format(reason=exc),
            row=number + 1,
        )
    except _ARCHIVE_ERRORS:
        _damaged(path)


def _undecodable(path: Path, row: int | None) -> NoReturn:
    _error(
        path,
        translate(
            "TabularFile",
            "The text cannot be decoded (it is neither UTF-8, UTF-16 nor Windows-1251). Save it "
            "from Excel as “CSV UTF-8”.",
        ),
        row=row,
    )


def _damaged(path: Path) -> NoReturn:
    _error(
        path,
        translate(
            "TabularFile",
            "The file is damaged or incomplete (was the download or copy interrupted?).",
        ),
    )


# --- Excel workbooks -------------------------------------------------------------------------


@contextmanager
def _xlsx_table(path: Path) -> Iterator[TableReader]:
    from openpyxl import load_workbook  # imported late: it is slow to import and often unused

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (*_ARCHIVE_ERRORS, OSError):
        _error(
            path,
            translate(
                "TabularFile",
                "The Excel workbook cannot be read; it may be damaged or incomplete. Open it in "
                "Excel and save it again.",
            ),
        )
    try:
        if not workbook.worksheets:
            _error(path, translate("TabularFile", "The workbook has no sheets."))
        sheet = workbook.worksheets[0]
        # Dimensions written by some programs are wrong; without them every row is read.
        sheet.reset_dimensions()
        yield TableReader(path, _xlsx_records(path, sheet), sheet=sheet.title, filler=None)
    finally:
        workbook.close()


def _xlsx_records(path: Path, sheet: Any) -> Iterator[tuple[int, list[Any]]]:
    try:
        for number, values in enumerate(
            sheet.iter_rows(min_row=1, min_col=1, values_only=True), start=1
        ):
            cells = [v.strip() if isinstance(v, str) else v for v in values]
            if any(v is not None and v != "" for v in cells):
                yield number, cells
    except _ARCHIVE_ERRORS:
        _damaged(path)
