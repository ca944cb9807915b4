"""Sample estimates against a simulated population whose true shares are known: the 95 % interval
must cover the truth in about 95 % of many seeded samples, unstratified and stratified."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import pytest

from kzobserver.domain.estimates import (
    Estimate,
    SampleDesign,
    compare_with_announced,
    estimate_shares,
    estimate_turnout,
    ratio_estimate,
)

CONTESTANTS = ("a", "b", "c", "against_all")
Record = dict[str, int | None]
# Stratum sizes are uneven (3 % to 25 % of the stations), like Kazakh regions.
REGION_WEIGHTS = (25, 15, 12, 10, 10, 8, 7, 6, 4, 3)


@dataclass
class Population:
    records: list[Record]
    regions: list[str]
    shares: dict[str, float]  # the true shares of the whole population
    turnout: float

    def members(self) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for i, region in enumerate(self.regions):
            found.setdefault(region, []).append(i)
        return found


def make_population(size: int = 10_000, seed: int = 11) -> Population:
    """Stations of very different sizes; each region with its own turnout and party preferences,
    and the leading party weaker at large (urban) stations, so that station size, region and
    share are all related, as they are in real elections."""
    rng = random.Random(seed)
    names = [f"r{i}" for i in range(len(REGION_WEIGHTS))]
    profiles = {
        name: ([rng.gammavariate(k, 1) for k in (6, 2, 1.5, 0.5)], rng.uniform(0.35, 0.8))
        for name in names
    }
    regions = rng.choices(names, weights=REGION_WEIGHTS, k=size)
    records: list[Record] = []
    for region in regions:
        weights, turnout_mean = profiles[region]
        voters = min(4000, max(60, int(rng.lognormvariate(math.log(1200), 0.6))))
        turnout = min(0.99, max(0.05, rng.gauss(turnout_mean, 0.1)))
        issued = round(voters * turnout)
        base = issued - rng.randint(0, min(issued, 10))
        station = [w * rng.gammavariate(20, 1 / 20) for w in weights]
        station[0] *= (1200 / voters) ** 0.3
        votes = [int(base * w / sum(station)) for w in station]
        votes[0] += base - sum(votes)
        record: Record = {"voters_on_list": voters, "ballots_issued": issued}
        record.update({f"votes:{c}": v for c, v in zip(CONTESTANTS, votes, strict=True)})
        records.append(record)
    totals = {c: sum(r[f"votes:{c}"] or 0 for r in records) for c in CONTESTANTS}
    shares = {c: totals[c] / sum(totals.values()) for c in CONTESTANTS}
    turnout = sum(r["ballots_issued"] or 0 for r in records) / sum(
        r["voters_on_list"] or 0 for r in records
    )
    return Population(records, regions, shares, turnout)


@pytest.fixture(scope="module")
def population() -> Population:
    return make_population()


SAMPLES = 400
SAMPLE_SIZE = 300


def coverage(
    population: Population, stratified: bool, *, weighted: bool = True
) -> dict[str, float]:
    """The share of seeded samples whose 95 % interval covers the truth, per estimate."""
    members = population.members()
    design = (
        SampleDesign.stratified({r: len(m) for r, m in members.items()})
        if stratified and weighted
        else SampleDesign.simple(len(population.records))
    )
    per_stratum = SAMPLE_SIZE // len(members)
    hits = dict.fromkeys([*CONTESTANTS, "turnout"], 0)
    for s in range(SAMPLES):
        rng = random.Random(1000 + s)
        if stratified:  # equal allocation: small regions oversampled, so the weights matter
            chosen = [i for region in members for i in rng.sample(members[region], per_stratum)]
        else:
            chosen = rng.sample(range(len(population.records)), SAMPLE_SIZE)
        records = [population.records[i] for i in chosen]
        strata = [population.regions[i] for i in chosen] if design.is_stratified else None
        estimates = estimate_shares(records, CONTESTANTS, design, strata)
        estimates["turnout"] = estimate_turnout(records, design, strata)
        truths = {**population.shares, "turnout": population.turnout}
        for name, estimate in estimates.items():
            hits[name] += compare_with_announced(estimate, truths[name]).inside
    return {name: count / SAMPLES for name, count in hits.items()}


def test_unstratified_interval_covers_the_truth_about_95_percent(population: Population) -> None:
    found = coverage(population, stratified=False)
    assert all(0.91 <= share <= 0.985 for share in found.values()), found


def test_stratified_interval_covers_the_truth_about_95_percent(population: Population) -> None:
    found = coverage(population, stratified=True)
    assert all(0.91 <= share <= 0.985 for share in found.values()), found


def test_ignoring_the_strata_of_a_stratified_sample_misses(population: Population) -> None:
    """The check above has teeth: without the N_h / n_h weights the oversampled small regions
    pull the estimate off, and the interval misses far more often."""
    found = coverage(population, stratified=True, weighted=False)
    assert min(found.values()) < 0.8, found


def test_sampling_every_station_leaves_no_margin(population: Population) -> None:
    records = population.records
    simple = SampleDesign.simple(len(records))
    shares = estimate_shares(records, CONTESTANTS, simple)
    for name, estimate in shares.items():
        assert estimate.standard_error == 0 and estimate.margin == 0
        assert estimate.value == pytest.approx(population.shares[name], abs=1e-12)
    members = population.members()
    design = SampleDesign.stratified({r: len(m) for r, m in members.items()})
    turnout = estimate_turnout(records, design, population.regions)
    assert turnout.standard_error == 0
    assert turnout.value == pytest.approx(population.turnout, abs=1e-12)
    assert (turnout.sample_size, turnout.population_size) == (len(records), len(records))


def test_matches_cochrans_formula_by_hand() -> None:
    y, x, size = [30, 52, 81, 12], [100, 210, 300, 40], 20
    estimate = ratio_estimate(y, x, SampleDesign.simple(size))
    n, ratio = len(y), sum(y) / sum(x)
    x_mean = sum(x) / n
    s2 = sum((yi - ratio * xi) ** 2 for yi, xi in zip(y, x, strict=True)) / (n - 1)
    variance = (1 - n / size) / (n * x_mean**2) * s2  # Cochran §6.4, v(R̂) with x̄ for X̄
    assert estimate.value == pytest.approx(ratio)
    assert estimate.standard_error == pytest.approx(math.sqrt(variance))
    assert estimate.margin == pytest.approx(1.959964 * math.sqrt(variance))
    assert (estimate.low, estimate.high) == (
        pytest.approx(ratio - estimate.margin),
        pytest.approx(ratio + estimate.margin),
    )


def test_stratified_weights_by_hand() -> None:
    design = SampleDesign.stratified({"north": 10, "south": 40})
    y, x = [10, 20, 30, 30, 60], [100, 100, 100, 100, 100]
    strata = ["north", "north", "south", "south", "south"]
    estimate = ratio_estimate(y, x, design, strata)
    # Ŷ = 10/2 · 30 + 40/3 · 120 = 1,750; X̂ = 10 · 100 + 40 · 100 = 5,000.
    assert estimate.value == pytest.approx(0.35)
    # d = y − 0.35 x: north −25, −15 (s² = 50), south −5, −5, 25 (s² = 300, about their mean 5).
    v = 10**2 * (1 - 2 / 10) * 50 / 2 + 40**2 * (1 - 3 / 40) * 300 / 3  # Σ N²(1−f) s²_d / n
    assert estimate.standard_error == pytest.approx(math.sqrt(v) / 5000)


def test_stations_lacking_a_line_are_left_out() -> None:
    records: list[Record] = [
        {"votes:a": 10, "votes:b": 30},
        {"votes:a": 20, "votes:b": 20},
        {"votes:a": None, "votes:b": 50},
        {"votes:b": 5},
        {"votes:a": 5, "votes:b": 15},
    ]
    shares = estimate_shares(records, ("a", "b"), SampleDesign.simple(100))
    assert shares["a"].sample_size == 3 and shares["a"].left_out == 2
    assert shares["a"].value == pytest.approx(35 / 100)
    strata = ["x", "x", "y", "y", "y"]
    with pytest.raises(ValueError, match="“y” has 1 sampled stations"):
        estimate_shares(records, ("a", "b"), SampleDesign.stratified({"x": 5, "y": 5}), strata)


def test_errors_are_clear() -> None:
    simple = SampleDesign.simple(50)
    with pytest.raises(ValueError, match="The sample has 1 sampled stations: at least 2"):
        ratio_estimate([1], [2], simple)
    design = SampleDesign.stratified({"x": 10, "y": 10})
    with pytest.raises(ValueError, match="“y” has 0 sampled stations"):
        ratio_estimate([1, 2], [3, 4], design, ["x", "x"])
    with pytest.raises(ValueError, match="which the design lacks"):
        ratio_estimate([1, 2, 3], [3, 4, 5], design, ["x", "x", "z"])
    with pytest.raises(ValueError, match="0 in the denominator"):
        ratio_estimate([0, 0, 0], [0, 0, 0], simple)
    with pytest.raises(ValueError, match="0 in the denominator"):
        estimate_turnout([{"voters_on_list": 0, "ballots_issued": 0}] * 3, simple)
    with pytest.raises(ValueError, match="only 2 in all"):
        ratio_estimate([1, 2, 3], [3, 4, 5], SampleDesign.simple(2))
    with pytest.raises(ValueError, match="at least 1 station"):
        SampleDesign.stratified({"x": 0})
    with pytest.raises(ValueError, match="at least one stratum"):
        SampleDesign.stratified({})


def test_compare_with_announced() -> None:
    estimate = Estimate(value=0.52, standard_error=0.01, sample_size=300, population_size=10_000)
    percent = estimate.in_percent()
    assert (percent.value, percent.standard_error) == pytest.approx((52.0, 1.0))
    inside = compare_with_announced(percent, 53.9)
    assert inside.inside and inside.z_score == pytest.approx(1.9)
    assert inside.difference == pytest.approx(1.9)
    outside = compare_with_announced(percent, 48.0)
    assert not outside.inside and outside.z_score == pytest.approx(-4.0)
    census = Estimate(value=54.1882, standard_error=0.0, sample_size=9, population_size=9)
    assert not compare_with_announced(census, 54.19).inside
    rounded = compare_with_announced(census, 54.19, decimals=2)
    assert rounded.inside and rounded.z_score == math.inf
    assert not compare_with_announced(census, 54.2, decimals=2).inside
    assert compare_with_announced(census, 54.1882).z_score == 0
