"""A :class:`~kzobserver.reports.document.Document` as HTML, in two dialects.

- :func:`render_html`: one self-contained file for a browser (images as ``data:`` URIs, the CSS
  inline in the head, the ``lang`` attribute set), fit to publish or attach to a complaint.
- :func:`render_qt_html`: the subset ``QTextDocument`` understands (tables laid out with
  ``border``/``cellpadding`` attributes, ``<thead>`` for header rows that repeat on every page, no
  modern CSS), used for the PDF and for a preview in the GUI. Images are not inlined: they come
  back as resources to add with ``QTextDocument.addResource``.

Every piece of text is escaped: observers type names and descriptions, and a ``<script>`` in a
witness's name must come out as text.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kzobserver.reports.document import (
    Align,
    Cell,
    Column,
    Document,
    Emphasis,
    Heading,
    Image,
    KeyValueList,
    Monospace,
    PageBreak,
    Paragraph,
    Progress,
    Table,
    atomic_write,
    format_cell,
    report_progress,
)

SANS = "DejaVu Sans"
BODY_POINT_SIZE = 9.5  # the PDF's body text; tables are set smaller
MONO = "DejaVu Sans Mono"
# Rows between two progress reports: often enough for a smooth bar, rarely enough to cost nothing.
ROWS_PER_REPORT = 200

_ROW_COLOURS = {Emphasis.WARNING: "#fdecc8", Emphasis.MUTED: "#f0f0f0"}
_ZEBRA = ("#ffffff", "#f2f2f2")  # alternate rows, so a wrapped row reads as one
_TEXT_COLOURS = {Emphasis.MUTED: "#666666", Emphasis.WARNING: "#7a4a00"}


def escape(text: str) -> str:
    """Plain text as HTML text: markup characters escaped, line breaks kept."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def _cell_text(value: Cell, column: Column) -> str:
    return escape(format_cell(value, column.decimals))


def _table_font_pt(table: Table) -> float:
    # A4 portrait holds 8 columns at the body size; wider tables get a smaller type so that
    # numbers do not break inside a cell.
    count = len(table.columns)
    return 8.5 if count <= 8 else 7.5 if count <= 11 else 6.5


def _text_ems(text: str, monospace: bool = False, bold: bool = False) -> float:
    # Average advances of DejaVu glyphs: monospace 0.6 em, digits and mixed text about 0.64,
    # bold about 0.72 (estimates only: QTextDocument wraps whatever does not fit).
    per_char = 0.61 if monospace else 0.72 if bold else 0.64
    return len(text) * per_char


UNBROKEN_WORD = 24  # characters; longer words (hashes, URLs) may wrap anywhere


def column_widths(table: Table, available_em: float, sample_rows: int = 300) -> list[float]:
    """Column widths in percent of the table's width.

    The preferred widths are the columns' weights where the builder gave any, else what each
    column needs for its title and widest cell (among the first ``sample_rows``, capped so one
    long address does not squeeze the rest). Then every column gets at least the room for what
    must not break: its title's longest word, its numbers and its longest word of text (up to
    ``UNBROKEN_WORD`` characters); the columns with slack give it up in proportion."""
    padding = 1.0  # cell padding and borders, in ems
    weighted = any(column.weight is not None for column in table.columns)
    preferred, minimum = [], []
    for index, column in enumerate(table.columns):
        least = max(_text_ems(word, bold=True) for word in column.title.split() or [""])
        most = least
        for number, row in enumerate(table.rows[:sample_rows]):
            value = row[index]
            text = format_cell(value, column.decimals)
            bold = table.emphasis(number) is Emphasis.STRONG
            # A hash is read whole (not capped); a long address may wrap (capped).
            ems = _text_ems(text, column.monospace, bold)
            most = max(most, ems if column.monospace else min(ems, 24.0))
            if isinstance(value, int | float):
                least = max(least, _text_ems(text, bold=bold))
            else:  # words up to the length of a file name stay whole; a hash may break
                words = [w for w in text.split() if len(w) <= UNBROKEN_WORD] or [""]
                least = max(least, max(_text_ems(w, column.monospace, bold) for w in words))
        minimum.append(least + padding)
        preferred.append((column.weight or 1.0) if weighted else most + padding)
    widths = _fit(preferred, minimum, available_em)
    return [100 * width / sum(widths) for width in widths]


def _fit(preferred: list[float], minimum: list[float], available: float) -> list[float]:
    if sum(minimum) >= available:
        return minimum  # nothing to share: QTextDocument wraps inside words where it must
    fixed: set[int] = set()
    widths = [p * available / sum(preferred) for p in preferred]
    while True:
        short = [i for i, width in enumerate(widths) if i not in fixed and width < minimum[i]]
        if not short:
            return widths
        for i in short:
            widths[i] = minimum[i]
            fixed.add(i)
        free = [i for i in range(len(widths)) if i not in fixed]
        left = available - sum(widths[i] for i in fixed)
        share = sum(preferred[i] for i in free)
        for i in free:
            widths[i] = preferred[i] * left / share


# --- the browser dialect -------------------------------------------------------------------

_CSS = f"""
body {{ font-family: "{SANS}", "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt;
  line-height: 1.4; color: #111; max-width: 60em; margin: 2em auto; padding: 0 1em; }}
h1 {{ font-size: 1.6em; margin: 1.2em 0 .5em; }}
h2 {{ font-size: 1.3em; margin: 1.1em 0 .4em; }}
h3 {{ font-size: 1.1em; margin: 1em 0 .3em; }}
.mono {{ font-family: "{MONO}", Consolas, "Courier New", monospace; overflow-wrap: anywhere; }}
p.warning {{ background: #fdecc8; padding: .4em .6em; }}
p.muted, .caption {{ color: #666; font-size: .9em; }}
p.strong {{ font-weight: bold; }}
.table-wrap {{ overflow-x: auto; margin: .6em 0 1em; }}
table {{ border-collapse: collapse; font-size: .85em; }}
th, td {{ border: 1px solid #999; padding: .2em .4em; vertical-align: top; }}
th {{ background: #e8e8e8; }}
td.num {{ font-variant-numeric: tabular-nums; white-space: nowrap; }}
tr.strong td {{ font-weight: bold; }}
tr.warning td {{ background: {_ROW_COLOURS[Emphasis.WARNING]}; }}
tr.muted td {{ background: {_ROW_COLOURS[Emphasis.MUTED]}; color: #666; }}
table.kv {{ font-size: 1em; margin: .4em 0; }}
table.kv th, table.kv td {{ border: none; text-align: left; background: none; padding-left: 0; }}
table.kv th {{ font-weight: bold; padding-right: 1.5em; }}
figure {{ margin: 1em 0; text-align: center; }}
figure img {{ max-width: 100%; height: auto; }}
.page-break {{ break-before: page; page-break-before: always; }}
@media print {{ body {{ max-width: none; margin: 0; }} thead {{ display: table-header-group; }} }}
"""


def _browser_table(table: Table) -> list[str]:
    out = ['<div class="table-wrap"><table>']
    if table.caption:
        out.append(f"<caption>{escape(table.caption)}</caption>")
    out.append("<thead>")
    if table.has_groups():
        spans = "".join(
            f'<th colspan="{span}" scope="colgroup">{escape(title)}</th>'
            for title, span in table.group_spans()
        )
        out.append(f"<tr>{spans}</tr>")
    titles = "".join(
        f'<th scope="col" style="text-align:{c.align}">{escape(c.title)}</th>'
        for c in table.columns
    )
    out.append(f"<tr>{titles}</tr></thead><tbody>")
    for index, row in enumerate(table.rows):
        emphasis = table.emphasis(index)
        row_class = f' class="{emphasis}"' if emphasis is not Emphasis.NONE else ""
        cells = []
        for value, column in zip(row, table.columns, strict=True):
            classes = ["mono"] if column.monospace else []
            if isinstance(value, int | float):
                classes.append("num")
            class_attr = f' class="{" ".join(classes)}"' if classes else ""
            style = f' style="text-align:{column.align}"' if column.align is not Align.LEFT else ""
            cells.append(f"<td{class_attr}{style}>{_cell_text(value, column)}</td>")
        out.append(f"<tr{row_class}>{''.join(cells)}</tr>")
    out.append("</tbody></table></div>")
    return out


def _browser_key_values(block: KeyValueList) -> str:
    rows = "".join(
        f'<tr><th scope="row">{escape(item.label)}</th>'
        f"<td{' class=mono' if item.monospace else ''}>{escape(format_cell(item.value))}</td></tr>"
        for item in block.items
    )
    return f'<table class="kv">{rows}</table>'


def _browser_image(block: Image) -> str:
    uri = "data:image/png;base64," + base64.b64encode(block.png).decode("ascii")
    caption = f"<figcaption class=caption>{escape(block.caption)}</figcaption>"
    return (
        f'<figure><img src="{uri}" alt="{escape(block.caption)}" '
        f'style="width:{block.width * 100:.0f}%">{caption if block.caption else ""}</figure>'
    )


def render_html(document: Document, progress: Progress | None = None) -> str:
    """The whole document as one self-contained HTML page."""
    info = document.info
    meta = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="kzobserver">',
        f'<meta name="author" content="{escape(info.author)}">' if info.author else "",
        f'<meta name="dcterms.created" content="{info.created.isoformat()}">',
        f'<meta name="description" content="{escape(info.subject)}">' if info.subject else "",
    ]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(info.language)}"><head>',
        *[m for m in meta if m],
        f"<title>{escape(info.title)}</title>",
        f"<style>{_CSS}</style></head><body>",
    ]
    total = _work_units(document)
    done = 0
    pending_break = False
    for block in document.blocks:
        if isinstance(block, PageBreak):
            pending_break = True
            continue
        if pending_break:
            out.append('<div class="page-break"></div>')
            pending_break = False
        if isinstance(block, Heading):
            out.append(f"<h{block.level}>{escape(block.text)}</h{block.level}>")
        elif isinstance(block, Paragraph):
            css = f' class="{block.emphasis}"' if block.emphasis is not Emphasis.NONE else ""
            out.append(f"<p{css}>{escape(block.text)}</p>")
        elif isinstance(block, Monospace):
            out.append(f'<p class="mono">{escape(block.text)}</p>')
        elif isinstance(block, KeyValueList):
            out.append(_browser_key_values(block))
        elif isinstance(block, Table):
            out.extend(_browser_table(block))
        elif isinstance(block, Image):
            out.append(_browser_image(block))
        done += _units(block)
        report_progress(progress, done, total)
    out.append("</body></html>")
    return "\n".join(out)


def write_html(document: Document, path: Path, progress: Progress | None = None) -> None:
    """Write :func:`render_html` to ``path`` atomically (nothing is left if ``progress`` raises)."""
    text = render_html(document, progress)
    with atomic_write(path) as stream:
        stream.write(text.encode("utf-8"))


def _units(block: object) -> int:
    return 1 + (len(block.rows) // ROWS_PER_REPORT if isinstance(block, Table) else 0)


def _work_units(document: Document) -> int:
    return sum(_units(block) for block in document.blocks if not isinstance(block, PageBreak))


# --- the QTextDocument dialect -------------------------------------------------------------


@dataclass(frozen=True)
class QtHtml:
    """HTML for ``QTextDocument.setHtml`` and the images it names (``src`` → PNG bytes)."""

    html: str
    images: dict[str, bytes]


IMAGE_SCHEME = "kzimage"
# CSS pixels (1/96 inch) across the text of an A4 page with the PDF's margins (20 mm each side,
# pdf.MARGINS_MM); QTextDocument scales them to the page itself.
A4_TEXT_WIDTH_PX = 170 / 25.4 * 96


class _QtWriter:
    def __init__(self, text_width_px: float, progress: Progress | None, total: int) -> None:
        self.text_width_px = text_width_px
        self.progress = progress
        self.total = total
        self.done = 0
        self.out: list[str] = []
        self.images: dict[str, bytes] = {}
        self.page_break = False

    def block_style(self) -> str:
        """The style of the next top-level element: it opens a new page after a PageBreak."""
        if self.page_break:
            self.page_break = False
            return "page-break-before: always;"
        return ""

    def tick(self, units: int = 1) -> None:
        self.done += units
        report_progress(self.progress, self.done, self.total)

    def heading(self, block: Heading) -> None:
        size = {1: 16, 2: 13, 3: 11}[block.level]
        space = {1: 14, 2: 10, 3: 8}[block.level]
        self.out.append(
            f'<h{block.level} style="{self.block_style()} font-size: {size}pt; '
            f'margin-top: {space}px; margin-bottom: 6px;">{escape(block.text)}</h{block.level}>'
        )

    def paragraph(self, block: Paragraph) -> None:
        style = self.block_style()
        if block.emphasis is Emphasis.STRONG:
            style += " font-weight: bold;"
        elif block.emphasis is not Emphasis.NONE:
            style += f" color: {_TEXT_COLOURS[block.emphasis]};"
        if block.emphasis is Emphasis.WARNING:
            style += f" background-color: {_ROW_COLOURS[Emphasis.WARNING]};"
        self.out.append(f'<p style="{style}">{escape(block.text)}</p>')

    def monospace(self, block: Monospace) -> None:
        self.out.append(
            f"<p style=\"{self.block_style()} font-family: '{MONO}'; font-size: 8.5pt; "
            f'white-space: pre-wrap;">{escape(block.text)}</p>'
        )

    def key_values(self, block: KeyValueList) -> None:
        # The labels' column is as wide as the longest label, within reason; labels line up
        # with the text above (no padding on their left).
        body_em = self.text_width_px * 72 / 96 / BODY_POINT_SIZE
        longest = max((_text_ems(item.label, bold=True) for item in block.items), default=0)
        label_width = min(max(100 * (longest + 1.5) / body_em, 18), 40)
        rows = []
        for item in block.items:
            value = escape(format_cell(item.value))
            if item.monospace:
                value = f"<span style=\"font-family: '{MONO}'; font-size: 8pt;\">{value}</span>"
            rows.append(
                f'<tr><td width="{label_width:.1f}%" style="padding: 1px 8px 1px 0;">'
                f'<b>{escape(item.label)}</b></td><td style="padding: 1px 0;">{value}</td></tr>'
            )
        self.out.append(
            f'<table border="0" cellspacing="0" cellpadding="0" width="100%" '
            f'style="{self.block_style()} margin-top: 4px; margin-bottom: 6px;">'
            f"{''.join(rows)}</table>"
        )

    def table(self, table: Table) -> None:
        font = _table_font_pt(table)
        if table.caption:  # a heading (h6) to QTextDocument, so it stays with its table
            self.out.append(
                f'<h6 style="{self.block_style()} font-size: {BODY_POINT_SIZE}pt; '
                f'font-weight: bold; margin-top: 8px; margin-bottom: 0px;">'
                f"{escape(table.caption)}</h6>"
            )
        available_em = self.text_width_px * 72 / 96 / font
        widths = column_widths(table, available_em)
        out = [
            # Striped rows rather than grid lines: QTextDocument's collapsed borders lay a long
            # table out five times slower, separate borders draw double lines, and a table
            # background (lines through cell spacing) fills the foot of every page it spans.
            f'<table border="0" cellspacing="0" cellpadding="3" width="100%" '
            f'style="{self.block_style()} '
            f'font-size: {font}pt; margin-top: 6px; margin-bottom: 8px;"><thead>'
        ]
        if table.has_groups():
            out.append("<tr>")
            for title, span in table.group_spans():
                out.append(f'<th bgcolor="#dddddd" colspan="{span}">{escape(title)}</th>')
            out.append("</tr>")
        out.append("<tr>")
        for column, width in zip(table.columns, widths, strict=True):
            out.append(
                f'<th bgcolor="#dddddd" width="{width:.2f}%" align="{column.align}">'
                f"{escape(column.title)}</th>"
            )
        out.append("</tr></thead>")
        for index, row in enumerate(table.rows):
            out.append(self._row(table, index, row))
            if index % ROWS_PER_REPORT == ROWS_PER_REPORT - 1:
                self.tick()
        out.append("</table>")
        self.out.append("".join(out))

    def _row(self, table: Table, index: int, row: Sequence[Cell]) -> str:
        emphasis = table.emphasis(index)
        bgcolor = f' bgcolor="{_ROW_COLOURS.get(emphasis, _ZEBRA[index % 2])}"'
        cells = []
        for value, column in zip(row, table.columns, strict=True):
            text = _cell_text(value, column)
            if column.monospace:
                text = f"<span style=\"font-family: '{MONO}';\">{text}</span>"
            if emphasis is Emphasis.STRONG:
                text = f"<b>{text}</b>"
            elif emphasis is Emphasis.MUTED:
                text = f'<span style="color: {_TEXT_COLOURS[emphasis]};">{text}</span>'
            cells.append(f'<td align="{column.align}"{bgcolor}>{text}</td>')
        return f"<tr>{''.join(cells)}</tr>"

    def image(self, block: Image) -> None:
        name = f"{IMAGE_SCHEME}:{len(self.images)}"
        self.images[name] = block.png
        width = round(block.width * self.text_width_px)
        self.out.append(
            f'<p align="center" style="{self.block_style()} margin-top: 6px;">'
            f'<img src="{name}" width="{width}"></p>'
        )
        if block.caption:
            self.out.append(
                f'<p align="center" style="font-size: 8.5pt; color: #555555; margin-bottom: 8px;">'
                f"{escape(block.caption)}</p>"
            )


def render_qt_html(
    document: Document,
    text_width_px: float = A4_TEXT_WIDTH_PX,
    progress: Progress | None = None,
) -> QtHtml:
    """The document in the HTML subset QTextDocument reads; ``text_width_px`` (CSS pixels)
    sizes the images, which are returned separately by name."""
    writer = _QtWriter(text_width_px, progress, _work_units(document))
    writer.out.append(
        f"<html><head><title>{escape(document.info.title)}</title></head>"
        f"<body style=\"font-family: '{SANS}'; font-size: {BODY_POINT_SIZE}pt;\">"
    )
    handlers: dict[type, Callable[..., None]] = {
        Heading: writer.heading,
        Paragraph: writer.paragraph,
        Monospace: writer.monospace,
        KeyValueList: writer.key_values,
        Table: writer.table,
        Image: writer.image,
    }
    for block in document.blocks:
        if isinstance(block, PageBreak):
            writer.page_break = True
            continue
        handlers[type(block)](block)
        writer.tick()  # tables also tick every ROWS_PER_REPORT rows, as _units counts
    writer.out.append("</body></html>")
    return QtHtml("".join(writer.out), writer.images)
