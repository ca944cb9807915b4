"""Small official per-station results tables shaped exactly like the Russian election
commission's published ones (headers copied from ../shared/data/ru/*.csv.zip), generated for the
tests: UIK numbers that repeat across regions, "УИК №554"-style cells, consistent protocols."""

from __future__ import annotations

import csv
import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

# The 2018 and 2024 files name the protocol lines alike; 2024 writes the UIK as "УИК №554".
LINES_2018 = [
    "Число избирателей, включенных в список избирателей",
    "Число избирательных бюллетеней, полученных участковой избирательной комиссией",
    "Число избирательных бюллетеней, выданных избирателям, проголосовавшим досрочно",
    "Число избирательных бюллетеней, выданных в помещении для голосования в день голосования",
    "Число избирательных бюллетеней, выданных вне помещения для голосования в день голосования",
    "Число погашенных избирательных бюллетеней",
    "Число избирательных бюллетеней в переносных ящиках для голосования",
    "Число бюллетеней в стационарных ящиках для голосования",
    "Число недействительных избирательных бюллетеней",
    "Число действительных избирательных бюллетеней",
    "Число утраченных избирательных бюллетеней",
    "Число избирательных бюллетеней, не учтенных при получении",
]
CANDIDATES_2024 = [
    "Даванков Владислав Андреевич",
    "Путин Владимир Владимирович",
    "Слуцкий Леонид Эдуардович",
    "Харитонов Николай Михайлович",
]
HEADER_2024 = ["region", "tik", "uik", *LINES_2018, *CANDIDATES_2024]
HEADER_2018_URL = ["region", "tik", "uik", *LINES_2018, *CANDIDATES_2024, "url"]
# 2011: older line names, six absentee-certificate lines in between, numbered party names.
LINES_2011 = [
    "Число избирателей, внесенных в список избирателей",
    "Число избирательных бюллетеней, полученных участковой избирательной комиссией",
    "Число избирательных бюллетеней, выданных избирателям, проголосовавшим досрочно",
    "Число избирательных бюллетеней, выданных избирателям в помещении для голосования",
    "Число избирательных бюллетеней, выданных избирателям вне помещения для голосования",
    "Число погашенных избирательных бюллетеней",
    "Число избирательных бюллетеней в переносных ящиках для голосования",
    "Число избирательных бюллетеней в стационарных ящиках для голосования",
    "Число недействительных избирательных бюллетеней",
    "Число действительных избирательных бюллетеней",
]
ABSENTEE_2011 = [
    "Число открепительных удостоверений, полученных участковой избирательной комиссией",
    "Число открепительных удостоверений, выданных избирателям на избирательном участке",
    "Число избирателей, проголосовавших по открепительным удостоверениям на избирательном участке",
    "Число погашенных неиспользованных открепительных удостоверений",
    "Число открепительных удостоверений, выданных избирателям территориальной избирательной "
    "комиссией",
    "Число утраченных открепительных удостоверений",
]
LINES_2011_END = [
    "Число утраченных избирательных бюллетеней",
    "Число избирательных бюллетеней, не учтенных при получении",
]
PARTIES_2011 = [
    "1. Политическая партия СПРАВЕДЛИВАЯ РОССИЯ",
    '2. Политическая партия "Либерально-демократическая партия России"',
    '6. Всероссийская политическая партия "ЕДИНАЯ РОССИЯ"',
]
HEADER_2011 = [
    "region", "tik", "uik", *LINES_2011, *ABSENTEE_2011, *LINES_2011_END, *PARTIES_2011, "url",
]  # fmt: skip
REGIONS = ["Алтайский край", "Республика Адыгея (Адыгея)", "город Москва"]
LINE_CODES = [
    "voters_on_list", "ballots_received", "issued_early", "issued_in_premises", "issued_outside",
    "ballots_cancelled", "ballots_in_mobile_boxes", "ballots_in_stationary_boxes", "invalid",
    "valid", "ballots_lost", "ballots_unaccounted",
]  # fmt: skip


def protocol(rng: random.Random, contestants: int) -> list[int]:
    """The 12 lines and the votes of a protocol that satisfies the statutory relations."""
    voters = rng.randint(400, 2500)
    early, outside = rng.randint(0, 20), rng.randint(0, 60)
    premises = rng.randint(voters // 3, voters - early - outside)
    issued = early + premises + outside
    invalid = rng.randint(0, 15)
    votes = [0] * contestants
    for _ in range(issued - invalid):
        votes[rng.randrange(contestants)] += 1
    cancelled = rng.randint(0, 200)
    mobile = outside
    lines = [voters, issued + cancelled, early, premises, outside, cancelled, mobile]
    lines += [issued - mobile, invalid, issued - invalid, 0, 0]
    return lines + votes


def rows_2024(
    per_region: int = 4, *, seed: int = 1, regions: list[str] = REGIONS, uik_prefix: str = "УИК №"
) -> list[list[str]]:
    """Rows for HEADER_2024: every region has UIKs 554, 555, … (the numbers repeat)."""
    rng = random.Random(seed)
    rows = []
    for region in regions:
        for i in range(per_region):
            tik = f"{region.split()[0]} ТИК {i % 2 + 1}"
            values = protocol(rng, len(CANDIDATES_2024))
            rows.append([region, tik, f"{uik_prefix}{554 + i}", *map(str, values)])
    return rows


def rows_2011(per_region: int = 3, *, seed: int = 3) -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    for region in REGIONS:
        for i in range(per_region):
            values = protocol(rng, len(PARTIES_2011))
            lines, votes = values[:12], values[12:]
            absentee = [str(rng.randint(0, 9)) for _ in ABSENTEE_2011]
            place = [region, f"{i + 1} Районная", str(100 + i)]
            rest = [*map(str, lines[10:]), *map(str, votes), "http://www.vybory.izbirkom.ru/x"]
            rows.append([*place, *map(str, lines[:10]), *absentee, *rest])
    return rows


def write_csv(
    path: Path,
    header: list[str],
    rows: list[list[str]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
) -> Path:
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(text.getvalue().encode(encoding))
    return path


def write_zip(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    plain = write_csv(path.with_suffix(".inner.csv"), header, rows)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(plain, "results.csv")
    plain.unlink()
    return path


def write_xlsx(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:  # numbers as numbers, as Excel keeps them
        sheet.append([int(c) if c.isdigit() else c for c in row])
    workbook.save(path)
    return path


def column_sums(header: list[str], rows: list[list[str]]) -> dict[str, int]:
    return {
        name: sum(int(row[i] or 0) for row in rows)
        for i, name in enumerate(header)
        if i > 2 and name != "url"
    }


# --- the known alterations that comparison tests plant in a commission's copy ------------------

Values = dict[str, int | None]


def _move(to: str, from_: str, n: int) -> Callable[[Values], None]:
    """The official figures give ``to`` n votes that the commission's copy gives ``from_``."""

    def change(copy: Values) -> None:
        copy[f"votes:{to}"] = (copy[f"votes:{to}"] or 0) - n
        copy[f"votes:{from_}"] = (copy[f"votes:{from_}"] or 0) + n

    return change


def _stuffed(copy: Values) -> None:
    """40 ballots for putin were added to the official figures, consistently."""
    for line in ("issued_in_premises", "ballots_in_stationary_boxes", "valid", "votes:putin"):
        copy[line] = (copy[line] or 0) - 40


def _mistyped(copy: Values) -> None:
    """The copy's tens digit of line 1 was misread: 1234 for 1144."""
    copy["voters_on_list"] = (copy["voters_on_list"] or 0) + 90


def _one_vote(copy: Values) -> None:
    copy["votes:sluckiy"] = (copy["votes:sluckiy"] or 0) - 1


def _empty_line(copy: Values) -> None:
    copy["invalid"] = None


# Station number (2024 file, region-prefixed) → how its commission copy differs from the
# official figures made from rows_2024().
ALTERATIONS: dict[str, Callable[[Values], None]] = {
    "1-556": _move("putin", "davankov", 25),  # official: putin +25, davankov −25
    "2-560": _stuffed,
    "3-555": _mistyped,
    "2-554": _one_vote,
    "1-557": _empty_line,
}
