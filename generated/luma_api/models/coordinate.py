from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="Coordinate")

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
        "longitude",
        "latitude",
    }
)


@_attrs_define
class Coordinate(Extras):
    """A point on the map in decimal degrees (WGS 84).

    Attributes:
        longitude (float): Longitude in decimal degrees, east positive.
        latitude (float): Latitude in decimal degrees, north positive.
    """

    longitude: float
    latitude: float
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        longitude = self.longitude

        latitude = self.latitude

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["longitude"] = longitude
        field_dict["latitude"] = latitude
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _longitude = data["longitude"]
        _latitude = data["latitude"]
        if not (
            (_longitude.__class__ is _FLOAT or _longitude.__class__ is _INT)
            and (_latitude.__class__ is _FLOAT or _latitude.__class__ is _INT)
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _longitude,
            _latitude,
        )
        if len(data) > 2:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("longitude", "longitude", True, float),
    ("latitude", "latitude", True, float),
)
