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

T = TypeVar("T", bound="WebhookContactData")

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
class WebhookContactData(Extras):
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
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

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

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
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
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _created_at = data["created_at"]
        _event_approved_count = data["event_approved_count"]
        _event_checked_in_count = data["event_checked_in_count"]
        _revenue_usd_cents = data["revenue_usd_cents"]
        _tags = data["tags"]
        _membership = data["membership"]
        _email = data["email"]
        _user = data["user"]
        if not (
            _id.__class__ is _STR
            and _event_approved_count.__class__ is _INT
            and _event_checked_in_count.__class__ is _INT
            and _revenue_usd_cents.__class__ is _INT
            and _tags.__class__ is _LIST
            and (_membership.__class__ is _DICT or _membership is None)
            and _email.__class__ is _STR
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _datetime_from_iso(_created_at),
            _event_approved_count,
            _event_checked_in_count,
            _revenue_usd_cents,
            list(map(TagRef.from_dict, _tags)),
            None if _membership is None else ContactMembership.from_dict(_membership),
            _email,
            User.from_dict(_user),
        )
        if len(data) > 9:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


from ..models.contact_membership import ContactMembership
from ..models.tag_ref import TagRef
from ..models.user import User

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    ("created_at", "created_at", True, datetime.datetime),
    ("event_approved_count", "event_approved_count", True, int),
    ("event_checked_in_count", "event_checked_in_count", True, int),
    ("revenue_usd_cents", "revenue_usd_cents", True, int),
    ("tags", "tags", True, ("list", TagRef)),
    (
        "membership",
        "membership",
        True,
        (
            "union",
            (
                ContactMembership,
                None,
            ),
        ),
    ),
    ("email", "email", True, str),
    ("user", "user", True, User),
)
