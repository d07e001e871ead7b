from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_calendar import EntityCalendar
    from ..models.entity_event import EntityEvent


T = TypeVar("T", bound="LookupEntityResponse")


@_attrs_define
class LookupEntityResponse:
    """Result of resolving a slug.

    Attributes:
        entity (EntityCalendar | EntityEvent | None): The calendar or event using the slug, or null when the slug is
            unused.
    """

    entity: EntityCalendar | EntityEvent | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_calendar import EntityCalendar  # noqa: PLC0415
        from ..models.entity_event import EntityEvent  # noqa: PLC0415

        entity: dict[str, Any] | None
        if isinstance(self.entity, EntityCalendar):
            entity = self.entity.to_dict()
        elif isinstance(self.entity, EntityEvent):
            entity = self.entity.to_dict()
        else:
            entity = self.entity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_calendar import EntityCalendar  # noqa: PLC0415
        from ..models.entity_event import EntityEvent  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_entity(data: object) -> EntityCalendar | EntityEvent | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_0 = EntityCalendar.from_dict(data)

                return componentsschemas_entity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_1 = EntityEvent.from_dict(data)

                return componentsschemas_entity_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityCalendar | EntityEvent | None, data)

        entity = _parse_entity(d.pop("entity"))

        lookup_entity_response = cls(
            entity=entity,
        )

        lookup_entity_response.additional_properties = d
        return lookup_entity_response

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
