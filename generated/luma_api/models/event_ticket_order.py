from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency, check_currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coupon_info import CouponInfo


T = TypeVar("T", bound="EventTicketOrder")


@_attrs_define
class EventTicketOrder:
    """One order through which a guest obtained tickets. Amounts are in the minor unit of `currency`. The facts available
    do not say which fields are always present, so none is marked required.

        Attributes:
            id (str | Unset): Order id (no documented prefix).
            amount (float | Unset): Amount of the order in minor units.
            amount_discount (float | Unset): Discount applied to the order, in minor units.
            amount_tax (float | Unset): Tax charged on the order, in minor units.
            currency (Currency | None | str | Unset): Currency of the amounts; null for free orders.
            coupon_info (CouponInfo | None | Unset): The coupon used for this order; null when none was used.
            is_captured (bool | Unset): Whether the payment for the order has been captured.
    """

    id: str | Unset = UNSET
    amount: float | Unset = UNSET
    amount_discount: float | Unset = UNSET
    amount_tax: float | Unset = UNSET
    currency: Currency | None | str | Unset = UNSET
    coupon_info: CouponInfo | None | Unset = UNSET
    is_captured: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.coupon_info import CouponInfo  # noqa: PLC0415

        id = self.id

        amount = self.amount

        amount_discount = self.amount_discount

        amount_tax = self.amount_tax

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, str):
            currency = self.currency
        else:
            currency = self.currency

        coupon_info: dict[str, Any] | None | Unset
        if isinstance(self.coupon_info, Unset):
            coupon_info = UNSET
        elif isinstance(self.coupon_info, CouponInfo):
            coupon_info = self.coupon_info.to_dict()
        else:
            coupon_info = self.coupon_info

        is_captured = self.is_captured

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_discount is not UNSET:
            field_dict["amount_discount"] = amount_discount
        if amount_tax is not UNSET:
            field_dict["amount_tax"] = amount_tax
        if currency is not UNSET:
            field_dict["currency"] = currency
        if coupon_info is not UNSET:
            field_dict["coupon_info"] = coupon_info
        if is_captured is not UNSET:
            field_dict["is_captured"] = is_captured

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coupon_info import CouponInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        amount = d.pop("amount", UNSET)

        amount_discount = d.pop("amount_discount", UNSET)

        amount_tax = d.pop("amount_tax", UNSET)

        def _parse_currency(data: object) -> Currency | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                currency_type_0 = check_currency(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_coupon_info(data: object) -> CouponInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coupon_info_type_0 = CouponInfo.from_dict(data)

                return coupon_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CouponInfo | None | Unset, data)

        coupon_info = _parse_coupon_info(d.pop("coupon_info", UNSET))

        is_captured = d.pop("is_captured", UNSET)

        event_ticket_order = cls(
            id=id,
            amount=amount,
            amount_discount=amount_discount,
            amount_tax=amount_tax,
            currency=currency,
            coupon_info=coupon_info,
            is_captured=is_captured,
        )

        event_ticket_order.additional_properties = d
        return event_ticket_order

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
