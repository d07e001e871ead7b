from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RejectCalendarEventRequest")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "calendar_event_id",
        "message",
    }
)


@_attrs_define
class RejectCalendarEventRequest:
    """The submission to reject and an optional note for the submitter.

    Attributes:
        calendar_event_id (str): Id of the submission, starting with `calev-`. An event id (`evt-`) is accepted too and
            resolves to that event's open submission.
        message (str | Unset): Explanation passed on to the submitter.
    """

    calendar_event_id: str
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calendar_event_id = self.calendar_event_id

        message = self.message

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["calendar_event_id"] = calendar_event_id
        if message is not UNSET:
            field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _message = data.get("message", UNSET)
        instance = _new_instance(cls)
        instance.calendar_event_id = data["calendar_event_id"]
        instance.message = _message
        if len(data) > 1 + (_message is not UNSET):
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
