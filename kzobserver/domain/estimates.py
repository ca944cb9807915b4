"""What the observers' sample of stations says about the whole election, with a margin of error.

Kazakhstan publishes national and regional totals, not per-station results, so the check on the
announced shares is statistical: observers cover a random sample of stations, and the sample
estimates each contestant's share and the turnout, with a 95 % interval to set the announced
figure against.

Both are ratios of totals, R = Y / X: a contestant's share is Σ votes for it / Σ base (the base is
the sum of the votes for every line on the ballot, "against all" included, the 2023 rule), and the
turnout is Σ ballots_issued / Σ voters_on_list. Stations differ a lot in size, so the ratio of the
sample sums (the ratio estimator) is used rather than a mean of station percentages, which would
give a small station the weight of a large one.

Formulas (Cochran, *Sampling Techniques*, 3rd ed., 1977, §6.3–6.4 and §6.10–6.11). Stations are
drawn by simple random sampling without replacement, within each stratum h (region) when the
design is stratified: N_h stations in the stratum, n_h sampled, f_h = n_h / N_h. An unstratified
design is the case of a single stratum.

- Combined ratio estimator (§6.11): Ŷ = Σ_h (N_h / n_h) Σ_i y_hi, X̂ likewise, R̂ = Ŷ / X̂.
  With one stratum this is the plain ratio of the sample sums, Σy / Σx (§6.3).
- Linearised (Taylor) variance, estimated from the sample (§6.4; stratified, §6.11):
  with residuals d_hi = y_hi − R̂ x_hi and their sample variance s²_dh within each stratum,

      v(R̂) = Σ_h N_h² (1 − f_h) s²_dh / n_h  /  X̂².

  The factor (1 − f_h) is the finite-population correction: sampling every station of every
  stratum leaves no margin. With one stratum this is Cochran's (1 − f) / (n x̄²) · Σ d_i² / (n − 1).
- 95 % interval: R̂ ± z · √v(R̂), z = 1.959964 (normal approximation; the interval is not clipped
  to [0, 1]).

Each stratum needs at least 2 sampled stations, or its variance cannot be estimated (a stratum
with none would also bias the estimate). A sampled station lacking a line the estimate needs is
left out and counted in ``Estimate.left_out``: that is non-response, and the estimate then
assumes those stations are missing at random.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from kzobserver.domain.rules import format_number
from kzobserver.domain.templates import VOTES_PREFIX
from kzobserver.i18n import translate

__all__ = [
    "Z95",
    "AnnouncedComparison",
    "Estimate",
    "SampleDesign",
    "compare_with_announced",
    "estimate_shares",
    "estimate_turnout",
    "ratio_estimate",
]

Z95 = 1.959964
Record = Mapping[str, int | None]
_SINGLE = ""  # the stratum of an unstratified design


@dataclass(frozen=True)
class SampleDesign:
    """How the sample was drawn: the number of stations N_h in each stratum.

    Use ``SampleDesign.simple(N)`` for one random sample from all N stations and
    ``SampleDesign.stratified({region: N_h})`` for a separate random sample in each region."""

    stratum_sizes: Mapping[str, int]
    is_stratified: bool = True

    def __post_init__(self) -> None:
        if not self.stratum_sizes:
            raise ValueError(translate("Comparison", "A sample design needs at least one stratum."))
        for name, size in self.stratum_sizes.items():
            if isinstance(size, bool) or not isinstance(size, int) or size < 1:
                raise ValueError(
                    translate(
                        "Comparison",
                        "Stratum “{stratum}” must have at least 1 station, not {size}.",
                    ).format(stratum=name, size=size)
                )

    @classmethod
    def simple(cls, population_size: int) -> SampleDesign:
        return cls({_SINGLE: population_size}, is_stratified=False)

    @classmethod
    def stratified(cls, stratum_sizes: Mapping[str, int]) -> SampleDesign:
        return cls(dict(stratum_sizes), is_stratified=True)

    @property
    def population_size(self) -> int:
        return sum(self.stratum_sizes.values())


@dataclass(frozen=True)
class Estimate:
    """A ratio estimate with its 95 % interval; ``value`` is a proportion (0.539 for 53.9 %)."""

    value: float
    standard_error: float
    sample_size: int  # stations used
    population_size: int
    left_out: int = 0  # sampled stations left out for lack of a line
    z: float = Z95

    @property
    def margin(self) -> float:
        return self.z * self.standard_error

    @property
    def low(self) -> float:
        return self.value - self.margin

    @property
    def high(self) -> float:
        return self.value + self.margin

    def in_percent(self) -> Estimate:
        """The same estimate with value and standard error in percent, like announced shares."""
        return replace(self, value=self.value * 100, standard_error=self.standard_error * 100)


def ratio_estimate(
    numerators: Sequence[float],
    denominators: Sequence[float],
    design: SampleDesign,
    strata: Sequence[str] | None = None,
    *,
    left_out: int = 0,
    z: float = Z95,
) -> Estimate:
    """R̂ = Ŷ / X̂ and its linearised standard error (module docstring); ``strata`` names the
    stratum of each sampled station when the design is stratified."""
    if len(numerators) != len(denominators):
        raise ValueError("numerators and denominators differ in length")  # a programming error
    groups = _group(numerators, denominators, design, strata)
    y_total = x_total = 0.0
    for name, (ys, xs) in groups.items():
        weight = design.stratum_sizes[name] / len(ys)
        y_total += weight * sum(ys)
        x_total += weight * sum(xs)
    if x_total == 0:
        raise ValueError(
            translate(
                "Comparison",
                "The sampled stations add up to 0 in the denominator (no voters or no valid "
                "votes), so no ratio can be estimated.",
            )
        )
    ratio = y_total / x_total
    variance = 0.0
    for name, (ys, xs) in groups.items():
        n, size = len(ys), design.stratum_sizes[name]
        residuals = [y - ratio * x for y, x in zip(ys, xs, strict=True)]
        mean = sum(residuals) / n
        s2 = sum((d - mean) ** 2 for d in residuals) / (n - 1)
        variance += size * size * (1 - n / size) * s2 / n
    return Estimate(
        value=ratio,
        standard_error=math.sqrt(variance) / abs(x_total),
        sample_size=len(numerators),
        population_size=design.population_size,
        left_out=left_out,
        z=z,
    )


def _group(
    ys: Sequence[float],
    xs: Sequence[float],
    design: SampleDesign,
    strata: Sequence[str] | None,
) -> dict[str, tuple[list[float], list[float]]]:
    if not design.is_stratified:
        if strata is not None:
            raise ValueError("strata given for an unstratified design")  # a programming error
        labels: Sequence[str] = [_SINGLE] * len(ys)
    elif strata is None or len(strata) != len(ys):
        raise ValueError("a stratified design needs the stratum of every sampled station")
    else:
        labels = strata
    groups: dict[str, tuple[list[float], list[float]]] = {
        name: ([], []) for name in design.stratum_sizes
    }
    for label, y, x in zip(labels, ys, xs, strict=True):
        group = groups.get(label)
        if group is None:
            raise ValueError(
                translate(
                    "Comparison", "A sampled station is in “{stratum}”, which the design lacks."
                ).format(stratum=label)
            )
        group[0].append(y)
        group[1].append(x)
    for name, (group_ys, _) in groups.items():
        n, size = len(group_ys), design.stratum_sizes[name]
        where = (
            translate("Comparison", "Stratum “{stratum}”").format(stratum=name)
            if design.is_stratified
            else translate("Comparison", "The sample")
        )
        if n < 2:
            raise ValueError(
                translate(
                    "Comparison",
                    "{stratum} has {n} sampled stations: at least 2 are needed to estimate a "
                    "margin of error.",
                ).format(stratum=where, n=n)
            )
        if n > size:
            raise ValueError(
                translate(
                    "Comparison", "{stratum} has {n} sampled stations but only {size} in all."
                ).format(stratum=where, n=format_number(n), size=format_number(size))
            )
    return groups


def estimate_shares(
    records: Sequence[Record],
    contestants: Sequence[str],
    design: SampleDesign,
    strata: Sequence[str] | None = None,
    *,
    z: float = Z95,
) -> dict[str, Estimate]:
    """Each contestant's share of the base (the votes for all of ``contestants``, which should
    include the special lines such as against_all), as proportions; records are keyed by line
    code (``votes:<contestant>``)."""
    codes = [VOTES_PREFIX + c for c in contestants]
    rows, kept_strata = _complete(records, codes, strata)
    bases = [sum(row) for row in rows]
    left_out = len(records) - len(rows)
    return {
        contestant: ratio_estimate(
            [row[j] for row in rows], bases, design, kept_strata, left_out=left_out, z=z
        )
        for j, contestant in enumerate(contestants)
    }


def estimate_turnout(
    records: Sequence[Record],
    design: SampleDesign,
    strata: Sequence[str] | None = None,
    *,
    issued_lines: Sequence[str] = ("ballots_issued",),
    voters_line: str = "voters_on_list",
    z: float = Z95,
) -> Estimate:
    """Σ ballots issued / Σ voters on the list, as a proportion. On a Russian protocol pass
    ``issued_lines=("issued_early", "issued_in_premises", "issued_outside")``."""
    rows, kept_strata = _complete(records, [voters_line, *issued_lines], strata)
    voters = [row[0] for row in rows]
    issued = [sum(row[1:]) for row in rows]
    left_out = len(records) - len(rows)
    return ratio_estimate(issued, voters, design, kept_strata, left_out=left_out, z=z)


def _complete(
    records: Sequence[Record], codes: Sequence[str], strata: Sequence[str] | None
) -> tuple[list[list[int]], list[str] | None]:
    """The values of ``codes`` in each record that has them all, and those records' strata."""
    if strata is not None and len(strata) != len(records):
        raise ValueError("a stratified design needs the stratum of every sampled station")
    rows: list[list[int]] = []
    kept_strata: list[str] | None = None if strata is None else []
    for i, record in enumerate(records):
        row = [v for v in map(record.get, codes) if v is not None]
        if len(row) == len(codes):
            rows.append(row)
            if kept_strata is not None and strata is not None:
                kept_strata.append(strata[i])
    return rows, kept_strata


@dataclass(frozen=True)
class AnnouncedComparison:
    announced: float
    estimate: Estimate
    inside: bool  # the announced figure lies within the interval
    difference: float  # announced − estimate
    z_score: float  # difference / standard error; ±inf when a census disagrees


def compare_with_announced(
    estimate: Estimate, announced_value: float, *, decimals: int | None = None
) -> AnnouncedComparison:
    """Set an announced figure against an estimate in the same unit (use
    ``estimate.in_percent()`` for a share announced in percent).

    ``decimals``: the announced figure was rounded to this many decimals, so it counts as inside
    when its rounding range [value ± half a unit] meets the interval; that matters when the margin
    is small or zero (all stations of an area observed)."""
    slack = 0.0 if decimals is None else float(Decimal(5).scaleb(-decimals - 1))
    difference = announced_value - estimate.value
    inside = estimate.low - slack <= announced_value <= estimate.high + slack
    if estimate.standard_error > 0:
        z_score = difference / estimate.standard_error
    else:
        z_score = 0.0 if difference == 0 else math.copysign(math.inf, difference)
    return AnnouncedComparison(announced_value, estimate, inside, difference, z_score)
