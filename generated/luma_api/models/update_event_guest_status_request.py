from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guest_status_update import GuestStatusUpdate, check_guest_status_update
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEventGuestStatusRequest")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

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
class UpdateEventGuestStatusRequest:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        field_dict: dict[str, Any] = dict(self.additional_properties)
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
        data = src_dict
        _should_refund = data.get("should_refund", UNSET)
        _send_email = data.get("send_email", UNSET)
        _message = data.get("message", UNSET)
        instance = _new_instance(cls)
        instance.event_id = data["event_id"]
        instance.guest_id = data["guest_id"]
        instance.status = check_guest_status_update(data["status"])
        instance.should_refund = _should_refund
        instance.send_email = _send_email
        instance.message = _message
        if len(data) > 3 + (_should_refund is not UNSET) + (_send_email is not UNSET) + (_message is not UNSET):
            instance.additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        else:
            instance.additional_properties = {}
        return instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
