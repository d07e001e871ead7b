from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="EntityEventSummary")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

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
class EntityEventSummary:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["slug"] = slug
        field_dict["cover_url"] = cover_url
        field_dict["start_at"] = start_at
        field_dict["end_at"] = end_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.id = data["id"]
        instance.name = data["name"]
        instance.slug = data["slug"]
        instance.cover_url = data["cover_url"]
        instance.start_at = _datetime_from_iso(data["start_at"])
        instance.end_at = _datetime_from_iso(data["end_at"])
        if len(data) > 6:
            instance.additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        else:
            instance.additional_properties = {}
        return instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
