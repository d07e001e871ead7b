from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RequestEventCancellationResponse")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "cancellation_token",
        "is_paid",
        "guest_count",
    }
)


@_attrs_define
class RequestEventCancellationResponse:
    """A token to confirm the cancellation with, and what cancelling would affect.

    Attributes:
        cancellation_token (str): Pass this to the cancel operation within 15 minutes.
        is_paid (bool): Whether the event has paying guests, in which case `should_refund` must be decided.
        guest_count (int): How many guests would be notified of the cancellation.
    """

    cancellation_token: str
    is_paid: bool
    guest_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancellation_token = self.cancellation_token

        is_paid = self.is_paid

        guest_count = self.guest_count

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["cancellation_token"] = cancellation_token
        field_dict["is_paid"] = is_paid
        field_dict["guest_count"] = guest_count
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.cancellation_token = data["cancellation_token"]
        instance.is_paid = data["is_paid"]
        instance.guest_count = data["guest_count"]
        if len(data) > 3:
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
