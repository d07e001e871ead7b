from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.currency import Currency

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="EventTicket")

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
        "amount",
        "amount_discount",
        "amount_tax",
        "currency",
        "checked_in_at",
        "event_ticket_type_id",
        "is_captured",
        "name",
    }
)


@_attrs_define
class EventTicket(Extras):
    """One ticket held by a guest. Amounts are in the minor unit of `currency` (cents for `usd`). Older responses named the
    id `api_id` and the type id `event_ticket_type_api_id`.

    Attributes:
        id (str): Ticket id. Luma's documentation gives the prefix `tkt-`; treat the value as opaque. Used in
            `ticket_ids_to_remove` of `update_event_guest_tickets`.
        amount (float): Price of the ticket in minor units; 0 for free and complimentary tickets.
        amount_discount (float): Discount applied to the ticket, in minor units.
        amount_tax (float): Tax charged on the ticket, in minor units.
        currency (Currency | None | str): Currency of the amounts; null for free tickets.
        checked_in_at (datetime.datetime | None): When this ticket was checked in at the event; null until then.
        event_ticket_type_id (str): Id of the ticket type this ticket belongs to (opaque, see `TicketType.id`).
        is_captured (bool): Whether the payment for the ticket has been captured.
        name (str): Name of the ticket type at the time of issue, such as `General Admission`.
    """

    id: str
    amount: float
    amount_discount: float
    amount_tax: float
    currency: Currency | None | str
    checked_in_at: datetime.datetime | None
    event_ticket_type_id: str
    is_captured: bool
    name: str
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        amount_discount = self.amount_discount

        amount_tax = self.amount_tax

        currency: None | str
        if isinstance(self.currency, str):
            currency = self.currency
        else:
            currency = self.currency

        checked_in_at: None | str
        if isinstance(self.checked_in_at, datetime.datetime):
            if self.checked_in_at.utcoffset() is None:
                raise ValueError(
                    f"checked_in_at: naive datetime {self.checked_in_at.isoformat()} has no UTC offset; "
                    "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
                )
            checked_in_at = self.checked_in_at.isoformat()
        else:
            checked_in_at = self.checked_in_at

        event_ticket_type_id = self.event_ticket_type_id

        is_captured = self.is_captured

        name = self.name

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["id"] = id
        field_dict["amount"] = amount
        field_dict["amount_discount"] = amount_discount
        field_dict["amount_tax"] = amount_tax
        field_dict["currency"] = currency
        field_dict["checked_in_at"] = checked_in_at
        field_dict["event_ticket_type_id"] = event_ticket_type_id
        field_dict["is_captured"] = is_captured
        field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _amount = data["amount"]
        _amount_discount = data["amount_discount"]
        _amount_tax = data["amount_tax"]
        _currency = data["currency"]
        _checked_in_at = data["checked_in_at"]
        _event_ticket_type_id = data["event_ticket_type_id"]
        _is_captured = data["is_captured"]
        _name = data["name"]
        if not (
            _id.__class__ is _STR
            and (_amount.__class__ is _FLOAT or _amount.__class__ is _INT)
            and (_amount_discount.__class__ is _FLOAT or _amount_discount.__class__ is _INT)
            and (_amount_tax.__class__ is _FLOAT or _amount_tax.__class__ is _INT)
            and (_currency.__class__ is _STR or _currency is None)
            and (_checked_in_at.__class__ is _STR or _checked_in_at is None)
            and _event_ticket_type_id.__class__ is _STR
            and _is_captured.__class__ is _BOOL
            and _name.__class__ is _STR
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _amount,
            _amount_discount,
            _amount_tax,
            _currency,
            None if _checked_in_at is None else _datetime_from_iso(_checked_in_at),
            _event_ticket_type_id,
            _is_captured,
            _name,
        )
        if len(data) > 9:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    ("amount", "amount", True, float),
    ("amount_discount", "amount_discount", True, float),
    ("amount_tax", "amount_tax", True, float),
    (
        "currency",
        "currency",
        True,
        (
            "union",
            (
                (
                    "enum",
                    (
                        "aed",
                        "afn",
                        "all",
                        "amd",
                        "ang",
                        "aoa",
                        "ars",
                        "aud",
                        "awg",
                        "azn",
                        "bam",
                        "bbd",
                        "bdt",
                        "bgn",
                        "bhd",
                        "bif",
                        "bmd",
                        "bnd",
                        "bob",
                        "brl",
                        "bsd",
                        "bwp",
                        "byn",
                        "bzd",
                        "cad",
                        "cdf",
                        "chf",
                        "clp",
                        "cny",
                        "cop",
                        "crc",
                        "cve",
                        "czk",
                        "djf",
                        "dkk",
                        "dop",
                        "dzd",
                        "egp",
                        "etb",
                        "eur",
                        "fjd",
                        "fkp",
                        "gbp",
                        "gel",
                        "ghs",
                        "gip",
                        "gmd",
                        "gnf",
                        "gtq",
                        "gyd",
                        "hkd",
                        "hnl",
                        "htg",
                        "huf",
                        "idr",
                        "ils",
                        "inr",
                        "isk",
                        "jmd",
                        "jod",
                        "jpy",
                        "kes",
                        "kgs",
                        "khr",
                        "kmf",
                        "krw",
                        "kwd",
                        "kyd",
                        "kzt",
                        "lak",
                        "lbp",
                        "lkr",
                        "lrd",
                        "lsl",
                        "mad",
                        "mdl",
                        "mga",
                        "mkd",
                        "mmk",
                        "mnt",
                        "mop",
                        "mur",
                        "mvr",
                        "mwk",
                        "mxn",
                        "myr",
                        "mzn",
                        "nad",
                        "ngn",
                        "nio",
                        "nok",
                        "npr",
                        "nzd",
                        "omr",
                        "pab",
                        "pen",
                        "pgk",
                        "php",
                        "pkr",
                        "pln",
                        "pyg",
                        "qar",
                        "ron",
                        "rsd",
                        "rub",
                        "rwf",
                        "sar",
                        "sbd",
                        "scr",
                        "sek",
                        "sgd",
                        "shp",
                        "sle",
                        "solana_sol",
                        "solana_usdc",
                        "sos",
                        "srd",
                        "std",
                        "szl",
                        "thb",
                        "tjs",
                        "tnd",
                        "top",
                        "try",
                        "ttd",
                        "twd",
                        "tzs",
                        "uah",
                        "ugx",
                        "usd",
                        "uyu",
                        "uzs",
                        "vnd",
                        "vuv",
                        "wst",
                        "xaf",
                        "xcd",
                        "xof",
                        "xpf",
                        "yer",
                        "zar",
                        "zmw",
                    ),
                ),
                str,
                None,
            ),
        ),
    ),
    (
        "checked_in_at",
        "checked_in_at",
        True,
        (
            "union",
            (
                datetime.datetime,
                None,
            ),
        ),
    ),
    ("event_ticket_type_id", "event_ticket_type_id", True, str),
    ("is_captured", "is_captured", True, bool),
    ("name", "name", True, str),
)
