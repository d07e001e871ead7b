from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="WebhookPayloadEventCanceled")

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
        "type",
        "data",
    }
)


@_attrs_define
class WebhookPayloadEventCanceled(Extras):
    """Notification that an event was canceled.

    Attributes:
        type_ (Literal['event.canceled']): The notification type, always `event.canceled`.
        data (WebhookEventData): The event carried by `event.*` notifications and nested in guest and ticket
            notifications: the shared event fields plus the description, its tags and the deprecated string coordinates that
            the events API no longer returns. Unlike `/v1/events/get` it has no `hosts`.
    """

    type_: Literal["event.canceled"]
    data: WebhookEventData
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data.to_dict()

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["type"] = type_
        field_dict["data"] = data
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _type_ = data["type"]
        _data = data["data"]
        instance = cls(
            _parse_type_(_type_),
            WebhookEventData.from_dict(_data),
        )
        if len(data) > 2:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_type_(data: Any) -> Literal["event.canceled"]:
    if data != "event.canceled":
        raise ValueError(f"type must be 'event.canceled', got {data!r}")
    return cast(Literal["event.canceled"], data)


from ..models.webhook_event_data import WebhookEventData

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("type_", "type", True, ("const", "event.canceled")),
    ("data", "data", True, WebhookEventData),
)
