"""Custom schemathesis checks that a stateful Luma keeps what it was told.

Schemathesis' own stateful checks never fire on Luma's paths: ``use_after_free`` needs an
HTTP DELETE with path parameters, and ``ensure_resource_availability`` needs the create path
to be a prefix of the read path (``/v1/events/create`` is not one of ``/v1/events/get``).
These checks look at every successful write instead and read the resource back at once,
through the same server, with the same key:

- ``created_can_be_read``: what a create returned (or added) is found by its read;
- ``updates_read_back``: every field an update sent reads back with the value sent;
- ``deleted_reads_as_gone``: what was deleted or cancelled is a 404 or missing from its list.

Reading back straight after the write leaves no room for another step in between, so a
mismatch is the server's fault. The checks are built per server by ``stateful_checks``.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final

import httpx
from schemathesis import Case, CheckContext, CheckFunction, Response

#: Reads a path with query parameters from the server under test.
Reader = Callable[[str, Mapping[str, str]], httpx.Response]

#: Event fields an update may send that ``get_event`` returns under the same name and form.
_EVENT_FIELDS: Final = (
    "name",
    "timezone",
    "description_md",
    "cover_url",
    "meeting_url",
    "max_capacity",
    "can_register_for_multiple_tickets",
    "name_requirement",
    "phone_number_requirement",
    "show_guest_list",
    "tint_color",
    "visibility",
    "location_visibility",
    "registration_open",
    "waitlist_status",
    "require_approval",
)


_MILLISECOND: Final = datetime.timedelta(milliseconds=1)


def operation_id(case: Case[Any]) -> str:
    return str(case.operation.definition.raw.get("operationId", ""))


def _body(case: Case[Any]) -> dict[str, Any]:
    return case.body if isinstance(case.body, dict) else {}


def _same_moment(sent: object, read: object) -> bool:
    if not isinstance(sent, str) or not isinstance(read, str):
        return sent == read
    try:
        # Luma keeps date-times to the millisecond: finer digits sent are dropped.
        return abs(_instant(sent) - _instant(read)) < _MILLISECOND
    except ValueError:
        return sent == read


def _instant(text: str) -> datetime.datetime:
    moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def _json(answer: httpx.Response, what: str) -> dict[str, Any]:
    assert answer.status_code == 200, f"{what}: read back {answer.status_code} {answer.text[:200]}"
    data = answer.json()
    assert isinstance(data, dict), f"{what}: read back a non-object {data!r}"
    return data


def _entries(read: Reader, path: str, params: Mapping[str, str]) -> Iterator[dict[str, Any]]:
    """Every entry of a list, following ``next_cursor`` page by page."""
    query = {**params, "pagination_limit": "100"}
    while True:
        page = _json(read(path, query), path)
        yield from page.get("entries", [])
        cursor = page.get("next_cursor")
        if not page.get("has_more") or not cursor:
            return
        query = {**query, "pagination_cursor": str(cursor)}


def _find(entries: Iterator[dict[str, Any]], key: str, value: object) -> dict[str, Any] | None:
    for entry in entries:
        found = entry.get(key)
        if isinstance(found, str) and isinstance(value, str):
            if found.casefold() == value.strip().casefold():
                return entry
        elif found == value:
            return entry
    return None


def _assert_fields(
    sent: Mapping[str, Any], read: Mapping[str, Any], names: tuple[str, ...], what: str
) -> None:
    """Every field in ``names`` that was sent reads back as sent (date-times as instants)."""
    for name in names:
        if name not in sent or name not in read:
            continue
        assert _same_moment(sent[name], read[name]), (
            f"{what}: {name} was updated to {sent[name]!r} but reads back {read[name]!r}"
        )


# --- the three properties, one table per property ------------------------------------------

Rule = Callable[[Reader, Case[Any], Any], None]


def _created_event(read: Reader, case: Case[Any], out: Any) -> None:
    event = _json(read("/v1/events/get", {"event_id": out["id"]}), "create_event")
    assert event["name"] == _body(case)["name"], "create_event: the name reads back differently"


def _created_ticket_type(read: Reader, case: Case[Any], out: Any) -> None:
    found = _json(read("/v1/events/ticket-types/get", {"event_ticket_type_id": out["id"]}), "tt")
    assert found["id"] == out["id"], "create_ticket_type: another ticket type reads back"


def _created_webhook(read: Reader, case: Case[Any], out: Any) -> None:
    hook = _json(read("/v2/webhooks/get", {"id": out["id"]}), "create_webhook")
    assert hook["url"] == _body(case)["url"], "create_webhook: the url reads back differently"


def _created_tag(path: str) -> Rule:
    def rule(read: Reader, case: Case[Any], out: Any) -> None:
        tag = _find(_entries(read, path, {}), "id", out["id"])
        assert tag is not None, f"tag {out['id']} created but not in {path}"

    return rule


def _created_event_coupon(read: Reader, case: Case[Any], out: Any) -> None:
    coupons = _entries(read, "/v1/events/coupons/list", {"event_id": _body(case)["event_id"]})
    assert _find(coupons, "id", out["id"]) is not None, f"coupon {out['id']} not listed"


def _created_calendar_coupon(read: Reader, case: Case[Any], out: Any) -> None:
    coupons = _entries(read, "/v1/calendars/coupons/list", {})
    assert _find(coupons, "id", out["id"]) is not None, f"coupon {out['id']} not listed"


def _added_guests(read: Reader, case: Case[Any], out: Any) -> None:
    """Every email sent is on the guest list (Luma keeps emails trimmed and lower-case).

    Read through the list, not ``get_event_guest``: the spec puts no format on a guest's
    email, so an empty one is accepted, and an empty ``id`` cannot be looked up.
    """
    body = _body(case)
    guests = _entries(read, "/v1/events/guests/list", {"event_id": body["event_id"]})
    listed = {entry.get("user_email") for entry in guests}
    for guest in body.get("guests", []):
        email = guest["email"].strip().lower()
        assert email in listed, f"add_event_guests: {email!r} is not on the guest list"


def _host_emails(read: Reader, event_id: str, what: str) -> set[str]:
    event = _json(read("/v1/events/get", {"event_id": event_id}), what)
    return {str(host["email"]) for host in event["hosts"]}


def _added_host(read: Reader, case: Case[Any], out: Any) -> None:
    body = _body(case)
    email = body["email"].strip().lower()
    assert email in _host_emails(read, body["event_id"], "add_event_host"), (
        f"add_event_host: {email!r} is not among the event's hosts"
    )


CREATED: Final[dict[str, Rule]] = {
    "create_event": _created_event,
    "create_ticket_type": _created_ticket_type,
    "create_webhook": _created_webhook,
    "create_contact_tag": _created_tag("/v1/calendars/contact-tags/list"),
    "create_event_tag": _created_tag("/v1/calendars/event-tags/list"),
    "create_event_coupon": _created_event_coupon,
    "create_calendar_coupon": _created_calendar_coupon,
    "add_event_guests": _added_guests,
    "add_event_host": _added_host,
}


def _updated_event(read: Reader, case: Case[Any], out: Any) -> None:
    sent = _body(case)
    event = _json(read("/v1/events/get", {"event_id": sent["event_id"]}), "update_event")
    _assert_fields(sent, event, (*_EVENT_FIELDS, "start_at", "end_at"), "update_event")


def _updated_ticket_type(read: Reader, case: Case[Any], out: Any) -> None:
    sent = _body(case)
    query = {"event_ticket_type_id": sent["event_ticket_type_id"]}
    found = _json(read("/v1/events/ticket-types/get", query), "update_ticket_type")
    _assert_fields(sent, found, ("name", "type", "require_approval", "is_hidden"), "ticket type")
    _assert_fields(sent, found, ("description", "valid_start_at", "valid_end_at"), "ticket type")


def _updated_webhook(read: Reader, case: Case[Any], out: Any) -> None:
    sent = _body(case)
    hook = _json(read("/v2/webhooks/get", {"id": sent["id"]}), "update_webhook")
    if "event_types" in sent:
        assert sorted(hook["event_types"]) == sorted(set(sent["event_types"])), (
            f"update_webhook: event_types {sent['event_types']!r} read back {hook['event_types']!r}"
        )
    _assert_fields(sent, hook, ("status",), "update_webhook")


def _updated_tag(path: str) -> Rule:
    def rule(read: Reader, case: Case[Any], out: Any) -> None:
        sent = _body(case)
        tag = _find(_entries(read, path, {}), "id", sent["tag_id"])
        assert tag is not None, f"tag {sent['tag_id']} updated but not in {path}"
        if "name" in sent:
            assert tag["name"] == sent["name"].strip(), (
                f"tag name updated to {sent['name']!r} but reads back {tag['name']!r}"
            )
        _assert_fields(sent, tag, ("color",), path)

    return rule


def _updated_coupon(path: str, scope: tuple[str, ...]) -> Rule:
    def rule(read: Reader, case: Case[Any], out: Any) -> None:
        sent = _body(case)
        coupon = _find(_entries(read, path, {k: sent[k] for k in scope}), "code", sent["code"])
        assert coupon is not None, f"coupon {sent['code']!r} updated but not in {path}"
        fields = ("remaining_count", "valid_start_at", "valid_end_at")
        _assert_fields(sent, coupon, fields, f"coupon {sent['code']!r}")

    return rule


def _updated_guest_status(read: Reader, case: Case[Any], out: Any) -> None:
    sent = _body(case)
    query = {"event_id": sent["event_id"], "id": sent["guest_id"]}
    guest = _json(read("/v1/events/guests/get", query), "update_event_guest_status")
    assert guest["approval_status"] == sent["status"], (
        f"guest status updated to {sent['status']!r} but reads back {guest['approval_status']!r}"
    )


UPDATED: Final[dict[str, Rule]] = {
    "update_event": _updated_event,
    "update_ticket_type": _updated_ticket_type,
    "update_webhook": _updated_webhook,
    "update_contact_tag": _updated_tag("/v1/calendars/contact-tags/list"),
    "update_event_tag": _updated_tag("/v1/calendars/event-tags/list"),
    "update_event_coupon": _updated_coupon("/v1/events/coupons/list", ("event_id",)),
    "update_calendar_coupon": _updated_coupon("/v1/calendars/coupons/list", ()),
    "update_event_guest_status": _updated_guest_status,
}


def _gone(path: str, param: str, field: str) -> Rule:
    def rule(read: Reader, case: Case[Any], out: Any) -> None:
        ident = _body(case)[field]
        answer = read(path, {param: ident})
        assert answer.status_code == 404, (
            f"{operation_id(case)} {ident}: {path} still answers {answer.status_code}"
        )

    return rule


def _tag_gone(path: str) -> Rule:
    def rule(read: Reader, case: Case[Any], out: Any) -> None:
        tag_id = _body(case)["tag_id"]
        assert _find(_entries(read, path, {}), "id", tag_id) is None, (
            f"tag {tag_id} deleted but still in {path}"
        )

    return rule


def _removed_host(read: Reader, case: Case[Any], out: Any) -> None:
    body = _body(case)
    email = body["email"].strip().lower()
    assert email not in _host_emails(read, body["event_id"], "remove_event_host"), (
        f"remove_event_host: {email!r} is still among the event's hosts"
    )


DELETED: Final[dict[str, Rule]] = {
    "cancel_event": _gone("/v1/events/get", "event_id", "event_id"),
    "delete_ticket_type": _gone(
        "/v1/events/ticket-types/get", "event_ticket_type_id", "event_ticket_type_id"
    ),
    "delete_webhook": _gone("/v2/webhooks/get", "id", "id"),
    "delete_contact_tag": _tag_gone("/v1/calendars/contact-tags/list"),
    "delete_event_tag": _tag_gone("/v1/calendars/event-tags/list"),
    "remove_event_host": _removed_host,
}


#: Told the check name and operation id each time a check has verified a write.
Recorder = Callable[[str, str], None]


def _check(
    name: str, rules: Mapping[str, Rule], reader: Callable[[], Reader], record: Recorder
) -> CheckFunction:
    def check(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
        operation = operation_id(case)
        rule = rules.get(operation)
        if rule is None or not 200 <= response.status_code < 300:
            return None
        rule(reader(), case, response.json())
        record(name, operation)
        return True

    check.__name__ = name
    check.__qualname__ = name
    return check


#: Each check's name and the operations it verifies.
CHECKED: Final[dict[str, Mapping[str, Rule]]] = {
    "created_can_be_read": CREATED,
    "updates_read_back": UPDATED,
    "deleted_reads_as_gone": DELETED,
}


def stateful_checks(reader: Callable[[], Reader], record: Recorder) -> list[CheckFunction]:
    """The three checks, reading through whatever ``reader()`` returns at the time of the call.

    ``record`` hears of every write a check verified, so a run can show it checked something.
    """
    return [_check(name, rules, reader, record) for name, rules in CHECKED.items()]
