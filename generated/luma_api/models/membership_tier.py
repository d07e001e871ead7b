from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MembershipTier")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "tint_color",
        "access_info",
    }
)


@_attrs_define
class MembershipTier:
    """A membership tier of a calendar and the terms on which people join it.

    Attributes:
        id (str): Tier id (no fixed prefix observed); pass it as `membership_tier_id` to `add_member`.
        name (str): Name of the tier shown to members.
        description (None | str): Optional explanation of what the tier offers; null when none was written.
        tint_color (str): Accent colour of the tier as a hex code such as `#5d7cf2`.
        access_info (MembershipAccessInfoFree | MembershipAccessInfoPaymentOnce | MembershipAccessInfoPaymentRecurring):
            The joining terms of a membership tier. `type` tells which variant applies: `free`, `payment-once` (a single
            payment) or `payment-recurring` (a Stripe subscription).
    """

    id: str
    name: str
    description: None | str
    tint_color: str
    access_info: MembershipAccessInfoFree | MembershipAccessInfoPaymentOnce | MembershipAccessInfoPaymentRecurring
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        tint_color = self.tint_color

        access_info: dict[str, Any]
        if isinstance(self.access_info, MembershipAccessInfoFree):
            access_info = self.access_info.to_dict()
        elif isinstance(self.access_info, MembershipAccessInfoPaymentOnce):
            access_info = self.access_info.to_dict()
        else:
            access_info = self.access_info.to_dict()

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["description"] = description
        field_dict["tint_color"] = tint_color
        field_dict["access_info"] = access_info
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.id = data["id"]
        instance.name = data["name"]
        instance.description = data["description"]
        instance.tint_color = data["tint_color"]
        _access_info = data["access_info"]
        instance.access_info = _parse_access_info(_access_info)
        if len(data) > 5:
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


def _parse_access_info(
    data: Any,
) -> MembershipAccessInfoFree | MembershipAccessInfoPaymentOnce | MembershipAccessInfoPaymentRecurring:
    if isinstance(data, dict):
        try:
            return MembershipAccessInfoFree.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return MembershipAccessInfoPaymentOnce.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        return MembershipAccessInfoPaymentRecurring.from_dict(data)
    raise TypeError(f"access_info: no declared type matches {type(data).__name__} {data!r:.80}")


from ..models.membership_access_info_free import MembershipAccessInfoFree
from ..models.membership_access_info_payment_once import MembershipAccessInfoPaymentOnce
from ..models.membership_access_info_payment_recurring import MembershipAccessInfoPaymentRecurring
