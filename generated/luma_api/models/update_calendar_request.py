from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCalendarRequest")

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
        "calendar_id",
        "name",
        "slug",
        "description",
        "avatar_url",
        "tint_color",
    }
)


@_attrs_define
class UpdateCalendarRequest(Extras):
    """Calendar settings to change; only the fields sent are updated.

    Attributes:
        calendar_id (str): Id of the calendar to update, usually starting with `cal-`.
        name (str | Unset): New display name.
        slug (str | Unset): New vanity path for the calendar page, for example `my-community` for `luma.com/my-
            community`.
        description (str | Unset): New about text for the calendar.
        avatar_url (str | Unset): New avatar image. It must already be hosted on Luma's image CDN; upload it with
            `create_image_upload_url` and pass the returned `file_url`.
        tint_color (str | Unset): Accent colour of the calendar as a hex colour code such as `#E3CBEF`.
    """

    calendar_id: str
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    description: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    tint_color: str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        calendar_id = self.calendar_id

        name = self.name

        slug = self.slug

        description = self.description

        avatar_url = self.avatar_url

        tint_color = self.tint_color

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["calendar_id"] = calendar_id
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if description is not UNSET:
            field_dict["description"] = description
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if tint_color is not UNSET:
            field_dict["tint_color"] = tint_color
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _calendar_id = data["calendar_id"]
        _name = data.get("name", UNSET)
        _slug = data.get("slug", UNSET)
        _description = data.get("description", UNSET)
        _avatar_url = data.get("avatar_url", UNSET)
        _tint_color = data.get("tint_color", UNSET)
        if not (
            _calendar_id.__class__ is _STR
            and (_name is UNSET or _name.__class__ is _STR)
            and (_slug is UNSET or _slug.__class__ is _STR)
            and (_description is UNSET or _description.__class__ is _STR)
            and (_avatar_url is UNSET or _avatar_url.__class__ is _STR)
            and (_tint_color is UNSET or _tint_color.__class__ is _STR)
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _calendar_id,
            _name,
            _slug,
            _description,
            _avatar_url,
            _tint_color,
        )
        if len(data) > 1 + (_name is not UNSET) + (_slug is not UNSET) + (_description is not UNSET) + (
            _avatar_url is not UNSET
        ) + (_tint_color is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("calendar_id", "calendar_id", True, str),
    ("name", "name", False, str),
    ("slug", "slug", False, str),
    ("description", "description", False, str),
    ("avatar_url", "avatar_url", False, str),
    ("tint_color", "tint_color", False, str),
)
