from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coupon import Coupon


T = TypeVar("T", bound="ListCalendarCouponsResponse")


@_attrs_define
class ListCalendarCouponsResponse:
    """One page of the calendar's coupons.

    Attributes:
        has_more (bool): Whether another page follows this one.
        entries (list[Coupon]): The coupons on this page.
        next_cursor (None | str | Unset): Cursor for the next page; pass it as `pagination_cursor`. Absent on the last
            page.
    """

    has_more: bool
    entries: list[Coupon]
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_more": has_more,
                "entries": entries,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coupon import Coupon  # noqa: PLC0415

        d = dict(src_dict)
        has_more = d.pop("has_more")

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = Coupon.from_dict(entries_item_data)

            entries.append(entries_item)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        list_calendar_coupons_response = cls(
            has_more=has_more,
            entries=entries,
            next_cursor=next_cursor,
        )

        list_calendar_coupons_response.additional_properties = d
        return list_calendar_coupons_response

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
