"""Announced figures against themselves: seats from votes, shares from counts, totals that add up.

Seats (Kazakh Mäjilis, party lists; Constitutional Law "On Elections", art. 97-1): the lists at or
above the threshold (5 % in 2023) of the share base take part. The share base is the sum of the
votes for every line on the ballot, "against all" included; special lines count in the base but
never win seats. The qualifying lists' votes divided by the seats give the Hare quota; each list
gets the whole part of votes / quota, and the seats left go one each to the largest remainders.
D'Hondt (highest averages: votes / 1, 2, 3, ...) is there for contrast: in 2023 it gives the
largest party one seat more.

Ties (equal remainders, or equal D'Hondt averages, at the last seat): the list with more votes
wins; with equal votes too, the list earlier in ``votes`` (pass them in ballot order). The law's
own tie rule should be checked before relying on that, so ``SeatAllocation.tied`` names the lists
a tie-break decided between.

All arithmetic is exact (integers and fractions): a remainder or a threshold is never decided by a
floating-point rounding.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from fractions import Fraction

from kzobserver.domain.rules import format_number
from kzobserver.i18n import translate

__all__ = [
    "SeatAllocation",
    "ShareMismatch",
    "TotalMismatch",
    "check_published_shares",
    "check_totals",
    "dhondt",
    "largest_remainder",
]


@dataclass(frozen=True)
class SeatAllocation:
    method: str  # "largest_remainder" (Hare quota) or "dhondt"
    seats: dict[str, int]  # every list that can win seats, 0 for those below the threshold
    base: int  # the share base: votes for every line, special lines included
    threshold_votes: Fraction  # the fewest votes a list needs to qualify
    qualifying: tuple[str, ...]
    quota: Fraction | None = None  # the Hare quota (largest remainder only)
    tied: tuple[str, ...] = ()  # lists the tie-break rule decided between for the last seat


def _qualifying(
    votes: Mapping[str, int], seats: int, threshold_percent: float, special: Collection[str]
) -> tuple[int, Fraction, list[str]]:
    if isinstance(seats, bool) or seats < 1:
        raise ValueError(translate("Comparison", "There must be at least 1 seat to allocate."))
    if threshold_percent < 0 or threshold_percent >= 100:
        raise ValueError(
            translate("Comparison", "A threshold must be at least 0 % and below 100 %.")
        )
    for name, count in votes.items():
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            text = translate("Comparison", "The votes for “{name}” must be a whole number ≥ 0.")
            raise ValueError(text.format(name=name))
    base = sum(votes.values())
    threshold = Fraction(str(threshold_percent)) / 100 * base
    lists = [n for n, v in votes.items() if n not in special and v >= threshold and v > 0]
    if not lists:
        raise ValueError(
            translate("Comparison", "No list reaches the threshold of {threshold} %.").format(
                threshold=threshold_percent
            )
        )
    return base, threshold, lists


def _winners(
    keys: list[tuple[Fraction | int, int, int, str]], count: int
) -> tuple[list[str], tuple[str, ...]]:
    """The ``count`` best of (primary, votes, -order, name) keys, and the lists tied on the
    primary key at the cut-off (the tie-break decided between them)."""
    keys.sort(reverse=True)
    chosen = [k[3] for k in keys[:count]]
    tied: tuple[str, ...] = ()
    if 0 < count < len(keys) and keys[count - 1][0] == keys[count][0]:
        cut = keys[count][0]
        tied = tuple(dict.fromkeys(k[3] for k in keys if k[0] == cut))
    return chosen, tied


def largest_remainder(
    votes: Mapping[str, int],
    seats: int,
    threshold_percent: float = 0.0,
    *,
    special: Collection[str] = (),
) -> SeatAllocation:
    """Largest remainder with the Hare quota among the lists at or above ``threshold_percent``
    of the share base; ``special`` lines (against_all) count in the base only."""
    base, threshold, lists = _qualifying(votes, seats, threshold_percent, special)
    total = sum(votes[n] for n in lists)
    # votes / quota = votes * seats / total: its whole part and remainder, kept as integers.
    allocated = {n: votes[n] * seats // total for n in lists}
    remainders = {n: votes[n] * seats % total for n in lists}
    order = {n: i for i, n in enumerate(votes)}
    keys: list[tuple[Fraction | int, int, int, str]] = [
        (remainders[n], votes[n], -order[n], n) for n in lists
    ]
    extra, tied = _winners(keys, seats - sum(allocated.values()))
    for name in extra:
        allocated[name] += 1
    return SeatAllocation(
        method="largest_remainder",
        seats={n: allocated.get(n, 0) for n in votes if n not in special},
        base=base,
        threshold_votes=threshold,
        qualifying=tuple(lists),
        quota=Fraction(total, seats),
        tied=tied,
    )


def dhondt(
    votes: Mapping[str, int],
    seats: int,
    threshold_percent: float = 0.0,
    *,
    special: Collection[str] = (),
) -> SeatAllocation:
    """D'Hondt highest averages among the same qualifying lists, for contrast."""
    base, threshold, lists = _qualifying(votes, seats, threshold_percent, special)
    order = {n: i for i, n in enumerate(votes)}
    # No list can win more than all the seats, so votes / 1 ... votes / seats are all the
    # averages that can matter.
    keys: list[tuple[Fraction | int, int, int, str]] = [
        (Fraction(votes[n], d), votes[n], -order[n], n) for n in lists for d in range(1, seats + 1)
    ]
    chosen, tied = _winners(keys, seats)
    allocated = dict.fromkeys(lists, 0)
    for name in chosen:
        allocated[name] += 1
    return SeatAllocation(
        method="dhondt",
        seats={n: allocated.get(n, 0) for n in votes if n not in special},
        base=base,
        threshold_votes=threshold,
        qualifying=tuple(lists),
        tied=tied,
    )


@dataclass(frozen=True)
class ShareMismatch:
    contestant: str
    published: float  # percent
    computed: float  # votes / base, in percent, unrounded
    votes: int
    # The vote counts that would give the published share (the other lines as they are, or the
    # base as given); None above when any count would do.
    consistent_low: int
    consistent_high: int | None


def check_published_shares(
    votes: Mapping[str, int],
    published_shares: Mapping[str, float],
    decimals: int = 2,
    *,
    base: int | None = None,
) -> list[ShareMismatch]:
    """The published shares (percent) that no rounding of votes / base to ``decimals`` gives.

    A share matches when it is within half a unit of the last decimal of the exact share, so
    rounding half up, half to even or half down all pass. ``base`` defaults to the sum of
    ``votes`` (all lines, special ones included: the 2023 rule)."""
    total = sum(votes.values()) if base is None else base
    if total <= 0:
        raise ValueError(translate("Comparison", "The share base is 0: there are no votes."))
    half = Fraction(1, 2 * 10**decimals)
    mismatches = []
    for name, published in published_shares.items():
        if name not in votes:
            text = translate("Comparison", "A share is published for “{name}”, which has no votes.")
            raise ValueError(text.format(name=name))
        count = votes[name]
        exact = Fraction(100 * count, total)
        target = Fraction(str(published))
        if abs(exact - target) <= half:
            continue
        low, high = target - half, target + half
        if base is None:
            # share = v / (v + others)  <=>  v = share * others / (100 - share)
            others = total - count
            low_votes = math.ceil(low * others / (100 - low)) if low > 0 else 0
            high_votes = math.floor(high * others / (100 - high)) if high < 100 else None
        else:
            low_votes = max(0, math.ceil(low * total / 100))
            high_votes = math.floor(high * total / 100)
        mismatches.append(
            ShareMismatch(name, published, float(exact), count, low_votes, high_votes)
        )
    return mismatches


@dataclass(frozen=True)
class TotalMismatch:
    check: str  # votes_sum | votes_exceed_issued | issued_exceed_voters | turnout
    published: float | None
    computed: float
    message: str


def check_totals(
    votes: Mapping[str, int],
    *,
    published_sum: int | None = None,
    ballots_issued: int | None = None,
    voters_on_list: int | None = None,
    published_turnout_percent: float | None = None,
    decimals: int = 2,
) -> list[TotalMismatch]:
    """Announced totals that do not add up; each check runs when its figures are given:

    - votes_sum: the votes (special lines included) differ from a published sum (the base);
    - votes_exceed_issued: more votes than ballots issued;
    - issued_exceed_voters: more ballots issued than voters on the list;
    - turnout: the published turnout is more than half a unit of its last decimal away from
      ballots_issued / voters_on_list."""
    found = []
    n = format_number
    counted = sum(votes.values())
    if published_sum is not None and counted != published_sum:
        text = translate("Comparison", "The votes add up to {counted}, not the published {sum}.")
        message = text.format(counted=n(counted), sum=n(published_sum))
        found.append(TotalMismatch("votes_sum", published_sum, counted, message))
    if ballots_issued is not None and counted > ballots_issued:
        text = translate("Comparison", "{counted} votes but only {issued} ballots issued.")
        message = text.format(counted=n(counted), issued=n(ballots_issued))
        found.append(TotalMismatch("votes_exceed_issued", ballots_issued, counted, message))
    if ballots_issued is None or voters_on_list is None:
        return found
    if ballots_issued > voters_on_list:
        text = translate("Comparison", "{issued} ballots issued to {voters} voters.")
        message = text.format(issued=n(ballots_issued), voters=n(voters_on_list))
        found.append(TotalMismatch("issued_exceed_voters", voters_on_list, ballots_issued, message))
    if published_turnout_percent is not None:
        if voters_on_list <= 0:
            raise ValueError(
                translate("Comparison", "There are no voters on the list to divide by.")
            )
        exact = Fraction(100 * ballots_issued, voters_on_list)
        if abs(exact - Fraction(str(published_turnout_percent))) > Fraction(1, 2 * 10**decimals):
            text = translate(
                "Comparison",
                "The published turnout of {published} % is not {issued} of {voters} "
                "({computed} %).",
            )
            message = text.format(
                published=published_turnout_percent,
                issued=n(ballots_issued),
                voters=n(voters_on_list),
                computed=f"{float(exact):.{decimals + 2}f}",
            )
            found.append(TotalMismatch("turnout", published_turnout_percent, float(exact), message))
    return found
