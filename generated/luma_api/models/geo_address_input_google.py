from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeoAddressInputGoogle")

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
        "type",
        "place_id",
        "description",
    }
)


@_attrs_define
class GeoAddressInputGoogle(Extras):
    """A location given as a Google Maps place.

    Attributes:
        type_ (Literal['google']): Marks a Google Maps place.
        place_id (str): The Google Maps Place ID of the venue.
        description (None | str | Unset): Optional text to show for the place (for example the formatted address).
    """

    type_: Literal["google"]
    place_id: str
    description: None | str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        place_id = self.place_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["type"] = type_
        field_dict["place_id"] = place_id
        if description is not UNSET:
            field_dict["description"] = description
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _type_ = data["type"]
        _place_id = data["place_id"]
        _description = data.get("description", UNSET)
        if not (
            _place_id.__class__ is _STR
            and (_description is UNSET or (_description.__class__ is _STR or _description is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _parse_type_(_type_),
            _place_id,
            _description,
        )
        if len(data) > 2 + (_description is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_type_(data: Any) -> Literal["google"]:
    if data != "google":
        raise ValueError(f"type must be 'google', got {data!r}")
    return cast(Literal["google"], data)


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("type_", "type", True, ("const", "google")),
    ("place_id", "place_id", True, str),
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
