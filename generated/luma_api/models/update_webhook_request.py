from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.webhook_event_type import WebhookEventType, check_webhook_event_type
from ..models.webhook_status import WebhookStatus, check_webhook_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWebhookRequest")

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
        "event_types",
        "status",
    }
)


@_attrs_define
class UpdateWebhookRequest(Extras):
    """The webhook to change and its new settings; omitted fields keep their value.

    Attributes:
        id (str): Id of the webhook to update.
        event_types (list[WebhookEventType] | Unset): Replacement list of notification types to subscribe to; `*`
            subscribes to all.
        status (WebhookStatus | Unset): Whether a webhook receives deliveries (`active`) or is switched off for now
            (`paused`).
    """

    id: str
    event_types: list[WebhookEventType] | Unset = UNSET
    status: WebhookStatus | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = []
            for event_types_item_data in self.event_types:
                event_types_item: str = event_types_item_data
                event_types.append(event_types_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["id"] = id
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if status is not UNSET:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _event_types = data.get("event_types", UNSET)
        _status = data.get("status", UNSET)
        if not (_id.__class__ is _STR and (_event_types is UNSET or _event_types.__class__ is _LIST)):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _event_types if _event_types is UNSET else list(map(check_webhook_event_type, _event_types)),
            _status if _status is UNSET else check_webhook_status(_status),
        )
        if len(data) > 1 + (_event_types is not UNSET) + (_status is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    (
        "event_types",
        "event_types",
        False,
        (
            "list",
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
        ),
    ),
    (
        "status",
        "status",
        False,
        (
            "enum",
            (
                "active",
                "paused",
            ),
        ),
    ),
)
