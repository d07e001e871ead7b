from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedbackEmail")

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
        "enabled",
        "delay",
    }
)


@_attrs_define
class FeedbackEmail(Extras):
    """Settings for the feedback email Luma sends to guests after the event.

    Attributes:
        enabled (bool): Whether guests get a feedback email after the event.
        delay (str | Unset): How long after the event ends the email goes out, as an ISO 8601 duration. Input accepts
            short forms (`PT2H`); responses use the expanded form (`P0Y0M0DT2H0M0S`). Defaults to `PT0M` and may be at most
            `P7D`.
    """

    enabled: bool
    delay: str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        delay = self.delay

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["enabled"] = enabled
        if delay is not UNSET:
            field_dict["delay"] = delay
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _enabled = data["enabled"]
        _delay = data.get("delay", UNSET)
        if not (_enabled.__class__ is _BOOL and (_delay is UNSET or _delay.__class__ is _STR)):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _enabled,
            _delay,
        )
        if len(data) > 1 + (_delay is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("enabled", "enabled", True, bool),
    ("delay", "delay", False, str),
)
