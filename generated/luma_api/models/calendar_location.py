from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="CalendarLocation")

# The JSON types `from_dict` checks raw values against, bound to untyped names: a check against them
# leaves each value typed as the generator declared it (mypy would narrow it after `is str`).
_STR: Any = str
_INT: Any = int
_FLOAT: Any = float
_BOOL: Any = bool
_LIST: Any = list
_DICT: Any = dict

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
class CalendarLocation(Extras):
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
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        region: None | str
        region = self.region

        country: None | str
        country = self.country

        country_code: None | str
        country_code = self.country_code

        timezone = self.timezone

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["city"] = city
        field_dict["region"] = region
        field_dict["country"] = country
        field_dict["country_code"] = country_code
        field_dict["timezone"] = timezone
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _city = data["city"]
        _region = data["region"]
        _country = data["country"]
        _country_code = data["country_code"]
        _timezone = data["timezone"]
        if not (
            _city.__class__ is _STR
            and (_region.__class__ is _STR or _region is None)
            and (_country.__class__ is _STR or _country is None)
            and (_country_code.__class__ is _STR or _country_code is None)
            and _timezone.__class__ is _STR
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _city,
            _region,
            _country,
            _country_code,
            _timezone,
        )
        if len(data) > 5:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("city", "city", True, str),
    (
        "region",
        "region",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "country",
        "country",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "country_code",
        "country_code",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    ("timezone", "timezone", True, str),
)
