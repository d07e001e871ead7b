from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="EntityEventSummary")

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
        "cover_url",
        "start_at",
        "end_at",
    }
)


@_attrs_define
class EntityEventSummary(Extras):
    """The few event fields a slug lookup returns.

    Attributes:
        id (str): Event id, starting with `evt-`.
        name (str): Title of the event.
        slug (str): The event's slug, the path part of its public URL.
        cover_url (str): URL of the event's cover image on Luma's CDN.
        start_at (datetime.datetime): When the event starts (UTC).
        end_at (datetime.datetime): When the event ends (UTC).
    """

    id: str
    name: str
    slug: str
    cover_url: str
    start_at: datetime.datetime
    end_at: datetime.datetime
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        cover_url = self.cover_url

        if self.start_at.utcoffset() is None:
            raise ValueError(
                f"start_at: naive datetime {self.start_at.isoformat()} has no UTC offset; "
                "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
            )
        start_at = self.start_at.isoformat()

        if self.end_at.utcoffset() is None:
            raise ValueError(
                f"end_at: naive datetime {self.end_at.isoformat()} has no UTC offset; "
                "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
            )
        end_at = self.end_at.isoformat()

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["slug"] = slug
        field_dict["cover_url"] = cover_url
        field_dict["start_at"] = start_at
        field_dict["end_at"] = end_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _name = data["name"]
        _slug = data["slug"]
        _cover_url = data["cover_url"]
        _start_at = data["start_at"]
        _end_at = data["end_at"]
        if not (
            _id.__class__ is _STR
            and _name.__class__ is _STR
            and _slug.__class__ is _STR
            and _cover_url.__class__ is _STR
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _name,
            _slug,
            _cover_url,
            _datetime_from_iso(_start_at),
            _datetime_from_iso(_end_at),
        )
        if len(data) > 6:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    ("name", "name", True, str),
    ("slug", "slug", True, str),
    ("cover_url", "cover_url", True, str),
    ("start_at", "start_at", True, datetime.datetime),
    ("end_at", "end_at", True, datetime.datetime),
)
