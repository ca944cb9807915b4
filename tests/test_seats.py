"""Announced figures against themselves: the 2023 Mäjilis seats from the announced votes, the
published shares from the counts, and totals that add up (or do not)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from kzobserver.domain.elections import get_bundled_election
from kzobserver.domain.seats import (
    check_published_shares,
    check_totals,
    dhondt,
    largest_remainder,
)

ELECTION = get_bundled_election("kz-2023-majilis")
CONTEST = ELECTION.contest("majilis_list")
NATIONAL = {
    f.line: f.value for f in ELECTION.announced if f.area_code is None and f.as_of == "final"
}


def announced(prefix: str) -> dict[str, float]:
    """The announced figures with this prefix, in ballot order."""
    return {
        c.code: NATIONAL[prefix + c.code]
        for c in CONTEST.contestants
        if prefix + c.code in NATIONAL
    }


VOTES = {code: int(v) for code, v in announced("votes:").items()}
SHARES = announced("share_percent:")
SEATS = {code: int(v) for code, v in announced("seats:").items()}
SPECIAL = {c.code for c in CONTEST.contestants if c.special}


def test_the_2023_base_and_rule() -> None:
    parties = ["amanat", "auyl", "respublica", "aq_jol", "qhp", "osdp", "baytaq", "against_all"]
    assert list(VOTES) == parties
    assert sorted(SPECIAL) == ["against_all"]
    assert sum(VOTES.values()) == 6_366_441
    assert (CONTEST.seats, CONTEST.threshold_percent) == (69, 5.0)


def test_2023_seats_by_largest_remainder_with_the_hare_quota() -> None:
    assert CONTEST.seats is not None and CONTEST.threshold_percent is not None
    result = largest_remainder(VOTES, CONTEST.seats, CONTEST.threshold_percent, special=SPECIAL)
    assert list(result.seats.values()) == [40, 8, 6, 6, 5, 4, 0]
    assert result.seats == SEATS  # as announced, Baytaq's 0 included
    assert "against_all" not in result.seats
    assert result.base == 6_366_441
    assert result.threshold_votes == Fraction(6_366_441, 20)  # 318,322.05: Baytaq is below
    assert result.qualifying == ("amanat", "auyl", "respublica", "aq_jol", "qhp", "osdp")
    assert result.quota == Fraction(5_971_719, 69)
    assert result.tied == ()


def test_dhondt_would_have_given_amanat_one_more_seat() -> None:
    result = dhondt(VOTES, 69, 5.0, special=SPECIAL)
    assert list(result.seats.values()) == [41, 8, 6, 6, 5, 3, 0]
    assert result.seats != largest_remainder(VOTES, 69, 5.0, special=SPECIAL).seats
    assert result.quota is None and sum(result.seats.values()) == 69


def test_published_shares_match_the_counts() -> None:
    assert len(SHARES) == 8
    assert check_published_shares(VOTES, SHARES) == []
    assert check_published_shares(VOTES, SHARES, base=6_366_441) == []


def test_a_transposed_digit_is_caught() -> None:
    typo = dict(VOTES, amanat=3_341_510)  # 3,431,510 with two digits swapped
    # Against the published base only AMANAT is off.
    (mismatch,) = check_published_shares(typo, SHARES, base=6_366_441)
    assert mismatch.contestant == "amanat" and mismatch.votes == 3_341_510
    assert mismatch.published == 53.9
    assert mismatch.computed == pytest.approx(52.486, abs=1e-3)
    assert mismatch.consistent_low <= 3_431_510 <= (mismatch.consistent_high or 0)
    # Recomputing the base from the counts moves every share, AMANAT's the most; with the other
    # lines as they are, the published 53.9 % needs an AMANAT count around the true one.
    found = {m.contestant: m for m in check_published_shares(typo, SHARES)}
    assert "amanat" in found
    amanat = found["amanat"]
    assert amanat.consistent_low <= 3_431_510 <= (amanat.consistent_high or 0)
    assert (
        amanat.consistent_high is not None and amanat.consistent_high - amanat.consistent_low < 2000
    )
    offs = {name: abs(m.computed - m.published) for name, m in found.items()}
    assert max(offs, key=lambda name: offs[name]) == "amanat"


def test_share_rounding_half_a_unit_either_way() -> None:
    votes = {"x": 10, "y": 70}  # x: 12.5 % exactly
    assert check_published_shares(votes, {"x": 12.5}, decimals=0) == []
    assert check_published_shares(votes, {"x": 13}, decimals=0) == []  # rounded half up
    assert check_published_shares(votes, {"x": 12}, decimals=0) == []  # rounded half to even
    (m,) = check_published_shares(votes, {"x": 14}, decimals=0)
    assert (m.consistent_low, m.consistent_high) == (11, 11)  # 11 / 81 = 13.6 %
    (m,) = check_published_shares({"x": 1, "y": 7}, {"x": 14}, decimals=0)
    assert m.consistent_low > (m.consistent_high or 0)  # no whole number of votes gives 14 %
    with pytest.raises(ValueError, match="“z”, which has no votes"):
        check_published_shares(votes, {"z": 1.0})
    with pytest.raises(ValueError, match="no votes"):
        check_published_shares({"x": 0}, {"x": 0.0})


def test_2023_totals_add_up() -> None:
    found = check_totals(
        VOTES,
        published_sum=6_366_441,
        ballots_issued=int(NATIONAL["ballots_issued"]),
        voters_on_list=int(NATIONAL["voters_on_list"]),
        published_turnout_percent=NATIONAL["turnout_percent"],  # 54.19
    )
    assert found == []


def test_totals_that_do_not_add_up() -> None:
    typo = dict(VOTES, amanat=3_341_510)
    found = check_totals(
        typo,
        published_sum=6_366_441,
        ballots_issued=6_521_860,
        voters_on_list=12_035_578,
        published_turnout_percent=54.2,  # 54.188… rounds to 54.19, not 54.2
    )
    assert [m.check for m in found] == ["votes_sum", "turnout"]
    assert found[0].message == "The votes add up to 6,276,441, not the published 6,366,441."
    assert found[1].computed == pytest.approx(54.18817, abs=1e-5)
    one_decimal = check_totals(
        VOTES,
        ballots_issued=6_521_860,
        voters_on_list=12_035_578,
        published_turnout_percent=54.2,
        decimals=1,
    )
    assert one_decimal == []
    found = check_totals({"x": 600, "y": 500}, ballots_issued=1000, voters_on_list=900)
    assert [m.check for m in found] == ["votes_exceed_issued", "issued_exceed_voters"]
    with pytest.raises(ValueError, match="no voters"):
        check_totals(VOTES, ballots_issued=0, voters_on_list=0, published_turnout_percent=1.0)


def test_ties_are_broken_by_votes_then_ballot_order() -> None:
    # 3 : 1 for 2 seats: quotas 1.5 and 0.5, equal remainders; the list with more votes wins.
    result = largest_remainder({"b": 1, "a": 3}, 2)
    assert result.seats == {"b": 0, "a": 2} and result.tied == ("a", "b")
    # Equal votes too: the earlier list on the ballot wins, whatever its name.
    result = largest_remainder({"z": 10, "a": 10}, 1)
    assert result.seats == {"z": 1, "a": 0} and result.tied == ("z", "a")
    assert largest_remainder({"a": 10, "z": 10}, 1).seats == {"a": 1, "z": 0}
    # D'Hondt: averages 6, 3 (6 / 2) and 3 (3 / 1) tie for the second seat.
    result = dhondt({"b": 3, "a": 6}, 2)
    assert result.seats == {"b": 0, "a": 2} and result.tied == ("a", "b")
    result = dhondt({"y": 10, "x": 10}, 3)
    assert result.seats == {"y": 2, "x": 1} and set(result.tied) == {"x", "y"}
    assert dhondt({"a": 5, "b": 1}, 2).tied == ()


def test_threshold_and_special_lines() -> None:
    # Exactly at the threshold qualifies; a special line counts in the base but wins nothing.
    votes = {"a": 70, "b": 5, "c": 4, "against_all": 21}
    result = largest_remainder(votes, 10, 5.0, special={"against_all"})
    assert result.qualifying == ("a", "b")
    assert result.seats == {"a": 9, "b": 1, "c": 0}
    # Without "against all" in the base, c (4 of 79, 5.06 %) would have passed.
    assert "c" in largest_remainder({"a": 70, "b": 5, "c": 4}, 10, 5.0).qualifying
    assert dhondt(votes, 10, 5.0, special={"against_all"}).seats == {"a": 10, "b": 0, "c": 0}
    with pytest.raises(ValueError, match="No list reaches"):
        largest_remainder(votes, 10, 75.0)
    with pytest.raises(ValueError, match="at least 1 seat"):
        dhondt(votes, 0)
    with pytest.raises(ValueError, match="whole number"):
        largest_remainder({"a": -1}, 3)
    with pytest.raises(ValueError, match="threshold"):
        largest_remainder(votes, 3, 100.0)
