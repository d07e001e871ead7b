from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelEventRequest")

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
        "event_id",
        "cancellation_token",
        "should_refund",
    }
)


@_attrs_define
class CancelEventRequest(Extras):
    """Confirms the cancellation of an event.

    Attributes:
        event_id (str): Id of the event, starting with `evt-`.
        cancellation_token (str): Token from the cancellation request (valid for 15 minutes).
        should_refund (bool | Unset): Whether paying guests get their money back. Required when the event has paying
            guests.
    """

    event_id: str
    cancellation_token: str
    should_refund: bool | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        cancellation_token = self.cancellation_token

        should_refund = self.should_refund

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["event_id"] = event_id
        field_dict["cancellation_token"] = cancellation_token
        if should_refund is not UNSET:
            field_dict["should_refund"] = should_refund
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _event_id = data["event_id"]
        _cancellation_token = data["cancellation_token"]
        _should_refund = data.get("should_refund", UNSET)
        if not (
            _event_id.__class__ is _STR
            and _cancellation_token.__class__ is _STR
            and (_should_refund is UNSET or _should_refund.__class__ is _BOOL)
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _event_id,
            _cancellation_token,
            _should_refund,
        )
        if len(data) > 2 + (_should_refund is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("event_id", "event_id", True, str),
    ("cancellation_token", "cancellation_token", True, str),
    ("should_refund", "should_refund", False, bool),
)
