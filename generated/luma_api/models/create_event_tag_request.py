from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.tag_color import TagColor, check_tag_color
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEventTagRequest")

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
        "name",
        "color",
    }
)


@_attrs_define
class CreateEventTagRequest(Extras):
    """The new event tag.

    Attributes:
        name (str): Name of the tag.
        color (None | TagColor | Unset): Colour of the tag; optional, may be null.
    """

    name: str
    color: None | TagColor | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        elif isinstance(self.color, str):
            color = self.color
        else:
            color = self.color

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["name"] = name
        if color is not UNSET:
            field_dict["color"] = color
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _name = data["name"]
        _color = data.get("color", UNSET)
        if not (_name.__class__ is _STR and (_color is UNSET or (_color.__class__ is _STR or _color is None))):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _name,
            _color if _color is UNSET else None if _color is None else check_tag_color(_color),
        )
        if len(data) > 1 + (_color is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("name", "name", True, str),
    (
        "color",
        "color",
        False,
        (
            "union",
            (
                (
                    "enum",
                    (
                        "barney",
                        "blue",
                        "cranberry",
                        "green",
                        "orange",
                        "purple",
                        "red",
                        "yellow",
                    ),
                ),
                None,
            ),
        ),
    ),
)
