from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.ticket_type_kind import TicketTypeKind, check_ticket_type_kind
from ..types import UNSET, Unset

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="UpdateTicketTypeRequest")

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
        "event_ticket_type_id",
        "name",
        "type",
        "require_approval",
        "is_hidden",
        "description",
        "valid_start_at",
        "valid_end_at",
        "max_capacity",
        "cents",
        "currency",
        "is_flexible",
        "min_cents",
    }
)


@_attrs_define
class UpdateTicketTypeRequest(Extras):
    """Body of `update_ticket_type`. Only the fields sent are changed.

    Attributes:
        event_ticket_type_id (str): Id of the ticket type to update (opaque, see `TicketType.id`).
        name (str | Unset): New name shown to guests.
        type_ (TicketTypeKind | Unset): Whether tickets of a type are free or paid. (Older responses used `fiat-price`
            for paid types.)
        require_approval (bool | Unset): Whether registrations with this ticket need a host's approval.
        is_hidden (bool | Unset): Hide or show the type on the event page.
        description (None | str | Unset): Text shown with the ticket type; null clears it.
        valid_start_at (datetime.date | None | Unset): First day of sale, as an ISO 8601 date; null removes the limit.
        valid_end_at (datetime.date | None | Unset): Last day of sale, as an ISO 8601 date; null removes the limit.
        max_capacity (float | None | Unset): Maximum number of tickets of this type; null removes the limit.
        cents (float | None | Unset): Price in minor units of `currency`.
        currency (None | str | Unset): Lowercase currency code of the price.
        is_flexible (bool | Unset): Let guests choose how much to pay.
        min_cents (float | None | Unset): Minimum price in minor units for a flexible-price type.
    """

    event_ticket_type_id: str
    name: str | Unset = UNSET
    type_: TicketTypeKind | Unset = UNSET
    require_approval: bool | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    valid_start_at: datetime.date | None | Unset = UNSET
    valid_end_at: datetime.date | None | Unset = UNSET
    max_capacity: float | None | Unset = UNSET
    cents: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    is_flexible: bool | Unset = UNSET
    min_cents: float | None | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        event_ticket_type_id = self.event_ticket_type_id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        require_approval = self.require_approval

        is_hidden = self.is_hidden

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        valid_start_at: None | str | Unset
        if isinstance(self.valid_start_at, Unset):
            valid_start_at = UNSET
        elif isinstance(self.valid_start_at, datetime.date):
            valid_start_at = self.valid_start_at.isoformat()
        else:
            valid_start_at = self.valid_start_at

        valid_end_at: None | str | Unset
        if isinstance(self.valid_end_at, Unset):
            valid_end_at = UNSET
        elif isinstance(self.valid_end_at, datetime.date):
            valid_end_at = self.valid_end_at.isoformat()
        else:
            valid_end_at = self.valid_end_at

        max_capacity: float | None | Unset
        if isinstance(self.max_capacity, Unset):
            max_capacity = UNSET
        else:
            max_capacity = self.max_capacity

        cents: float | None | Unset
        if isinstance(self.cents, Unset):
            cents = UNSET
        else:
            cents = self.cents

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        is_flexible = self.is_flexible

        min_cents: float | None | Unset
        if isinstance(self.min_cents, Unset):
            min_cents = UNSET
        else:
            min_cents = self.min_cents

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["event_ticket_type_id"] = event_ticket_type_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden
        if description is not UNSET:
            field_dict["description"] = description
        if valid_start_at is not UNSET:
            field_dict["valid_start_at"] = valid_start_at
        if valid_end_at is not UNSET:
            field_dict["valid_end_at"] = valid_end_at
        if max_capacity is not UNSET:
            field_dict["max_capacity"] = max_capacity
        if cents is not UNSET:
            field_dict["cents"] = cents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if is_flexible is not UNSET:
            field_dict["is_flexible"] = is_flexible
        if min_cents is not UNSET:
            field_dict["min_cents"] = min_cents
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _event_ticket_type_id = data["event_ticket_type_id"]
        _name = data.get("name", UNSET)
        _type_ = data.get("type", UNSET)
        _require_approval = data.get("require_approval", UNSET)
        _is_hidden = data.get("is_hidden", UNSET)
        _description = data.get("description", UNSET)
        _valid_start_at = data.get("valid_start_at", UNSET)
        _valid_end_at = data.get("valid_end_at", UNSET)
        _max_capacity = data.get("max_capacity", UNSET)
        _cents = data.get("cents", UNSET)
        _currency = data.get("currency", UNSET)
        _is_flexible = data.get("is_flexible", UNSET)
        _min_cents = data.get("min_cents", UNSET)
        if not (
            _event_ticket_type_id.__class__ is _STR
            and (_name is UNSET or _name.__class__ is _STR)
            and (_require_approval is UNSET or _require_approval.__class__ is _BOOL)
            and (_is_hidden is UNSET or _is_hidden.__class__ is _BOOL)
            and (_description is UNSET or (_description.__class__ is _STR or _description is None))
            and (_valid_start_at is UNSET or (_valid_start_at.__class__ is _STR or _valid_start_at is None))
            and (_valid_end_at is UNSET or (_valid_end_at.__class__ is _STR or _valid_end_at is None))
            and (
                _max_capacity is UNSET
                or ((_max_capacity.__class__ is _FLOAT or _max_capacity.__class__ is _INT) or _max_capacity is None)
            )
            and (_cents is UNSET or ((_cents.__class__ is _FLOAT or _cents.__class__ is _INT) or _cents is None))
            and (_currency is UNSET or (_currency.__class__ is _STR or _currency is None))
            and (_is_flexible is UNSET or _is_flexible.__class__ is _BOOL)
            and (
                _min_cents is UNSET
                or ((_min_cents.__class__ is _FLOAT or _min_cents.__class__ is _INT) or _min_cents is None)
            )
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _event_ticket_type_id,
            _name,
            _type_ if _type_ is UNSET else check_ticket_type_kind(_type_),
            _require_approval,
            _is_hidden,
            _description,
            _valid_start_at
            if _valid_start_at is UNSET
            else None
            if _valid_start_at is None
            else _date_from_iso(_valid_start_at),
            _valid_end_at
            if _valid_end_at is UNSET
            else None
            if _valid_end_at is None
            else _date_from_iso(_valid_end_at),
            _max_capacity,
            _cents,
            _currency,
            _is_flexible,
            _min_cents,
        )
        if len(data) > 1 + (_name is not UNSET) + (_type_ is not UNSET) + (_require_approval is not UNSET) + (
            _is_hidden is not UNSET
        ) + (_description is not UNSET) + (_valid_start_at is not UNSET) + (_valid_end_at is not UNSET) + (
            _max_capacity is not UNSET
        ) + (_cents is not UNSET) + (_currency is not UNSET) + (_is_flexible is not UNSET) + (_min_cents is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("event_ticket_type_id", "event_ticket_type_id", True, str),
    ("name", "name", False, str),
    (
        "type_",
        "type",
        False,
        (
            "enum",
            (
                "free",
                "paid",
            ),
        ),
    ),
    ("require_approval", "require_approval", False, bool),
    ("is_hidden", "is_hidden", False, bool),
    (
        "description",
        "description",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "valid_start_at",
        "valid_start_at",
        False,
        (
            "union",
            (
                datetime.date,
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
                datetime.date,
                None,
            ),
        ),
    ),
    (
        "max_capacity",
        "max_capacity",
        False,
        (
            "union",
            (
                float,
                None,
            ),
        ),
    ),
    (
        "cents",
        "cents",
        False,
        (
            "union",
            (
                float,
                None,
            ),
        ),
    ),
    (
        "currency",
        "currency",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    ("is_flexible", "is_flexible", False, bool),
    (
        "min_cents",
        "min_cents",
        False,
        (
            "union",
            (
                float,
                None,
            ),
        ),
    ),
)
