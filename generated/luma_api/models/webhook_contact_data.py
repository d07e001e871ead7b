from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="WebhookContactData")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "event_approved_count",
        "event_checked_in_count",
        "revenue_usd_cents",
        "tags",
        "membership",
        "email",
        "user",
    }
)


@_attrs_define
class WebhookContactData:
    """The new contact in a `calendar.person.subscribed` notification: the calendar's view of the person (counters, tags,
    membership) with the Luma user nested under `user` rather than flattened as in the contacts list.

    Attributes:
        id (str): Contact id. Its prefix is not documented; treat it as opaque.
        created_at (datetime.datetime): When the person became a contact of the calendar.
        event_approved_count (int): How many of the calendar's events the person has been approved for.
        event_checked_in_count (int): How many of the calendar's events the person has checked in to.
        revenue_usd_cents (int): Total the person has spent on the calendar's events, in US cents.
        tags (list[TagRef]): Contact tags applied to the person (usually empty for a new subscriber).
        membership (ContactMembership | None): The person's calendar membership, or null when they are not a member.
        email (str): The contact's email address.
        user (User): A Luma user as returned for the key's owner, admins and event submitters.
    """

    id: str
    created_at: datetime.datetime
    event_approved_count: int
    event_checked_in_count: int
    revenue_usd_cents: int
    tags: list[TagRef]
    membership: ContactMembership | None
    email: str
    user: User
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if self.created_at.utcoffset() is None:
            raise ValueError(
                f"created_at: naive datetime {self.created_at.isoformat()} has no UTC offset; "
                "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
            )
        created_at = self.created_at.isoformat()

        event_approved_count = self.event_approved_count

        event_checked_in_count = self.event_checked_in_count

        revenue_usd_cents = self.revenue_usd_cents

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        membership: dict[str, Any] | None
        if isinstance(self.membership, ContactMembership):
            membership = self.membership.to_dict()
        else:
            membership = self.membership

        email = self.email

        user = self.user.to_dict()

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = id
        field_dict["created_at"] = created_at
        field_dict["event_approved_count"] = event_approved_count
        field_dict["event_checked_in_count"] = event_checked_in_count
        field_dict["revenue_usd_cents"] = revenue_usd_cents
        field_dict["tags"] = tags
        field_dict["membership"] = membership
        field_dict["email"] = email
        field_dict["user"] = user
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.id = data["id"]
        instance.created_at = _datetime_from_iso(data["created_at"])
        instance.event_approved_count = data["event_approved_count"]
        instance.event_checked_in_count = data["event_checked_in_count"]
        instance.revenue_usd_cents = data["revenue_usd_cents"]
        instance.tags = list(map(TagRef.from_dict, data["tags"]))
        _membership = data["membership"]
        instance.membership = None if _membership is None else ContactMembership.from_dict(_membership)
        instance.email = data["email"]
        instance.user = User.from_dict(data["user"])
        if len(data) > 9:
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


from ..models.contact_membership import ContactMembership
from ..models.tag_ref import TagRef
from ..models.user import User
