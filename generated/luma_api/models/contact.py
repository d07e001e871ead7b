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

T = TypeVar("T", bound="Contact")

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
        "user_id",
        "created_at",
        "event_approved_count",
        "event_checked_in_count",
        "revenue_usd_cents",
        "tags",
        "membership",
        "name",
        "avatar_url",
        "email",
        "first_name",
        "last_name",
    }
)


@_attrs_define
class Contact(Extras):
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
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

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

        name: None | str
        name = self.name

        avatar_url = self.avatar_url

        email = self.email

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["id"] = id
        field_dict["user_id"] = user_id
        field_dict["created_at"] = created_at
        field_dict["event_approved_count"] = event_approved_count
        field_dict["event_checked_in_count"] = event_checked_in_count
        field_dict["revenue_usd_cents"] = revenue_usd_cents
        field_dict["tags"] = tags
        field_dict["membership"] = membership
        field_dict["name"] = name
        field_dict["avatar_url"] = avatar_url
        field_dict["email"] = email
        field_dict["first_name"] = first_name
        field_dict["last_name"] = last_name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _user_id = data["user_id"]
        _created_at = data["created_at"]
        _event_approved_count = data["event_approved_count"]
        _event_checked_in_count = data["event_checked_in_count"]
        _revenue_usd_cents = data["revenue_usd_cents"]
        _tags = data["tags"]
        _membership = data["membership"]
        _name = data["name"]
        _avatar_url = data["avatar_url"]
        _email = data["email"]
        _first_name = data["first_name"]
        _last_name = data["last_name"]
        if not (
            _id.__class__ is _STR
            and _user_id.__class__ is _STR
            and _event_approved_count.__class__ is _INT
            and _event_checked_in_count.__class__ is _INT
            and _revenue_usd_cents.__class__ is _INT
            and _tags.__class__ is _LIST
            and (_membership.__class__ is _DICT or _membership is None)
            and (_name.__class__ is _STR or _name is None)
            and _avatar_url.__class__ is _STR
            and _email.__class__ is _STR
            and (_first_name.__class__ is _STR or _first_name is None)
            and (_last_name.__class__ is _STR or _last_name is None)
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _user_id,
            _datetime_from_iso(_created_at),
            _event_approved_count,
            _event_checked_in_count,
            _revenue_usd_cents,
            list(map(TagRef.from_dict, _tags)),
            None if _membership is None else ContactMembership.from_dict(_membership),
            _name,
            _avatar_url,
            _email,
            _first_name,
            _last_name,
        )
        if len(data) > 13:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


from ..models.contact_membership import ContactMembership
from ..models.tag_ref import TagRef

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    ("user_id", "user_id", True, str),
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
    ("avatar_url", "avatar_url", True, str),
    ("email", "email", True, str),
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
)
