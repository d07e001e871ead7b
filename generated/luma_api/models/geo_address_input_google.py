from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeoAddressInputGoogle")


@_attrs_define
class GeoAddressInputGoogle:
    """A location given as a Google Maps place.

    Attributes:
        type_ (Literal['google']): Marks a Google Maps place.
        place_id (str): The Google Maps Place ID of the venue.
        description (None | str | Unset): Optional text to show for the place (for example the formatted address).
    """

    type_: Literal["google"]
    place_id: str
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        place_id = self.place_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "place_id": place_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["google"], d.pop("type"))
        if type_ != "google":
            raise ValueError(f"type must match const 'google', got '{type_}'")

        place_id = d.pop("place_id")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        geo_address_input_google = cls(
            type_=type_,
            place_id=place_id,
            description=description,
        )

        geo_address_input_google.additional_properties = d
        return geo_address_input_google

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
