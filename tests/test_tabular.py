"""The general table reader: encodings, separators, XLSX, ZIP, row numbers and broken files."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kzobserver.i18n import install_translator
from kzobserver.storage.errors import InputFileError
from kzobserver.storage.tabular import (
    column_letter,
    detect_delimiter,
    open_table,
    read_table,
)

HEADER_RU = ["№ участка", "Область", "Адрес", "Избирателей"]
ROWS_RU = [
    ["1", "город Астана", "ул. Абая, 10", "1200"],
    ["2", "Карагандинская область", "пр. Бухар-Жырау 5", "950"],
]


def write_text(path: Path, rows: list[list[str]], *, encoding: str, sep: str = ";") -> Path:
    lines = [sep.join(f'"{c}"' if sep in c or "," in c else c for c in row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]], *, title: str = "Stations") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def problems_text(exc: pytest.ExceptionInfo[InputFileError]) -> str:
    return str(exc.value)


# --- encodings and separators ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("cp1251", "cp1251"),
        ("utf-16", "utf-16"),  # Excel's "Unicode text": UTF-16 with a BOM
    ],
)
def test_reads_russian_text_in_each_encoding(tmp_path: Path, encoding: str, reported: str) -> None:
    path = write_text(tmp_path / "stations.csv", [HEADER_RU, *ROWS_RU], encoding=encoding)
    table = read_table(path)
    assert table.encoding == reported
    assert table.header == HEADER_RU  # no BOM left in the first column name
    assert table.rows == ROWS_RU
    assert table.delimiter == ";"
    assert table.sheet is None
    assert table.first_data_row == 2


def test_kazakh_letters_survive_utf8_and_utf16(tmp_path: Path) -> None:
    rows = [["Учаске нөмірі", "Облыс"], ["7", "Астана қаласы"], ["8", "Түркістан облысы"]]
    for encoding in ("utf-8", "utf-16"):
        table = read_table(write_text(tmp_path / f"kk-{encoding}.txt", rows, encoding=encoding))
        assert table.header == rows[0]
        assert table.rows == rows[1:]


def test_cp1251_letter_on_the_last_line_is_not_mistaken_for_utf8(tmp_path: Path) -> None:
    # The first megabyte is plain ASCII; detection must still look at the whole file.
    rows = [["number", "address"]] + [[str(i), "street"] for i in range(1, 60_000)]
    rows.append(["60000", "Абая"])
    table = read_table(write_text(tmp_path / "late.csv", rows, encoding="cp1251", sep=","))
    assert table.encoding == "cp1251"
    assert table.rows[-1] == ["60000", "Абая"]


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_detects_each_separator(tmp_path: Path, sep: str) -> None:
    rows = [["number", "address", "voters"], ["1", "Abai St, 10", "100"], ["2", "Lenin 5", "7"]]
    table = read_table(write_text(tmp_path / "s.csv", rows, encoding="utf-8", sep=sep))
    assert table.delimiter == sep
    assert table.rows == rows[1:]


def test_semicolon_file_with_unquoted_commas_in_addresses(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("number;address;voters\n1;ул. Абая, 10, кв. 2;100\n2;пр. Республики, 5;7\n")
    table = read_table(path)
    assert table.delimiter == ";"
    assert table.rows[0] == ["1", "ул. Абая, 10, кв. 2", "100"]


def test_one_line_sample_falls_back_to_counting() -> None:
    assert detect_delimiter("a;b;c") == ";"
    assert detect_delimiter("a\tb") == "\t"
    assert detect_delimiter("number") == ","


def test_cells_are_stripped_and_quoted_newlines_kept(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text(' number , address \n 1 ,"two\nlines"\n2,x\n', encoding="utf-8")
    table = read_table(path)
    assert table.header == ["number", "address"]
    assert table.rows == [["1", "two\nlines"], ["2", "x"]]
    assert table.row_numbers == [2, 3]  # spreadsheet rows: a quoted newline stays in its row


# --- row numbers, blank lines, ragged rows ---------------------------------------------------


def test_blank_lines_are_skipped_but_rows_keep_their_numbers(tmp_path: Path) -> None:
    path = tmp_path / "gaps.csv"
    path.write_text("\nnumber,voters\n\n1,10\n,,\n,\n\n2,20\n\n", encoding="utf-8")
    table = read_table(path)
    assert table.header_row == 2
    assert table.rows == [["1", "10"], ["2", "20"]]
    assert table.row_numbers == [4, 8]
    assert table.first_data_row == 4
    assert [table.row_number(i) for i in range(2)] == [4, 8]


def test_short_rows_are_padded_and_trailing_empty_cells_dropped(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("a,b,c,,\n1\n2,3,4,,,\n", encoding="utf-8")
    table = read_table(path)
    assert table.header == ["a", "b", "c"]
    assert table.rows == [["1", "", ""], ["2", "3", "4"]]


def test_rows_with_more_cells_than_the_header_are_all_reported(tmp_path: Path) -> None:
    path = tmp_path / "extra.csv"
    path.write_text("a,b\n1,2\n3,4,5\n6,7\n8,9,10,11\n", encoding="utf-8")
    with pytest.raises(InputFileError) as exc:
        read_table(path)
    assert [(p.file, p.row) for p in exc.value.problems] == [("extra.csv", 3), ("extra.csv", 5)]
    assert "3 cells" in exc.value.problems[0].message
    assert "“5”" in exc.value.problems[0].message


def test_preview_reads_only_the_first_rows(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("n\n" + "".join(f"{i}\n" for i in range(1000)), encoding="utf-8")
    table = read_table(path, max_rows=5)
    assert table.rows == [["0"], ["1"], ["2"], ["3"], ["4"]]


def test_open_table_streams_rows_with_numbers(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("n,v\n1,a\n\n2,b\n", encoding="utf-8")
    with open_table(path) as reader:
        assert reader.header == ["n", "v"]
        assert list(reader.rows()) == [(2, ["1", "a"]), (4, ["2", "b"])]


# --- header problems -------------------------------------------------------------------------


def test_header_without_a_name_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text("number,,voters\n1,x,2\n", encoding="utf-8")
    with pytest.raises(InputFileError) as exc:
        read_table(path)
    assert "h.csv, row 1" in problems_text(exc)
    assert "Column B has no name" in problems_text(exc)


def test_duplicate_header_names_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text("Number,Voters,number\n1,2,3\n", encoding="utf-8")
    with pytest.raises(InputFileError) as exc:
        read_table(path)
    assert "“number” is used twice (columns A and C)" in problems_text(exc)


def test_a_file_without_a_header_row_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "noheader.csv"
    path.write_text("1,1200,51.1\n2,900,51.2\n", encoding="utf-8")
    with pytest.raises(InputFileError) as exc:
        read_table(path)
    assert "noheader.csv, row 1" in problems_text(exc)
    assert "header row" in problems_text(exc)


@pytest.mark.parametrize("content", [b"", b"\r\n\r\n  \n", codecs.BOM_UTF8])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(InputFileError) as exc:
        read_table(path)
    assert "empty.csv: The file is empty." in problems_text(exc)


def test_header_only_gives_an_empty_table(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text("number,voters\n", encoding="utf-8")
    table = read_table(path)
    assert table.header == ["number", "voters"]
    assert table.rows == []


# --- unreadable files ------------------------------------------------------------------------


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"number,name\n1,\x98\x98\n")  # 0x98 is neither UTF-8 nor CP1251
    with pytest.raises(InputFileError) as exc:
        read_table(path)
    assert "bad.csv" in problems_text(exc)
    assert "cannot be decoded" in problems_text(exc)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputFileError) as exc:
        read_table(path)
    assert "not a text table" in problems_text(exc)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputFileError) as exc:
        read_table(tmp_path / "nowhere.csv")
    assert "nowhere.csv: The file cannot be read" in problems_text(exc)


def test_old_xls_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(InputFileError) as exc:
        read_table(path)
    assert ".xls" in problems_text(exc)


def test_renamed_text_file_is_not_taken_for_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "stations.xlsx"
    path.write_text("number,voters\n1,2\n", encoding="utf-8")
    with pytest.raises(InputFileError) as exc:
        read_table(path)
    assert "stations.xlsx: The file is named like an Excel workbook" in problems_text(exc)


def test_zip_that_is_not_a_workbook_named_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "stations.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(InputFileError) as exc:
        read_table(path)
    assert "not one" in problems_text(exc)


# --- XLSX ------------------------------------------------------------------------------------


def test_xlsx_first_sheet_with_typed_cells(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "s.xlsx",
        [
            [" Number ", "Region", "Voters", "Lat"],
            [1, "  astana ", 1200, 51.16],
            [None, None, None, None],
            ["12-A", "almaty", 950.0, None],
            [None],
            [None],
        ],
    )
    table = read_table(path)
    assert table.sheet == "Stations"
    assert table.encoding is None and table.delimiter is None
    assert table.header == ["Number", "Region", "Voters", "Lat"]
    assert table.rows == [[1, "astana", 1200, 51.16], ["12-A", "almaty", 950.0, None]]
    assert table.row_numbers == [2, 4]


def test_truncated_xlsx(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "cut.xlsx", [["number"], *[[i] for i in range(500)]])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputFileError) as exc:
        read_table(path)
    assert "cut.xlsx" in problems_text(exc)
    assert "damaged or incomplete" in problems_text(exc)


# --- ZIP -------------------------------------------------------------------------------------


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_csv_inside_a_zip(tmp_path: Path) -> None:
    data = "region,tik,uik\nАлтайский край,Алейская,УИК №554\n".encode("cp1251")
    path = make_zip(tmp_path / "2024.csv.zip", {"2024.csv": data, "__MACOSX/._2024.csv": b"x"})
    table = read_table(path)
    assert table.encoding == "cp1251"
    assert table.rows == [["Алтайский край", "Алейская", "УИК №554"]]


def test_truncated_zip(tmp_path: Path) -> None:
    rows = "".join(f"{i},Street {i}\n" for i in range(5000))
    path = make_zip(tmp_path / "cut.csv.zip", {"s.csv": ("number,address\n" + rows).encode()})
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])  # the central directory is gone
    with pytest.raises(InputFileError) as exc:
        read_table(path)
    assert "cut.csv.zip: The file is a damaged or incomplete ZIP archive" in problems_text(exc)


def test_zip_with_a_corrupted_member(tmp_path: Path) -> None:
    rows = "".join(f"{i},Street {i}\n" for i in range(20000))
    path = make_zip(tmp_path / "bad.zip", {"s.csv": ("number,address\n" + rows).encode()})
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)  # the directory is intact, the data is not
    path.write_bytes(bytes(data))
    with pytest.raises(InputFileError) as exc:
        read_table(path)
    assert "bad.zip" in problems_text(exc)


@pytest.mark.parametrize("members", [{}, {"a.csv": b"n\n1\n", "b.csv": b"n\n2\n"}])
def test_zip_must_hold_exactly_one_csv(tmp_path: Path, members: dict[str, bytes]) -> None:
    path = make_zip(tmp_path / "x.zip", {"readme.md": b"hi", **members})
    with pytest.raises(InputFileError) as exc:
        read_table(path)
    assert f"exactly one CSV file; it holds {len(members)}" in problems_text(exc)


def test_reads_the_shared_russian_results(shared_data: Path) -> None:
    path = shared_data / "ru" / "2024.csv.zip"
    if not path.exists():
        pytest.skip(f"{path} not present")
    table = read_table(path, max_rows=3)
    assert table.header[:3] == ["region", "tik", "uik"]
    assert table.encoding == "utf-8" and table.delimiter == ","
    assert len(table.rows) == 3 and table.row_numbers == [2, 3, 4]


# --- odds and ends ---------------------------------------------------------------------------


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


def test_messages_go_through_the_translator(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    install_translator(lambda context, text: f"[{context}] {text}")
    try:
        with pytest.raises(InputFileError) as exc:
            read_table(path)
    finally:
        install_translator(None)
    assert "[TabularFile] The file is empty." in problems_text(exc)
