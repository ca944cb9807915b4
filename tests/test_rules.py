"""The shipped control relations, checked one relation at a time on records that are consistent
by construction, and the engine's statuses: OK, Flagged, Verified, Missing, within tolerance."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

import pytest

from kzobserver.domain.elections import get_bundled_election
from kzobserver.domain.expressions import parse_expression
from kzobserver.domain.model import LocalizedText
from kzobserver.domain.rules import (
    Rule,
    RuleStatus,
    evaluate_rule,
    evaluate_rules,
    format_number,
    rules_for_template,
)
from kzobserver.domain.templates import get_template
from kzobserver.i18n import install_translator

Record = dict[str, int | None]

KZ_PARTIES = ("amanat", "auyl", "respublica", "aq_jol", "qhp", "osdp", "baytaq", "against_all")
# Shares of the national 2023 Mäjilis party-list result (CEC release of 27 March), in percent.
KZ_SHARES = (53.90, 10.90, 8.59, 8.41, 6.80, 5.20, 2.30, 3.90)
KZ_CANDIDATES = ("candidate_1", "candidate_2", "candidate_3", "against_all")
RU_PARTIES = ("er", "kprf", "ldpr", "sr", "nl")
RU_SHARES = (49.8, 18.9, 7.5, 7.5, 5.3)
CONTESTANTS = {
    "kz-party-list": KZ_PARTIES,
    "kz-single-member": KZ_CANDIDATES,
    "ru-federal": RU_PARTIES,
}


def line_codes(template: str) -> list[str]:
    fixed = [line.code for line in get_template(template).lines]
    return fixed + [f"votes:{c}" for c in CONTESTANTS[template]]


def split(total: int, weights: tuple[float, ...] | list[float]) -> list[int]:
    """``total`` shared out by ``weights`` (largest remainder), summing to ``total`` exactly."""
    exact = [total * w / sum(weights) for w in weights]
    parts = [int(x) for x in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: parts[i] - exact[i])
    for i in by_remainder[: total - sum(parts)]:
        parts[i] += 1
    return parts


def kz_record(template: str, rng: random.Random | None = None) -> Record:
    """A Kazakh protocol where every relation holds; random when given ``rng``."""
    r = rng or random.Random(0)
    voters = r.randint(300, 3000) if rng else 2_100
    issued = r.randint(100, voters) if rng else 1_180
    cancelled = r.randint(0, 600) if rng else 820
    taken_away = r.randint(0, 5) if rng else 2  # ballots voters carried out: boxes < issued
    in_boxes = issued - taken_away
    invalid = r.randint(0, in_boxes // 20) if rng else 21
    names = CONTESTANTS[template]
    weights = [r.random() + 0.05 for _ in names] if rng else list(KZ_SHARES[: len(names)])
    record: Record = {
        "voters_on_list": voters,
        "ballots_received": issued + cancelled,
        "ballots_issued": issued,
        "issued_outside": r.randint(0, issued // 10) if rng else 40,
        "issued_absentee": r.randint(0, issued // 20) if rng else 12,
        "ballots_cancelled": cancelled,
        "ballots_in_boxes": in_boxes,
        "invalid": invalid,
    }
    record.update(
        zip((f"votes:{c}" for c in names), split(in_boxes - invalid, weights), strict=True)
    )
    return record


def ru_record(template: str = "ru-federal", rng: random.Random | None = None) -> Record:
    """A Russian federal protocol where C1–C4 hold and no more ballots are in boxes than issued."""
    r = rng or random.Random(0)
    voters = r.randint(300, 3000) if rng else 2_350
    early, outside = (r.randint(0, 30), r.randint(0, 90)) if rng else (15, 85)
    premises = r.randint(100, voters - early - outside) if rng else 1_340
    cancelled, lost, unaccounted = (r.randint(0, 600), r.randint(0, 2), 0) if rng else (860, 0, 0)
    mobile = outside - (r.randint(0, min(outside, 2)) if rng else 0)
    stationary = early + premises - (r.randint(0, 5) if rng else 3)
    invalid = r.randint(0, (mobile + stationary) // 20) if rng else 22
    valid = mobile + stationary - invalid
    weights = [r.random() + 0.05 for _ in RU_PARTIES] if rng else list(RU_SHARES)
    record: Record = {
        "voters_on_list": voters,
        "ballots_received": early + premises + outside + cancelled + lost - unaccounted,
        "issued_early": early,
        "issued_in_premises": premises,
        "issued_outside": outside,
        "ballots_cancelled": cancelled,
        "ballots_in_mobile_boxes": mobile,
        "ballots_in_stationary_boxes": stationary,
        "invalid": invalid,
        "valid": valid,
        "ballots_lost": lost,
        "ballots_unaccounted": unaccounted,
    }
    record.update(zip((f"votes:{c}" for c in RU_PARTIES), split(valid, weights), strict=True))
    return record


def consistent(template: str, rng: random.Random | None = None) -> Record:
    return ru_record(template, rng) if template == "ru-federal" else kz_record(template, rng)


# --- breaking one relation at a time ------------------------------------------------------------
# Each breaker changes a consistent record so that exactly one rule fails, by exactly ``d``:
# "greater" makes the rule's left side the larger one, "less" the right side.


def largest_vote(record: Record) -> str:
    return max((c for c in record if c.startswith("votes:")), key=lambda c: record[c] or 0)


def add(record: Record, code: str, amount: int) -> None:
    record[code] = (record[code] or 0) + amount


def ru_issued(record: Record) -> int:
    return sum(record[c] or 0 for c in ("issued_early", "issued_in_premises", "issued_outside"))


def kz_stuff(record: Record, d: int) -> None:
    extra = (record["ballots_issued"] or 0) + d - (record["ballots_in_boxes"] or 0)
    add(record, "ballots_in_boxes", extra)
    add(record, largest_vote(record), extra)  # the stuffed ballots are counted as votes


def ru_stuff(record: Record, d: int) -> None:
    boxes = (record["ballots_in_mobile_boxes"] or 0) + (record["ballots_in_stationary_boxes"] or 0)
    extra = ru_issued(record) + d - boxes
    for code in ("ballots_in_stationary_boxes", "valid", largest_vote(record)):
        add(record, code, extra)


def ru_lose_valid(record: Record, d: int) -> None:
    for code in ("valid", largest_vote(record)):  # C4 still holds
        add(record, code, -d)


Breaker = Callable[[Record, int], None]
KZ_BREAKERS: dict[tuple[str, str], Breaker] = {
    ("issued_le_voters", "greater"): lambda r, d: r.update(
        voters_on_list=(r["ballots_issued"] or 0) - d
    ),
    ("received_balance", "greater"): lambda r, d: add(r, "ballots_received", d),
    ("received_balance", "less"): lambda r, d: add(r, "ballots_received", -d),
    ("boxes_balance", "greater"): lambda r, d: add(r, largest_vote(r), -d),
    ("boxes_balance", "less"): lambda r, d: add(r, "invalid", d),
    ("boxes_le_issued", "greater"): kz_stuff,
    ("outside_le_issued", "greater"): lambda r, d: r.update(
        issued_outside=(r["ballots_issued"] or 0) + d
    ),
    ("absentee_le_issued", "greater"): lambda r, d: r.update(
        issued_absentee=(r["ballots_issued"] or 0) + d
    ),
}
RU_BREAKERS: dict[tuple[str, str], Breaker] = {
    ("c1_issued_le_voters", "greater"): lambda r, d: r.update(voters_on_list=ru_issued(r) - d),
    ("c2_received_balance", "greater"): lambda r, d: add(r, "ballots_received", d),
    ("c2_received_balance", "less"): lambda r, d: add(r, "ballots_received", -d),
    ("c3_boxes_balance", "greater"): ru_lose_valid,
    ("c3_boxes_balance", "less"): lambda r, d: add(r, "invalid", d),
    ("c4_valid_balance", "greater"): lambda r, d: add(r, largest_vote(r), -d),
    ("c4_valid_balance", "less"): lambda r, d: add(r, largest_vote(r), d),
    ("boxes_le_issued", "greater"): ru_stuff,
}
CASES = [
    pytest.param(template, code, direction, id=f"{template}:{code}:{direction}")
    for template, breakers in (
        ("kz-party-list", KZ_BREAKERS),
        ("kz-single-member", KZ_BREAKERS),
        ("ru-federal", RU_BREAKERS),
    )
    for code, direction in breakers
]


def breaker(template: str, code: str, direction: str) -> Breaker:
    return (RU_BREAKERS if template == "ru-federal" else KZ_BREAKERS)[(code, direction)]


def broken(
    template: str, code: str, direction: str, d: int, rng: random.Random | None = None
) -> Record:
    record = consistent(template, rng)
    breaker(template, code, direction)(record, d)
    return record


def rule(template: str, code: str) -> Rule:
    return next(r for r in rules_for_template(template) if r.code == code)


def statuses(template: str, record: Record, verified: tuple[str, ...] = ()) -> dict[str, str]:
    results = evaluate_rules(rules_for_template(template), record, line_codes(template), verified)
    return {result.code: result.status for result in results}


def test_every_shipped_rule_has_cases_in_both_directions_it_can_fail() -> None:
    covered = {(p.values[0], p.values[1]) for p in CASES}
    for template in CONTESTANTS:
        for shipped in rules_for_template(template):
            assert (template, shipped.code) in covered
            if shipped.expression.comparison.op == "!=":  # type: ignore[union-attr]
                assert {"greater", "less"} <= {
                    p.values[2] for p in CASES if p.values[:2] == (template, shipped.code)
                }


@pytest.mark.parametrize("template", list(CONTESTANTS))
def test_a_consistent_record_passes_every_rule(template: str) -> None:
    record = consistent(template)
    results = evaluate_rules(rules_for_template(template), record, line_codes(template))
    assert results and all(r.status is RuleStatus.OK and not r.within_tolerance for r in results)
    assert all(r.explanation.startswith("Holds: ") for r in results)


@pytest.mark.parametrize(("template", "code", "direction"), CASES)
@pytest.mark.parametrize("d", [1, 70])
def test_failing_record_flags_that_rule_only(
    template: str, code: str, direction: str, d: int
) -> None:
    record = broken(template, code, direction, d)
    assert statuses(template, record) == {
        r.code: RuleStatus.FLAGGED if r.code == code else RuleStatus.OK
        for r in rules_for_template(template)
    }
    result = evaluate_rule(rule(template, code), record, line_codes(template))
    assert result.difference == (d if direction == "greater" else -d)
    assert result.lhs is not None and result.rhs is not None
    assert result.lhs - result.rhs == result.difference
    assert not result.within_tolerance and result.allowance == 0
    assert set(result.values) == set(result.lines)
    # The explanation quotes both sides and the gap, with thousands separators.
    assert max(result.lhs, result.rhs) >= 1000
    for number in (result.lhs, result.rhs, d):
        assert format_number(number) in result.explanation
    assert "," in result.explanation
    russian = evaluate_rule(rule(template, code), record, line_codes(template), lang="ru")
    assert format_number(max(result.lhs, result.rhs), "ru") in russian.explanation
    assert "\u00a0" in russian.explanation and russian.explanation != result.explanation


@pytest.mark.parametrize(("template", "code", "direction"), CASES)
def test_within_tolerance_is_ok_and_just_beyond_it_is_flagged(
    template: str, code: str, direction: str
) -> None:
    shipped = rule(template, code)
    assert shipped.tolerance_abs is None and shipped.tolerance_percent is None  # statutory: exact
    codes, d = line_codes(template), 7
    record = broken(template, code, direction, d)
    tolerant = evaluate_rule(replace(shipped, tolerance_abs=d), record, codes)
    assert tolerant.status is RuleStatus.OK and tolerant.within_tolerance
    assert tolerant.allowance == d
    assert tolerant.explanation.startswith("Within the tolerance of 7: ")
    assert format_number(max(tolerant.lhs or 0, tolerant.rhs or 0)) in tolerant.explanation
    beyond = evaluate_rule(replace(shipped, tolerance_abs=d - 1), record, codes)
    assert beyond.status is RuleStatus.FLAGGED and not beyond.within_tolerance
    # A tolerance never hides more than it allows, nor marks a passing record.
    passing = evaluate_rule(replace(shipped, tolerance_abs=d), consistent(template), codes)
    assert passing.status is RuleStatus.OK and not passing.within_tolerance


@pytest.mark.parametrize(("template", "code", "direction"), CASES)
def test_an_empty_line_makes_the_rule_missing_never_flagged(
    template: str, code: str, direction: str
) -> None:
    shipped, codes = rule(template, code), line_codes(template)
    labels = {line.code: line.label.en for line in get_template(template).lines}
    for line in shipped.lines(codes):
        for emptied in ("none", "absent"):
            record = broken(template, code, direction, 70)
            if emptied == "none":
                record[line] = None
            else:
                del record[line]
            result = evaluate_rule(shipped, record, codes, codes, line_labels=labels)
            assert result.status is RuleStatus.MISSING, line
            assert result.missing == (line,) and result.values[line] is None
            assert result.lhs is None and result.difference is None
            assert labels.get(line, line) in result.explanation
            assert result.explanation.startswith("Cannot be checked")
            others = statuses(template, record)
            for other in rules_for_template(template):
                if line not in other.lines(codes) and other.code != code:
                    assert others[other.code] is RuleStatus.OK


@pytest.mark.parametrize(("template", "code", "direction"), CASES)
def test_verified_only_when_every_line_involved_was_verified(
    template: str, code: str, direction: str
) -> None:
    shipped, codes = rule(template, code), line_codes(template)
    record = broken(template, code, direction, 70)
    involved = shipped.lines(codes)
    result = evaluate_rule(shipped, record, codes, verified_lines=set(involved))
    assert result.status is RuleStatus.VERIFIED
    assert result.explanation.startswith("Verified by a reviewer: ")
    assert "70" in result.explanation
    for left_out in involved:
        partly = [c for c in involved if c != left_out]
        assert evaluate_rule(shipped, record, codes, partly).status is RuleStatus.FLAGGED
    ok = evaluate_rule(shipped, consistent(template), codes, verified_lines=involved)
    assert ok.status is RuleStatus.OK
    tolerated = evaluate_rule(replace(shipped, tolerance_abs=70), record, codes, involved)
    assert tolerated.status is RuleStatus.OK and tolerated.within_tolerance


def test_votes_rules_need_every_contestant_line_verified() -> None:
    codes = line_codes("kz-party-list")
    record = broken("kz-party-list", "boxes_balance", "less", 5)
    balance = rule("kz-party-list", "boxes_balance")
    involved = balance.lines(codes)
    assert {f"votes:{p}" for p in KZ_PARTIES} <= set(involved)  # against_all is in the sum
    assert evaluate_rule(balance, record, codes, involved).status is RuleStatus.VERIFIED
    fixed = ["ballots_in_boxes", "invalid"]
    assert evaluate_rule(balance, record, codes, fixed).status is RuleStatus.FLAGGED


def test_votes_rules_are_missing_when_the_contest_has_no_contestant_lines() -> None:
    codes = [line.code for line in get_template("kz-single-member").lines]
    record = kz_record("kz-single-member")
    results = {
        r.code: r for r in evaluate_rules(rules_for_template("kz-single-member"), record, codes)
    }
    assert results["boxes_balance"].status is RuleStatus.MISSING
    assert results["boxes_balance"].missing == ("votes:*",)
    assert results["boxes_le_issued"].status is RuleStatus.OK


def test_real_looking_records_pass_every_rule() -> None:
    """A Kazakh station shaped like the 2023 national result, with the bundled election's own
    contestant lines, and a Russian station shaped like 2021."""
    definition = get_bundled_election("kz-2023-majilis")
    contest = definition.contest("majilis_list")
    lines = get_template(contest.template).lines_for(contest.contestants)
    codes = [line.code for line in lines]
    voters, turnout, invalid = 1_473, 0.5419, 0.0212
    issued = round(voters * turnout)
    in_boxes = issued - 1
    record: Record = {
        "voters_on_list": voters,
        "ballots_received": voters + 20,
        "ballots_issued": issued,
        "issued_outside": 23,
        "issued_absentee": 9,
        "ballots_cancelled": voters + 20 - issued,
        "ballots_in_boxes": in_boxes,
        "invalid": round(in_boxes * invalid),
    }
    votes = split(in_boxes - round(in_boxes * invalid), KZ_SHARES)
    record.update(zip((c for c in codes if c.startswith("votes:")), votes, strict=True))
    labels = {line.code: line.label.get("kk") for line in lines}
    kz_rules = rules_for_template(contest.template)
    results = evaluate_rules(kz_rules, record, codes, lang="kk", line_labels=labels)
    assert [r.status for r in results] == [RuleStatus.OK] * len(kz_rules) == [RuleStatus.OK] * 6
    ru_results = evaluate_rules(
        rules_for_template("ru-federal"), ru_record(), line_codes("ru-federal")
    )
    assert [r.status for r in ru_results] == [RuleStatus.OK] * 5


# --- property-style checks ----------------------------------------------------------------------


@pytest.mark.parametrize("template", list(CONTESTANTS))
def test_random_consistent_records_pass_and_single_breaks_are_caught(template: str) -> None:
    rng = random.Random(f"{template}-2023")
    cases = [(str(p.values[1]), str(p.values[2])) for p in CASES if p.values[0] == template]
    for _ in range(300):
        assert set(statuses(template, consistent(template, rng)).values()) == {RuleStatus.OK}
        code, direction = rng.choice(cases)
        d = rng.randint(1, 10)
        record = broken(template, code, direction, d, rng)
        flagged = {c for c, s in statuses(template, record).items() if s != RuleStatus.OK}
        assert flagged == {code}, (code, direction, d, record)


@pytest.mark.parametrize("template", list(CONTESTANTS))
def test_random_empty_lines_are_missing_and_never_flagged(template: str) -> None:
    rng = random.Random(f"{template}-missing")
    codes = line_codes(template)
    cases = [(str(p.values[1]), str(p.values[2])) for p in CASES if p.values[0] == template]
    for _ in range(300):
        record = broken(template, *rng.choice(cases), rng.randint(1, 50), rng)
        for code in rng.sample(codes, rng.randint(1, 4)):
            record[code] = None
        for result in evaluate_rules(rules_for_template(template), record, codes, codes):
            empty = tuple(c for c in result.lines if record.get(c) is None)
            assert (result.status is RuleStatus.MISSING) == bool(empty)
            assert result.missing == empty


def test_random_tolerances_flag_exactly_the_gaps_beyond_the_allowance() -> None:
    rng = random.Random(19)
    for op in ("!=", ">", "<"):
        base = Rule("r", LocalizedText("r"), parse_expression(f"a {op} b", "r"))
        for _ in range(500):
            a = rng.randint(0, 3000)
            # Half the time a small gap, so that the allowance's boundary is hit often.
            b = max(0, a + rng.randint(-60, 60)) if rng.random() < 0.5 else rng.randint(0, 3000)
            tol_abs, tol_pct = rng.choice((None, 0, 5, 40)), rng.choice((None, 0, 1, 2.5, 10))
            tolerant = replace(base, tolerance_abs=tol_abs, tolerance_percent=tol_pct)
            result = evaluate_rule(tolerant, {"a": a, "b": b}, ["a", "b"])
            bad = {"!=": a != b, ">": a > b, "<": a < b}[op]
            allowed = max(tol_abs or 0, int((tol_pct or 0) * 10 * max(a, b)) // 1000)
            expected = RuleStatus.FLAGGED if bad and abs(a - b) > allowed else RuleStatus.OK
            assert result.status is expected, (op, a, b, tol_abs, tol_pct)
            assert result.within_tolerance == (bad and abs(a - b) <= allowed)


@pytest.mark.parametrize(
    ("a", "b", "percent", "absolute", "status"),
    [
        (1_264, 1_234, 2.5, None, RuleStatus.OK),  # 2.5 % of the larger side 1,264 = 31.6 -> 31
        (1_266, 1_234, 2.5, None, RuleStatus.FLAGGED),  # 31.65 -> 31 < 32: no rounding up
        (1_234, 1_266, 2.5, None, RuleStatus.FLAGGED),  # the same from the other side
        (1_000, 997, 0.3, None, RuleStatus.OK),  # exactly 3, not 2.9999999999999996
        (1_000, 996, 0.3, None, RuleStatus.FLAGGED),
        (1_000, 996, 0.3, 4, RuleStatus.OK),  # the larger of the two allowances
        (100, 96, 1, 4, RuleStatus.OK),
        (100, 95, 1, 4, RuleStatus.FLAGGED),
    ],
)
def test_tolerance_boundaries(
    a: int, b: int, percent: float, absolute: int | None, status: RuleStatus
) -> None:
    tolerant = Rule(
        "r",
        LocalizedText("r"),
        parse_expression("a != b"),
        tolerance_abs=absolute,
        tolerance_percent=percent,
    )
    result = evaluate_rule(tolerant, {"a": a, "b": b}, ["a", "b"])
    assert result.status is status
    assert result.within_tolerance is (status is RuleStatus.OK)


def test_explanations_use_the_translation_catalogue_for_engine_wording() -> None:
    seen: list[tuple[str, str]] = []

    def translator(context: str, text: str) -> str:
        seen.append((context, text))
        return text.replace("Holds", "Выполнено").replace("Verified by a reviewer", "Проверено")

    install_translator(translator)
    try:
        record = broken("kz-party-list", "boxes_le_issued", "greater", 1_250)
        codes = line_codes("kz-party-list")
        stuffing = rule("kz-party-list", "boxes_le_issued")
        ok = evaluate_rule(rule("kz-party-list", "issued_le_voters"), record, codes, lang="ru")
        verified = evaluate_rule(stuffing, record, codes, stuffing.lines(codes), lang="ru")
    finally:
        install_translator(None)
    assert ok.explanation == "Выполнено: 1\u00a0180 ≤ 2\u00a0100"
    assert verified.explanation.startswith("Проверено: Бюллетеней в ящиках 2\u00a0430 > выдано")
    assert {context for context, _ in seen} == {"Rules"}
