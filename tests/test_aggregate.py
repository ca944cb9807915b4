"""The aggregate comparison: a logbook whose records are drawn from a simulated population with
known totals (one region observed in full, two sampled), checked against sums and ratio formulas
computed here from the population itself; the sample design; coverage; headcounts against the
announced series; the bundled 2023 figures against themselves (seats 40/8/6/6/5/4, D'Hondt
differing); and the CLI."""

from __future__ import annotations

import json
import math
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzobserver.cli import cli
from kzobserver.domain.model import AnnouncedFigure, Station
from kzobserver.storage import Logbook, LogbookError, audit
from kzobserver.storage.aggregate import aggregate_comparison, aggregate_to_dict
from kzobserver.storage.checks import contest_lines
from kzobserver.storage.headcount import take_snapshot, tap
from kzobserver.storage.protocol_import import write_records
from kzobserver.storage.reference import announced_figures, record_announced_figure
from kzobserver.storage.sample_design import design_info, sample_design, set_sample_design
from kzobserver.storage.stations import add_stations_to_election
from kzobserver.storage.summary import election_and_contest

ELECTION = "kz-2023-majilis"
CONTEST = "majilis_list"
SIZES = {"abai": 12, "akmola": 20, "aktobe": 30}  # stations in the logbook per region
SAMPLED = {"abai": 12, "akmola": 6, "aktobe": 9}  # abai observed in full
ALMATY_2023 = timezone(timedelta(hours=6))  # the commission's clock on election day 2023

Values = dict[str, int | None]


def _protocol(rng: random.Random, codes: list[str], parties: list[str]) -> Values:
    voters = rng.randint(400, 2500)
    issued = int(voters * rng.uniform(0.35, 0.8))
    invalid = rng.randint(0, 15)
    weights = [rng.uniform(0.5, 1.5) * w for w in (50, 11, 9, 8, 7, 5, 2, 4)]
    votes = [0] * len(parties)
    for _ in range(issued - invalid):
        votes[rng.choices(range(len(parties)), weights)[0]] += 1
    values: Values = dict.fromkeys(codes)
    values.update(
        voters_on_list=voters,
        ballots_received=voters + 20,
        ballots_issued=issued,
        issued_outside=rng.randint(0, 20),
        issued_absentee=0,
        ballots_cancelled=voters + 20 - issued,
        ballots_in_boxes=issued,
        invalid=invalid,
    )
    values.update({f"votes:{p}": v for p, v in zip(parties, votes, strict=True)})
    return values


class Population:
    """Every station's true protocol; the logbook holds the records of the sampled ones."""

    def __init__(self, logbook: Logbook, seed: int = 7) -> None:
        rng = random.Random(seed)
        self.logbook = logbook
        self.election, self.contest = election_and_contest(logbook, CONTEST)
        self.codes = [line.code for line in contest_lines(self.contest)]
        self.parties = [c.code for c in self.contest.contestants]
        stations = [
            Station(number=f"{region}-{i}", region=region, registered_voters=None)
            for region, n in SIZES.items()
            for i in range(1, n + 1)
        ]
        add_stations_to_election(logbook, self.election, stations)
        self.region: dict[str, str] = {}
        self.values: dict[str, Values] = {}
        for sid, number in logbook.db.execute("SELECT id, number FROM stations ORDER BY number"):
            self.region[sid] = number.split("-")[0]
            self.values[sid] = _protocol(rng, self.codes, self.parties)
        # Registered voters on the station as on its protocol, for the headcounts.
        for sid, values in self.values.items():
            logbook.db.execute(
                "UPDATE stations SET registered_voters = ? WHERE id = ?",
                [values["voters_on_list"], sid],
            )
        self.sample: list[str] = []
        for region, n in SAMPLED.items():
            ids = sorted(s for s, r in self.region.items() if r == region)
            self.sample += rng.sample(ids, n)

    def record(self, stations: list[str]) -> None:
        write_records(
            self.logbook,
            self.contest,
            "pec_copy",
            "observer-1",
            self.codes,
            [(s, [self.values[s][c] for c in self.codes]) for s in stations],
        )

    def in_region(self, region: str, stations: list[str] | None = None) -> list[str]:
        return [s for s in (stations or list(self.values)) if self.region[s] == region]

    def total(self, line: str, stations: list[str]) -> int:
        return sum(self.values[s][line] or 0 for s in stations)

    def announce(self, line: str, value: float, area: str | None = None, as_of: str = "final"):
        figure = AnnouncedFigure(CONTEST, line, value, area, as_of, source="test")
        record_announced_figure(self.logbook, ELECTION, figure)


@pytest.fixture
def population(kz_logbook: Logbook) -> Population:
    pop = Population(kz_logbook)
    pop.record(pop.sample)
    return pop


def _share_rows(result):  # type: ignore[no-untyped-def]
    return {row.code: row for row in result.shares}


def _turnout_rows(result):  # type: ignore[no-untyped-def]
    return {row.area: row for row in result.turnout}


# --- estimates -----------------------------------------------------------------------------


def test_a_census_gives_the_exact_figures_with_no_margin(kz_logbook: Logbook) -> None:
    pop = Population(kz_logbook)
    everyone = list(pop.values)
    pop.record(everyone)
    result = aggregate_comparison(kz_logbook, "pec_copy", CONTEST)
    assert result.sampled == len(everyone) == result.design.population_size
    base = sum(pop.total(f"votes:{p}", everyone) for p in pop.parties)
    for code, row in _share_rows(result).items():
        assert row.estimate is not None
        assert row.estimate.margin == 0
        assert row.estimate.value == pytest.approx(
            100 * pop.total(f"votes:{code}", everyone) / base
        )
    national = _turnout_rows(result)[None]
    assert national.estimate is not None and national.estimate.margin == 0
    expected = 100 * pop.total("ballots_issued", everyone) / pop.total("voters_on_list", everyone)
    assert national.estimate.value == pytest.approx(expected)
    # Every station is covered: the national sums are the population's.
    coverage = {row.area: row for row in result.coverage}
    assert set(coverage) == {None, *SIZES}
    lines = {line.line: line for line in coverage[None].lines}
    for code in pop.codes:
        assert lines[code].observed == pop.total(code, everyone)
        assert lines[code].missing == 0


def test_a_region_observed_in_full_has_its_exact_turnout(population: Population) -> None:
    result = aggregate_comparison(population.logbook)
    abai = _turnout_rows(result)["abai"]  # the bundled 2023 regional turnout at 22:10
    stations = population.in_region("abai")
    assert abai.stations == abai.population == SIZES["abai"]
    assert abai.estimate is not None and abai.estimate.margin == 0
    expected = (
        100
        * population.total("ballots_issued", stations)
        / population.total("voters_on_list", stations)
    )
    assert abai.estimate.value == pytest.approx(expected)
    announced = next(
        f["value"]
        for f in announced_figures(population.logbook, population.election.id)
        if f["area"] == "abai" and f["line"] == "turnout_percent"
    )
    assert abai.announced == announced and abai.as_of == "22:10"
    assert abai.comparison is not None
    assert abai.comparison.inside is (abs(announced - expected) <= 0.005)
    # Sampled regions have a margin; regions without stations in the logbook are left out.
    akmola = _turnout_rows(result)["akmola"]
    assert akmola.estimate is not None and akmola.estimate.margin > 0
    assert akmola.stations == SAMPLED["akmola"] and akmola.population == SIZES["akmola"]
    assert set(_turnout_rows(result)) == {None, *SIZES}


def test_a_simple_design_estimates_the_ratio_of_the_sample_sums(population: Population) -> None:
    result = aggregate_comparison(population.logbook)
    assert result.design.kind == "simple" and not result.design.recorded
    assert result.design.population_size == sum(SIZES.values())
    sample = population.sample
    base = sum(population.total(f"votes:{p}", sample) for p in population.parties)
    amanat = _share_rows(result)["amanat"]
    assert amanat.estimate is not None
    assert amanat.estimate.sample_size == len(sample)
    assert amanat.estimate.value == pytest.approx(
        100 * population.total("votes:amanat", sample) / base
    )
    # The linearised variance with the finite-population correction (module estimates).
    n, size = len(sample), sum(SIZES.values())
    ratio = population.total("votes:amanat", sample) / base
    bases = {
        s: sum(population.values[s][f"votes:{p}"] or 0 for p in population.parties) for s in sample
    }
    residuals = [(population.values[s]["votes:amanat"] or 0) - ratio * bases[s] for s in sample]
    mean = sum(residuals) / n
    s2 = sum((d - mean) ** 2 for d in residuals) / (n - 1)
    se = math.sqrt(size * size * (1 - n / size) * s2 / n) / (size / n * base)
    assert amanat.estimate.standard_error == pytest.approx(100 * se)


def test_inside_and_outside_the_interval(population: Population) -> None:
    first = _share_rows(aggregate_comparison(population.logbook))["amanat"]
    assert first.estimate is not None
    # The bundled figure is replaced by one from a later source.
    population.announce(
        "share_percent:amanat", round(first.estimate.value + 0.5 * first.estimate.margin, 2)
    )
    population.announce("share_percent:auyl", 100.0)
    rows = _share_rows(aggregate_comparison(population.logbook))
    assert rows["amanat"].comparison is not None and rows["amanat"].comparison.inside
    assert rows["auyl"].announced == 100.0
    assert rows["auyl"].comparison is not None and not rows["auyl"].comparison.inside
    assert rows["auyl"].comparison.difference > 0 and rows["auyl"].comparison.z_score > 1.96


def test_a_stratified_design_weights_each_region_by_its_size(population: Population) -> None:
    logbook = population.logbook
    simple = _share_rows(aggregate_comparison(logbook))["amanat"].estimate
    set_sample_design(logbook, "stratified", note="one sample per region")
    info = design_info(logbook, population.election.id)
    assert (info.kind, info.strata, info.recorded, info.sizes_recorded) == (
        "stratified",
        3,
        True,
        False,
    )
    assert dict(info.stratum_sizes) == SIZES and info.note == "one sample per region"

    def weighted(sizes: dict[str, int]) -> float:
        y = x = 0.0
        for region, size in sizes.items():
            stations = population.in_region(region, population.sample)
            weight = size / len(stations)
            y += weight * population.total("votes:amanat", stations)
            x += weight * sum(population.total(f"votes:{p}", stations) for p in population.parties)
        return 100 * y / x

    stratified = _share_rows(aggregate_comparison(logbook))["amanat"].estimate
    assert stratified is not None and simple is not None
    assert stratified.value == pytest.approx(weighted(SIZES))
    assert stratified.value != pytest.approx(simple.value)
    # Recorded sizes (the whole regions, of which the logbook holds a part) change the weights.
    sizes = {"abai": 12, "akmola": 200, "aktobe": 30}
    set_sample_design(logbook, "stratified", sizes)
    result = aggregate_comparison(logbook)
    assert result.design.sizes_recorded and result.design.population_size == 242
    estimate = _share_rows(result)["amanat"].estimate
    assert estimate is not None and estimate.value == pytest.approx(weighted(sizes))
    assert estimate.population_size == 242
    # The latest design counts, and each one is in the audit log.
    latest = set_sample_design(logbook, "simple")
    assert not sample_design(logbook, population.election.id).is_stratified
    logged = audit.entries(logbook, table="sample_designs")
    assert [e["after"]["kind"] for e in logged] == ["simple", "stratified", "stratified"]
    assert logged[0]["row_id"] == latest and logged[1]["after"]["stratum_sizes"] == sizes
    assert audit.verify(logbook).ok


def test_a_stratum_without_sampled_stations_gives_no_estimate(population: Population) -> None:
    set_sample_design(population.logbook, "stratified", {**SIZES, "atyrau": 5})
    result = aggregate_comparison(population.logbook)
    assert all(row.estimate is None for row in result.shares)
    assert any("atyrau" in m for m in result.messages)
    assert _turnout_rows(result)[None].estimate is None
    assert "atyrau" in _turnout_rows(result)[None].message


def test_recording_a_design_checks_it(population: Population) -> None:
    with pytest.raises(LogbookError, match="clustered"):
        set_sample_design(population.logbook, "clustered")
    with pytest.raises(LogbookError, match="nowhere"):
        set_sample_design(population.logbook, "stratified", {"nowhere": 3})
    with pytest.raises(LogbookError, match="at least 1"):
        set_sample_design(population.logbook, "stratified", {"abai": 0})
    assert not design_info(population.logbook, population.election.id).recorded


# --- coverage and headcounts ---------------------------------------------------------------


def test_coverage_sums_an_area_observed_in_full(population: Population) -> None:
    abai = population.in_region("abai")
    true_amanat = population.total("votes:amanat", abai)
    population.announce("votes:amanat", true_amanat + 5, area="abai")
    population.announce("ballots_issued", population.total("ballots_issued", abai), area="abai")
    result = aggregate_comparison(population.logbook)
    coverage = {row.area: row for row in result.coverage}
    assert set(coverage) == {"abai"}  # not the partly sampled regions, nor the country
    row = coverage["abai"]
    assert row.stations == len(abai)
    lines = {line.line: line for line in row.lines}
    for code in population.codes:
        assert lines[code].observed == population.total(code, abai)
    assert lines["votes:amanat"].announced == true_amanat + 5
    assert lines["votes:amanat"].difference == 5
    assert lines["ballots_issued"].difference == 0
    assert lines["votes:auyl"].announced is None and lines["votes:auyl"].difference is None
    turnout = lines["turnout_percent"]
    issued, voters = (
        population.total("ballots_issued", abai),
        population.total("voters_on_list", abai),
    )
    assert turnout.observed == pytest.approx(100 * issued / voters)
    assert turnout.difference == pytest.approx(turnout.announced - 100 * issued / voters)


def test_a_record_lacking_a_line(population: Population) -> None:
    """Missing is never zero: the sums say how many records lack the line, and the estimates
    leave the station out (non-response) and say so."""
    station = sorted(population.in_region("abai"))[0]
    for line in ("invalid", "votes:osdp"):
        population.logbook.db.execute(
            "UPDATE protocol_values SET value = NULL WHERE line = ? AND protocol_id = "
            "(SELECT id FROM protocols WHERE station_id = ?)",
            [line, station],
        )
    result = aggregate_comparison(population.logbook)
    lines = {line.line: line for line in result.coverage[0].lines}
    abai = population.in_region("abai")
    assert lines["invalid"].missing == 1
    expected = population.total("invalid", abai) - (population.values[station]["invalid"] or 0)
    assert lines["invalid"].observed == expected
    assert lines["ballots_issued"].missing == 0
    amanat = _share_rows(result)["amanat"].estimate
    assert amanat is not None
    assert (amanat.sample_size, amanat.left_out) == (len(population.sample) - 1, 1)
    assert any("left out" in m for m in result.messages)
    # The turnout does not need the missing lines: every sampled station counts.
    national = _turnout_rows(result)[None].estimate
    assert national is not None and national.sample_size == len(population.sample)


def _at(clock: str) -> datetime:
    hours, minutes = map(int, clock.split(":"))
    return datetime(2023, 3, 19, hours, minutes, tzinfo=ALMATY_2023)


def test_headcounts_against_ballots_issued_and_the_announced_series(
    population: Population,
) -> None:
    logbook = population.logbook
    tapped, snapped = sorted(population.in_region("abai"))[:2]
    # Station "tapped": voters counted key by key from 07:30 to 19:30.
    taps = [_at("07:30") + timedelta(minutes=7 * i) for i in range(103)]
    assert taps[-1] <= _at("19:30")
    for moment in taps:
        tap(logbook, tapped, 1, at=moment)
    tap(logbook, tapped, -1, at=_at("19:31"))  # a slip undone
    # Station "snapped": counts on paper, entered as snapshots.
    snapshots = {"10:05": 40, "12:00": 90, "20:00": 150}
    for clock, value in snapshots.items():
        take_snapshot(logbook, snapped, _at(clock), count_value=value)

    result = aggregate_comparison(logbook, tz=ALMATY_2023)
    rows = {s.station_id: s for s in result.headcounts.stations}
    assert set(rows) == {tapped, snapped}
    assert rows[tapped].headcount == len(taps) - 1
    assert rows[snapped].headcount == 150
    for sid, row in rows.items():
        issued = population.values[sid]["ballots_issued"]
        assert row.ballots_issued == issued
        assert row.difference == (issued or 0) - row.headcount
        assert row.registered_voters == population.values[sid]["voters_on_list"]

    series = {
        f["as_of"]: f["value"]
        for f in announced_figures(logbook, population.election.id)
        if f["area"] is None and f["line"] == "turnout_percent" and f["as_of"] != "final"
    }
    times = {t.as_of: t for t in result.headcounts.times}
    assert list(times) == sorted(series)
    registered = {s: population.values[s]["voters_on_list"] or 0 for s in (tapped, snapped)}
    for clock, t in times.items():
        assert t.announced_percent == series[clock]
        counts = {}
        moment = _at(clock)
        if moment >= taps[0] and (moment < _at("19:31") or clock >= "20:00"):
            counts[tapped] = sum(1 for m in taps if m <= moment) - (moment >= _at("19:31"))
        near = [v for c, v in snapshots.items() if abs(_at(c) - moment) <= timedelta(minutes=15)]
        if near:
            counts[snapped] = near[0]
        assert t.stations == len(counts), clock
        if counts:
            expected = 100 * sum(counts.values()) / sum(registered[s] for s in counts)
            assert t.observed_percent == pytest.approx(expected), clock
            assert t.difference_points == pytest.approx(series[clock] - expected)
        else:
            assert t.observed_percent is None
    assert times["10:10"].stations == 2 and times["16:10"].stations == 1
    # The command line reads the times in the zone it is given, by name or by offset.
    path = str(logbook.path)
    logbook.close()
    for zone in ("Asia/Almaty", "+06:00", "UTC+6"):
        out = CliRunner().invoke(cli, ["aggregate", path, "--json", "--tz", zone])
        assert out.exit_code == 0, out.output
        counted = {t["as_of"]: t["stations"] for t in json.loads(out.output)["headcounts"]["times"]}
        assert counted == {clock: t.stations for clock, t in times.items()}, zone
    wrong = CliRunner().invoke(cli, ["aggregate", path, "--tz", "Almaty time"])
    assert wrong.exit_code == 2 and "“Almaty time” is not a time zone" in wrong.output


# --- the announced figures against themselves ----------------------------------------------


def test_the_bundled_2023_result_gives_its_seats_and_dhondt_differs(kz_logbook: Logbook) -> None:
    result = aggregate_comparison(kz_logbook)
    checks = result.announced_checks
    seats = {r.code: r for r in checks.seats}
    assert {c: r.largest_remainder for c, r in seats.items() if r.largest_remainder} == {
        "amanat": 40,
        "auyl": 8,
        "respublica": 6,
        "aq_jol": 6,
        "qhp": 5,
        "osdp": 4,
    }
    assert all(r.announced == r.largest_remainder for r in seats.values())
    assert checks.seats_match is True
    assert checks.dhondt is not None and checks.largest_remainder is not None
    assert checks.dhondt.seats != checks.largest_remainder.seats
    assert seats["amanat"].dhondt > seats["amanat"].largest_remainder
    assert sum(r.dhondt for r in seats.values()) == 69
    assert checks.largest_remainder.base == 6_366_441  # parties plus against all (DESIGN §4.4)
    assert checks.shares_checked == 8 and checks.share_mismatches == ()
    assert checks.totals_checked == 1 and checks.total_mismatches == ()
    assert checks.messages == ()
    # Announced shares as published are inside nothing: there is no sample.
    assert all(row.estimate is None for row in result.shares)
    assert result.messages


def test_inconsistent_announcements_are_found(kz_logbook: Logbook) -> None:
    def announce(line: str, value: float) -> None:
        record_announced_figure(
            kz_logbook, ELECTION, AnnouncedFigure(CONTEST, line, value, source="x")
        )

    announce("share_percent:auyl", 11.9)
    announce("turnout_percent", 52.90)  # votes_sum / voters_on_list, once published as turnout
    announce("seats:osdp", 3)
    checks = aggregate_comparison(kz_logbook).announced_checks
    assert [m.contestant for m in checks.share_mismatches] == ["auyl"]
    assert [(t.area, t.mismatch.check) for t in checks.total_mismatches] == [(None, "turnout")]
    assert checks.seats_match is False


# --- JSON and the command line -------------------------------------------------------------


def test_json_shape(population: Population) -> None:
    data = aggregate_to_dict(aggregate_comparison(population.logbook))
    json.dumps(data, allow_nan=False)  # plain JSON: no Infinity or NaN
    assert set(data) == {
        "contest",
        "source",
        "design",
        "sampled",
        "shares",
        "turnout",
        "coverage",
        "headcounts",
        "announced_checks",
        "messages",
    }
    share = data["shares"][0]
    assert set(share) >= {"code", "name", "estimate", "announced", "inside", "difference"}
    assert set(share["estimate"]) >= {"value", "margin", "low", "high", "stations", "population"}
    assert data["turnout"][0]["area"] is None
    assert set(data["headcounts"]) == {"stations", "times"}
    seats = data["announced_checks"]["seats"]
    assert [r["largest_remainder"] for r in seats["lists"]] == [40, 8, 6, 6, 5, 4, 0]


def test_cli_aggregate_and_design(population: Population, tmp_path: Path) -> None:
    path = str(population.logbook.path)
    population.logbook.close()
    runner = CliRunner()
    out = runner.invoke(cli, ["aggregate", path, "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["sampled"] == sum(SAMPLED.values()) and data["design"]["kind"] == "simple"
    assert data["shares"][0]["estimate"]["margin"] > 0

    text = runner.invoke(cli, ["aggregate", path])
    assert text.exit_code == 0, text.output
    assert "AMANAT" in text.output and "±" in text.output and "Abai Region" in text.output

    sizes = tmp_path / "sizes.csv"
    sizes.write_text("region,stations\nabai,12\nАкмолинская область,40\naktobe,30\n", "utf-8")
    recorded = runner.invoke(
        cli, ["design", path, "stratified", "--sizes", str(sizes), "--note", "by region"]
    )
    assert recorded.exit_code == 0, recorded.output
    shown = runner.invoke(cli, ["design", path, "--show", "--json"])
    assert json.loads(shown.output) == {
        "kind": "stratified",
        "population_size": 82,
        "strata": 3,
        "recorded": True,
        "sizes_recorded": True,
        "note": "by region",
        "created_at": json.loads(shown.output)["created_at"],
        "stratum_sizes": {"abai": 12, "akmola": 40, "aktobe": 30},
    }
    data = json.loads(runner.invoke(cli, ["aggregate", path, "--json"]).output)
    assert data["design"]["kind"] == "stratified" and data["design"]["population_size"] == 82

    sizes.write_text("region,stations\nnowhere,12\nabai,many\n", "utf-8")
    bad = runner.invoke(cli, ["design", path, "stratified", "--sizes", str(sizes)])
    assert bad.exit_code == 1
    assert "nowhere" in bad.output and "many" in bad.output
    neither = runner.invoke(cli, ["design", path])
    assert neither.exit_code == 2
