from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="UnapplyEventTagResponse")

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
        "removed_count",
        "skipped_count",
    }
)


@_attrs_define
class UnapplyEventTagResponse(Extras):
    """Outcome of untagging events.

    Attributes:
        removed_count (int): Number of events the tag was removed from.
        skipped_count (int): Number of events skipped because they are not on this calendar.
    """

    removed_count: int
    skipped_count: int
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        removed_count = self.removed_count

        skipped_count = self.skipped_count

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["removed_count"] = removed_count
        field_dict["skipped_count"] = skipped_count
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _removed_count = data["removed_count"]
        _skipped_count = data["skipped_count"]
        if not (_removed_count.__class__ is _INT and _skipped_count.__class__ is _INT):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _removed_count,
            _skipped_count,
        )
        if len(data) > 2:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("removed_count", "removed_count", True, int),
    ("skipped_count", "skipped_count", True, int),
)
