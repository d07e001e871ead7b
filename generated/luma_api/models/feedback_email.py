from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedbackEmail")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "enabled",
        "delay",
    }
)


@_attrs_define
class FeedbackEmail:
    """Settings for the feedback email Luma sends to guests after the event.

    Attributes:
        enabled (bool): Whether guests get a feedback email after the event.
        delay (str | Unset): How long after the event ends the email goes out, as an ISO 8601 duration. Input accepts
            short forms (`PT2H`); responses use the expanded form (`P0Y0M0DT2H0M0S`). Defaults to `PT0M` and may be at most
            `P7D`.
    """

    enabled: bool
    delay: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        delay = self.delay

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["enabled"] = enabled
        if delay is not UNSET:
            field_dict["delay"] = delay
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _delay = data.get("delay", UNSET)
        instance = _new_instance(cls)
        instance.enabled = data["enabled"]
        instance.delay = _delay
        if len(data) > 1 + (_delay is not UNSET):
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
