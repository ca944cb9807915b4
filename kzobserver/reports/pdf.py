"""A :class:`~kzobserver.reports.document.Document` as an A4 PDF, through QTextDocument and
QPdfWriter.

The document is laid out once (``html.render_qt_html``) with the writer as its paint device, so
that points, pixels and images are measured in the PDF's own units, then painted page by page:
each page gets the report's title as a header and "page N of M" as a footer, which
``QTextDocument.print`` cannot do. Fonts are the DejaVu faces matplotlib ships, embedded in the
file so that Kazakh letters survive on any machine. The PDF claims PDF/A-1b where Qt offers it
(Qt 6.x does: ``QPagedPaintDevice.PdfVersion_A1b``); images are flattened onto white because
PDF/A-1 allows no transparency.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import cast

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextOption,
    QTextTable,
)

from kzobserver import __version__
from kzobserver.i18n import translate
from kzobserver.reports.document import (
    Block,
    Document,
    PageBreak,
    Progress,
    atomic_write,
    report_progress,
)
from kzobserver.reports.fonts import MONO, SANS, register_report_fonts
from kzobserver.reports.html import A4_TEXT_WIDTH_PX, BODY_POINT_SIZE, render_qt_html
from kzobserver.reports.language import report_language

RESOLUTION_DPI = 300  # layout units: fine enough for vector text, and coarse enough that a
# section of a thousand pages stays inside QTextDocument's fixed-point coordinates.
MARGINS_MM = {"left": 20.0, "right": 20.0, "top": 22.0, "bottom": 20.0}
HEADER_BASELINE_MM = 13.0  # from the top edge
FOOTER_BASELINE_MM = 12.0  # from the bottom edge
PDF_A_SUPPORTED = hasattr(QPagedPaintDevice.PdfVersion, "PdfVersion_A1b")

_app: QGuiApplication | None = None  # kept alive for the life of the process


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one for the CLI: QTextDocument, fonts and QPdfWriter
    need it. Without a display (a server, CI) the new one uses Qt's offscreen platform."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("a QCoreApplication is running; PDF reports need a QGuiApplication")
        return existing
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("create the QGuiApplication in the main thread before rendering a PDF")
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication([sys.argv[0] if sys.argv else "kzobserver"])
    return _app


def _mm_to_px(mm: float) -> float:
    return mm / 25.4 * RESOLUTION_DPI


def _font(family: str, points: float) -> QFont:
    font = QFont(family)
    font.setPointSizeF(points)
    # No ligatures: a PDF maps a ligature glyph back to one character (U+FB01 for "fi"), so a
    # search for "file" or "official" in the report, or a copy of it, would not find them.
    if hasattr(font, "setFeature"):  # Qt 6.7+
        for feature in ("liga", "clig"):
            font.setFeature(QFont.Tag(feature), 0)
    return font


def _flattened(png: bytes) -> QImage:
    image = QImage.fromData(png)
    if not image.hasAlphaChannel():
        return image
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.setDevicePixelRatio(image.devicePixelRatio())
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def _new_writer(device: QIODevice, document: Document) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION_DPI)
    # Margins are drawn by hand (header and footer live in them), so the writer has none.
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    if PDF_A_SUPPORTED:
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    info = document.info
    writer.setTitle(info.title)
    writer.setCreator(f"kzobserver {__version__}")
    if hasattr(writer, "setAuthor"):  # Qt 6.8+
        writer.setAuthor(info.author)
    return writer


def _sections(document: Document) -> list[Document]:
    """The document cut at its page breaks. Each part is laid out as a QTextDocument of its own:
    layout and painting cost grow faster than linearly with a QTextDocument's length, and a
    report of 500 station pages would take minutes as one."""
    sections: list[Document] = []
    blocks: list[Block] = []
    for block in [*document.blocks, PageBreak()]:
        if isinstance(block, PageBreak):
            if blocks:
                sections.append(Document(document.info, blocks))
            blocks = []
        else:
            blocks.append(block)
    return sections


def _text_size(writer: QPdfWriter) -> QSizeF:
    return QSizeF(
        writer.width() - _mm_to_px(MARGINS_MM["left"] + MARGINS_MM["right"]),
        writer.height() - _mm_to_px(MARGINS_MM["top"] + MARGINS_MM["bottom"]),
    )


def _fill(
    text: QTextDocument, document: Document, text_width_px: float, page_size: QSizeF | None
) -> QTextDocument:
    """``text`` filled with ``document`` in the PDF's fonts and HTML dialect, images added.
    Everything that shapes the layout is set before the content, so it is laid out once."""
    qt_html = render_qt_html(document, text_width_px)
    text.setDocumentMargin(0)
    if page_size is not None:
        text.setPageSize(page_size)
    text.setUseDesignMetrics(True)  # glyph advances for print, not hinted for the screen
    text.setDefaultFont(_font(SANS, BODY_POINT_SIZE))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long hashes, URLs
    text.setDefaultTextOption(option)
    for name, png in qt_html.images.items():
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), _flattened(png))
    text.setHtml(qt_html.html)
    return text


def _layout(section: Document, writer: QPdfWriter) -> QTextDocument:
    """One section laid out on A4 pages, in the writer's units. ``<thead>`` makes header rows
    repeat on every page a table spans. No table is wider than the text because cells wrap
    anywhere rather than push it off the page; a row taller than what is left of a page
    continues on the next, as in word processors (Qt has no keep-together for rows)."""
    size = _text_size(writer)
    text = QTextDocument()
    text.documentLayout().setPaintDevice(writer)
    _fill(text, section, size.width() / RESOLUTION_DPI * 96, size)
    _keep_together(text)
    return text


def _top_level(text: QTextDocument) -> list[QTextBlock | QTextTable]:
    """The paragraphs and tables directly in the document, in order."""
    items: list[QTextBlock | QTextTable] = []
    for part in cast(Iterable[QTextFrame.iterator], text.rootFrame()):
        frame = part.currentFrame()
        if isinstance(frame, QTextTable):
            items.append(frame)
        elif frame is None:
            items.append(part.currentBlock())
    return items


def _is_heading(item: QTextBlock | QTextTable) -> bool:
    return isinstance(item, QTextBlock) and item.blockFormat().headingLevel() > 0


def _keep_together(text: QTextDocument) -> None:
    """Keep headings (and table captions, which are headings here) with what they head, and a
    table that fits on a page on one page: when such a group crosses a page boundary, it
    starts the next page instead. Qt has neither keep-with-next nor keep-together; a table
    longer than a page still flows over pages, with its header row repeated."""
    layout = text.documentLayout()
    page = text.pageSize().height()

    def top(item: QTextBlock | QTextTable) -> float:
        if isinstance(item, QTextTable):
            return layout.frameBoundingRect(item).top()
        return layout.blockBoundingRect(item).top()

    def end_of_start(item: QTextBlock | QTextTable) -> float:
        """Where the part of ``item`` that must stay with its heading ends: a table that fits
        on a page whole, else its header and first row; a paragraph's first line."""
        if isinstance(item, QTextTable):
            whole = layout.frameBoundingRect(item)
            if whole.height() < page * 0.9:
                return whole.bottom()
            row = min(item.format().headerRowCount(), item.rows() - 1)
            return max(
                layout.blockBoundingRect(item.cellAt(row, c).lastCursorPosition().block()).bottom()
                for c in range(item.columns())
            )
        rect = layout.blockBoundingRect(item)
        first_line = item.layout().lineAt(0) if item.layout().lineCount() else None
        return rect.top() + (first_line.rect().bottom() if first_line else rect.height())

    items = _top_level(text)
    index = 0
    while index < len(items):
        start = index
        while index < len(items) and _is_heading(items[index]):
            index += 1
        if index == len(items):
            return
        first, target = items[start], items[index]
        index += 1
        if start == index - 1 and not isinstance(target, QTextTable):
            continue  # a paragraph on its own may flow over pages
        begin = top(first)
        if begin % page > page * 0.02 and begin // page != (end_of_start(target) - 1) // page:
            _break_before(text, first)


def _break_before(text: QTextDocument, item: QTextBlock | QTextTable) -> None:
    if isinstance(item, QTextTable):
        table_format = item.format()
        table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        item.setFormat(table_format)
        position = item.firstPosition()
    else:
        block_format = item.blockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(item).setBlockFormat(block_format)
        position = item.position()
    # Qt does not lay out again what follows a changed format on its own: it would be painted
    # at its old place, or not at all.
    text.markContentsDirty(position, text.characterCount() - position)


def preview_document(document: Document) -> QTextDocument:
    """The document as the PDF sets it (fonts, tables, images), in one QTextDocument for a
    preview widget (``QTextBrowser.setDocument``); page breaks and page furniture are the
    PDF's alone. Needs the QGuiApplication; the caller owns the result."""
    register_report_fonts()
    return _fill(QTextDocument(), document, A4_TEXT_WIDTH_PX, None)


class _PageFurniture:
    """The header (title, time of the report, a rule) and the footer ("page N of M")."""

    def __init__(self, writer: QPdfWriter, document: Document, pages: int) -> None:
        self.writer = writer
        self.pages = pages
        with report_language(document.info.language):
            self.footer = translate("Reports", "page {page} of {pages}")
        self.font = _font(SANS, 8)
        self.metrics = QFontMetricsF(self.font, writer)
        self.text_width = _text_size(writer).width()
        self.title = self.metrics.elidedText(
            document.info.title, Qt.TextElideMode.ElideRight, self.text_width * 0.72
        )
        self.stamp = _stamp(document.info.created)

    def paint(self, painter: QPainter, page: int) -> None:
        left, width = _mm_to_px(MARGINS_MM["left"]), self.text_width
        header = QRectF(left, 0, width, _mm_to_px(HEADER_BASELINE_MM))
        painter.setFont(self.font)
        painter.setPen(QColor("#444444"))
        painter.drawText(
            header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, self.title
        )
        painter.drawText(
            header, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, self.stamp
        )
        rule_y = header.bottom() + _mm_to_px(1.5)
        painter.setPen(QPen(QColor("#999999"), _mm_to_px(0.2)))
        painter.drawLine(QPointF(left, rule_y), QPointF(left + width, rule_y))
        footer_y = self.writer.height() - _mm_to_px(FOOTER_BASELINE_MM) - self.metrics.ascent()
        painter.setPen(QColor("#444444"))
        painter.drawText(
            QRectF(left, footer_y, width, self.metrics.height()),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            self.footer.format(page=page, pages=self.pages),
        )


def _paint(
    texts: list[QTextDocument], writer: QPdfWriter, document: Document, progress: Progress | None
) -> int:
    pages = sum(text.pageCount() for text in texts)
    furniture = _PageFurniture(writer, document, pages)
    size = _text_size(writer)
    left, top = _mm_to_px(MARGINS_MM["left"]), _mm_to_px(MARGINS_MM["top"])
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF writer could not start")
    try:
        number = 0
        for text in texts:
            for page in range(text.pageCount()):
                if number:
                    writer.newPage()
                number += 1
                furniture.paint(painter, number)
                painter.save()
                painter.translate(left, top - page * size.height())
                text.drawContents(
                    painter, QRectF(0, page * size.height(), size.width(), size.height())
                )
                painter.restore()
                report_progress(progress, _LAID_OUT + _PAINTED * number // pages, _ALL)
    finally:
        painter.end()
    return pages


# Progress runs over a fixed scale, the first part for the layout, the rest for the pages,
# so that a progress bar moves forward only.
_LAID_OUT, _PAINTED = 400, 600
_ALL = _LAID_OUT + _PAINTED


def _stamp(created: datetime) -> str:
    """When the report was made, in this computer's time zone with its offset spelled out: a
    printed time without its zone is ambiguous evidence across Kazakhstan's time zones."""
    local = created.astimezone()
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M} UTC{offset[:3]}:{offset[3:]}"


def render_pdf_bytes(document: Document, progress: Progress | None = None) -> tuple[bytes, int]:
    """The PDF file's bytes and its page count. ``progress(done, 1000)`` is told of the
    sections laid out and then of the pages painted; it may raise to cancel."""
    if QGuiApplication.instance() is None:
        ensure_gui_app()
    register_report_fonts()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _new_writer(buffer, document)
    sections = _sections(document)
    texts = []
    for number, section in enumerate(sections, start=1):
        texts.append(_layout(section, writer))
        report_progress(progress, _LAID_OUT * number // len(sections), _ALL)
    pages = _paint(texts, writer, document, progress)
    del writer  # flushes the end of the file into the buffer
    buffer.close()
    return bytes(data.data()), pages


def write_pdf(document: Document, path: Path, progress: Progress | None = None) -> int:
    """Write the PDF to ``path`` atomically and return its page count; when ``progress``
    raises, or anything fails, nothing is written and an existing file is kept."""
    data, pages = render_pdf_bytes(document, progress)
    with atomic_write(path) as stream:
        stream.write(data)
    return pages


__all__ = [
    "MONO",
    "PDF_A_SUPPORTED",
    "SANS",
    "ensure_gui_app",
    "preview_document",
    "render_pdf_bytes",
    "write_pdf",
]
