"""The bundled 2023 Mäjilis election, its protocol templates and the synthetic demo stations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzobserver.domain.demo import generate_demo_stations
from kzobserver.domain.elections import bundled_elections, get_bundled_election
from kzobserver.domain.model import AreaLevel
from kzobserver.domain.stationnumber import normalize_station_number, station_sort_key
from kzobserver.domain.templates import bundled_templates, get_template
from kzobserver.storage import Logbook
from kzobserver.storage.reference import (
    announced_figures,
    current_election,
    list_contests,
    list_regions,
)
from kzobserver.storage.stations import get_station, list_stations, station_counts

KZ = "kz-2023-majilis"


def test_bundled_election_facts() -> None:
    definition = get_bundled_election(KZ)
    assert definition.election.date == "2023-03-19"
    assert definition.election.name.kk == "Парламент Мәжілісінің депутаттарын сайлау"
    party_list = definition.contest("majilis_list")
    codes = [c.code for c in party_list.contestants]
    assert codes == [
        "amanat",
        "auyl",
        "respublica",
        "aq_jol",
        "qhp",
        "osdp",
        "baytaq",
        "against_all",
    ]
    assert [c.special for c in party_list.contestants].count(True) == 1
    assert all(c.name.en and c.name.ru and c.name.kk for c in party_list.contestants)
    regions = [a for a in definition.areas if a.level == AreaLevel.REGION]
    assert len(regions) == 20
    assert any(a.level == AreaLevel.ABROAD for a in definition.areas)


def test_announced_national_result_adds_up() -> None:
    """The bundled figures are the CEC's: the eight counts sum to the published base."""
    figures = {
        f.line: f.value
        for f in get_bundled_election(KZ).announced
        if f.area_code is None and f.as_of == "final"
    }
    votes = {k: v for k, v in figures.items() if k.startswith("votes:")}
    assert len(votes) == 8
    assert sum(votes.values()) == 6_366_441
    assert figures["voters_on_list"] == 12_035_578
    assert figures["ballots_issued"] == 6_521_860
    assert figures["seats:amanat"] == 40


def test_bundled_data_matches_shared_reference(shared_data: Path) -> None:
    source = json.loads((shared_data / "kz" / "2023-majilis.json").read_text(encoding="utf-8"))
    definition = get_bundled_election(KZ)
    regional = {
        f.area_code: f.value for f in definition.announced if f.area_code and f.as_of == "22:10"
    }
    assert regional == {r["code"]: r["turnout_percent_2210"] for r in source["regions"]}
    votes = {
        f.line.removeprefix("votes:"): f.value
        for f in definition.announced
        if f.line.startswith("votes:") and f.area_code is None
    }
    assert votes == source["official_national_result"]["votes"]


@pytest.mark.parametrize("code", ["kz-party-list", "kz-single-member", "ru-federal"])
def test_templates_have_labels_in_three_languages(code: str) -> None:
    template = get_template(code)
    codes = [line.code for line in template.lines]
    assert len(codes) == len(set(codes))
    for line in template.lines:
        assert line.label.en and line.label.ru and line.label.kk, line.code
        if line.part_of:
            assert line.part_of in codes


def test_russian_template_numbers_lines_like_the_law() -> None:
    template = get_template("ru-federal")
    contestants = get_bundled_election(KZ).contest("majilis_list").contestants[:2]
    lines = template.lines_for(contestants)
    assert [line.number for line in lines][:12] == [str(n) for n in range(1, 13)]
    assert lines[12].code == "votes:amanat" and lines[12].number == "13"
    assert "AMANAT" in lines[12].label.en


def test_every_bundled_contest_names_a_bundled_template() -> None:
    for definition in bundled_elections().values():
        for contest in definition.contests:
            assert contest.template in bundled_templates()


def test_unknown_template_and_election_are_named() -> None:
    with pytest.raises(KeyError, match="nope"):
        get_template("nope")
    with pytest.raises(KeyError, match="bundled: kz-2023-majilis"):
        get_bundled_election("xx-1999")


def test_demo_stations_are_synthetic_deterministic_and_spread() -> None:
    definition = get_bundled_election(KZ)
    stations = generate_demo_stations(definition)
    assert len(stations) == 10_223
    assert all(s.synthetic for s in stations)
    assert all("synthetic" in (s.address or "") for s in stations)
    assert len({s.number for s in stations}) == len(stations)
    assert {s.region for s in stations} == {a.code for a in definition.regions()}
    assert sum(s.abroad for s in stations) == 66
    assert generate_demo_stations(definition) == stations
    total = sum(s.registered_voters or 0 for s in stations)
    assert 10_000_000 < total < 14_000_000  # near the real 12 million, as a demo should be


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("123", "123"),
        ("0123", "123"),
        (" УИК №123 ", "123"),
        ("№ 45", "45"),
        ("Участок 7", "7"),
        ("учаске № 9", "9"),
        ("12-A", "12-A"),
        (123, "123"),
        (123.0, "123"),
        (12.5, None),
        ("", None),
        (None, None),
        ("№", None),
    ],
)
def test_station_number_normalisation(raw: object, expected: str | None) -> None:
    assert normalize_station_number(raw) == expected


def test_station_sort_is_numeric() -> None:
    assert sorted(["10", "9", "100", "2-A", "1"], key=station_sort_key) == [
        "1",
        "9",
        "10",
        "100",
        "2-A",
    ]


def test_demo_logbook_holds_the_election(demo_logbook: Logbook) -> None:
    election = current_election(demo_logbook)
    assert election is not None and election.code == KZ
    assert station_counts(demo_logbook, election.id) == (10_223, 10_223)
    assert len([a for a in list_regions(demo_logbook, election.id) if a.level == "region"]) == 20
    contests = list_contests(demo_logbook, election.id)
    assert [c.code for c in contests] == ["majilis_list", "majilis_smd", "maslikhat_region"]
    figures = announced_figures(demo_logbook, election.id)
    assert {
        "contest": "majilis_list",
        "area": "almaty",
        "line": "turnout_percent",
        "value": 25.82,
        "as_of": "22:10",
    }.items() <= next(f for f in figures if f["area"] == "almaty").items()
    stations = list_stations(demo_logbook, election.id)
    assert [s.number for s in stations[:3]] == ["1", "2", "3"]
    detail = get_station(demo_logbook, stations[0].id)
    assert detail is not None and detail.synthetic
    assert detail.region is not None and detail.district is not None
    assert [code for code, _ in detail.contests] == [c.code for c in contests]


def test_station_ids_are_the_same_in_two_logbooks(tmp_path: Path) -> None:
    """Reference ids come from natural keys: two observers' logbooks agree on them."""
    from kzobserver.storage.setup import create_logbook

    ids = []
    for name in ("a.sqlite", "b.sqlite"):
        with create_logbook(tmp_path / name, KZ, demo_stations=True) as logbook:
            election = current_election(logbook)
            assert election is not None
            ids.append([s.id for s in list_stations(logbook, election.id)[:50]])
    assert ids[0] == ids[1]
