from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="WebhookPayloadCalendarEventAdded")

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
class WebhookPayloadCalendarEventAdded(Extras):
    """Notification that a Luma or external event was added to the calendar.

    Attributes:
        type_ (Literal['calendar.event.added']): The notification type, always `calendar.event.added`.
        data (WebhookCalendarEventExternal | WebhookCalendarEventLuma): The event in a `calendar.event.added`
            notification: a Luma event or an external one, told apart by `platform`.
    """

    type_: Literal["calendar.event.added"]
    data: WebhookCalendarEventExternal | WebhookCalendarEventLuma
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data: dict[str, Any]
        if isinstance(self.data, WebhookCalendarEventLuma):
            data = self.data.to_dict()
        else:
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
        if not (_data.__class__ is _DICT):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _parse_type_(_type_),
            _parse_data(_data),
        )
        if len(data) > 2:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_type_(data: Any) -> Literal["calendar.event.added"]:
    if data != "calendar.event.added":
        raise ValueError(f"type must be 'calendar.event.added', got {data!r}")
    return cast(Literal["calendar.event.added"], data)


def _parse_data(data: Any) -> WebhookCalendarEventExternal | WebhookCalendarEventLuma:
    if isinstance(data, dict):
        try:
            return WebhookCalendarEventLuma.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        return WebhookCalendarEventExternal.from_dict(data)
    raise TypeError(f"data: no declared type matches {type(data).__name__} {data!r:.80}")


from ..models.webhook_calendar_event_external import WebhookCalendarEventExternal
from ..models.webhook_calendar_event_luma import WebhookCalendarEventLuma

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("type_", "type", True, ("const", "calendar.event.added")),
    (
        "data",
        "data",
        True,
        (
            "union",
            (
                WebhookCalendarEventLuma,
                WebhookCalendarEventExternal,
            ),
        ),
    ),
)
