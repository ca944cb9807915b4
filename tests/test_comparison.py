"""Station comparison between two sources: official rows altered in known ways, and the comparison
must find exactly those stations, with the right differences, statuses and net shift."""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any

import pytest

from kzobserver.domain.comparison import (
    ComparisonStatus,
    Review,
    compare_many,
    compare_records,
    issued_lines,
    net_shift,
    station_status,
)

S = ComparisonStatus
PARTIES = ("amanat", "auyl", "respublica", "aq_jol", "qhp", "osdp", "baytaq", "against_all")
FIXED = (
    "voters_on_list",
    "ballots_received",
    "ballots_issued",
    "issued_outside",
    "issued_absentee",
    "ballots_cancelled",
    "ballots_in_boxes",
    "invalid",
)
CODES = FIXED + tuple(f"votes:{p}" for p in PARTIES)
REGIONS = ("almaty", "astana", "shymkent", "turkestan", "abai")
Record = dict[str, Any]


def protocol(rng: random.Random) -> Record:
    """A consistent protocol: issued ≤ voters, received = issued + cancelled with at least 20
    cancelled, boxes = invalid + Σ votes, every party with at least 5 votes."""
    voters = rng.randint(400, 3000)
    issued = rng.randint(len(PARTIES) * 5 + 20, voters)
    received = voters + rng.randint(20, 50)
    in_boxes = issued - rng.randint(0, 3)
    invalid = rng.randint(0, 15)
    valid = in_boxes - invalid
    weights = [rng.random() + 0.05 for _ in PARTIES]
    votes = [5 + int((valid - 5 * len(PARTIES)) * w / sum(weights)) for w in weights]
    votes[0] += valid - sum(votes)
    record: Record = {
        "voters_on_list": voters,
        "ballots_received": received,
        "ballots_issued": issued,
        "issued_outside": rng.randint(0, issued // 20),
        "issued_absentee": rng.randint(0, 5),
        "ballots_cancelled": received - issued,
        "ballots_in_boxes": in_boxes,
        "invalid": invalid,
    }
    record.update({f"votes:{p}": v for p, v in zip(PARTIES, votes, strict=True)})
    return record


Planted = dict[str, tuple[ComparisonStatus, dict[str, int]]]


def planted(
    count: int = 400, seed: int = 7
) -> tuple[list[tuple[str, str, Record, Record]], Planted]:
    """Observer copies (A), official rows (B) altered at some stations, and what was planted:
    ``{station: (expected status, {line: b - a for every line that differs})}``."""
    rng = random.Random(seed)
    stations = [(f"{i + 1}", REGIONS[i % len(REGIONS)]) for i in range(count)]
    observer = {key: protocol(rng) for key, _ in stations}
    official = {key: dict(r) for key, r in observer.items()}
    chosen = rng.sample([key for key, _ in stations], 53)
    moved, stuffed, (mistyped, missing_a, missing_b) = chosen[:30], chosen[30:50], chosen[50:]
    expected: Planted = {}
    for key in moved:  # k votes moved from one party to AMANAT
        b = official[key]
        loser = rng.choice(PARTIES[1:])
        k = rng.randint(1, b[f"votes:{loser}"])
        b[f"votes:{loser}"] -= k
        b["votes:amanat"] += k
        expected[key] = (S.MISMATCH, {"votes:amanat": k, f"votes:{loser}": -k})
    for key in stuffed:  # m ballots added for AMANAT, taken from the unused ones: consistent
        b = official[key]
        m = rng.randint(1, 20)
        for line in ("ballots_issued", "ballots_in_boxes", "votes:amanat"):
            b[line] += m
        b["ballots_cancelled"] -= m
        expected[key] = (
            S.MISMATCH,
            {
                "ballots_issued": m,
                "ballots_cancelled": -m,
                "ballots_in_boxes": m,
                "votes:amanat": m,
            },
        )
    # The last two digits of "invalid" swapped on the official side.
    observer[mistyped]["invalid"], official[mistyped]["invalid"] = 37, 73
    expected[mistyped] = (S.MISMATCH, {"invalid": 36})
    # The observer left a line empty and the official one is far off: still only missing.
    observer[missing_a]["votes:baytaq"] = None
    official[missing_a]["votes:baytaq"] = 999
    expected[missing_a] = (S.MISSING_A, {})
    del official[missing_b]["issued_outside"]  # absent from the official row altogether
    expected[missing_b] = (S.MISSING_B, {})
    for key, _ in stations[:5]:  # an optional line empty on both sides changes nothing
        if key not in expected:
            observer[key]["issued_absentee"] = official[key]["issued_absentee"] = None
    pairs = [(key, region, observer[key], official[key]) for key, region in stations]
    return pairs, expected


def test_finds_exactly_the_planted_alterations() -> None:
    pairs, expected = planted()
    results = compare_many(pairs, CODES)
    assert [c.station for c in results] == [p[0] for p in pairs]
    found = {c.station: c for c in results if c.status is not S.MATCH}
    assert set(found) == set(expected)
    for key, (status, diffs) in expected.items():
        c = found[key]
        assert c.status is status and c.computed_status is status, key
        nonzero = {code: d for code, d in zip(c.line_codes, c.differences, strict=True) if d}
        assert nonzero == diffs, key
        if diffs:
            assert c.largest_difference == max(abs(d) for d in diffs.values())
            assert c.largest_line is not None and abs(diffs[c.largest_line]) == max(
                abs(d) for d in diffs.values()
            )
    for c in results:
        if c.station not in expected:
            assert c.largest_difference == 0 and c.gainer is None and c.loser is None


def test_per_line_and_per_contestant_details() -> None:
    pairs, expected = planted()
    by_key = {c.station: c for c in compare_many(pairs, CODES)}
    moved = [k for k, (_, d) in expected.items() if len(d) == 2 and "votes:amanat" in d]
    c = by_key[moved[0]]
    (lost,) = (code for code in expected[moved[0]][1] if code != "votes:amanat")
    assert c.gainer == "amanat" and c.loser == lost.removeprefix("votes:")
    shifts = c.contestant_differences()
    assert list(shifts) == list(PARTIES)
    assert shifts["amanat"] == -shifts[c.loser] > 0
    lines = {line.code: line for line in c.lines()}
    assert lines["votes:amanat"].status is S.MISMATCH and lines["voters_on_list"].status is S.MATCH
    assert lines["votes:amanat"].difference == lines["votes:amanat"].b - lines["votes:amanat"].a
    missing = next(k for k, (s, _) in expected.items() if s is S.MISSING_A)
    line = {x.code: x for x in by_key[missing].lines()}["votes:baytaq"]
    assert (line.a, line.b, line.difference, line.status) == (None, 999, None, S.MISSING_A)
    assert by_key[missing].difference("votes:baytaq") is None
    assert by_key[missing].gainer is None  # an empty line is not a loss
    both = by_key["1"] if "1" not in expected else by_key["2"]
    assert {x.code: x.status for x in both.lines()}["issued_absentee"] is S.MISSING_BOTH
    assert both.status is S.MATCH


def test_net_shift_equals_the_planted_alterations() -> None:
    pairs, expected = planted()
    results = compare_many(pairs, CODES)
    region_of = {key: region for key, region, _, _ in pairs}
    want: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(PARTIES, 0))
    issued: dict[str, int] = defaultdict(int)
    stations: dict[str, int] = defaultdict(int)
    for key, (status, diffs) in expected.items():
        if status is not S.MISMATCH:
            continue
        region = region_of[key]
        stations[region] += 1
        issued[region] += diffs.get("ballots_issued", 0)
        for code, d in diffs.items():
            if code.startswith("votes:"):
                want[region][code.removeprefix("votes:")] += d
    shifts = net_shift(results, by="region")
    assert set(shifts) == set(want)
    for region, shift in shifts.items():
        assert region is not None
        assert shift.by_contestant == want[region]
        assert shift.stations == stations[region]
        assert shift.ballots_issued == issued[region]
        assert shift.votes_added == sum(v for v in want[region].values() if v > 0)
        assert shift.votes_removed == -sum(v for v in want[region].values() if v < 0)
        assert shift.net_votes == shift.ballots_issued  # moved votes cancel, stuffed ones add up
    national = net_shift(results)
    assert list(national) == [None]
    total = national[None]
    assert total.stations == sum(stations.values())
    for party in PARTIES:
        assert total.by_contestant[party] == sum(w[party] for w in want.values())
    assert total.by_contestant["amanat"] > 0
    assert all(v <= 0 for p, v in total.by_contestant.items() if p != "amanat")


def test_reviews_overlay_the_computed_status() -> None:
    pairs, expected = planted()
    mismatches = sorted(k for k, (s, _) in expected.items() if s is S.MISMATCH)
    excluded, confirmed, watched = mismatches[:3]
    reviews = {
        excluded: Review(S.EXCLUDED, reason="copy illegible"),
        confirmed: Review(S.CONFIRMED, reason="photo of the copy", evidence=("ev-1",)),
        watched: Review(S.UNDER_REVIEW),
    }
    results = {c.station: c for c in compare_many(pairs, CODES, reviews=reviews)}
    assert results[excluded].status is S.EXCLUDED
    assert results[excluded].computed_status is S.MISMATCH
    assert results[excluded].review == reviews[excluded]
    assert results[confirmed].status is S.CONFIRMED
    assert results[watched].status is S.UNDER_REVIEW
    plain = {c.station: c for c in compare_many(pairs, CODES)}
    # The excluded station drops out of the net shift; confirmed and under review stay in.
    with_reviews = net_shift(results.values())[None]
    without = net_shift(plain.values())[None]
    assert with_reviews.stations == without.stations - 1
    gone = plain[excluded].contestant_differences()
    for party in PARTIES:
        assert with_reviews.by_contestant[party] == without.by_contestant[party] - (
            gone[party] or 0
        )
    reviewed = plain[watched].with_review(reviews[watched])
    assert reviewed.status is S.UNDER_REVIEW and plain[watched].status is S.MISMATCH
    assert reviewed.with_review(None).status is S.MISMATCH


def test_station_status_precedence_and_review_validation() -> None:
    assert station_status([S.MATCH, S.WITHIN_TOLERANCE]) is S.WITHIN_TOLERANCE
    assert station_status([S.WITHIN_TOLERANCE, S.MISSING_B]) is S.MISSING_B
    assert station_status([S.MISSING_B, S.MISSING_A]) is S.MISSING_A
    assert station_status([S.MISSING_A, S.MISMATCH, S.MATCH]) is S.MISMATCH
    assert station_status([S.MATCH, S.MISSING_BOTH]) is S.MATCH
    assert station_status([S.MISSING_BOTH]) is S.MISSING_BOTH
    assert station_status([]) is S.MISSING_BOTH
    assert station_status([S.MATCH], Review(S.UNDER_REVIEW)) is S.UNDER_REVIEW
    with pytest.raises(ValueError, match="needs a reason"):
        Review(S.EXCLUDED, reason="  ")
    with pytest.raises(ValueError, match="needs evidence"):
        Review(S.CONFIRMED, reason="I saw it")
    with pytest.raises(ValueError, match="not a review decision"):
        Review(S.MATCH)


@pytest.mark.parametrize(
    ("a", "b", "tol_abs", "tol_pct", "status"),
    [
        (100, 103, 3, 0.0, S.WITHIN_TOLERANCE),
        (100, 97, 3, 0.0, S.WITHIN_TOLERANCE),
        (100, 104, 3, 0.0, S.MISMATCH),
        (1000, 1010, 0, 1.0, S.WITHIN_TOLERANCE),  # 1 % of 1,010 is 10.1, floored to 10
        (1000, 1011, 0, 1.0, S.MISMATCH),  # 11 > 1 % of 1,011 floored
        (1100, 1111, 0, 1.0, S.WITHIN_TOLERANCE),  # 11 ≤ 1 % of the larger side, 1,111
        (990, 1000, 0, 1.0, S.WITHIN_TOLERANCE),  # 10 ≤ 1 % of 1,000
        (1000, 990, 0, 1.0, S.WITHIN_TOLERANCE),  # the larger side is the base either way
        (1000, 1003, 0, 0.3, S.WITHIN_TOLERANCE),  # 0.3 % of 1,003 is 3.009: exact, not 2.99…
        (1000, 1004, 0, 0.3, S.MISMATCH),
        (1000, 1005, 5, 0.3, S.WITHIN_TOLERANCE),  # the larger of the two allowances
        (50, 50, 0, 0.0, S.MATCH),
        (0, 1, 0, 0.0, S.MISMATCH),
        (0, 1, 0, 50.0, S.MISMATCH),  # 50 % of 1 floors to 0
    ],
)
def test_tolerance_boundaries(a: int, b: int, tol_abs: int, tol_pct: float, status: S) -> None:
    c = compare_records({"x": a, "y": 7}, {"x": b, "y": 7}, ["x", "y"], tol_abs, tol_pct)
    assert c.line_statuses == (status, S.MATCH)
    assert c.status is status
    assert c.differences == (b - a, 0)


def test_missing_is_never_a_mismatch() -> None:
    c = compare_records({"x": 5}, {"x": None, "y": 9}, ["x", "y"])
    assert c.line_statuses == (S.MISSING_B, S.MISSING_A)
    assert c.differences == (None, None)
    assert c.status is S.MISSING_A and c.largest_difference == 0
    c = compare_records({}, {}, ["x"])
    assert c.status is S.MISSING_BOTH


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="at least 0"):
        compare_records({}, {}, ["x"], tolerance_abs=-1)
    with pytest.raises(ValueError, match="at least 0"):
        compare_records({}, {}, ["x"], tolerance_percent=-0.5)
    with pytest.raises(ValueError, match="twice"):
        compare_records({}, {}, ["x", "x"])
    with pytest.raises(ValueError, match="region"):
        net_shift([], by="district")


def test_issued_lines_per_template() -> None:
    assert issued_lines(CODES) == ("ballots_issued",)  # its "of which" lines are inside it
    ru = ("voters_on_list", "issued_early", "issued_in_premises", "issued_outside", "votes:er")
    assert issued_lines(ru) == ("issued_early", "issued_in_premises", "issued_outside")
    a = dict.fromkeys(ru, 10)
    b = dict(a, issued_early=13, issued_outside=12, **{"votes:er": 15})
    shift = net_shift([compare_records(a, b, ru)])[None]
    assert shift.ballots_issued == 5 and shift.by_contestant == {"er": 5}


def test_hundred_thousand_stations() -> None:
    rng = random.Random(3)
    rows = [protocol(rng) for _ in range(500)]
    pairs = []
    for i in range(100_000):
        a = rows[i % len(rows)]
        b = a
        if i % 97 == 0:
            b = dict(a)
            b["votes:amanat"] += 3
            b["votes:auyl"] -= 3
        pairs.append((str(i), REGIONS[i % len(REGIONS)], a, b))
    results = compare_many(pairs, CODES)
    assert len(results) == 100_000
    mismatches = [c for c in results if c.status is S.MISMATCH]
    assert len(mismatches) == len(range(0, 100_000, 97))
    assert all(c.gainer == "amanat" and c.loser == "auyl" for c in mismatches)
    total = net_shift(results)[None]
    assert total.by_contestant["amanat"] == 3 * len(mismatches)
    assert total.net_votes == 0 and total.ballots_issued == 0
