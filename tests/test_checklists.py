"""Checklists and the irregularity taxonomy as data: complete in three languages, answers
validated per type with clear messages, red flags and the reports they pre-fill."""

from __future__ import annotations

import copy
import json
from datetime import time
from importlib import resources
from typing import Any

import pytest

from kzobserver.domain.checklists import (
    CHECKLIST_CODES,
    AnswerError,
    AnswerType,
    ChecklistError,
    Question,
    bundled_checklists,
    decode_answer,
    encode_answer,
    format_answer,
    get_checklist,
    is_red_flag,
    parse_checklist,
    prefilled_incident,
    red_flag_rule,
    validate_answer,
)
from kzobserver.domain.model import LocalizedText
from kzobserver.domain.taxonomy import (
    Severity,
    TaxonomyError,
    categories,
    category_name,
    get_category,
    irregularity_taxonomy,
    parse_taxonomy,
)
from kzobserver.i18n import LANGUAGES

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def texts(value: LocalizedText) -> tuple[str, str, str]:
    return value.en, value.ru, value.kk


def assert_three_languages(value: LocalizedText, where: str) -> None:
    en, ru, kk = texts(value)
    assert en.strip() and ru.strip() and kk.strip(), where
    # A copy of another language is a missing translation (short labels like "N/A" aside).
    assert ru != en and kk != en, where


# --- taxonomy ------------------------------------------------------------------------------------


def test_taxonomy_has_every_category_of_the_design_in_three_languages() -> None:
    taxonomy = irregularity_taxonomy()
    assert taxonomy.version >= 1
    codes = taxonomy.codes()
    assert len(codes) == len(set(codes)) == 21
    for code in (
        "ballot_stuffing",
        "carousel",
        "voting_for_others",
        "voting_without_id",
        "group_voting",
        "pressure_vote_buying",
        "organised_transport",
        "unauthorised_persons",
        "campaign_material",
        "secrecy_breach",
        "observer_restricted",
        "count_view_restricted",
        "mobile_box",
        "ballots_exceeding_voters",
        "unused_ballots_not_cancelled",
        "boxes_not_shown_empty",
        "improper_invalidation",
        "protocol_irregular",
        "protocol_copy_refused",
        "protocol_not_posted",
        "other",
    ):
        assert code in codes
    assert codes[-1] == "other"
    for category in categories():
        assert_three_languages(category.name, category.code)
        assert_three_languages(category.description, category.code)
        assert isinstance(category.default_severity, Severity)
    assert get_category("ballot_stuffing").default_severity is Severity.CRITICAL
    assert category_name("carousel", "kk") == "Карусель / бірнеше рет дауыс беру"
    assert category_name("from_a_newer_version", "ru") == "from_a_newer_version"


def test_unknown_category_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match=r"unknown irregularity category 'nope'.*ballot_stuffing"):
        get_category("nope")


def test_a_malformed_taxonomy_is_refused() -> None:
    good = {
        "format": "kzobserver-irregularities/1",
        "version": 1,
        "categories": [
            {
                "code": "x",
                "default_severity": "low",
                "name": {"en": "X", "ru": "Х", "kk": "Х"},
                "description": {"en": "x", "ru": "х", "kk": "х"},
            }
        ],
    }
    assert parse_taxonomy(good, "t.json").codes() == ("x",)
    no_kk = copy.deepcopy(good)
    del no_kk["categories"][0]["name"]["kk"]
    with pytest.raises(TaxonomyError, match="category x: 'name' needs a text in each of"):
        parse_taxonomy(no_kk, "t.json")
    bad_severity = copy.deepcopy(good)
    bad_severity["categories"][0]["default_severity"] = "huge"
    with pytest.raises(TaxonomyError, match="unknown default_severity"):
        parse_taxonomy(bad_severity, "t.json")


# --- checklist data ------------------------------------------------------------------------------


def test_five_checklists_in_the_order_of_the_day() -> None:
    assert tuple(bundled_checklists()) == CHECKLIST_CODES
    assert CHECKLIST_CODES == ("opening", "voting", "closing", "counting", "protocol_copy")


@pytest.mark.parametrize("code", CHECKLIST_CODES)
def test_checklist_is_complete_in_three_languages(code: str) -> None:
    checklist = get_checklist(code)
    assert checklist.version >= 1
    assert len(checklist.questions) >= 10
    assert_three_languages(checklist.name, code)
    assert [q.number for q in checklist.questions] == list(range(1, len(checklist.questions) + 1))
    for question in checklist.questions:
        where = f"{code}/{question.code}"
        assert_three_languages(question.text, where)
        assert KAZAKH_LETTERS & set(question.text.kk), f"{where}: the kk text is not Kazakh"
        for option in question.options:
            assert_three_languages(option.label, f"{where}/{option.code}")
        for rule in question.red_flags:
            assert_three_languages(rule.description, f"{where} red flag")
            get_category(rule.category)
    assert sum(1 for q in checklist.questions if q.red_flags) >= 5


def test_the_question_bank_uses_every_answer_type() -> None:
    used = {q.type for c in bundled_checklists().values() for q in c.questions}
    assert used == set(AnswerType)


def test_checklist_files_are_versioned_data() -> None:
    folder = resources.files("kzobserver.data").joinpath("checklists")
    for code in CHECKLIST_CODES:
        data = json.loads(folder.joinpath(f"{code}.json").read_text(encoding="utf-8"))
        assert data["format"] == "kzobserver-checklist/1"
        assert data["code"] == code
        assert isinstance(data["version"], int)


# --- answers -------------------------------------------------------------------------------------


def question(code: str, checklist: str) -> Question:
    return get_checklist(checklist).question(code)


UNUSED = ("unused_cancelled", "closing")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("yes", "yes"),
        ("No", "no"),
        (" n/a ", "na"),
        ("нет", "no"),
        ("Да", "yes"),
        ("жоқ", "no"),
        ("иә", "yes"),
        ("Қатысы жоқ", "na"),
        (True, "yes"),
        (False, "no"),
        (None, None),
        ("   ", None),
    ],
)
def test_yes_no_na_answers(raw: object, expected: str | None) -> None:
    assert validate_answer(question(*UNUSED), raw) == expected


@pytest.mark.parametrize(
    ("code", "checklist", "raw", "message"),
    [
        ("unused_cancelled", "closing", "maybe", "“maybe” is not an answer here: answer yes, no"),
        ("unused_cancelled", "closing", 1, "“1” is not an answer here"),
        ("unused_number", "closing", "twelve", "“twelve” is not a whole number."),
        ("unused_number", "closing", "2.5", "“2.5” is not a whole number."),
        ("unused_number", "closing", -3, "The number cannot be less than 0."),
        ("unused_number", "closing", 100_001, "100,001 is more than this question allows"),
        ("members_present", "opening", "51", "51 is more than this question allows (50)."),
        ("closed_at", "closing", "25:00", "“25:00” is not a time of day: type it as HH:MM"),
        ("closed_at", "closing", "eight", "“eight” is not a time of day"),
        ("counting_method", "counting", "by eye", "“by eye” is not one of the options: one_by_one"),
        ("counting_notes", "counting", 42, "The answer must be text."),
        ("counting_notes", "counting", "x" * 10_001, "The answer is too long (10,001 characters"),
    ],
)
def test_bad_answers_are_refused_with_a_clear_message(
    code: str, checklist: str, raw: object, message: str
) -> None:
    with pytest.raises(AnswerError) as caught:
        validate_answer(question(code, checklist), raw)
    assert message in str(caught.value)
    assert caught.value.question.code == code


def test_numbers_times_choices_and_texts_are_normalised() -> None:
    number = question("unused_number", "closing")
    assert validate_answer(number, "1 500") == 1500
    assert validate_answer(number, "1,500") == 1500
    assert validate_answer(number, 0) == 0
    assert validate_answer(number, 12.0) == 12
    at = question("closed_at", "closing")
    assert validate_answer(at, "7:05") == "07:05"
    assert validate_answer(at, "20.00") == "20:00"
    assert validate_answer(at, time(19, 30)) == "19:30"
    choice = question("counting_method", "counting")
    assert validate_answer(choice, "in_piles") == "in_piles"
    assert validate_answer(choice, "Вне поля зрения наблюдателей") == "out_of_view"
    text = question("counting_notes", "counting")
    assert validate_answer(text, "  seen from the door  ") == "seen from the door"


def test_answers_round_trip_through_storage_text() -> None:
    number = question("unused_number", "closing")
    assert encode_answer(1500) == "1500"
    assert decode_answer(number, "1500") == 1500
    assert decode_answer(number, None) is None
    assert encode_answer(None) is None


def test_format_answer_in_each_language() -> None:
    q = question(*UNUSED)
    assert [format_answer(q, "no", lang) for lang in LANGUAGES] == ["No", "Нет", "Жоқ"]
    assert format_answer(question("unused_number", "closing"), 1500, "en") == "1,500"
    assert format_answer(question("unused_number", "closing"), 1500, "ru") == "1 500"
    method = question("counting_method", "counting")
    assert format_answer(method, "in_piles", "kk").startswith("Партиялар")
    assert format_answer(q, None, "en") == ""


# --- red flags -----------------------------------------------------------------------------------


def test_no_to_unused_ballots_cancelled_is_a_red_flag_offering_a_prefilled_report() -> None:
    q = question(*UNUSED)
    assert is_red_flag(q, "no")
    assert not is_red_flag(q, "yes")
    assert not is_red_flag(q, "na")
    assert not is_red_flag(q, None)
    offered = {lang: prefilled_incident(q, "no", lang) for lang in LANGUAGES}
    assert {o["category"] for o in offered.values()} == {"unused_ballots_not_cancelled"}
    assert {o["severity"] for o in offered.values()} == {"high"}
    assert offered["en"]["description"].startswith(
        "The unused ballots were not cancelled before the ballot boxes were opened"
    )
    assert offered["ru"]["description"].startswith("Неиспользованные бюллетени не были погашены")
    assert offered["kk"]["description"].startswith("Пайдаланылмаған бюллетеньдер")
    with pytest.raises(ValueError, match="not a red flag"):
        prefilled_incident(q, "yes", "en")


def test_yes_is_the_red_flag_for_questions_about_something_bad() -> None:
    q = question("stuffing_seen", "voting")
    assert is_red_flag(q, "yes") and not is_red_flag(q, "no")
    assert prefilled_incident(q, "yes", "en")["severity"] == "critical"  # the category default


def test_number_time_and_choice_red_flags() -> None:
    removed = question("observers_removed", "counting")
    assert not is_red_flag(removed, 0)
    offered = prefilled_incident(removed, 2, "ru")
    assert offered["category"] == "observer_restricted"
    assert offered["description"].endswith("удалены наблюдатели или журналисты: 2.")
    started = question("voting_started_at", "opening")
    assert not is_red_flag(started, "07:00")
    assert prefilled_incident(started, "07:40", "en")["description"] == (
        "Voting began late, at 07:40 instead of 07:00."
    )
    closed = question("closed_at", "closing")
    assert is_red_flag(closed, "19:30") and not is_red_flag(closed, "20:00")
    method = question("counting_method", "counting")
    # The first matching rule wins: out of view is worse than in piles.
    assert prefilled_incident(method, "out_of_view", "en")["severity"] == "high"
    assert prefilled_incident(method, "in_piles", "en")["severity"] == "medium"
    assert red_flag_rule(method, "one_by_one") is None


# --- malformed checklist files -------------------------------------------------------------------


def minimal_checklist(**question_fields: Any) -> dict[str, Any]:
    base_question = {
        "code": "q1",
        "type": "yes_no_na",
        "text": {"en": "Q?", "ru": "В?", "kk": "С?"},
    }
    return {
        "format": "kzobserver-checklist/1",
        "code": "custom",
        "version": 2,
        "name": {"en": "Custom", "ru": "Свой", "kk": "Өзіндік"},
        "questions": [{**base_question, **question_fields}],
    }


RED_FLAG = {
    "when": {"equals": "no"},
    "category": "other",
    "description": {"en": "Bad.", "ru": "Плохо.", "kk": "Нашар."},
}


def test_a_minimal_checklist_parses() -> None:
    checklist = parse_checklist(minimal_checklist(red_flags=[RED_FLAG]), "custom.json")
    assert (checklist.code, checklist.version) == ("custom", 2)
    assert is_red_flag(checklist.question("q1"), "no")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"type": "colour"}, "'type' must be one of"),
        ({"text": {"en": "Q?", "ru": "В?"}}, "question q1: 'text' needs a text in each of"),
        ({"red_flags": [{**RED_FLAG, "category": "nope"}]}, "unknown irregularity category"),
        ({"red_flags": [{**RED_FLAG, "when": {"above": 3}}]}, "'when' must be one of equals, in"),
        ({"red_flags": [{**RED_FLAG, "when": {"equals": "perhaps"}}]}, "not an answer here"),
        ({"red_flags": [{**RED_FLAG, "severity": "huge"}]}, "unknown severity 'huge'"),
        (
            {"red_flags": [{**RED_FLAG, "description": {"en": "{x}", "ru": "{x}", "kk": "{x}"}}]},
            "only use the {value} placeholder",
        ),
        ({"type": "choice", "options": [{"code": "a", "label": {}}]}, "at least two options"),
        ({"options": []}, "only choice questions have options"),
        ({"max": 5}, "only number questions have min and max"),
    ],
)
def test_malformed_questions_are_refused_naming_the_question(
    fields: dict[str, Any], message: str
) -> None:
    with pytest.raises(ChecklistError) as caught:
        parse_checklist(minimal_checklist(**fields), "custom.json")
    assert "custom.json (custom), question q1" in str(caught.value)
    assert message in str(caught.value)


def test_repeated_question_codes_are_refused() -> None:
    data = minimal_checklist()
    data["questions"].append(copy.deepcopy(data["questions"][0]))
    with pytest.raises(ChecklistError, match="repeated question codes: q1"):
        parse_checklist(data, "custom.json")


def test_a_checklist_needs_a_version() -> None:
    data = minimal_checklist()
    data["version"] = "1"
    with pytest.raises(ChecklistError, match="'version' must be a positive whole number"):
        parse_checklist(data, "custom.json")
