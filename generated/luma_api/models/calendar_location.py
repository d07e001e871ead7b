from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CalendarLocation")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "region": region,
                "country": country,
                "country_code": country_code,
                "timezone": timezone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city = d.pop("city")

        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        def _parse_country_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country_code = _parse_country_code(d.pop("country_code"))

        timezone = d.pop("timezone")

        calendar_location = cls(
            city=city,
            region=region,
            country=country,
            country_code=country_code,
            timezone=timezone,
        )

        calendar_location.additional_properties = d
        return calendar_location

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
