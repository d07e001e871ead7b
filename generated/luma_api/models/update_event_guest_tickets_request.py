from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEventGuestTicketsRequest")

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
        "guest_id",
        "ticket_ids_to_remove",
        "tickets_to_add",
        "send_email",
    }
)


@_attrs_define
class UpdateEventGuestTicketsRequest(Extras):
    """Body of `update_event_guest_tickets`.

    Attributes:
        event_id (str): Id of the event, usually starting with `evt-`.
        guest_id (str): Id of the guest whose tickets change, usually starting with `gst-`.
        ticket_ids_to_remove (list[str] | Unset): Ids of the guest's tickets to remove (see `EventTicket.id`). No refund
            is issued.
        tickets_to_add (list[TicketTypeRef] | Unset): Ticket types to add one complimentary ticket of each.
        send_email (bool | Unset): Whether the guest is emailed about the change.
    """

    event_id: str
    guest_id: str
    ticket_ids_to_remove: list[str] | Unset = UNSET
    tickets_to_add: list[TicketTypeRef] | Unset = UNSET
    send_email: bool | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        guest_id = self.guest_id

        ticket_ids_to_remove: list[str] | Unset = UNSET
        if not isinstance(self.ticket_ids_to_remove, Unset):
            ticket_ids_to_remove = self.ticket_ids_to_remove

        tickets_to_add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tickets_to_add, Unset):
            tickets_to_add = []
            for tickets_to_add_item_data in self.tickets_to_add:
                tickets_to_add_item = tickets_to_add_item_data.to_dict()
                tickets_to_add.append(tickets_to_add_item)

        send_email = self.send_email

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["event_id"] = event_id
        field_dict["guest_id"] = guest_id
        if ticket_ids_to_remove is not UNSET:
            field_dict["ticket_ids_to_remove"] = ticket_ids_to_remove
        if tickets_to_add is not UNSET:
            field_dict["tickets_to_add"] = tickets_to_add
        if send_email is not UNSET:
            field_dict["send_email"] = send_email
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _event_id = data["event_id"]
        _guest_id = data["guest_id"]
        _ticket_ids_to_remove = data.get("ticket_ids_to_remove", UNSET)
        _tickets_to_add = data.get("tickets_to_add", UNSET)
        _send_email = data.get("send_email", UNSET)
        if not (
            _event_id.__class__ is _STR
            and _guest_id.__class__ is _STR
            and (_ticket_ids_to_remove is UNSET or _ticket_ids_to_remove.__class__ is _LIST)
            and (_tickets_to_add is UNSET or _tickets_to_add.__class__ is _LIST)
            and (_send_email is UNSET or _send_email.__class__ is _BOOL)
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _event_id,
            _guest_id,
            _ticket_ids_to_remove,
            _tickets_to_add if _tickets_to_add is UNSET else list(map(TicketTypeRef.from_dict, _tickets_to_add)),
            _send_email,
        )
        if len(data) > 2 + (_ticket_ids_to_remove is not UNSET) + (_tickets_to_add is not UNSET) + (
            _send_email is not UNSET
        ):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


from ..models.ticket_type_ref import TicketTypeRef

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("event_id", "event_id", True, str),
    ("guest_id", "guest_id", True, str),
    ("ticket_ids_to_remove", "ticket_ids_to_remove", False, ("list", str)),
    ("tickets_to_add", "tickets_to_add", False, ("list", TicketTypeRef)),
    ("send_email", "send_email", False, bool),
)
