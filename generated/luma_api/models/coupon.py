from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.currency import Currency
from ..types import UNSET, Unset

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="Coupon")

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
        "code",
        "remaining_count",
        "valid_start_at",
        "valid_end_at",
        "percent_off",
        "cents_off",
        "currency",
        "event_ticket_type_id",
    }
)


@_attrs_define
class Coupon(Extras):
    """A discount code for an event or for every event of a calendar. A coupon gives either a percentage (`percent_off`) or
    a fixed amount (`cents_off` in `currency`) off; the other fields of the pair are null. Older responses named the id
    `api_id`.

    Attributes:
        id (str): Coupon id (no documented prefix).
        code (str): The code guests enter at checkout. Matching is case-insensitive.
        remaining_count (int): How many more times the coupon can be used; 1000000 stands for unlimited.
        valid_start_at (datetime.datetime | None): When the coupon becomes usable; null for immediately.
        valid_end_at (datetime.datetime | None): When the coupon stops being usable; null for no end.
        percent_off (float | None): Percentage taken off the price (0 to 100); null for fixed-amount coupons.
        cents_off (float | None): Amount taken off the price, in minor units of `currency`; null for percentage coupons.
        currency (Currency | None | str): Currency of `cents_off`; null for percentage coupons.
        event_ticket_type_id (None | str | Unset): For event coupons limited to one ticket type, the id of that type (an
            unlock code when the type is hidden); null or absent otherwise.
    """

    id: str
    code: str
    remaining_count: int
    valid_start_at: datetime.datetime | None
    valid_end_at: datetime.datetime | None
    percent_off: float | None
    cents_off: float | None
    currency: Currency | None | str
    event_ticket_type_id: None | str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        remaining_count = self.remaining_count

        valid_start_at: None | str
        if isinstance(self.valid_start_at, datetime.datetime):
            if self.valid_start_at.utcoffset() is None:
                raise ValueError(
                    f"valid_start_at: naive datetime {self.valid_start_at.isoformat()} has no UTC offset; "
                    "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
                )
            valid_start_at = self.valid_start_at.isoformat()
        else:
            valid_start_at = self.valid_start_at

        valid_end_at: None | str
        if isinstance(self.valid_end_at, datetime.datetime):
            if self.valid_end_at.utcoffset() is None:
                raise ValueError(
                    f"valid_end_at: naive datetime {self.valid_end_at.isoformat()} has no UTC offset; "
                    "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
                )
            valid_end_at = self.valid_end_at.isoformat()
        else:
            valid_end_at = self.valid_end_at

        percent_off: float | None
        percent_off = self.percent_off

        cents_off: float | None
        cents_off = self.cents_off

        currency: None | str
        if isinstance(self.currency, str):
            currency = self.currency
        else:
            currency = self.currency

        event_ticket_type_id: None | str | Unset
        if isinstance(self.event_ticket_type_id, Unset):
            event_ticket_type_id = UNSET
        else:
            event_ticket_type_id = self.event_ticket_type_id

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["id"] = id
        field_dict["code"] = code
        field_dict["remaining_count"] = remaining_count
        field_dict["valid_start_at"] = valid_start_at
        field_dict["valid_end_at"] = valid_end_at
        field_dict["percent_off"] = percent_off
        field_dict["cents_off"] = cents_off
        field_dict["currency"] = currency
        if event_ticket_type_id is not UNSET:
            field_dict["event_ticket_type_id"] = event_ticket_type_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _code = data["code"]
        _remaining_count = data["remaining_count"]
        _valid_start_at = data["valid_start_at"]
        _valid_end_at = data["valid_end_at"]
        _percent_off = data["percent_off"]
        _cents_off = data["cents_off"]
        _currency = data["currency"]
        _event_ticket_type_id = data.get("event_ticket_type_id", UNSET)
        if not (
            _id.__class__ is _STR
            and _code.__class__ is _STR
            and _remaining_count.__class__ is _INT
            and (_valid_start_at.__class__ is _STR or _valid_start_at is None)
            and (_valid_end_at.__class__ is _STR or _valid_end_at is None)
            and ((_percent_off.__class__ is _FLOAT or _percent_off.__class__ is _INT) or _percent_off is None)
            and ((_cents_off.__class__ is _FLOAT or _cents_off.__class__ is _INT) or _cents_off is None)
            and (_currency.__class__ is _STR or _currency is None)
            and (
                _event_ticket_type_id is UNSET
                or (_event_ticket_type_id.__class__ is _STR or _event_ticket_type_id is None)
            )
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _code,
            _remaining_count,
            None if _valid_start_at is None else _datetime_from_iso(_valid_start_at),
            None if _valid_end_at is None else _datetime_from_iso(_valid_end_at),
            _percent_off,
            _cents_off,
            _currency,
            _event_ticket_type_id,
        )
        if len(data) > 8 + (_event_ticket_type_id is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    ("code", "code", True, str),
    ("remaining_count", "remaining_count", True, int),
    (
        "valid_start_at",
        "valid_start_at",
        True,
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
        True,
        (
            "union",
            (
                datetime.datetime,
                None,
            ),
        ),
    ),
    (
        "percent_off",
        "percent_off",
        True,
        (
            "union",
            (
                float,
                None,
            ),
        ),
    ),
    (
        "cents_off",
        "cents_off",
        True,
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
        "event_ticket_type_id",
        "event_ticket_type_id",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
)
