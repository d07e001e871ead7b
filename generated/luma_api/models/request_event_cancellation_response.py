from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="RequestEventCancellationResponse")

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
        "cancellation_token",
        "is_paid",
        "guest_count",
    }
)


@_attrs_define
class RequestEventCancellationResponse(Extras):
    """A token to confirm the cancellation with, and what cancelling would affect.

    Attributes:
        cancellation_token (str): Pass this to the cancel operation within 15 minutes.
        is_paid (bool): Whether the event has paying guests, in which case `should_refund` must be decided.
        guest_count (int): How many guests would be notified of the cancellation.
    """

    cancellation_token: str
    is_paid: bool
    guest_count: int
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        cancellation_token = self.cancellation_token

        is_paid = self.is_paid

        guest_count = self.guest_count

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["cancellation_token"] = cancellation_token
        field_dict["is_paid"] = is_paid
        field_dict["guest_count"] = guest_count
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _cancellation_token = data["cancellation_token"]
        _is_paid = data["is_paid"]
        _guest_count = data["guest_count"]
        if not (
            _cancellation_token.__class__ is _STR and _is_paid.__class__ is _BOOL and _guest_count.__class__ is _INT
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _cancellation_token,
            _is_paid,
            _guest_count,
        )
        if len(data) > 3:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("cancellation_token", "cancellation_token", True, str),
    ("is_paid", "is_paid", True, bool),
    ("guest_count", "guest_count", True, int),
)
