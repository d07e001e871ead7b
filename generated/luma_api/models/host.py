from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="Host")

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
        "email",
        "name",
        "first_name",
        "last_name",
        "avatar_url",
    }
)


@_attrs_define
class Host(Extras):
    """A host of an event as listed on the event.

    Attributes:
        id (str): The host's user id, starting with `usr-`.
        email (str): The host's email address.
        name (None | str): Display name; null when the user has not set one.
        first_name (None | str): First name, when known.
        last_name (None | str): Last name, when known.
        avatar_url (str): URL of the host's avatar (a default image when none was uploaded; may lack a file extension).
    """

    id: str
    email: str
    name: None | str
    first_name: None | str
    last_name: None | str
    avatar_url: str
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name: None | str
        name = self.name

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        avatar_url = self.avatar_url

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["id"] = id
        field_dict["email"] = email
        field_dict["name"] = name
        field_dict["first_name"] = first_name
        field_dict["last_name"] = last_name
        field_dict["avatar_url"] = avatar_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _email = data["email"]
        _name = data["name"]
        _first_name = data["first_name"]
        _last_name = data["last_name"]
        _avatar_url = data["avatar_url"]
        if not (
            _id.__class__ is _STR
            and _email.__class__ is _STR
            and (_name.__class__ is _STR or _name is None)
            and (_first_name.__class__ is _STR or _first_name is None)
            and (_last_name.__class__ is _STR or _last_name is None)
            and _avatar_url.__class__ is _STR
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _email,
            _name,
            _first_name,
            _last_name,
            _avatar_url,
        )
        if len(data) > 6:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    ("email", "email", True, str),
    (
        "name",
        "name",
        True,
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
        True,
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
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    ("avatar_url", "avatar_url", True, str),
)
