from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEventInvitesRequest")

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
        "message",
    }
)


@_attrs_define
class SendEventInvitesRequest(Extras):
    """Body of `send_event_invites`.

    Attributes:
        event_id (str): Id of the event, usually starting with `evt-`.
        guests (list[GuestInput]): The people to invite.
        message (None | str | Unset): A personal note added to the invitation, at most 200 characters.
    """

    event_id: str
    guests: list[GuestInput]
    message: None | str | Unset = UNSET
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

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["event_id"] = event_id
        field_dict["guests"] = guests
        if message is not UNSET:
            field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _event_id = data["event_id"]
        _guests = data["guests"]
        _message = data.get("message", UNSET)
        if not (
            _event_id.__class__ is _STR
            and _guests.__class__ is _LIST
            and (_message is UNSET or (_message.__class__ is _STR or _message is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _event_id,
            list(map(GuestInput.from_dict, _guests)),
            _message,
        )
        if len(data) > 2 + (_message is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


from ..models.guest_input import GuestInput

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("event_id", "event_id", True, str),
    ("guests", "guests", True, ("list", GuestInput)),
    (
        "message",
        "message",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
)
