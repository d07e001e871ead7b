from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="EntityCalendarSummary")

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
        "name",
        "slug",
        "avatar_url",
    }
)


@_attrs_define
class EntityCalendarSummary(Extras):
    """The few calendar fields a slug lookup returns.

    Attributes:
        id (str): Calendar id, starting with `cal-`.
        name (str): Display name of the calendar.
        slug (None | str): The calendar's slug, or null when it has none.
        avatar_url (None | str | Unset): URL of the calendar's avatar image; may be absent or null.
    """

    id: str
    name: str
    slug: None | str
    avatar_url: None | str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug: None | str
        slug = self.slug

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["slug"] = slug
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _name = data["name"]
        _slug = data["slug"]
        _avatar_url = data.get("avatar_url", UNSET)
        if not (
            _id.__class__ is _STR
            and _name.__class__ is _STR
            and (_slug.__class__ is _STR or _slug is None)
            and (_avatar_url is UNSET or (_avatar_url.__class__ is _STR or _avatar_url is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _name,
            _slug,
            _avatar_url,
        )
        if len(data) > 3 + (_avatar_url is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    ("name", "name", True, str),
    (
        "slug",
        "slug",
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
        "avatar_url",
        "avatar_url",
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
