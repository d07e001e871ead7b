from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.membership_access_info_free import MembershipAccessInfoFree
    from ..models.membership_access_info_payment_once import MembershipAccessInfoPaymentOnce
    from ..models.membership_access_info_payment_recurring import MembershipAccessInfoPaymentRecurring


T = TypeVar("T", bound="MembershipTier")


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
        from ..models.membership_access_info_free import MembershipAccessInfoFree  # noqa: PLC0415
        from ..models.membership_access_info_payment_once import MembershipAccessInfoPaymentOnce  # noqa: PLC0415

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "tint_color": tint_color,
                "access_info": access_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_access_info_free import MembershipAccessInfoFree  # noqa: PLC0415
        from ..models.membership_access_info_payment_once import MembershipAccessInfoPaymentOnce  # noqa: PLC0415
        from ..models.membership_access_info_payment_recurring import MembershipAccessInfoPaymentRecurring  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        tint_color = d.pop("tint_color")

        def _parse_access_info(
            data: object,
        ) -> MembershipAccessInfoFree | MembershipAccessInfoPaymentOnce | MembershipAccessInfoPaymentRecurring:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_membership_access_info_type_0 = MembershipAccessInfoFree.from_dict(data)

                return componentsschemas_membership_access_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_membership_access_info_type_1 = MembershipAccessInfoPaymentOnce.from_dict(data)

                return componentsschemas_membership_access_info_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_membership_access_info_type_2 = MembershipAccessInfoPaymentRecurring.from_dict(data)

            return componentsschemas_membership_access_info_type_2

        access_info = _parse_access_info(d.pop("access_info"))

        membership_tier = cls(
            id=id,
            name=name,
            description=description,
            tint_color=tint_color,
            access_info=access_info,
        )

        membership_tier.additional_properties = d
        return membership_tier

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
