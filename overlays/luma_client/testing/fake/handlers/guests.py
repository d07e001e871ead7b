"""Guests of an event: add, invite, get (by id, key or email), list, status, tickets.

Stored in the calendar's ``guests`` table (full ``get_event_guest`` form plus ``event_id``,
``guest_key`` and ``created_at``), with an index of guest ids per event kept in insertion
order so a page of one event's guests costs no scan of the others. Every change recomputes
the event's ``guest_counts`` and ``spots_remaining``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .._store import State
from ._base import Call, Record, bad_request, handles, not_found
from .events import event_of, new_ticket_type, refresh_spots

__all__ = ["event_guests", "refresh_guest_counts"]

_BUCKETS = ("approved", "pending_approval", "waitlist", "invited", "declined")


def _index(state: State, calendar_id: str) -> dict[str, list[str]]:
    by_calendar: dict[str, dict[str, list[str]]] = state.extra.setdefault("guests_by_event", {})
    return by_calendar.setdefault(calendar_id, {})


def event_guests(call: Call, event_id: str) -> list[Record]:
    """The event's guests in the order they were added (guests removed elsewhere skipped)."""
    table = call.table("guests")
    ids = _index(call.state, call.calendar_id).get(event_id, [])
    guests = [table[i] for i in ids if i in table]
    if len(guests) != len(ids):  # somebody removed guests from the table: rebuild the index
        _index(call.state, call.calendar_id)[event_id] = [g["id"] for g in guests]
    return guests


def refresh_guest_counts(call: Call, event: Record) -> None:
    counts = {bucket: {"guests": 0, "tickets": 0} for bucket in (*_BUCKETS, "checked_in")}
    for guest in event_guests(call, event["id"]):
        bucket = counts.get(guest["approval_status"])
        tickets = guest["event_tickets"]
        if bucket is not None:
            bucket["guests"] += 1
            bucket["tickets"] += len(tickets)
        checked = sum(1 for t in tickets if t["checked_in_at"])
        if checked:
            counts["checked_in"]["guests"] += 1
            counts["checked_in"]["tickets"] += checked
    event["guest_counts"] = counts
    refresh_spots(event)


def _guest_data(guest: Record, event: Record) -> Record:
    """A guest as webhooks carry it: with its event (copies, so later changes do not leak)."""
    return {**guest, "event": dict(event)}


def _find_guest(call: Call, event_id: str, ident: str) -> Record:
    """A guest by id (``gst-``), guest key (``g-``), ticket id or email, as Luma accepts."""
    wanted = ident.strip()
    table = call.table("guests")
    direct = table.get(wanted)
    if direct is not None and direct["event_id"] == event_id:
        return direct
    lowered = wanted.lower()
    for guest in event_guests(call, event_id):
        if guest["user_email"] == lowered or guest["guest_key"] == wanted:
            return guest
        if any(t["id"] == wanted for t in guest["event_tickets"]):
            return guest
    raise not_found("Guest", ident)


def _ticket_types(call: Call, event: Record, refs: Iterable[Record]) -> list[Record]:
    table = call.table("ticket_types")
    found = []
    for ref in refs:
        ticket_type = table.get(ref["event_ticket_type_id"])
        if (
            ticket_type is None
            or ticket_type.get("event_id") != event["id"]
            or ticket_type.get("deleted")
        ):
            raise not_found("Ticket type", ref["event_ticket_type_id"])
        found.append(ticket_type)
    return found


def _default_ticket_type(call: Call, event: Record) -> Record:
    """The event's default ticket type, created (free, "Standard") if it has none."""
    candidates = [
        t
        for t in call.table("ticket_types").values()
        if t.get("event_id") == event["id"] and not t.get("deleted")
    ]
    for ticket_type in candidates:
        if ticket_type.get("is_default"):
            return ticket_type
    visible = [t for t in candidates if not t.get("is_hidden")]
    if visible:
        return visible[0]
    ticket_type = new_ticket_type(call, event["id"], is_default=True)
    call.table("ticket_types")[ticket_type["id"]] = ticket_type
    return ticket_type


def _ticket(call: Call, ticket_type: Record) -> Record:
    """A comp ticket: guests added through the API bypass payment."""
    return {
        "id": call.new_id("tkt"),
        "amount": 0,
        "amount_discount": 0,
        "amount_tax": 0,
        "currency": ticket_type.get("currency"),
        "checked_in_at": None,
        "event_ticket_type_id": ticket_type["id"],
        "is_captured": True,
        "name": ticket_type["name"],
    }


def _answers(event: Record, given: list[Record] | None) -> list[Record] | None:
    if not given:
        return None
    questions = {q["id"]: q for q in event.get("registration_questions", ())}
    answers = []
    for answer in given:
        question = questions.get(answer["question_id"])
        if question is None:
            raise bad_request(
                f"registration_answers: the event has no question {answer['question_id']!r}"
            )
        value = answer["value"]
        record: Record = {
            "label": question["label"],
            "question_id": question["id"],
            "question_type": question["question_type"],
            "value": value,
        }
        if isinstance(value, dict):
            record["answer_company"] = value.get("company")
            record["answer_job_title"] = value.get("job_title")
        else:
            record["answer"] = value
        answers.append(record)
    return answers


def new_guest(
    call: Call,
    event: Record,
    email: str,
    name: str | None,
    *,
    status: str,
    tickets: list[Record],
    answers: list[Record] | None = None,
    extra: dict[str, Any] | None = None,
) -> Record:
    """Store one guest of ``event`` (no checks: callers validated everything first)."""
    user = call.state.user_for_email(email, name)
    guest_key = "g-" + call.new_id("x")[2:]
    registered = status != "invited"
    guest: Record = {
        "id": call.new_id("gst"),
        "event_id": event["id"],
        "user_id": user["id"],
        "user_email": user["email"],
        "user_name": user["name"],
        "user_first_name": user["first_name"],
        "user_last_name": user["last_name"],
        "approval_status": status,
        "check_in_qr_code": f"https://luma.com/check-in/{event['id']}?pk={guest_key}",
        "guest_key": guest_key,
        "eth_address": None,
        "solana_address": None,
        "invited_at": None if registered else call.now_iso,
        "joined_at": call.now_iso if status == "approved" else None,
        "registered_at": call.now_iso if registered else None,
        "phone_number": None,
        "registration_answers": answers,
        "utm_source": None,
        "event_tickets": tickets,
        "event_ticket_orders": [],
        "created_at": call.now_iso,
    }
    if extra:
        guest.update(extra)
    call.table("guests")[guest["id"]] = guest
    _index(call.state, call.calendar_id).setdefault(event["id"], []).append(guest["id"])
    return guest


@handles("add_event_guests")
def add_event_guests(call: Call) -> None:
    params = call.params
    event = event_of(call, params["event_id"])
    if params.get("ticket") is not None and params.get("tickets") is not None:
        raise bad_request("ticket and tickets cannot be sent together")
    refs = [params["ticket"]] if params.get("ticket") else list(params.get("tickets") or [])
    types = _ticket_types(call, event, refs)
    answers = _answers(event, params.get("registration_answers"))
    status = params.get("approval_status") or "approved"
    present = {g["user_email"] for g in event_guests(call, event["id"])}
    if not types:
        types = [_default_ticket_type(call, event)]
    added: list[Record] = []
    for entry in params["guests"]:
        email = entry["email"].strip().lower()
        if email in present:
            continue  # already a guest: left as is
        present.add(email)
        tickets = [_ticket(call, t) for t in types]
        guest = new_guest(
            call, event, email, entry.get("name"), status=status, tickets=tickets, answers=answers
        )
        added.append(guest)
    refresh_guest_counts(call, event)
    for guest in added:
        # As on Luma: a registration fires guest.registered and guest.updated, and
        # ticket.registered once per ticket.
        call.emit("guest.registered", _guest_data(guest, event))
        call.emit("guest.updated", _guest_data(guest, event))
        for ticket in guest["event_tickets"]:
            call.emit("ticket.registered", {**_guest_data(guest, event), "event_ticket": ticket})


@handles("send_event_invites")
def send_event_invites(call: Call) -> None:
    event = event_of(call, call.params["event_id"])
    present = {g["user_email"] for g in event_guests(call, event["id"])}
    for entry in call.params["guests"]:
        email = entry["email"].strip().lower()
        if email in present:
            continue
        present.add(email)
        new_guest(call, event, email, entry.get("name"), status="invited", tickets=[])
    refresh_guest_counts(call, event)


@handles("get_event_guest")
def get_event_guest(call: Call) -> Record:
    event = event_of(call, call.params["event_id"])
    return _find_guest(call, event["id"], call.params["id"])


def _sorted(guests: list[Record], column: str | None, direction: str) -> list[Record]:
    if column is None:
        return guests[::-1] if direction.startswith("desc") else guests
    descending = direction.startswith("desc")
    nulls_last = direction.endswith("nulls last")
    field = {"name": "user_name", "email": "user_email"}.get(column, column)

    def value(guest: Record) -> Any:
        if field == "checked_in_at":
            stamps = [t["checked_in_at"] for t in guest["event_tickets"] if t["checked_in_at"]]
            return min(stamps) if stamps else None
        found = guest.get(field)
        return found.lower() if isinstance(found, str) and column in ("name", "email") else found

    present = [g for g in guests if value(g) is not None]
    missing = [g for g in guests if value(g) is None]
    present.sort(key=value, reverse=descending)
    # Nulls sort as the largest value (last ascending, first descending) unless "nulls last".
    if descending and not nulls_last:
        return missing + present
    return present + missing


@handles("list_event_guests")
def list_event_guests(call: Call) -> Record:
    event = event_of(call, call.params["event_id"])
    guests = event_guests(call, event["id"])
    wanted = call.params.get("approval_status")
    if wanted is not None:
        guests = [g for g in guests if g["approval_status"] == wanted]
    guests = _sorted(
        guests, call.params.get("sort_column"), call.params.get("sort_direction", "asc")
    )
    return call.page(guests)


@handles("update_event_guest_status")
def update_event_guest_status(call: Call) -> None:
    params = call.params
    event = event_of(call, params["event_id"])
    guest = _find_guest(call, event["id"], params["guest_id"])
    if params.get("message") and params.get("send_email") is False:
        raise bad_request("message cannot be combined with send_email: false")
    status = params["status"]
    guest["approval_status"] = status
    if status == "approved":
        guest["joined_at"] = guest["joined_at"] or call.now_iso
    if status != "invited" and guest["registered_at"] is None:
        guest["registered_at"] = call.now_iso
    if status == "approved" and not guest["event_tickets"]:
        guest["event_tickets"].append(_ticket(call, _default_ticket_type(call, event)))
    refresh_guest_counts(call, event)
    call.emit("guest.updated", _guest_data(guest, event))


@handles("update_event_guest_tickets")
def update_event_guest_tickets(call: Call) -> None:
    params = call.params
    event = event_of(call, params["event_id"])
    guest = _find_guest(call, event["id"], params["guest_id"])
    remove = set(params.get("ticket_ids_to_remove") or ())
    owned = {t["id"] for t in guest["event_tickets"]}
    unknown = sorted(remove - owned)
    if unknown:
        raise not_found("Ticket", unknown[0])
    types = _ticket_types(call, event, params.get("tickets_to_add") or ())
    kept = [t for t in guest["event_tickets"] if t["id"] not in remove]
    guest["event_tickets"] = kept + [_ticket(call, t) for t in types]
    refresh_guest_counts(call, event)
    call.emit("guest.updated", _guest_data(guest, event))
