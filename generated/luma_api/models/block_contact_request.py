from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="BlockContactRequest")

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
        "contact_id",
        "email",
    }
)


@_attrs_define
class BlockContactRequest(Extras):
    """The contact to block, given by `contact_id`, `email`, or both; at least one of the two is required.

    Attributes:
        contact_id (str | Unset): Id of the contact (as in the contact list's `id`).
        email (str | Unset): Email address of the contact.
    """

    contact_id: str | Unset = UNSET
    email: str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        email = self.email

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if email is not UNSET:
            field_dict["email"] = email
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _contact_id = data.get("contact_id", UNSET)
        _email = data.get("email", UNSET)
        if not (
            (_contact_id is UNSET or _contact_id.__class__ is _STR) and (_email is UNSET or _email.__class__ is _STR)
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _contact_id,
            _email,
        )
        if len(data) > 0 + (_contact_id is not UNSET) + (_email is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("contact_id", "contact_id", False, str),
    ("email", "email", False, str),
)
