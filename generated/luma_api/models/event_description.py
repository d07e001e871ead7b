from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="EventDescription")

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
        "description",
        "description_md",
    }
)


@_attrs_define
class EventDescription(Extras):
    """The event description in its two forms. Only the single event (`/v1/events/get`) and the event in webhook deliveries
    carry it; list entries never do.

    Attributes:
        description (str): The event description as plain text.
        description_md (str): The event description as Markdown. Converting to and from Luma's rich text is not
            lossless.
    """

    description: str
    description_md: str
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        description_md = self.description_md

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["description"] = description
        field_dict["description_md"] = description_md
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _description = data["description"]
        _description_md = data["description_md"]
        if not (_description.__class__ is _STR and _description_md.__class__ is _STR):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _description,
            _description_md,
        )
        if len(data) > 2:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("description", "description", True, str),
    ("description_md", "description_md", True, str),
)
