"""Irregularity reports: drafts, submission making them immutable (in storage and in the database
itself), amendments that keep the original, follow-up status with history, filters, and reports
pre-filled from red-flag answers."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kzobserver.domain.model import Station
from kzobserver.storage import Logbook, LogbookError
from kzobserver.storage.checklist_answers import save_answer
from kzobserver.storage.evidence import add_evidence
from kzobserver.storage.incidents import (
    SENSITIVE_FIELDS,
    SubmittedReportError,
    amend,
    create_draft,
    delete_draft,
    from_red_flag,
    get_incident,
    list_incidents,
    set_status,
    status_history,
    submit,
    update_draft,
    versions,
)
from kzobserver.storage.observers import add_observer, set_current_observer
from kzobserver.storage.reference import contest_id, current_election
from kzobserver.storage.stations import add_stations_to_election, station_id

KZ = "kz-2023-majilis"
ASTANA = timezone(timedelta(hours=6))


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2023, 3, 19, hour, minute, tzinfo=ASTANA)


@pytest.fixture
def stations(kz_logbook: Logbook) -> tuple[str, str]:
    election = current_election(kz_logbook)
    assert election is not None
    add_stations_to_election(
        kz_logbook,
        election,
        [
            Station(number="101", region="astana", registered_voters=1500),
            Station(number="102", region="astana", registered_voters=900),
        ],
    )
    observer = add_observer(kz_logbook, "Aigerim")
    set_current_observer(kz_logbook, observer.id)
    return station_id(KZ, "101"), station_id(KZ, "102")


@pytest.fixture
def station(stations: tuple[str, str]) -> str:
    return stations[0]


def stuffing(kz_logbook: Logbook, station: str) -> str:
    return create_draft(
        kz_logbook,
        "ballot_stuffing",
        station_id=station,
        occurred_at=at(14, 5),
        description="A man in a grey coat put a pack of ballots into box 2.",
        perpetrator="Member of the commission, badge 7",
        witnesses="Bolat (observer, Amanat)",
        complaint_filed=True,
        complaint_reference="No. 14 to the chair",
        contest_id=contest_id(KZ, "majilis_list"),
    ).id


# --- drafts --------------------------------------------------------------------------------------


def test_a_draft_has_every_field_and_sensible_defaults(kz_logbook: Logbook, station: str) -> None:
    report = get_incident(kz_logbook, stuffing(kz_logbook, station))
    assert report.location == "station" and report.station_id == station
    assert report.severity == "critical"  # the category's default
    assert report.status == "open" and not report.submitted
    assert report.occurred_at == "2023-03-19T08:05:00.000Z"
    assert report.complaint_filed and report.complaint_reference == "No. 14 to the chair"
    assert report.contest_id == contest_id(KZ, "majilis_list")
    assert (report.version, report.is_latest, report.original_id) == (1, True, report.id)
    assert report.author is not None and report.device_id == kz_logbook.device_id
    elsewhere = create_draft(
        kz_logbook, "organised_transport", location_text="Bus stop on Abai avenue", severity="low"
    )
    assert (elsewhere.location, elsewhere.station_id, elsewhere.severity) == (
        "not_at_station",
        None,
        "low",
    )


def test_sensitive_fields_are_left_out_unless_asked(kz_logbook: Logbook, station: str) -> None:
    report = get_incident(kz_logbook, stuffing(kz_logbook, station))
    assert SENSITIVE_FIELDS == ("perpetrator", "witnesses")
    public = report.as_dict()
    assert "perpetrator" not in public and "witnesses" not in public
    assert public["description"].startswith("A man in a grey coat")
    assert report.as_dict(include_sensitive=True)["witnesses"] == "Bolat (observer, Amanat)"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"category": "fraud"}, "“fraud” is not an irregularity category"),
        ({"category": "other", "location": "station"}, "Choose the station"),
        ({"category": "other", "station_id": "nowhere"}, "no such station"),
        (
            {"category": "other", "severity": "apocalyptic"},
            "“apocalyptic” is not a severity; choose one of: low,",
        ),
        (
            {"category": "other", "location": "moon"},
            "“moon” is not a location; choose one of: station,",
        ),
        ({"category": "other", "contest_id": "x"}, "no such contest"),
        ({"category": "other", "occurred_at": "yesterday"}, "“yesterday” is not a date and time"),
    ],
)
def test_bad_drafts_are_refused(
    kz_logbook: Logbook, stations: tuple[str, str], kwargs: dict[str, str], message: str
) -> None:
    category = kwargs.pop("category")
    with pytest.raises(LogbookError, match=message):
        create_draft(kz_logbook, category, **kwargs)  # type: ignore[arg-type]
    assert kz_logbook.db.execute("SELECT count(*) FROM incidents").fetchone() == (0,)


def test_a_draft_is_updated_and_can_be_discarded(kz_logbook: Logbook, station: str) -> None:
    report_id = stuffing(kz_logbook, station)
    changed = update_draft(kz_logbook, report_id, severity="high", witnesses="", occurred_at=at(14))
    assert (changed.severity, changed.witnesses, changed.occurred_at[11:16]) == (
        "high",
        "",
        "08:00",
    )
    assert changed.description.startswith("A man")  # untouched fields stay
    with pytest.raises(TypeError, match="not a field of a report's content: status"):
        update_draft(kz_logbook, report_id, status="resolved")
    delete_draft(kz_logbook, report_id)
    with pytest.raises(LogbookError, match="no longer exists"):
        get_incident(kz_logbook, report_id)


def test_a_draft_with_evidence_is_not_discarded(
    kz_logbook: Logbook, station: str, tmp_path: Path
) -> None:
    report_id = stuffing(kz_logbook, station)
    photo = tmp_path / "box.jpg"
    photo.write_bytes(b"photo")
    add_evidence(kz_logbook, photo, incident_id=report_id)
    with pytest.raises(LogbookError, match="files are attached to it"):
        delete_draft(kz_logbook, report_id)
    assert get_incident(kz_logbook, report_id)


# --- submission ----------------------------------------------------------------------------------


def test_submitting_makes_a_report_immutable(kz_logbook: Logbook, station: str) -> None:
    report_id = stuffing(kz_logbook, station)
    submitted = submit(kz_logbook, report_id)
    assert submitted.submitted and submitted.submitted_at is not None
    assert submit(kz_logbook, report_id) == submitted  # submitting again changes nothing
    with pytest.raises(SubmittedReportError) as caught:
        update_draft(kz_logbook, report_id, description="Nothing happened.")
    assert str(caught.value) == "Submitted reports cannot be changed; add an amendment."
    assert isinstance(caught.value, LogbookError)
    with pytest.raises(SubmittedReportError):
        delete_draft(kz_logbook, report_id)
    # The database refuses it too, whatever code path tries.
    for sql in (
        "UPDATE incidents SET description = 'Nothing happened.' WHERE id = ?",
        "UPDATE incidents SET submitted_at = NULL WHERE id = ?",
        "DELETE FROM incidents WHERE id = ?",
    ):
        with (
            sqlite3.connect(kz_logbook.path) as other,
            pytest.raises(sqlite3.IntegrityError, match="submitted incident report cannot be"),
        ):
            other.execute(sql, [report_id])
    assert get_incident(kz_logbook, report_id).description.startswith("A man in a grey coat")


def test_a_report_needs_a_description_to_be_submitted(kz_logbook: Logbook, station: str) -> None:
    draft = create_draft(kz_logbook, "other", station_id=station)
    with pytest.raises(LogbookError, match="Describe what happened"):
        submit(kz_logbook, draft.id)
    assert not get_incident(kz_logbook, draft.id).submitted


# --- amendments ----------------------------------------------------------------------------------


def test_an_amendment_keeps_the_original_and_links_to_it(kz_logbook: Logbook, station: str) -> None:
    original_id = stuffing(kz_logbook, station)
    submit(kz_logbook, original_id)
    amendment = amend(kz_logbook, original_id, description="Two packs, not one.", severity="high")
    assert amendment.amends_id == original_id and amendment.original_id == original_id
    assert (amendment.version, amendment.is_latest, amendment.submitted) == (2, True, False)
    # Copied from the original, with the changes.
    assert amendment.perpetrator == "Member of the commission, badge 7"
    assert amendment.occurred_at == get_incident(kz_logbook, original_id).occurred_at
    assert (amendment.description, amendment.severity) == ("Two packs, not one.", "high")
    original = get_incident(kz_logbook, original_id)
    assert original.description.startswith("A man in a grey coat")  # unchanged
    assert original.severity == "critical" and not original.is_latest

    # While the amendment is a draft, further changes go into it: one open draft per report.
    again = amend(kz_logbook, original_id, witnesses="Bolat; Dana")
    assert again.id == amendment.id and again.witnesses == "Bolat; Dana"
    submit(kz_logbook, amendment.id)
    third = amend(kz_logbook, original_id, complaint_reference="No. 15")
    assert (third.amends_id, third.version) == (amendment.id, 3)
    assert [v.version for v in versions(kz_logbook, amendment.id)] == [1, 2, 3]
    assert [r.is_latest for r in list_incidents(kz_logbook)] == [False, False, True]
    assert [r.id for r in list_incidents(kz_logbook, latest_only=True)] == [third.id]


def test_amending_a_draft_original_edits_it(kz_logbook: Logbook, station: str) -> None:
    report_id = stuffing(kz_logbook, station)
    edited = amend(kz_logbook, report_id, severity="medium")
    assert edited.id == report_id and edited.severity == "medium"
    with pytest.raises(LogbookError, match="no longer exists"):
        amend(kz_logbook, "missing", severity="low")


# --- follow-up status ----------------------------------------------------------------------------


def test_status_changes_after_submission_and_keeps_its_history(
    kz_logbook: Logbook, station: str
) -> None:
    report_id = stuffing(kz_logbook, station)
    submit(kz_logbook, report_id)
    followed = set_status(kz_logbook, report_id, "needs_follow_up", "ask the district commission")
    assert followed.status == "needs_follow_up"
    amendment = amend(kz_logbook, report_id, description="Two packs.")
    assert amendment.status == "needs_follow_up"  # the status belongs to the report
    set_status(kz_logbook, report_id, "resolved", "the DEC recounted box 2")
    assert {v.status for v in versions(kz_logbook, report_id)} == {"resolved"}
    history = status_history(kz_logbook, amendment.id)
    assert [(h.status, h.reason) for h in history] == [
        ("needs_follow_up", "ask the district commission"),
        ("resolved", "the DEC recounted box 2"),
    ]
    assert history[1].incident_id == amendment.id  # logged against the current version
    with pytest.raises(LogbookError, match="Say why the report is excluded"):
        set_status(kz_logbook, report_id, "excluded")
    with pytest.raises(LogbookError, match="“closed” is not a follow-up status"):
        set_status(kz_logbook, report_id, "closed", "done")
    assert get_incident(kz_logbook, report_id).description.startswith("A man")


# --- listing -------------------------------------------------------------------------------------


def test_list_filters(kz_logbook: Logbook, stations: tuple[str, str]) -> None:
    first, second = stations
    a = create_draft(kz_logbook, "carousel", station_id=first, occurred_at=at(9), description="a")
    b = create_draft(kz_logbook, "carousel", station_id=second, occurred_at=at(12), severity="low")
    c = create_draft(kz_logbook, "protocol_not_posted", station_id=first, occurred_at=at(23))
    set_status(kz_logbook, c.id, "needs_follow_up")

    def ids(**filters: object) -> list[str]:
        return [r.id for r in list_incidents(kz_logbook, **filters)]  # type: ignore[arg-type]

    assert ids() == [a.id, b.id, c.id]
    assert ids(station_id=first) == [a.id, c.id]
    assert ids(category="carousel") == [a.id, b.id]
    assert ids(severity="low") == [b.id]
    assert ids(status="needs_follow_up") == [c.id]
    assert ids(since=at(10), until=at(22)) == [b.id]
    assert ids(since="2023-03-19T12:00:00+06:00") == [b.id, c.id]
    assert ids(station_id=first, category="carousel", until=at(9)) == [a.id]


# --- from red flags ------------------------------------------------------------------------------


def test_a_red_flag_answer_offers_a_prefilled_draft(kz_logbook: Logbook, station: str) -> None:
    answer = save_answer(
        kz_logbook, station, "closing", "unused_cancelled", "no", answered_at=at(20, 10)
    )
    report = from_red_flag(kz_logbook, answer.id, "ru")
    assert report.category == "unused_ballots_not_cancelled"
    assert report.severity == "high"
    assert report.description.startswith("Неиспользованные бюллетени не были погашены")
    assert (report.station_id, report.location) == (station, "station")
    assert report.occurred_at == answer.answered_at
    assert report.checklist_answer_id == answer.id and not report.submitted
    # Accepting the offer again opens the same report, even after it was amended.
    assert from_red_flag(kz_logbook, answer.id, "ru").id == report.id
    submit(kz_logbook, report.id)
    amendment = amend(kz_logbook, report.id, description="Not cancelled; counted later.")
    assert amendment.checklist_answer_id == answer.id
    assert from_red_flag(kz_logbook, answer.id, "en").id == amendment.id


def test_an_answer_that_is_no_red_flag_offers_nothing(kz_logbook: Logbook, station: str) -> None:
    answer = save_answer(kz_logbook, station, "closing", "unused_cancelled", "yes")
    with pytest.raises(LogbookError, match="not a red flag"):
        from_red_flag(kz_logbook, answer.id, "en")
    with pytest.raises(LogbookError, match="no longer exists"):
        from_red_flag(kz_logbook, "missing", "en")
