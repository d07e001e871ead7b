from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListEventTagsResponse")

# The JSON types `from_dict` checks raw values against, bound to untyped names: a check against them
# leaves each value typed as the generator declared it (mypy would narrow it after `is str`).
_STR: Any = str
_INT: Any = int
_FLOAT: Any = float
_BOOL: Any = bool
_LIST: Any = list
_DICT: Any = dict


def _no_extras_as_empty(extras: dict[str, Any] | None) -> dict[str, Any]:
    """How models compare and print their unknown keys: "none yet" (None) as an empty dict."""
    return extras or {}


_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "entries",
        "has_more",
    }
)


@_attrs_define
class ListEventTagsResponse:
    """Every event tag of the calendar (not paginated).

    Attributes:
        entries (list[Tag]): The event tags.
        has_more (bool): Whether more tags exist than were returned; in practice false.
    """

    entries: list[Tag]
    has_more: bool
    # Unknown keys. None until the first is stored: most models have none, and an empty dict per
    # instance would be one more allocation for each (the cyclic collector counts them all).
    # Read and write them through `additional_properties`.
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_no_extras_as_empty, repr=lambda extras: repr(extras or {})
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys of the JSON object this model does not declare, with their values."""
        extras = self._additional_properties
        if extras is None:
            extras = self._additional_properties = {}
        return extras

    @additional_properties.setter
    def additional_properties(self, extras: dict[str, Any]) -> None:
        self._additional_properties = extras

    def to_dict(self) -> dict[str, Any]:
        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["entries"] = entries
        field_dict["has_more"] = has_more
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _entries = data["entries"]
        _has_more = data["has_more"]
        if not (_entries.__class__ is _LIST and _has_more.__class__ is _BOOL):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            list(map(Tag.from_dict, _entries)),
            _has_more,
        )
        if len(data) > 2:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self._additional_properties or ())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in (self._additional_properties or ())


from ..models.tag import Tag

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("entries", "entries", True, ("list", Tag)),
    ("has_more", "has_more", True, bool),
)
