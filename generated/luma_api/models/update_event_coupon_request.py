from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="UpdateEventCouponRequest")

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
        "code",
        "remaining_count",
        "valid_start_at",
        "valid_end_at",
    }
)


@_attrs_define
class UpdateEventCouponRequest(Extras):
    """Body of `update_event_coupon`. Only the fields sent are changed.

    Attributes:
        event_id (str): Id of the event the coupon belongs to, usually starting with `evt-`.
        code (str): Code of the coupon to update (case-insensitive).
        remaining_count (int | Unset): New number of remaining uses; 1000000 means unlimited.
        valid_start_at (datetime.datetime | None | Unset): New start of validity; null removes the start limit.
        valid_end_at (datetime.datetime | None | Unset): New end of validity; null removes the end limit.
    """

    event_id: str
    code: str
    remaining_count: int | Unset = UNSET
    valid_start_at: datetime.datetime | None | Unset = UNSET
    valid_end_at: datetime.datetime | None | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        code = self.code

        remaining_count = self.remaining_count

        valid_start_at: None | str | Unset
        if isinstance(self.valid_start_at, Unset):
            valid_start_at = UNSET
        elif isinstance(self.valid_start_at, datetime.datetime):
            if self.valid_start_at.utcoffset() is None:
                raise ValueError(
                    f"valid_start_at: naive datetime {self.valid_start_at.isoformat()} has no UTC offset; "
                    "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
                )
            valid_start_at = self.valid_start_at.isoformat()
        else:
            valid_start_at = self.valid_start_at

        valid_end_at: None | str | Unset
        if isinstance(self.valid_end_at, Unset):
            valid_end_at = UNSET
        elif isinstance(self.valid_end_at, datetime.datetime):
            if self.valid_end_at.utcoffset() is None:
                raise ValueError(
                    f"valid_end_at: naive datetime {self.valid_end_at.isoformat()} has no UTC offset; "
                    "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
                )
            valid_end_at = self.valid_end_at.isoformat()
        else:
            valid_end_at = self.valid_end_at

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["event_id"] = event_id
        field_dict["code"] = code
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count
        if valid_start_at is not UNSET:
            field_dict["valid_start_at"] = valid_start_at
        if valid_end_at is not UNSET:
            field_dict["valid_end_at"] = valid_end_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _event_id = data["event_id"]
        _code = data["code"]
        _remaining_count = data.get("remaining_count", UNSET)
        _valid_start_at = data.get("valid_start_at", UNSET)
        _valid_end_at = data.get("valid_end_at", UNSET)
        if not (
            _event_id.__class__ is _STR
            and _code.__class__ is _STR
            and (_remaining_count is UNSET or _remaining_count.__class__ is _INT)
            and (_valid_start_at is UNSET or (_valid_start_at.__class__ is _STR or _valid_start_at is None))
            and (_valid_end_at is UNSET or (_valid_end_at.__class__ is _STR or _valid_end_at is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _event_id,
            _code,
            _remaining_count,
            _valid_start_at
            if _valid_start_at is UNSET
            else None
            if _valid_start_at is None
            else _datetime_from_iso(_valid_start_at),
            _valid_end_at
            if _valid_end_at is UNSET
            else None
            if _valid_end_at is None
            else _datetime_from_iso(_valid_end_at),
        )
        if len(data) > 2 + (_remaining_count is not UNSET) + (_valid_start_at is not UNSET) + (
            _valid_end_at is not UNSET
        ):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("event_id", "event_id", True, str),
    ("code", "code", True, str),
    ("remaining_count", "remaining_count", False, int),
    (
        "valid_start_at",
        "valid_start_at",
        False,
        (
            "union",
            (
                datetime.datetime,
                None,
            ),
        ),
    ),
    (
        "valid_end_at",
        "valid_end_at",
        False,
        (
            "union",
            (
                datetime.datetime,
                None,
            ),
        ),
    ),
)
