"""One flat row per guest: documented columns, name fallback, flattened answers, check-in."""

from __future__ import annotations

from datetime import UTC
from zoneinfo import ZoneInfo

from luma_client.cli import _rows

EVENT = {
    "registration_questions": [
        {"id": "q1", "label": "Company"},
        {"id": "q2", "label": "Topics"},
        {"id": "q3", "label": "Topics"},
        {"id": "q4", "label": "Agree?"},
        {"id": "q5", "label": "email"},
    ]
}


def guest(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": "gst-1",
        "user_email": "ada@example.org",
        "user_name": "Ada L.",
        "user_first_name": "Ada",
        "user_last_name": "Lovelace",
        "approval_status": "approved",
        "registered_at": "2026-03-01T10:00:00.000Z",
        "event_tickets": [],
        "registration_answers": [],
    }
    base.update(fields)
    return base


def test_questions_get_unique_headers_after_the_fixed_columns() -> None:
    questions = _rows.questions_of(EVENT)
    assert questions == [
        ("q1", "Company"),
        ("q2", "Topics [q2]"),
        ("q3", "Topics [q3]"),
        ("q4", "Agree?"),
        ("q5", "email [q5]"),
    ]
    assert _rows.guest_columns(questions)[: len(_rows.FIXED_COLUMNS)] == list(_rows.FIXED_COLUMNS)


def test_name_falls_back_to_first_and_last_then_email() -> None:
    assert _rows.guest_name(guest()) == "Ada L."
    assert _rows.guest_name(guest(user_name=None)) == "Ada Lovelace"
    assert _rows.guest_name(guest(user_name="", user_first_name="", user_last_name=None)) == (
        "ada@example.org"
    )


def test_answers_are_flattened_per_question() -> None:
    answers = [
        {"question_id": "q1", "value": {"company": "Analytical", "job_title": "Engineer"}},
        {"question_id": "q2", "value": ["maths", "engines"]},
        {"question_id": "q4", "value": True},
        {"question_id": "q3", "answer": "legacy key"},
    ]
    row = _rows.guest_row(guest(registration_answers=answers), _rows.questions_of(EVENT), UTC)
    assert row["Company"] == "Analytical, Engineer"
    assert row["Topics [q2]"] == "maths; engines"
    assert row["Topics [q3]"] == "legacy key"
    assert row["Agree?"] == "yes"
    assert row["email [q5]"] == ""


def test_check_in_is_the_earliest_ticket_check_in_and_times_follow_the_zone() -> None:
    tickets = [
        {"name": "VIP", "checked_in_at": "2026-03-02T19:05:00.000Z"},
        {"name": "Dinner", "checked_in_at": "2026-03-02T18:30:00.000Z"},
        {"name": "Parking", "checked_in_at": None},
    ]
    row = _rows.guest_row(guest(event_tickets=tickets), [], UTC)
    assert row["checked_in_at"] == "2026-03-02T18:30:00Z"
    assert row["ticket_types"] == "VIP; Dinner; Parking"
    assert row["registered_at"] == "2026-03-01T10:00:00Z"
    berlin = _rows.guest_row(guest(event_tickets=tickets), [], ZoneInfo("Europe/Berlin"))
    assert berlin["checked_in_at"] == "2026-03-02T19:30:00+01:00"


def test_a_guest_without_tickets_or_check_in_has_empty_cells() -> None:
    row = _rows.guest_row(guest(event_tickets=None, registered_at=None), [], UTC)
    assert (row["checked_in_at"], row["ticket_types"], row["registered_at"]) == ("", "", "")
