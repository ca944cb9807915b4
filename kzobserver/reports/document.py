"""What a report says, independent of how it is rendered.

Report builders fill a :class:`Document` with typed blocks (headings, paragraphs, tables, images,
key–value lists, monospace text such as hashes, page breaks); the renderers in ``html``, ``pdf``
and ``tables`` turn the same document into HTML, PDF, CSV or XLSX. Text here is plain text: every
renderer escapes it, because names typed by observers may contain markup.

The output plumbing the renderers share lives here too: the ``progress(done, total)`` callback
(which may raise to cancel) and :func:`atomic_write`, so that a cancelled or failed render never
leaves a half-written file or clobbers an existing one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from kzobserver.i18n import LANGUAGES, translate
from kzobserver.storage.errors import LogbookError

Cell = str | int | float | None
"""A table cell: numbers stay numbers (CSV and XLSX write them as such), text is plain text."""

Progress = Callable[[int, int], None]
"""``progress(done, total)``; it may raise (e.g. ``Cancelled``) to stop the render."""


class ReportError(LogbookError):
    """A report could not be written; the message says why, in a sentence for the user."""


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class Emphasis(StrEnum):
    """How a table row or paragraph stands out: a flagged station, a note, a caveat."""

    NONE = "none"
    STRONG = "strong"  # bold: totals, the worst discrepancies
    WARNING = "warning"  # tinted: flagged rows, caveats
    MUTED = "muted"  # grey: excluded rows, footnotes


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 (chapter) to 3

    def __post_init__(self) -> None:
        if not 1 <= self.level <= 3:
            raise ValueError(f"heading level must be 1 to 3, not {self.level}")


@dataclass(frozen=True)
class Paragraph:
    text: str  # line breaks are kept
    emphasis: Emphasis = Emphasis.NONE


@dataclass(frozen=True)
class Monospace:
    """Text that must be read character by character: SHA-256 hashes, identifiers."""

    text: str


@dataclass(frozen=True)
class KeyValue:
    label: str
    value: Cell
    monospace: bool = False  # for hashes and identifiers


@dataclass(frozen=True)
class KeyValueList:
    items: tuple[KeyValue, ...]


@dataclass(frozen=True)
class Column:
    title: str
    align: Align = Align.LEFT
    monospace: bool = False
    decimals: int | None = None  # floats shown with this many decimals (None: as given)
    weight: float | None = None  # share of the table's width relative to the other columns;
    # None: 1 if another column has a weight, else estimated from the content (see
    # html.column_widths). Either way a column gets room for its numbers and title words.
    group: str = ""  # a title over adjacent columns with the same group (a second header row)


@dataclass
class Table:
    """A table with a header that repeats on every page it spans.

    ``name`` names the CSV file or the XLSX sheet; ``rows`` hold :data:`Cell` values, one per
    column; ``row_emphasis`` is empty or holds one :class:`Emphasis` per row."""

    columns: Sequence[Column]
    rows: list[Sequence[Cell]] = field(default_factory=list)
    name: str = ""
    caption: str = ""
    row_emphasis: list[Emphasis] = field(default_factory=list)

    def add_row(self, cells: Sequence[Cell], emphasis: Emphasis = Emphasis.NONE) -> None:
        if len(cells) != len(self.columns):
            raise ValueError(f"row has {len(cells)} cells for {len(self.columns)} columns")
        if emphasis is not Emphasis.NONE and not self.row_emphasis:
            self.row_emphasis = [Emphasis.NONE] * len(self.rows)
        if self.row_emphasis:
            self.row_emphasis.append(emphasis)
        self.rows.append(cells)

    def emphasis(self, row: int) -> Emphasis:
        return self.row_emphasis[row] if self.row_emphasis else Emphasis.NONE

    def has_groups(self) -> bool:
        return any(column.group for column in self.columns)

    def group_spans(self) -> list[tuple[str, int]]:
        """The group header row: (title, number of columns) runs, left to right."""
        spans: list[tuple[str, int]] = []
        for column in self.columns:
            if spans and column.group and spans[-1][0] == column.group:
                spans[-1] = (column.group, spans[-1][1] + 1)
            else:
                spans.append((column.group, 1))
        return spans

    def flat_titles(self) -> list[str]:
        """One header row for CSV and XLSX: "group: title" where a column has a group."""
        return [f"{c.group}: {c.title}" if c.group else c.title for c in self.columns]


@dataclass(frozen=True)
class Image:
    png: bytes
    caption: str = ""
    width: float = 1.0  # share of the text width, 0 < width <= 1

    def __post_init__(self) -> None:
        if not 0 < self.width <= 1:
            raise ValueError(f"image width is a share of the text width, not {self.width}")
        if not self.png.startswith(b"\x89PNG\r\n\x1a\n"):
            raise ValueError("an Image holds PNG bytes")


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Monospace | KeyValueList | Table | Image | PageBreak


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    author: str = ""
    created: datetime = field(default_factory=lambda: datetime.now(UTC))
    language: str = "en"  # one of i18n.LANGUAGES: the report's language, not the UI's
    subject: str = ""

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown report language {self.language!r}")


@dataclass
class Document:
    info: DocumentInfo
    blocks: list[Block] = field(default_factory=list)

    def add(self, block: Block) -> Block:
        self.blocks.append(block)
        return block

    def heading(self, text: str, level: int = 1) -> None:
        self.add(Heading(text, level))

    def paragraph(self, text: str, emphasis: Emphasis = Emphasis.NONE) -> None:
        self.add(Paragraph(text, emphasis))

    def monospace(self, text: str) -> None:
        self.add(Monospace(text))

    def key_values(self, items: Sequence[KeyValue | tuple[str, Cell]]) -> None:
        self.add(KeyValueList(tuple(i if isinstance(i, KeyValue) else KeyValue(*i) for i in items)))

    def table(self, table: Table) -> Table:
        self.add(table)
        return table

    def image(self, png: bytes, caption: str = "", width: float = 1.0) -> None:
        self.add(Image(png, caption, width))

    def page_break(self) -> None:
        self.add(PageBreak())

    def tables(self) -> list[Table]:
        return [block for block in self.blocks if isinstance(block, Table)]


def format_cell(value: Cell, decimals: int | None = None) -> str:
    """A cell as the HTML and PDF show it (CSV and XLSX keep numbers as numbers)."""
    if value is None:
        return ""
    if isinstance(value, bool):  # a bool is an int to Python, but not a number to a reader
        return str(value)
    if isinstance(value, float):
        return f"{value:.{decimals}f}" if decimals is not None else repr(value)
    if isinstance(value, int):
        return str(value)
    return value


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` (if any) how far a render is; it raises to cancel."""
    if progress is not None:
        progress(done, total)


@contextlib.contextmanager
def atomic_write(path: Path) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path`` for writing and move it over ``path`` only when the
    block ends normally; on any error or cancel the temporary file is removed and an existing
    ``path`` is left as it was."""
    path = Path(path)
    if path.is_dir():
        raise ReportError(
            translate("Reports", "{path} is a folder; choose a file name for the report.").format(
                path=path
            )
        )
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".part", dir=path.parent
        )
    except OSError as exc:
        raise ReportError(
            translate("Reports", "Cannot write the report to {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        _match_umask(temp)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _match_umask(path: Path) -> None:
    # mkstemp creates the file 0600; a report gets the permissions any new file of the user's
    # gets. Linux tells the umask without changing it; elsewhere it is read by setting it back.
    if os.name != "posix":
        return
    umask = None
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                umask = int(line.split()[1], 8)
    if umask is None:
        umask = os.umask(0o022)
        os.umask(umask)
    os.chmod(path, 0o666 & ~umask)
