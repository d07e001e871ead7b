from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


def _no_extras_as_empty(extras: dict[str, Any] | None) -> dict[str, Any]:
    """How models compare and print their unknown keys: "none yet" (None) as an empty dict."""
    return extras or {}


_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "slug",
        "avatar_url",
    }
)


@_attrs_define
class EntityCalendarSummary:
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
