from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_membership import ContactMembership
    from ..models.tag_ref import TagRef


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A person connected to the calendar, with the person's user details, activity counts, tags and membership.

    Attributes:
        id (str): Contact id. Its prefix is not documented; treat it as opaque.
        user_id (str): Id of the contact's Luma user, starting with `usr-`.
        created_at (datetime.datetime): When the person became a contact of the calendar (UTC).
        event_approved_count (int): Number of the calendar's events the person was approved for.
        event_checked_in_count (int): Number of the calendar's events the person checked in to.
        revenue_usd_cents (int): Total the person has paid to the calendar, in US cents.
        tags (list[TagRef]): Contact tags applied to the person.
        membership (ContactMembership | None): The person's calendar membership, or null when they are not a member.
        name (None | str): Display name; null when the person has not set one.
        avatar_url (str): URL of the person's avatar (a default image when none was uploaded).
        email (str): The person's email address.
        first_name (None | str): First name, when known.
        last_name (None | str): Last name, when known.
    """

    id: str
    user_id: str
    created_at: datetime.datetime
    event_approved_count: int
    event_checked_in_count: int
    revenue_usd_cents: int
    tags: list[TagRef]
    membership: ContactMembership | None
    name: None | str
    avatar_url: str
    email: str
    first_name: None | str
    last_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_membership import ContactMembership  # noqa: PLC0415

        id = self.id

        user_id = self.user_id

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

        name: None | str
        name = self.name

        avatar_url = self.avatar_url

        email = self.email

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "created_at": created_at,
                "event_approved_count": event_approved_count,
                "event_checked_in_count": event_checked_in_count,
                "revenue_usd_cents": revenue_usd_cents,
                "tags": tags,
                "membership": membership,
                "name": name,
                "avatar_url": avatar_url,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_membership import ContactMembership  # noqa: PLC0415
        from ..models.tag_ref import TagRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        event_approved_count = d.pop("event_approved_count")

        event_checked_in_count = d.pop("event_checked_in_count")

        revenue_usd_cents = d.pop("revenue_usd_cents")

        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:
            tags_item = TagRef.from_dict(tags_item_data)

            tags.append(tags_item)

        def _parse_membership(data: object) -> ContactMembership | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                membership_type_0 = ContactMembership.from_dict(data)

                return membership_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactMembership | None, data)

        membership = _parse_membership(d.pop("membership"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        avatar_url = d.pop("avatar_url")

        email = d.pop("email")

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("first_name"))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("last_name"))

        contact = cls(
            id=id,
            user_id=user_id,
            created_at=created_at,
            event_approved_count=event_approved_count,
            event_checked_in_count=event_checked_in_count,
            revenue_usd_cents=revenue_usd_cents,
            tags=tags,
            membership=membership,
            name=name,
            avatar_url=avatar_url,
            email=email,
            first_name=first_name,
            last_name=last_name,
        )

        contact.additional_properties = d
        return contact

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
