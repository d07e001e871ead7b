from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.add_guest_approval_status import AddGuestApprovalStatus, check_add_guest_approval_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddEventGuestsRequest")

# The JSON types `from_dict` checks raw values against, bound to untyped names: a check against them
# leaves each value typed as the generator declared it (mypy would narrow it after `is str`).
_STR: Any = str
_INT: Any = int
_FLOAT: Any = float
_BOOL: Any = bool
_LIST: Any = list
_DICT: Any = dict

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "event_id",
        "guests",
        "registration_answers",
        "ticket",
        "tickets",
        "approval_status",
        "send_email",
    }
)


@_attrs_define
class AddEventGuestsRequest(Extras):
    """Body of `add_event_guests`.

    Attributes:
        event_id (str): Id of the event, usually starting with `evt-`.
        guests (list[GuestInput]): The people to add.
        registration_answers (list[RegistrationAnswerInput] | Unset): Answers to the event's registration questions to
            store for the added guests. Accepted by the current API version only.
        ticket (None | TicketTypeRef | Unset): Give each guest one ticket of this type instead of the default type.
            Cannot be combined with `tickets`.
        tickets (list[TicketTypeRef] | None | Unset): Give each guest one ticket of every listed type. Cannot be
            combined with `ticket`.
        approval_status (AddGuestApprovalStatus | None | Unset): Status given to the added guests; `approved` (going)
            when omitted or null.
        send_email (bool | None | Unset): Whether the guests are emailed about being added; true when omitted or null.
    """

    event_id: str
    guests: list[GuestInput]
    registration_answers: list[RegistrationAnswerInput] | Unset = UNSET
    ticket: None | TicketTypeRef | Unset = UNSET
    tickets: list[TicketTypeRef] | None | Unset = UNSET
    approval_status: AddGuestApprovalStatus | None | Unset = UNSET
    send_email: bool | None | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        guests = []
        for guests_item_data in self.guests:
            guests_item = guests_item_data.to_dict()
            guests.append(guests_item)

        registration_answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.registration_answers, Unset):
            registration_answers = []
            for registration_answers_item_data in self.registration_answers:
                registration_answers_item = registration_answers_item_data.to_dict()
                registration_answers.append(registration_answers_item)

        ticket: dict[str, Any] | None | Unset
        if isinstance(self.ticket, Unset):
            ticket = UNSET
        elif isinstance(self.ticket, TicketTypeRef):
            ticket = self.ticket.to_dict()
        else:
            ticket = self.ticket

        tickets: list[dict[str, Any]] | None | Unset
        if isinstance(self.tickets, Unset):
            tickets = UNSET
        elif isinstance(self.tickets, list):
            tickets = []
            for tickets_type_0_item_data in self.tickets:
                tickets_type_0_item = tickets_type_0_item_data.to_dict()
                tickets.append(tickets_type_0_item)

        else:
            tickets = self.tickets

        approval_status: None | str | Unset
        if isinstance(self.approval_status, Unset):
            approval_status = UNSET
        elif isinstance(self.approval_status, str):
            approval_status = self.approval_status
        else:
            approval_status = self.approval_status

        send_email: bool | None | Unset
        if isinstance(self.send_email, Unset):
            send_email = UNSET
        else:
            send_email = self.send_email

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["event_id"] = event_id
        field_dict["guests"] = guests
        if registration_answers is not UNSET:
            field_dict["registration_answers"] = registration_answers
        if ticket is not UNSET:
            field_dict["ticket"] = ticket
        if tickets is not UNSET:
            field_dict["tickets"] = tickets
        if approval_status is not UNSET:
            field_dict["approval_status"] = approval_status
        if send_email is not UNSET:
            field_dict["send_email"] = send_email
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _event_id = data["event_id"]
        _guests = data["guests"]
        _registration_answers = data.get("registration_answers", UNSET)
        _ticket = data.get("ticket", UNSET)
        _tickets = data.get("tickets", UNSET)
        _approval_status = data.get("approval_status", UNSET)
        _send_email = data.get("send_email", UNSET)
        if not (
            _event_id.__class__ is _STR
            and _guests.__class__ is _LIST
            and (_registration_answers is UNSET or _registration_answers.__class__ is _LIST)
            and (_ticket is UNSET or (_ticket.__class__ is _DICT or _ticket is None))
            and (_tickets is UNSET or (_tickets.__class__ is _LIST or _tickets is None))
            and (_approval_status is UNSET or (_approval_status.__class__ is _STR or _approval_status is None))
            and (_send_email is UNSET or (_send_email.__class__ is _BOOL or _send_email is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _event_id,
            list(map(GuestInput.from_dict, _guests)),
            _registration_answers
            if _registration_answers is UNSET
            else list(map(RegistrationAnswerInput.from_dict, _registration_answers)),
            _ticket if _ticket is UNSET else None if _ticket is None else TicketTypeRef.from_dict(_ticket),
            _tickets
            if _tickets is UNSET
            else None
            if _tickets is None
            else list(map(TicketTypeRef.from_dict, _tickets)),
            _approval_status
            if _approval_status is UNSET
            else None
            if _approval_status is None
            else check_add_guest_approval_status(_approval_status),
            _send_email,
        )
        if len(data) > 2 + (_registration_answers is not UNSET) + (_ticket is not UNSET) + (_tickets is not UNSET) + (
            _approval_status is not UNSET
        ) + (_send_email is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


from ..models.guest_input import GuestInput
from ..models.registration_answer_input import RegistrationAnswerInput
from ..models.ticket_type_ref import TicketTypeRef

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("event_id", "event_id", True, str),
    ("guests", "guests", True, ("list", GuestInput)),
    ("registration_answers", "registration_answers", False, ("list", RegistrationAnswerInput)),
    (
        "ticket",
        "ticket",
        False,
        (
            "union",
            (
                TicketTypeRef,
                None,
            ),
        ),
    ),
    (
        "tickets",
        "tickets",
        False,
        (
            "union",
            (
                ("list", TicketTypeRef),
                None,
            ),
        ),
    ),
    (
        "approval_status",
        "approval_status",
        False,
        (
            "union",
            (
                (
                    "enum",
                    (
                        "approved",
                        "pending_approval",
                        "waitlist",
                    ),
                ),
                None,
            ),
        ),
    ),
    (
        "send_email",
        "send_email",
        False,
        (
            "union",
            (
                bool,
                None,
            ),
        ),
    ),
)
