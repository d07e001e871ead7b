from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="TransferEventRequest")

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
        "calendar_id",
    }
)


@_attrs_define
class TransferEventRequest(Extras):
    """The event to move and the calendar that should manage it from now on.

    Attributes:
        event_id (str): Id of the event to move (`evt-...`).
        calendar_id (str): Id of the destination calendar (`cal-...`); it must belong to the same organization.
    """

    event_id: str
    calendar_id: str
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        calendar_id = self.calendar_id

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["event_id"] = event_id
        field_dict["calendar_id"] = calendar_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _event_id = data["event_id"]
        _calendar_id = data["calendar_id"]
        if not (_event_id.__class__ is _STR and _calendar_id.__class__ is _STR):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _event_id,
            _calendar_id,
        )
        if len(data) > 2:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("event_id", "event_id", True, str),
    ("calendar_id", "calendar_id", True, str),
)
