"""One flat row per guest, with stable documented columns.

Columns, in order: ``id, email, name, approval_status, registered_at, checked_in_at,
ticket_types``, then one column per registration question of the event, headed by the
question's label (``label [question id]`` when two questions share a label).

- ``name`` falls back from the display name to first + last name, then to the email, because
  Luma returns no name for anonymous accounts.
- ``checked_in_at`` is the earliest check-in of the guest's tickets (Luma tracks check-in
  per ticket); ``ticket_types`` joins the ticket names with ``; ``.
- Answers are flattened: lists joined with ``; ``, booleans as ``yes``/``no``, a company answer
  as ``company, job title``; an unanswered question is empty.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import tzinfo
from typing import Any

from ._dates import display_time

__all__ = ["FIXED_COLUMNS", "Question", "guest_columns", "guest_name", "guest_row", "questions_of"]

FIXED_COLUMNS = (
    "id",
    "email",
    "name",
    "approval_status",
    "registered_at",
    "checked_in_at",
    "ticket_types",
)

Question = tuple[str, str]
"""(question id, column header)."""


def questions_of(event: Mapping[str, Any]) -> list[Question]:
    """The event's registration questions as (id, header), headers made unique."""
    raw = event.get("registration_questions") or []
    labels = [str(q.get("label") or q.get("id") or "") for q in raw if isinstance(q, Mapping)]
    ids = [str(q.get("id") or "") for q in raw if isinstance(q, Mapping)]
    taken = set(FIXED_COLUMNS)
    result: list[Question] = []
    for question_id, label in zip(ids, labels, strict=True):
        header = label.strip() or question_id
        if header in taken or labels.count(label) > 1:
            header = f"{header} [{question_id}]"
        taken.add(header)
        result.append((question_id, header))
    return result


def guest_columns(questions: Sequence[Question]) -> list[str]:
    return [*FIXED_COLUMNS, *(header for _, header in questions)]


def guest_name(guest: Mapping[str, Any]) -> str:
    """Display name, else first + last name, else the email."""
    name = (guest.get("user_name") or "").strip()
    if name:
        return str(name)
    parts = [guest.get("user_first_name") or "", guest.get("user_last_name") or ""]
    joined = " ".join(str(p).strip() for p in parts if str(p).strip())
    return joined or str(guest.get("user_email") or "")


def _flatten(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(_flatten(item) for item in value)
    if isinstance(value, Mapping):
        return ", ".join(str(v) for v in (value.get("company"), value.get("job_title")) if v)
    return str(value)


def _answer(answer: Mapping[str, Any]) -> str:
    value = answer.get("value")
    if value is None:
        value = answer.get("answer")
    if value is None and (answer.get("answer_company") or answer.get("answer_job_title")):
        value = {
            "company": answer.get("answer_company"),
            "job_title": answer.get("answer_job_title"),
        }
    return _flatten(value)


def _tickets(guest: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    return [t for t in guest.get("event_tickets") or [] if isinstance(t, Mapping)]


def checked_in_at(guest: Mapping[str, Any]) -> str | None:
    """The earliest check-in over the guest's tickets (ISO string as Luma sent it), or None."""
    times = [str(t["checked_in_at"]) for t in _tickets(guest) if t.get("checked_in_at")]
    return min(times) if times else None


def guest_row(
    guest: Mapping[str, Any], questions: Sequence[Question], tz: tzinfo
) -> dict[str, str]:
    """The flat row for one guest (wire-form mapping, as ``Guest.to_dict()`` gives it)."""
    answers = {
        str(a.get("question_id")): _answer(a)
        for a in guest.get("registration_answers") or []
        if isinstance(a, Mapping)
    }
    row = {
        "id": str(guest.get("id") or ""),
        "email": str(guest.get("user_email") or ""),
        "name": guest_name(guest),
        "approval_status": str(guest.get("approval_status") or ""),
        "registered_at": display_time(guest.get("registered_at"), tz),
        "checked_in_at": display_time(checked_in_at(guest), tz),
        "ticket_types": "; ".join(str(t.get("name") or "") for t in _tickets(guest)),
    }
    for question_id, header in questions:
        row[header] = answers.get(question_id, "")
    return row
