from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.webhook_event_type import WebhookEventType, check_webhook_event_type

T = TypeVar("T", bound="CreateWebhookRequest")

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
        "url",
        "event_types",
    }
)


@_attrs_define
class CreateWebhookRequest(Extras):
    """The endpoint to register and the notifications it should receive.

    Attributes:
        url (str): The http(s) URL that will receive the notifications. It must answer Luma's verification request
            during creation.
        event_types (list[WebhookEventType]): At least one notification type to subscribe to; `*` subscribes to all.
    """

    url: str
    event_types: list[WebhookEventType]
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item: str = event_types_item_data
            event_types.append(event_types_item)

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["url"] = url
        field_dict["event_types"] = event_types
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _url = data["url"]
        _event_types = data["event_types"]
        if not (_url.__class__ is _STR and _event_types.__class__ is _LIST):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _url,
            list(map(check_webhook_event_type, _event_types)),
        )
        if len(data) > 2:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("url", "url", True, str),
    (
        "event_types",
        "event_types",
        True,
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
)
