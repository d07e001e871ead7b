from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")

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
        "id",
        "avatar_url",
        "email",
        "name",
        "first_name",
        "last_name",
    }
)


@_attrs_define
class User(Extras):
    """A Luma user as returned for the key's owner, admins and event submitters.

    Attributes:
        id (str): User id, starting with `usr-`.
        avatar_url (str): URL of the user's avatar image (a default avatar when none was uploaded).
        email (str): The user's email address.
        name (None | str | Unset): Display name; null when the user has not set one.
        first_name (None | str | Unset): First name, when known.
        last_name (None | str | Unset): Last name, when known.
    """

    id: str
    avatar_url: str
    email: str
    name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        avatar_url = self.avatar_url

        email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["id"] = id
        field_dict["avatar_url"] = avatar_url
        field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _avatar_url = data["avatar_url"]
        _email = data["email"]
        _name = data.get("name", UNSET)
        _first_name = data.get("first_name", UNSET)
        _last_name = data.get("last_name", UNSET)
        if not (
            _id.__class__ is _STR
            and _avatar_url.__class__ is _STR
            and _email.__class__ is _STR
            and (_name is UNSET or (_name.__class__ is _STR or _name is None))
            and (_first_name is UNSET or (_first_name.__class__ is _STR or _first_name is None))
            and (_last_name is UNSET or (_last_name.__class__ is _STR or _last_name is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _avatar_url,
            _email,
            _name,
            _first_name,
            _last_name,
        )
        if len(data) > 3 + (_name is not UNSET) + (_first_name is not UNSET) + (_last_name is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    ("avatar_url", "avatar_url", True, str),
    ("email", "email", True, str),
    (
        "name",
        "name",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "first_name",
        "first_name",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "last_name",
        "last_name",
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
