from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_calendar_summary import EntityCalendarSummary


T = TypeVar("T", bound="EntityCalendar")


@_attrs_define
class EntityCalendar:
    """A slug lookup result that points to a calendar.

    Attributes:
        type_ (Literal['calendar']): Always `calendar` for this variant.
        calendar (EntityCalendarSummary): The few calendar fields a slug lookup returns.
    """

    type_: Literal["calendar"]
    calendar: EntityCalendarSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        calendar = self.calendar.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "calendar": calendar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_calendar_summary import EntityCalendarSummary  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["calendar"], d.pop("type"))
        if type_ != "calendar":
            raise ValueError(f"type must match const 'calendar', got '{type_}'")

        calendar = EntityCalendarSummary.from_dict(d.pop("calendar"))

        entity_calendar = cls(
            type_=type_,
            calendar=calendar,
        )

        entity_calendar.additional_properties = d
        return entity_calendar

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
