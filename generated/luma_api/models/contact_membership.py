from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_status import MembershipStatus

T = TypeVar("T", bound="ContactMembership")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "status",
        "calendar_membership_tier_id",
    }
)


@_attrs_define
class ContactMembership:
    """A contact's membership of one of the calendar's membership tiers.

    Attributes:
        status (MembershipStatus | str): Where the membership stands.
        calendar_membership_tier_id (None | str): Id of the membership tier, when the membership is linked to one.
    """

    status: MembershipStatus | str
    calendar_membership_tier_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        calendar_membership_tier_id: None | str
        calendar_membership_tier_id = self.calendar_membership_tier_id

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["status"] = status
        field_dict["calendar_membership_tier_id"] = calendar_membership_tier_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.status = data["status"]
        instance.calendar_membership_tier_id = data["calendar_membership_tier_id"]
        if len(data) > 2:
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
