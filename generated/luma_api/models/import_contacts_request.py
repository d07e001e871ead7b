from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportContactsRequest")

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
        "contacts",
        "tags",
    }
)


@_attrs_define
class ImportContactsRequest(Extras):
    """People to add as contacts, and tags to give them.

    Attributes:
        contacts (list[ImportContactsEntry]): The people to import, one entry per email address.
        tags (list[str] | None | Unset): Tags to apply to every imported contact, each given as a tag id (`tag-...`) or
            a tag name.
    """

    contacts: list[ImportContactsEntry]
    tags: list[str] | None | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["contacts"] = contacts
        if tags is not UNSET:
            field_dict["tags"] = tags
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _contacts = data["contacts"]
        _tags = data.get("tags", UNSET)
        if not (_contacts.__class__ is _LIST and (_tags is UNSET or (_tags.__class__ is _LIST or _tags is None))):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            list(map(ImportContactsEntry.from_dict, _contacts)),
            _tags,
        )
        if len(data) > 1 + (_tags is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


from ..models.import_contacts_entry import ImportContactsEntry

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("contacts", "contacts", True, ("list", ImportContactsEntry)),
    (
        "tags",
        "tags",
        False,
        (
            "union",
            (
                ("list", str),
                None,
            ),
        ),
    ),
)
