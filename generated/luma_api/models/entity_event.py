from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_event_summary import EntityEventSummary


T = TypeVar("T", bound="EntityEvent")


@_attrs_define
class EntityEvent:
    """A slug lookup result that points to an event.

    Attributes:
        type_ (Literal['event']): Always `event` for this variant.
        event (EntityEventSummary): The few event fields a slug lookup returns.
    """

    type_: Literal["event"]
    event: EntityEventSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        event = self.event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_event_summary import EntityEventSummary  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["event"], d.pop("type"))
        if type_ != "event":
            raise ValueError(f"type must match const 'event', got '{type_}'")

        event = EntityEventSummary.from_dict(d.pop("event"))

        entity_event = cls(
            type_=type_,
            event=event,
        )

        entity_event.additional_properties = d
        return entity_event

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
