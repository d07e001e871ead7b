from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.guest_status_update import GuestStatusUpdate, check_guest_status_update
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEventGuestStatusRequest")

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
        "status",
        "should_refund",
        "send_email",
        "message",
    }
)


@_attrs_define
class UpdateEventGuestStatusRequest(Extras):
    """Body of `update_event_guest_status`.

    Attributes:
        event_id (str): Id of the event, usually starting with `evt-`.
        guest_id (str): The guest to update: a guest id (`gst-...`), a ticket key, a guest key (`g-...`) or the guest's
            email address.
        status (GuestStatusUpdate): The statuses a guest can be moved to with `update_event_guest_status`.
        should_refund (bool | Unset): Refund the guest's payment when moving a paid guest out of `approved`. Defaults to
            false. Default: False.
        send_email (bool | None | Unset): Whether the guest is emailed about the change; true when omitted or null.
        message (None | str | Unset): A note of at most 200 characters added to the email. Not allowed together with
            `send_email: false`.
    """

    event_id: str
    guest_id: str
    status: GuestStatusUpdate
    should_refund: bool | Unset = False
    send_email: bool | None | Unset = UNSET
    message: None | str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        guest_id = self.guest_id

        status: str = self.status

        should_refund = self.should_refund

        send_email: bool | None | Unset
        if isinstance(self.send_email, Unset):
            send_email = UNSET
        else:
            send_email = self.send_email

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["event_id"] = event_id
        field_dict["guest_id"] = guest_id
        field_dict["status"] = status
        if should_refund is not UNSET:
            field_dict["should_refund"] = should_refund
        if send_email is not UNSET:
            field_dict["send_email"] = send_email
        if message is not UNSET:
            field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _event_id = data["event_id"]
        _guest_id = data["guest_id"]
        _status = data["status"]
        _should_refund = data.get("should_refund", UNSET)
        _send_email = data.get("send_email", UNSET)
        _message = data.get("message", UNSET)
        if not (
            _event_id.__class__ is _STR
            and _guest_id.__class__ is _STR
            and (_should_refund is UNSET or _should_refund.__class__ is _BOOL)
            and (_send_email is UNSET or (_send_email.__class__ is _BOOL or _send_email is None))
            and (_message is UNSET or (_message.__class__ is _STR or _message is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _event_id,
            _guest_id,
            check_guest_status_update(_status),
            _should_refund,
            _send_email,
            _message,
        )
        if len(data) > 3 + (_should_refund is not UNSET) + (_send_email is not UNSET) + (_message is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("event_id", "event_id", True, str),
    ("guest_id", "guest_id", True, str),
    (
        "status",
        "status",
        True,
        (
            "enum",
            (
                "approved",
                "declined",
                "pending_approval",
                "waitlist",
            ),
        ),
    ),
    ("should_refund", "should_refund", False, bool),
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
