"""Station registry import: column recognition, validation, all-or-nothing writes, the CLI."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from kzobserver.cli import cli
from kzobserver.domain.model import (
    Area,
    AreaLevel,
    Contest,
    ContestKind,
    Election,
    ElectionDefinition,
    LocalizedText,
)
from kzobserver.i18n import install_translator
from kzobserver.storage import Logbook, LogbookError, audit
from kzobserver.storage.errors import InputFileError
from kzobserver.storage.reference import current_election, install_election, list_areas
from kzobserver.storage.setup import create_logbook
from kzobserver.storage.station_import import (
    REQUIRED_FIELDS,
    STATION_FIELDS,
    field_label,
    import_stations,
    override_mapping,
    suggest_mapping,
)
from kzobserver.storage.stations import get_station, list_stations, station_counts, station_id
from kzobserver.storage.tabular import read_table

HEADER_RU = ["№ участка", "Область", "Район", "Адрес", "Число избирателей", "Широта", "Долгота"]
ROWS_RU = [
    ["1", "город Астана", "Есильский район", "ул. Абая, 10", "1200", "51,16", "71,43"],
    ["2", "Карагандинская область", "Октябрьский район", "пр. Бухар-Жырау 5", "950", "", ""],
    ["3", "Карагандинская область", "Октябрьский район", "ул. Ленина 1", "1 020", "", ""],
    ["0004", "За рубежом", "", "Посольство в Москве", "310", "", ""],
]


def write_csv(
    path: Path, rows: list[list[str]], *, encoding: str = "utf-8", sep: str = ";"
) -> Path:
    lines = [sep.join(f'"{c}"' if sep in c or "," in c else c for c in row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def import_file(logbook: Logbook, path: Path, mapping: dict[str, int] | None = None) -> Any:
    return import_stations(logbook, read_table(path), mapping)


def election_id(logbook: Logbook) -> str:
    election = current_election(logbook)
    assert election is not None
    return election.id


def count(logbook: Logbook) -> int:
    return station_counts(logbook, election_id(logbook))[0]


def stations_by_number(logbook: Logbook) -> dict[str, Any]:
    return {
        s.number: get_station(logbook, s.id) for s in list_stations(logbook, election_id(logbook))
    }


@pytest.fixture
def seeded(kz_logbook: Logbook, tmp_path: Path) -> Logbook:
    """The 2023 election with stations 1-3 already imported."""
    import_file(kz_logbook, write_csv(tmp_path / "seed.csv", [HEADER_RU, *ROWS_RU[:3]]))
    assert count(kz_logbook) == 3
    return kz_logbook


# --- good files ------------------------------------------------------------------------------


def test_cp1251_file_with_russian_columns_and_region_names(
    kz_logbook: Logbook, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "уики.csv", [HEADER_RU, *ROWS_RU], encoding="cp1251")
    summary = import_file(kz_logbook, path)
    assert (summary.added, summary.updated, summary.districts_created) == (4, 0, 2)
    stations = stations_by_number(kz_logbook)
    assert sorted(stations) == ["1", "2", "3", "4"]
    first = stations["1"]
    assert first.region.ru == "город Астана" and first.district.en == "Есильский район"
    assert first.address == "ул. Абая, 10"
    assert (first.registered_voters, first.latitude, first.longitude) == (1200, 51.16, 71.43)
    assert not first.synthetic and not first.abroad
    assert {code for code, _ in first.contests} == {
        "majilis_list",
        "majilis_smd",
        "maslikhat_region",
    }
    assert stations["3"].registered_voters == 1020  # "1 020", grouped as Russian Excel writes it
    assert stations["2"].district == stations["3"].district  # one district, created once
    assert stations["4"].abroad and stations["4"].region.en == "Abroad"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_kazakh_columns_in_unicode_encodings(
    kz_logbook: Logbook, tmp_path: Path, encoding: str
) -> None:
    rows = [
        ["Учаске нөмірі", "Облыс", "Аудан", "Мекенжай", "Сайлаушылар саны", "Ендік", "Бойлық"],
        ["101", "Астана қаласы", "Есіл ауданы", "Абай даңғылы 1", "800", "51.1", "71.4"],
        ["102", "Түркістан облысы", "", "Қазығұрт", "640", "", ""],
    ]
    table = read_table(write_csv(tmp_path / "kk.txt", rows, encoding=encoding, sep="\t"))
    assert suggest_mapping(table.header) == {f: i for i, f in enumerate(STATION_FIELDS)}
    summary = import_stations(kz_logbook, table)
    assert summary.added == 2
    stations = stations_by_number(kz_logbook)
    assert stations["101"].district.en == "Есіл ауданы"
    assert stations["102"].region.en == "Turkistan Region" and stations["102"].district is None


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_english_columns_with_each_separator(kz_logbook: Logbook, tmp_path: Path, sep: str) -> None:
    rows = [
        ["Station", "Region", "District", "Address", "Registered voters", "Lat", "Lon"],
        ["7", "astana", "Saryarka", "Kenesary St, 4", "1500", "51.2", "71.4"],
        ["8", "Almaty Region", "Ile", "Otegen Batyr", "", "", ""],
    ]
    import_file(kz_logbook, write_csv(tmp_path / "en.csv", rows, sep=sep))
    stations = stations_by_number(kz_logbook)
    assert stations["7"].address == "Kenesary St, 4"
    assert stations["8"].registered_voters is None


def test_xlsx_with_numeric_cells(kz_logbook: Logbook, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in [
        ["Номер УИК", "Регион", "Адрес", "Кол-во избирателей", "Latitude", "Longitude"],
        [15, "shymkent", "ул. Тауке хана 3", 1400, 42.3, 69.6],
        [16.0, "Шымкент қаласы", "ул. Байтурсынова", 880.0, None, None],
    ]:
        sheet.append(row)
    workbook.save(tmp_path / "s.xlsx")
    summary = import_file(kz_logbook, tmp_path / "s.xlsx")
    assert summary.added == 2
    stations = stations_by_number(kz_logbook)
    assert stations["15"].latitude == 42.3 and stations["16"].registered_voters == 880


def test_csv_in_a_zip(kz_logbook: Logbook, tmp_path: Path) -> None:
    data = b"number,region\n1,astana\n2,almaty\n"
    with zipfile.ZipFile(tmp_path / "s.csv.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("s.csv", data)
    assert import_file(kz_logbook, tmp_path / "s.csv.zip").added == 2


# --- column recognition ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "field"),
    [
        ("Number", "number"),
        ("POLLING STATION", "number"),
        ("PS", "number"),
        ("№", "number"),
        ("№ участка", "number"),
        ("№участка", "number"),
        ("Номер участка", "number"),
        ("УИК", "number"),
        ("Учаске №", "number"),
        ("Сайлау учаскесі", "number"),
        ("Учаске нөмірі", "number"),
        ("Oblast", "region"),
        ("Облыс", "region"),
        ("Өңір", "region"),
        ("ТИК", "district"),
        ("Territorial commission", "district"),
        ("Аудан", "district"),
        ("Мекен-жай", "address"),
        ("Адрес", "address"),
        ("registered_voters", "registered_voters"),
        ("Кол-во избирателей", "registered_voters"),
        ("Сайлаушылар", "registered_voters"),
        ("Число избирателей, включенных в список избирателей", "registered_voters"),
        ("LAT.", "latitude"),
        ("Широта", "latitude"),
        ("Ендік", "latitude"),
        ("lng", "longitude"),
        ("Бойлық", "longitude"),
    ],
)
def test_recognises_column_names(name: str, field: str) -> None:
    assert suggest_mapping(["Comment", name]) == {field: 1}


def test_each_column_is_used_once_and_the_leftmost_match_wins() -> None:
    header = ["Notes", "Station", "Polling station", "Область", "Регион", "Voters", "Voters 2"]
    assert suggest_mapping(header) == {"number": 1, "region": 3, "registered_voters": 5}


def test_unrecognised_columns_are_left_unmapped() -> None:
    assert suggest_mapping(["Code", "Where", "How many"]) == {}


def test_field_labels_are_translated() -> None:
    assert REQUIRED_FIELDS == ("number",)
    assert field_label("registered_voters") == "Registered voters"
    install_translator(lambda context, text: f"{context}:{text}")
    try:
        assert field_label("number") == "StationImport:Station number"
    finally:
        install_translator(None)


def test_explicit_mapping_and_overrides(kz_logbook: Logbook, tmp_path: Path) -> None:
    table = read_table(
        write_csv(tmp_path / "x.csv", [["Code", "Where", "PS"], ["5", "astana", ""]])
    )
    mapping = override_mapping(table, {"number": "code", "region": "Where"})
    assert mapping == {"number": 0, "region": 1}  # "PS" was suggested for number, now replaced
    import_stations(kz_logbook, table, mapping)
    assert stations_by_number(kz_logbook)["5"].region.en == "Astana"
    with pytest.raises(InputFileError, match="no column “Nope”"):
        override_mapping(table, {"number": "Nope"})
    with pytest.raises(InputFileError, match="Unknown field “voters”"):
        override_mapping(table, {"voters": "Code"})


# --- re-import -------------------------------------------------------------------------------


def test_reimport_updates_in_place(seeded: Logbook, tmp_path: Path) -> None:
    before = stations_by_number(seeded)
    rows = [HEADER_RU, *[list(r) for r in ROWS_RU[:3]]]
    rows[1][3] = "ул. Абая, 12 (новый адрес)"
    rows[1][0] = "УИК №0001"  # the same station written differently
    summary = import_file(seeded, write_csv(tmp_path / "again.csv", rows))
    assert (summary.added, summary.updated, summary.districts_created) == (0, 3, 0)
    after = stations_by_number(seeded)
    assert count(seeded) == 3
    assert after["1"].address == "ул. Абая, 12 (новый адрес)"
    assert after["1"].id == before["1"].id == station_id("kz-2023-majilis", "1")
    assert after["1"].created_at == before["1"].created_at
    # The audit log names the file and its SHA-256 with what the import did.
    (logged, *_) = [e for e in audit.entries(seeded) if e["action"] == "stations.import"]
    assert logged["after"]["file"] == "again.csv"
    assert (
        logged["after"]["sha256"]
        == hashlib.sha256((tmp_path / "again.csv").read_bytes()).hexdigest()
    )
    assert logged["after"]["counts"]["updated"] == 3


# --- bad files: every problem named, nothing written -----------------------------------------


def assert_rejected(
    logbook: Logbook, path: Path, *expected: str, mapping: dict[str, int] | None = None
) -> InputFileError:
    areas_before = len(list_areas(logbook, election_id(logbook)))
    stations_before = stations_by_number(logbook)
    with pytest.raises(InputFileError) as exc:
        import_file(logbook, path, mapping)
    message = str(exc.value)
    assert message.startswith("Nothing was imported.")
    for text in (path.name, *expected):
        assert text in message
    assert stations_by_number(logbook) == stations_before  # nothing half-written
    assert len(list_areas(logbook, election_id(logbook))) == areas_before
    return exc.value


def test_missing_number_column(seeded: Logbook, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "nonumber.csv", [["Область", "Адрес"], ["город Астана", "x"]])
    assert_rejected(
        seeded, path, "nonumber.csv, row 1", "station number", "“Область”, “Адрес”", "--map"
    )


def test_duplicate_number_names_both_rows(seeded: Logbook, tmp_path: Path) -> None:
    rows = [HEADER_RU, ROWS_RU[0], ROWS_RU[1], ["01", "город Астана", "", "x", "5", "", ""]]
    error = assert_rejected(
        seeded, write_csv(tmp_path / "dup.csv", rows), "row 4, column “№ участка”", "rows 2 and 4"
    )
    assert len(error.problems) == 1


def test_negative_voters(seeded: Logbook, tmp_path: Path) -> None:
    rows = [HEADER_RU, ROWS_RU[0], ["9", "город Астана", "", "x", "-5", "", ""]]
    assert_rejected(
        seeded,
        write_csv(tmp_path / "neg.csv", rows),
        "row 3, column “Число избирателей”",
        "cannot be negative",
    )


@pytest.mark.parametrize("value", ["12a", "1.5", "1,5", "много", "200000"])
def test_voters_not_a_plausible_whole_number(seeded: Logbook, tmp_path: Path, value: str) -> None:
    rows = [HEADER_RU, ["9", "город Астана", "", "x", value, "", ""]]
    assert_rejected(
        seeded, write_csv(tmp_path / "v.csv", rows), "row 2, column “Число избирателей”", value
    )


def test_text_in_the_number_column(seeded: Logbook, tmp_path: Path) -> None:
    rows = [
        HEADER_RU,
        ["№", "город Астана", "", "x", "5", "", ""],
        ["", "город Астана", "", "", "", "", ""],
    ]
    assert_rejected(
        seeded,
        write_csv(tmp_path / "num.csv", rows),
        "row 2, column “№ участка”: “№” is not a station number",
        "row 3, column “№ участка”: The station number is empty",
    )


@pytest.mark.parametrize(
    ("lat", "lon", "column"),
    [
        ("95", "71", "Широта"),
        ("51", "200", "Долгота"),
        ("north", "71", "Широта"),
        ("nan", "1", "Широта"),
    ],
)
def test_coordinates_out_of_range(
    seeded: Logbook, tmp_path: Path, lat: str, lon: str, column: str
) -> None:
    rows = [HEADER_RU, ["9", "город Астана", "", "x", "5", lat, lon]]
    assert_rejected(seeded, write_csv(tmp_path / "geo.csv", rows), f"row 2, column “{column}”")


def test_unknown_region_lists_the_known_codes(seeded: Logbook, tmp_path: Path) -> None:
    rows = [
        HEADER_RU,
        ["9", "Нарния", "Район 1", "x", "5", "", ""],
        ["10", "Нарния", "", "", "", "", ""],
    ]
    error = assert_rejected(
        seeded,
        write_csv(tmp_path / "reg.csv", rows),
        "row 2, column “Область”: Unknown region “Нарния”",
        "astana, almaty, shymkent, abroad",
        "row 3, column “Область”",
    )
    assert len(error.problems) == 2


def test_district_without_region(seeded: Logbook, tmp_path: Path) -> None:
    rows = [HEADER_RU, ["9", "", "Есильский район", "x", "5", "", ""]]
    assert_rejected(
        seeded, write_csv(tmp_path / "d.csv", rows), "row 2, column “Район”", "needs a region"
    )


def test_all_problems_are_collected_with_real_row_numbers(seeded: Logbook, tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    # Blank lines and a good new station before the bad rows: still nothing is written.
    path.write_text(
        "number;region;voters\n\n10;astana;5\n11;nowhere;-1\n\n12;astana;x\n", encoding="utf-8"
    )
    error = assert_rejected(seeded, path)
    assert [(p.row, p.column) for p in error.problems] == [
        (4, "region"),
        (4, "voters"),
        (6, "voters"),
    ]


def test_problems_are_capped(seeded: Logbook, tmp_path: Path) -> None:
    rows = [["number", "voters"]] + [[str(i), "-1"] for i in range(1, 1500)]
    error = assert_rejected(seeded, write_csv(tmp_path / "cap.csv", rows), "and 981 more problems")
    assert len(error.problems) == 1001
    assert "stopped after 1000" in error.problems[-1].message


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.csv", b"", "The file is empty"),
        ("header.csv", b"number;region\r\n", "no stations below the header"),
        ("renamed.xlsx", b"number,region\n1,astana\n", "named like an Excel workbook"),
    ],
)
def test_unusable_files(
    seeded: Logbook, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert_rejected(seeded, path, expected)


def test_truncated_zip(seeded: Logbook, tmp_path: Path) -> None:
    rows = "".join(f"{i};astana;Street {i}\r\n" for i in range(1, 3000))
    path = tmp_path / "cut.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("s.csv", "number;region;address\r\n" + rows)
    path.write_bytes(path.read_bytes()[:-300])
    assert_rejected(seeded, path, "damaged or incomplete")


def test_logbook_without_an_election(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [["number"], ["1"]])
    with Logbook.open(tmp_path / "bare.sqlite", create=True) as logbook:
        with pytest.raises(LogbookError, match="no election"):
            import_file(logbook, path)
        assert logbook.db["stations"].count == 0


def test_cancelling_through_progress_writes_nothing(seeded: Logbook, tmp_path: Path) -> None:
    rows = [["number", "region"]] + [[str(i), "astana"] for i in range(1, 3001)]
    table = read_table(write_csv(tmp_path / "big.csv", rows))
    calls: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> None:
        calls.append((done, total))
        if done >= 2000:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_stations(seeded, table, progress=cancel)
    assert count(seeded) == 3
    assert calls[-1] == (2000, 3000)
    seen: list[tuple[int, int]] = []
    import_stations(seeded, table, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (3000, 3000)
    assert count(seeded) == 3000


# --- elections bundled without regions -------------------------------------------------------


def test_regions_are_created_when_the_election_has_none(tmp_path: Path) -> None:
    definition = ElectionDefinition(
        election=Election("xx-test", "xx", "2024-01-01", LocalizedText("Test election")),
        contests=(Contest("main", ContestKind.PARTY_LIST, LocalizedText("Main"), "kz-party-list"),),
        areas=(Area("xx", AreaLevel.COUNTRY, LocalizedText("Testland")),),
    )
    rows = [
        ["number", "region", "district"],
        ["1", "North", "Lake"],
        ["2", "north", "Lake"],
        ["3", "South", ""],
        ["4", "Abroad", ""],
    ]
    path = write_csv(tmp_path / "s.csv", rows, sep=",")
    with Logbook.open(tmp_path / "xx.sqlite", create=True) as logbook:
        install_election(logbook, definition)
        summary = import_file(logbook, path)
        assert (summary.regions_created, summary.districts_created) == (3, 1)
        stations = stations_by_number(logbook)
        assert stations["1"].region.en == "North" and stations["1"].district.en == "Lake"
        assert stations["2"].district == stations["1"].district
        assert stations["4"].abroad and not stations["3"].abroad
        again = import_file(logbook, path)
        assert (again.updated, again.regions_created, again.districts_created) == (4, 0, 0)


# --- CLI -------------------------------------------------------------------------------------


@pytest.fixture
def closed_logbook(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite"
    create_logbook(path, "kz-2023-majilis").close()
    return path


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def test_cli_import_text_summary(closed_logbook: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [HEADER_RU, *ROWS_RU], encoding="cp1251")
    result = run("stations", "import", str(closed_logbook), str(path))
    assert result.exit_code == 0, result.output
    assert f"Imported 4 stations from {path}: 4 added, 0 updated, 2 districts created" in (
        result.stdout
    )
    result = run("stations", "import", str(closed_logbook), str(path))
    assert "0 added, 4 updated, 0 districts created" in result.stdout
    info = json.loads(run("info", str(closed_logbook), "--json").stdout)
    assert info["stations"] == 4 and info["synthetic_stations"] == 0


def test_cli_import_json(closed_logbook: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [["Code", "Where"], ["5", "astana"]], sep="\t")
    result = run(
        "stations", "import", str(closed_logbook), str(path), "--json",
        "--map", "number=Code", "--map", "region=Where",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["file"] == str(path)
    assert (data["added"], data["updated"], data["districts_created"]) == (1, 0, 0)
    assert (data["encoding"], data["delimiter"]) == ("utf-8", "\t")


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([["Code"], ["5"]], "No column for the station number"),
        ([["number", "voters"], ["1", "-3"], ["1", "4"]], "row 3, column “number”"),
    ],
)
def test_cli_failure(
    closed_logbook: Path, tmp_path: Path, rows: list[list[str]], expected: str
) -> None:
    path = write_csv(tmp_path / "bad.csv", rows)
    result = run("stations", "import", str(closed_logbook), str(path))
    assert result.exit_code == 1
    assert "bad.csv" in result.stderr and expected in result.stderr
    assert "Traceback" not in result.output
    assert json.loads(run("info", str(closed_logbook), "--json").stdout)["stations"] == 0


def test_cli_bad_map_option(closed_logbook: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [["number"], ["1"]])
    result = run("stations", "import", str(closed_logbook), str(path), "--map", "number")
    assert result.exit_code == 2
    assert "FIELD=COLUMN" in result.output
    result = run("stations", "import", str(closed_logbook), str(path), "--map", "number=Nope")
    assert result.exit_code == 1 and "no column “Nope”" in result.stderr


def test_fast_reference_id_is_exactly_uuid5() -> None:
    # Station ids must never change: logbooks of different observers merge by them.
    import uuid

    from kzobserver.domain.model import _NAMESPACE, reference_id

    for parts in [("station", "kz-2023-majilis", "1"), ("area", "xx", "Қарағанды №5"), ("",)]:
        assert reference_id(*parts) == str(uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))
    assert station_id("kz-2023-majilis", "1") == "b28d1c60-6cf9-55e1-aeea-7f885083bf7b"


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Астана", "astana"),
        ("Karaganda", "karaganda"),
        ("Қарағанды", "karaganda"),
        ("Карагандинская обл.", "karaganda"),  # abbreviated "область"
        ("Almaty", "almaty"),  # the city's own English name
        ("Алматы", None),  # city or region? ambiguous, so refused
    ],
)
def test_short_region_names_resolve_only_when_unambiguous(
    kz_logbook: Logbook, written: str, code: str | None
) -> None:
    from kzobserver.storage.reference import area_id, current_election
    from kzobserver.storage.stations import AreaResolver

    election = current_election(kz_logbook)
    assert election is not None
    expected = area_id(election.code, code) if code else None
    assert AreaResolver(kz_logbook, election).region(written) == expected
