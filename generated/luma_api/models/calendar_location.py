from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CalendarLocation")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "city",
        "region",
        "country",
        "country_code",
        "timezone",
    }
)


@_attrs_define
class CalendarLocation:
    """The city-level home location of a calendar.

    Attributes:
        city (str): City name.
        region (None | str): State, province or other region, when known.
        country (None | str): Country name, when known.
        country_code (None | str): Two-letter ISO 3166-1 alpha-2 country code, when known.
        timezone (str): IANA time zone of the location, for example `America/Los_Angeles`.
    """

    city: str
    region: None | str
    country: None | str
    country_code: None | str
    timezone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        region: None | str
        region = self.region

        country: None | str
        country = self.country

        country_code: None | str
        country_code = self.country_code

        timezone = self.timezone

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["city"] = city
        field_dict["region"] = region
        field_dict["country"] = country
        field_dict["country_code"] = country_code
        field_dict["timezone"] = timezone
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.city = data["city"]
        instance.region = data["region"]
        instance.country = data["country"]
        instance.country_code = data["country_code"]
        instance.timezone = data["timezone"]
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
