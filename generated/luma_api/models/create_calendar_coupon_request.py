from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount_discount import AmountDiscount
    from ..models.percent_discount import PercentDiscount


T = TypeVar("T", bound="CreateCalendarCouponRequest")


@_attrs_define
class CreateCalendarCouponRequest:
    """Body of `create_calendar_coupon`.

    Attributes:
        code (str): The code guests will enter, 1 to 20 characters, matched case-insensitively. Avoid a code that also
            exists on one of the calendar's events.
        discount (AmountDiscount | PercentDiscount): The discount a new coupon gives: a percentage or a fixed amount,
            told apart by `discount_type`.
        remaining_count (int | Unset): How many times the coupon can be used; 1000000 means unlimited.
        valid_start_at (datetime.datetime | None | Unset): When the coupon becomes usable (ISO 8601; a `Z` or `+hh:mm`
            offset). Null or omitted for immediately.
        valid_end_at (datetime.datetime | None | Unset): When the coupon stops being usable. Null or omitted for no end.
    """

    code: str
    discount: AmountDiscount | PercentDiscount
    remaining_count: int | Unset = UNSET
    valid_start_at: datetime.datetime | None | Unset = UNSET
    valid_end_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.percent_discount import PercentDiscount  # noqa: PLC0415

        code = self.code

        discount: dict[str, Any]
        if isinstance(self.discount, PercentDiscount):
            discount = self.discount.to_dict()
        else:
            discount = self.discount.to_dict()

        remaining_count = self.remaining_count

        valid_start_at: None | str | Unset
        if isinstance(self.valid_start_at, Unset):
            valid_start_at = UNSET
        elif isinstance(self.valid_start_at, datetime.datetime):
            valid_start_at = self.valid_start_at.isoformat()
        else:
            valid_start_at = self.valid_start_at

        valid_end_at: None | str | Unset
        if isinstance(self.valid_end_at, Unset):
            valid_end_at = UNSET
        elif isinstance(self.valid_end_at, datetime.datetime):
            valid_end_at = self.valid_end_at.isoformat()
        else:
            valid_end_at = self.valid_end_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "discount": discount,
            }
        )
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count
        if valid_start_at is not UNSET:
            field_dict["valid_start_at"] = valid_start_at
        if valid_end_at is not UNSET:
            field_dict["valid_end_at"] = valid_end_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount_discount import AmountDiscount  # noqa: PLC0415
        from ..models.percent_discount import PercentDiscount  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_discount(data: object) -> AmountDiscount | PercentDiscount:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_coupon_discount_type_0 = PercentDiscount.from_dict(data)

                return componentsschemas_coupon_discount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_coupon_discount_type_1 = AmountDiscount.from_dict(data)

            return componentsschemas_coupon_discount_type_1

        discount = _parse_discount(d.pop("discount"))

        remaining_count = d.pop("remaining_count", UNSET)

        def _parse_valid_start_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_start_at_type_0 = datetime.datetime.fromisoformat(data)

                return valid_start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        valid_start_at = _parse_valid_start_at(d.pop("valid_start_at", UNSET))

        def _parse_valid_end_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_end_at_type_0 = datetime.datetime.fromisoformat(data)

                return valid_end_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        valid_end_at = _parse_valid_end_at(d.pop("valid_end_at", UNSET))

        create_calendar_coupon_request = cls(
            code=code,
            discount=discount,
            remaining_count=remaining_count,
            valid_start_at=valid_start_at,
            valid_end_at=valid_end_at,
        )

        create_calendar_coupon_request.additional_properties = d
        return create_calendar_coupon_request

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
