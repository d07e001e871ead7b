from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListContactsResponse")

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
        "has_more",
        "entries",
        "next_cursor",
    }
)


@_attrs_define
class ListContactsResponse(Extras):
    """One page of calendar contacts.

    Attributes:
        has_more (bool): Whether another page follows this one.
        entries (list[Contact]): The contacts on this page.
        next_cursor (None | str | Unset): Cursor for the next page; pass it as `pagination_cursor`. Absent on the last
            page.
    """

    has_more: bool
    entries: list[Contact]
    next_cursor: None | str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["has_more"] = has_more
        field_dict["entries"] = entries
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _has_more = data["has_more"]
        _entries = data["entries"]
        _next_cursor = data.get("next_cursor", UNSET)
        if not (
            _has_more.__class__ is _BOOL
            and _entries.__class__ is _LIST
            and (_next_cursor is UNSET or (_next_cursor.__class__ is _STR or _next_cursor is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _has_more,
            list(map(Contact.from_dict, _entries)),
            _next_cursor,
        )
        if len(data) > 2 + (_next_cursor is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


from ..models.contact import Contact

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("has_more", "has_more", True, bool),
    ("entries", "entries", True, ("list", Contact)),
    (
        "next_cursor",
        "next_cursor",
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
