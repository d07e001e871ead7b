from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.webhook_event_type import WebhookEventType
from ..models.webhook_status import WebhookStatus

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="Webhook")

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
        "url",
        "event_types",
        "status",
        "secret",
        "created_at",
    }
)


@_attrs_define
class Webhook(Extras):
    """A webhook endpoint registered on the calendar.

    Attributes:
        id (str): Webhook id (opaque; no prefix is documented).
        url (str): The http(s) URL Luma sends notifications to.
        event_types (list[str | WebhookEventType]): The notification types this endpoint receives; `*` means all of
            them.
        status (str | WebhookStatus): Whether deliveries are currently active or paused.
        secret (str): The endpoint's signing secret, returned in full on every read. It is a credential: store it
            somewhere safe and never log it. Luma does not document how deliveries are signed with it.
        created_at (datetime.datetime): When the webhook was created (UTC).
    """

    id: str
    url: str
    event_types: list[str | WebhookEventType]
    status: str | WebhookStatus
    secret: str
    created_at: datetime.datetime
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item: str
            if isinstance(event_types_item_data, str):
                event_types_item = event_types_item_data
            else:
                event_types_item = event_types_item_data
            event_types.append(event_types_item)

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        secret = self.secret

        if self.created_at.utcoffset() is None:
            raise ValueError(
                f"created_at: naive datetime {self.created_at.isoformat()} has no UTC offset; "
                "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
            )
        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["id"] = id
        field_dict["url"] = url
        field_dict["event_types"] = event_types
        field_dict["status"] = status
        field_dict["secret"] = secret
        field_dict["created_at"] = created_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _url = data["url"]
        _event_types = data["event_types"]
        _status = data["status"]
        _secret = data["secret"]
        _created_at = data["created_at"]
        if not (
            _id.__class__ is _STR
            and _url.__class__ is _STR
            and _event_types.__class__ is _LIST
            and (_status.__class__ is _STR)
            and _secret.__class__ is _STR
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _url,
            _event_types,
            _status,
            _secret,
            _datetime_from_iso(_created_at),
        )
        if len(data) > 6:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    ("url", "url", True, str),
    (
        "event_types",
        "event_types",
        True,
        (
            "list",
            (
                "union",
                (
                    (
                        "enum",
                        (
                            "*",
                            "calendar.event.added",
                            "calendar.event.submitted",
                            "calendar.person.subscribed",
                            "event.canceled",
                            "event.created",
                            "event.updated",
                            "guest.registered",
                            "guest.updated",
                            "ticket.registered",
                        ),
                    ),
                    str,
                ),
            ),
        ),
    ),
    (
        "status",
        "status",
        True,
        (
            "union",
            (
                (
                    "enum",
                    (
                        "active",
                        "paused",
                    ),
                ),
                str,
            ),
        ),
    ),
    ("secret", "secret", True, str),
    ("created_at", "created_at", True, datetime.datetime),
)
