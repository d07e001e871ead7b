from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="UnapplyEventTagRequest")

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
        "tag",
        "event_ids",
    }
)


@_attrs_define
class UnapplyEventTagRequest(Extras):
    """A tag and the events to remove it from.

    Attributes:
        tag (str): The tag to remove, given by id (`tag-...`) or by name.
        event_ids (list[str]): Ids (`evt-...`) of the events to untag; at least one.
    """

    tag: str
    event_ids: list[str]
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        tag = self.tag

        event_ids = self.event_ids

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["tag"] = tag
        field_dict["event_ids"] = event_ids
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _tag = data["tag"]
        _event_ids = data["event_ids"]
        if not (_tag.__class__ is _STR and _event_ids.__class__ is _LIST):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _tag,
            _event_ids,
        )
        if len(data) > 2:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("tag", "tag", True, str),
    ("event_ids", "event_ids", True, ("list", str)),
)
