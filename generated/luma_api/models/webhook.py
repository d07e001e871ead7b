from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..models.webhook_status import WebhookStatus

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="Webhook")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

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
class Webhook:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = id
        field_dict["url"] = url
        field_dict["event_types"] = event_types
        field_dict["status"] = status
        field_dict["secret"] = secret
        field_dict["created_at"] = created_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.id = data["id"]
        instance.url = data["url"]
        instance.event_types = data["event_types"]
        instance.status = data["status"]
        instance.secret = data["secret"]
        instance.created_at = _datetime_from_iso(data["created_at"])
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
