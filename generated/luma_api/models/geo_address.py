from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeoAddress")

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
        "address",
        "city",
        "region",
        "country",
        "city_state",
        "full_address",
        "google_maps_place_id",
        "apple_maps_place_id",
        "description",
    }
)


@_attrs_define
class GeoAddress(Extras):
    """An event's address as Luma returns it. For events the calendar can only view, the address may be reduced to the
    city.

    Attributes:
        address (str): The venue or street address line.
        city (None | str): City, when known.
        region (None | str): State, province or other region, when known.
        country (None | str): Country name, when known.
        city_state (None | str | Unset): City and region combined for display, such as `San Francisco, California`.
        full_address (None | str | Unset): The complete formatted postal address.
        google_maps_place_id (None | str | Unset): Google Maps Place ID of the location, when it was picked from Google.
        apple_maps_place_id (None | str | Unset): Apple Maps place id of the location, when known.
        description (None | str | Unset): Free-text directions or notes about the location.
    """

    address: str
    city: None | str
    region: None | str
    country: None | str
    city_state: None | str | Unset = UNSET
    full_address: None | str | Unset = UNSET
    google_maps_place_id: None | str | Unset = UNSET
    apple_maps_place_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        city: None | str
        city = self.city

        region: None | str
        region = self.region

        country: None | str
        country = self.country

        city_state: None | str | Unset
        if isinstance(self.city_state, Unset):
            city_state = UNSET
        else:
            city_state = self.city_state

        full_address: None | str | Unset
        if isinstance(self.full_address, Unset):
            full_address = UNSET
        else:
            full_address = self.full_address

        google_maps_place_id: None | str | Unset
        if isinstance(self.google_maps_place_id, Unset):
            google_maps_place_id = UNSET
        else:
            google_maps_place_id = self.google_maps_place_id

        apple_maps_place_id: None | str | Unset
        if isinstance(self.apple_maps_place_id, Unset):
            apple_maps_place_id = UNSET
        else:
            apple_maps_place_id = self.apple_maps_place_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["address"] = address
        field_dict["city"] = city
        field_dict["region"] = region
        field_dict["country"] = country
        if city_state is not UNSET:
            field_dict["city_state"] = city_state
        if full_address is not UNSET:
            field_dict["full_address"] = full_address
        if google_maps_place_id is not UNSET:
            field_dict["google_maps_place_id"] = google_maps_place_id
        if apple_maps_place_id is not UNSET:
            field_dict["apple_maps_place_id"] = apple_maps_place_id
        if description is not UNSET:
            field_dict["description"] = description
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _address = data["address"]
        _city = data["city"]
        _region = data["region"]
        _country = data["country"]
        _city_state = data.get("city_state", UNSET)
        _full_address = data.get("full_address", UNSET)
        _google_maps_place_id = data.get("google_maps_place_id", UNSET)
        _apple_maps_place_id = data.get("apple_maps_place_id", UNSET)
        _description = data.get("description", UNSET)
        if not (
            _address.__class__ is _STR
            and (_city.__class__ is _STR or _city is None)
            and (_region.__class__ is _STR or _region is None)
            and (_country.__class__ is _STR or _country is None)
            and (_city_state is UNSET or (_city_state.__class__ is _STR or _city_state is None))
            and (_full_address is UNSET or (_full_address.__class__ is _STR or _full_address is None))
            and (
                _google_maps_place_id is UNSET
                or (_google_maps_place_id.__class__ is _STR or _google_maps_place_id is None)
            )
            and (
                _apple_maps_place_id is UNSET
                or (_apple_maps_place_id.__class__ is _STR or _apple_maps_place_id is None)
            )
            and (_description is UNSET or (_description.__class__ is _STR or _description is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _address,
            _city,
            _region,
            _country,
            _city_state,
            _full_address,
            _google_maps_place_id,
            _apple_maps_place_id,
            _description,
        )
        if len(data) > 4 + (_city_state is not UNSET) + (_full_address is not UNSET) + (
            _google_maps_place_id is not UNSET
        ) + (_apple_maps_place_id is not UNSET) + (_description is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("address", "address", True, str),
    (
        "city",
        "city",
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
        "city_state",
        "city_state",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "full_address",
        "full_address",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "google_maps_place_id",
        "google_maps_place_id",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "apple_maps_place_id",
        "apple_maps_place_id",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "description",
        "description",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
)
