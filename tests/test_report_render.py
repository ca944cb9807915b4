"""The report renderers: PDF (read back with pypdf), HTML, CSV and XLSX, progress and cancel,
atomic writes."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pypdf
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from kzobserver.reports.document import (
    Align,
    Column,
    Document,
    DocumentInfo,
    Emphasis,
    KeyValue,
    ReportError,
    Table,
    atomic_write,
)
from kzobserver.reports.html import column_widths, render_html, render_qt_html, write_html
from kzobserver.reports.language import catalogue
from kzobserver.reports.tables import (
    neutralised,
    render_csv,
    sheet_names,
    write_csv,
    write_xlsx,
)

KAZAKH_TITLE = "Қазақстан Республикасы"
KAZAKH_LETTERS = "әғқңөұүһі"
SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
HOSTILE = '<script>alert("x")</script> & Co'


class Stop(Exception):
    pass


def chart_png() -> bytes:
    figure = Figure(figsize=(4, 2), dpi=80)
    FigureCanvasAgg(figure)
    figure.add_subplot().bar(["Amanat", "Auyl"], [53.9, 10.9])
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def station_table(rows: int) -> Table:
    columns = [Column("Station", Align.RIGHT), Column("Region")]
    columns += [Column(f"Party {n}", Align.RIGHT, group="Votes") for n in range(1, 9)]
    columns += [Column("Turnout %", Align.RIGHT, decimals=1), Column("Δ votes", Align.RIGHT)]
    table = Table(columns, name="Discrepancies", caption="Stations by severity")
    for i in range(rows):
        region = "Түркістан облысы" if i % 2 else "Алматы қаласы, Бостандық ауданы (synthetic)"
        cells = [7000 + i, region, *[100 + i + p for p in range(8)], 61.0 + i / 10, -12 - i]
        table.add_row(cells, Emphasis.WARNING if i % 5 == 0 else Emphasis.NONE)
    return table


def sample_document(rows: int = 40) -> Document:
    doc = Document(DocumentInfo(title=f"{KAZAKH_TITLE}: report", author="Әлия", language="kk"))
    doc.heading(KAZAKH_TITLE)
    doc.paragraph(f"Letters: {KAZAKH_LETTERS} {KAZAKH_LETTERS.upper()}")
    doc.paragraph("The official figures of the affiliated file.")
    doc.key_values([("Observer", HOSTILE), KeyValue("SHA-256", SHA, monospace=True)])
    doc.image(chart_png(), "Figure 1", 0.6)
    doc.table(station_table(rows))
    doc.page_break()
    doc.heading("Evidence", 2)
    doc.monospace(f"{SHA}  photo.jpg")
    return doc


@pytest.fixture(scope="module")
def pdf_path(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kzobserver.reports.pdf import write_pdf

    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    write_pdf(sample_document(rows=150), path)
    return path


@pytest.fixture(scope="module")
def page_texts(pdf_path: Path) -> list[str]:
    # pypdf separates the words Qt positions one by one with tabs or line breaks; compare on
    # single spaces.
    return [
        re.sub(r"\s+", " ", page.extract_text() or "") for page in pypdf.PdfReader(pdf_path).pages
    ]


def test_pdf_has_kazakh_text_station_numbers_and_hashes(page_texts: list[str]):
    text = "\n".join(page_texts)
    assert KAZAKH_TITLE in text
    assert KAZAKH_LETTERS in text and KAZAKH_LETTERS.upper() in text
    for station in (7000, 7077, 7149):
        assert re.search(rf"\b{station}\b", text), station
    assert "-161" in text  # the last row's difference, a negative number
    assert HOSTILE.replace('"', "") in text.replace('"', "")  # shown as text, not markup
    assert text.count(SHA) >= 2
    # Searchable as typed: no ligature glyphs that read back as U+FB01 and U+FB03.
    assert "The official figures of the affiliated file." in text


def test_pdf_sets_hashes_in_the_embedded_dejavu_fonts(pdf_path: Path):
    reader = pypdf.PdfReader(pdf_path)
    embedded = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            if "/FontFile2" in descendant["/FontDescriptor"].get_object():
                embedded.add(str(font["/BaseFont"]).lstrip("/").split("+")[-1])
    assert {"DejaVuSans", "DejaVuSansMono"} <= embedded

    hash_fonts = []

    def visit(text, _cm, _tm, font, _size):
        if SHA in text and font is not None:
            hash_fonts.append(str(font["/BaseFont"]))

    for page in (reader.pages[0], reader.pages[-1]):  # the key-value list and the evidence page
        page.extract_text(visitor_text=visit)
    assert len(hash_fonts) >= 2 and all("DejaVuSansMono" in name for name in hash_fonts)


def test_pdf_pages_have_the_title_and_page_n_of_m(page_texts: list[str]):
    texts = page_texts
    pages = len(texts)
    footer = catalogue("kk")("Reports", "page {page} of {pages}")
    assert footer != "page {page} of {pages}"
    assert pages >= 3
    for number, text in enumerate(texts, start=1):
        # The document is in Kazakh: so is its footer ("1-бет, барлығы 5").
        assert footer.format(page=number, pages=pages) in text
        assert f"{KAZAKH_TITLE}: report" in text
    # The long table continues over pages, its header row repeated on each.
    table_pages = [t for t in texts if re.search(r"\b70[0-9]{2}\b", t)]
    assert len(table_pages) >= 2
    assert all("Turnout" in t and "Votes" in t for t in table_pages)
    # The page break puts the evidence on a page of its own, after the table's last row.
    assert "Evidence" in texts[-1] and "7149" not in texts[-1] and "7149" in texts[-2]


def test_pdf_metadata_and_pdfa(pdf_path: Path):
    from kzobserver.reports.pdf import PDF_A_SUPPORTED

    reader = pypdf.PdfReader(pdf_path)
    assert reader.metadata.title == f"{KAZAKH_TITLE}: report"
    assert reader.metadata.creator.startswith("kzobserver")
    assert reader.metadata.author == "Әлия"
    if PDF_A_SUPPORTED:
        xmp = reader.xmp_metadata.rdf_root.toxml()
        assert 'pdfaid:part="1"' in xmp and 'pdfaid:conformance="B"' in xmp


def test_wide_table_stays_within_the_page(qapp):
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QTextTable

    from kzobserver.reports import pdf

    doc = Document(DocumentInfo(title="wide"))
    table = Table([Column(f"Column title {n}", Align.RIGHT) for n in range(11)] + [Column("Note")])
    for i in range(30):
        table.add_row([123456 + i] * 11 + ["A very long note without much punctuation " * 3])
    doc.table(table)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf._new_writer(buffer, doc)
    text = pdf._layout(doc, writer)
    tables = [f for f in text.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1 and tables[0].format().headerRowCount() == 1
    bounds = text.documentLayout().frameBoundingRect(tables[0])
    assert bounds.width() <= text.pageSize().width() + 1


def test_numbers_keep_their_room_when_a_table_is_too_wide():
    table = Table([Column("Station"), Column("Address"), Column("Votes", Align.RIGHT)])
    table.add_row([1234, "Long address " * 20, 1234567])
    widths = column_widths(table, available_em=30)
    assert sum(widths) == pytest.approx(100)
    votes_em = widths[2] / 100 * 30
    assert votes_em >= 7 * 0.64  # seven digits never wrap
    assert widths[1] > widths[0]


def test_html_is_self_contained_escaped_and_has_the_language():
    doc = sample_document(rows=3)
    doc.table(Table([Column(HOSTILE)], [[HOSTILE]], caption=HOSTILE))
    page = render_html(doc)
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="kk">' in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "data:image/png;base64," in page
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", page)
    assert KAZAKH_TITLE in page and SHA in page

    qt = render_qt_html(doc)
    assert "<script>" not in qt.html and "&lt;script&gt;" in qt.html
    assert len(qt.images) == 1 and next(iter(qt.images.values())).startswith(b"\x89PNG")
    assert "<thead>" in qt.html and 'cellpadding="' in qt.html
    assert "flex" not in qt.html


def test_csv_has_bom_crlf_and_neutralises_formulas():
    table = Table([Column("Name"), Column("Votes", Align.RIGHT), Column("Note")])
    table.add_row(['=HYPERLINK("http://evil.example","x")', -12, "+1"])
    table.add_row(["-cmd|' /C calc'!A0", 5, "@SUM(A1:A2)"])
    table.add_row(["-12", 0.5, "\tTab"])
    table.add_row(['Әлия, "quoted"\nline', None, "plain - text"])
    data = render_csv(table)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.count("\r\n") == 5  # header + 4 rows; the newline inside a cell is quoted
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["Name", "Votes", "Note"]
    assert rows[1] == ['\'=HYPERLINK("http://evil.example","x")', "-12", "'+1"]
    assert rows[2] == ["'-cmd|' /C calc'!A0", "5", "'@SUM(A1:A2)"]
    assert rows[3] == ["-12", "0.5", "'\tTab"]
    assert rows[4] == ['Әлия, "quoted"\nline', "", "plain - text"]


def test_neutralised_keeps_numbers():
    assert neutralised(-12) == -12
    assert neutralised(-1.5) == -1.5
    assert neutralised("-12") == "-12"
    assert neutralised("-3,5") == "-3,5"
    assert neutralised("-") == "'-"
    assert neutralised("=1+1") == "'=1+1"
    assert neutralised("\rx") == "'\rx"
    assert neutralised("a=b") == "a=b"


def test_xlsx_reads_back_with_numbers_bold_frozen_header_and_escaping(tmp_path: Path):
    first = station_table(20)
    evil = Table(
        [Column("Witness"), Column("Votes", Align.RIGHT, decimals=2)],
        name="Discrepancies",  # the same name again: the sheet gets a suffix
    )
    evil.add_row(["=cmd|'/C calc'!A0", -12.0])
    evil.add_row(["@SUM(1)", 3.14159])
    evil.add_row(["bell\x07inside", None])
    path = tmp_path / "tables.xlsx"
    write_xlsx([first, evil], path, DocumentInfo(title="T", author="A", language="ru"))

    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Discrepancies", "Discrepancies (2)"]
    sheet = book["Discrepancies"]
    assert [c.value for c in sheet[1]][:3] == ["Station", "Region", "Votes: Party 1"]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.cell(2, 1).value == 7000 and isinstance(sheet.cell(2, 1).value, int)
    assert sheet.cell(2, 12).value == -12
    assert sheet.max_row == 21
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width
    second = book["Discrepancies (2)"]
    assert second.cell(2, 1).value == "'=cmd|'/C calc'!A0"
    assert second.cell(2, 1).data_type == "s"
    assert second.cell(2, 2).value == -12 and second.cell(3, 2).number_format == "0.00"
    assert second.cell(3, 1).value == "'@SUM(1)"
    assert second.cell(4, 1).value == "bellinside"
    assert book.properties.title == "T" and book.properties.language == "ru"


def test_sheet_names_are_valid_and_unique():
    tables = [Table([Column("a")], name=n) for n in ("a/b:c", "x" * 40, "x" * 40, "", "A/B:C")]
    names = sheet_names(tables)
    assert names[0] == "a_b_c"
    assert names[1] == "x" * 31 and names[2] == "x" * 27 + " (2)"
    assert names[3] == "Table 4"
    assert names[4] == "A_B_C (2)"
    assert all(len(n) <= 31 for n in names)


def test_progress_counts_up_to_the_total(qapp, tmp_path: Path):
    from kzobserver.reports.pdf import write_pdf

    doc = sample_document(rows=250)
    for write in (
        lambda p: write_pdf(doc, tmp_path / "r.pdf", p),
        lambda p: write_html(doc, tmp_path / "r.html", p),
        lambda p: write_csv(doc.tables()[0], tmp_path / "r.csv", p),
        lambda p: write_xlsx(doc.tables(), tmp_path / "r.xlsx", None, p),
    ):
        calls: list[tuple[int, int]] = []
        write(lambda done, total, calls=calls: calls.append((done, total)))
        assert len(calls) >= 2
        assert all(0 <= done <= total for done, total in calls)
        assert calls[-1][0] == calls[-1][1]


@pytest.mark.parametrize("kind", ["pdf", "html", "csv", "xlsx"])
def test_cancel_leaves_nothing_and_keeps_an_existing_file(qapp, tmp_path: Path, kind: str):
    from kzobserver.reports.pdf import write_pdf

    doc = sample_document(rows=600)
    path = tmp_path / f"report.{kind}"
    path.write_bytes(b"the previous report")
    writers = {
        "pdf": lambda p: write_pdf(doc, path, p),
        "html": lambda p: write_html(doc, path, p),
        "csv": lambda p: write_csv(doc.tables()[0], path, p),
        "xlsx": lambda p: write_xlsx(doc.tables(), path, None, p),
    }
    calls = []

    def cancel_on_second_call(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 2:
            raise Stop

    with pytest.raises(Stop):
        writers[kind](cancel_on_second_call)
    assert path.read_bytes() == b"the previous report"
    assert sorted(os.listdir(tmp_path)) == [path.name]


def test_atomic_write_failure_keeps_the_old_file(tmp_path: Path):
    path = tmp_path / "out.csv"
    path.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(path) as stream:
        stream.write(b"half of the new")
        raise RuntimeError("disk full")
    assert path.read_text() == "old"
    assert os.listdir(tmp_path) == ["out.csv"]

    with atomic_write(path) as stream:
        stream.write(b"new")
    assert path.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["out.csv"]
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_atomic_write_refuses_a_folder_and_a_missing_folder(tmp_path: Path):
    with pytest.raises(ReportError, match="folder"), atomic_write(tmp_path):
        pass
    with pytest.raises(ReportError, match="Cannot write"), atomic_write(tmp_path / "no" / "x"):
        pass


def test_ensure_gui_app_goes_offscreen_without_a_display(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    script = (
        "import os\n"
        "from pathlib import Path\n"
        "from kzobserver.reports.pdf import ensure_gui_app, write_pdf\n"
        "from kzobserver.reports.document import Document, DocumentInfo\n"
        "app = ensure_gui_app()\n"
        "assert ensure_gui_app() is app\n"
        "print(os.environ['QT_QPA_PLATFORM'], app.platformName())\n"
        "doc = Document(DocumentInfo(title='CLI'))\n"
        "doc.paragraph('Қазақстан')\n"
        f"print(write_pdf(doc, Path({str(tmp_path / 'cli.pdf')!r})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["offscreen", "offscreen", "1"]
    assert (tmp_path / "cli.pdf").read_bytes().startswith(b"%PDF-")


def test_preview_document_holds_the_text_tables_and_image(qapp):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument, QTextTable

    from kzobserver.reports.html import IMAGE_SCHEME
    from kzobserver.reports.pdf import preview_document

    text = preview_document(sample_document(rows=5))
    plain = text.toPlainText()
    assert KAZAKH_TITLE in plain and SHA in plain and HOSTILE in plain and "7004" in plain
    tables = [f for f in text.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert [t.format().headerRowCount() for t in tables] == [0, 2]  # key-values, stations
    image = text.resource(QTextDocument.ResourceType.ImageResource, QUrl(f"{IMAGE_SCHEME}:0"))
    assert not image.isNull()


def _layout_pages(doc: Document):
    """The section's QTextDocument as the PDF lays it out, and a page-of function."""
    from PySide6.QtCore import QBuffer, QIODevice

    from kzobserver.reports import pdf

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    text = pdf._layout(doc, pdf._new_writer(buffer, doc))
    layout, height = text.documentLayout(), text.pageSize().height()

    def page_of(block) -> int:
        return int(layout.blockBoundingRect(block).top() // height)

    return text, page_of


@pytest.mark.parametrize("filler", range(28, 52, 3))
def test_a_heading_stays_with_its_short_table(qapp, filler: int):
    from PySide6.QtGui import QTextTable

    doc = Document(DocumentInfo(title="keep together"))
    for line in range(filler):
        doc.paragraph(f"Filler line {line}")
    doc.heading("Evidence list", 2)
    evidence = Table([Column("File"), Column("SHA-256", monospace=True)], caption="Files")
    for i in range(6):
        evidence.add_row([f"photo_{i}.jpg\nsecond line", SHA])
    doc.table(evidence)
    doc.paragraph("After the table")

    text, page_of = _layout_pages(doc)
    heading = text.find("Evidence list").block()
    caption = text.find("Files").block()
    table = next(f for f in text.rootFrame().childFrames() if isinstance(f, QTextTable))
    last_row = table.cellAt(table.rows() - 1, 0).lastCursorPosition().block()
    assert page_of(heading) == page_of(caption) == page_of(last_row)
    assert page_of(text.find(f"Filler line {filler - 1}").block()) <= page_of(heading)
