from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.currency import Currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventTicketOrder")

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
        "coupon_info",
        "is_captured",
    }
)


@_attrs_define
class EventTicketOrder(Extras):
    """One order through which a guest obtained tickets. Amounts are in the minor unit of `currency`. The facts available
    do not say which fields are always present, so none is marked required.

    Attributes:
        id (str | Unset): Order id (no documented prefix).
        amount (float | Unset): Amount of the order in minor units.
        amount_discount (float | Unset): Discount applied to the order, in minor units.
        amount_tax (float | Unset): Tax charged on the order, in minor units.
        currency (Currency | None | str | Unset): Currency of the amounts; null for free orders.
        coupon_info (CouponInfo | None | Unset): The coupon used for this order; null when none was used.
        is_captured (bool | Unset): Whether the payment for the order has been captured.
    """

    id: str | Unset = UNSET
    amount: float | Unset = UNSET
    amount_discount: float | Unset = UNSET
    amount_tax: float | Unset = UNSET
    currency: Currency | None | str | Unset = UNSET
    coupon_info: CouponInfo | None | Unset = UNSET
    is_captured: bool | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        amount_discount = self.amount_discount

        amount_tax = self.amount_tax

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, str):
            currency = self.currency
        else:
            currency = self.currency

        coupon_info: dict[str, Any] | None | Unset
        if isinstance(self.coupon_info, Unset):
            coupon_info = UNSET
        elif isinstance(self.coupon_info, CouponInfo):
            coupon_info = self.coupon_info.to_dict()
        else:
            coupon_info = self.coupon_info

        is_captured = self.is_captured

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_discount is not UNSET:
            field_dict["amount_discount"] = amount_discount
        if amount_tax is not UNSET:
            field_dict["amount_tax"] = amount_tax
        if currency is not UNSET:
            field_dict["currency"] = currency
        if coupon_info is not UNSET:
            field_dict["coupon_info"] = coupon_info
        if is_captured is not UNSET:
            field_dict["is_captured"] = is_captured
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data.get("id", UNSET)
        _amount = data.get("amount", UNSET)
        _amount_discount = data.get("amount_discount", UNSET)
        _amount_tax = data.get("amount_tax", UNSET)
        _currency = data.get("currency", UNSET)
        _coupon_info = data.get("coupon_info", UNSET)
        _is_captured = data.get("is_captured", UNSET)
        if not (
            (_id is UNSET or _id.__class__ is _STR)
            and (_amount is UNSET or (_amount.__class__ is _FLOAT or _amount.__class__ is _INT))
            and (
                _amount_discount is UNSET
                or (_amount_discount.__class__ is _FLOAT or _amount_discount.__class__ is _INT)
            )
            and (_amount_tax is UNSET or (_amount_tax.__class__ is _FLOAT or _amount_tax.__class__ is _INT))
            and (_currency is UNSET or (_currency.__class__ is _STR or _currency is None))
            and (_coupon_info is UNSET or (_coupon_info.__class__ is _DICT or _coupon_info is None))
            and (_is_captured is UNSET or _is_captured.__class__ is _BOOL)
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _amount,
            _amount_discount,
            _amount_tax,
            _currency,
            _coupon_info
            if _coupon_info is UNSET
            else None
            if _coupon_info is None
            else CouponInfo.from_dict(_coupon_info),
            _is_captured,
        )
        if len(data) > 0 + (_id is not UNSET) + (_amount is not UNSET) + (_amount_discount is not UNSET) + (
            _amount_tax is not UNSET
        ) + (_currency is not UNSET) + (_coupon_info is not UNSET) + (_is_captured is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


from ..models.coupon_info import CouponInfo

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", False, str),
    ("amount", "amount", False, float),
    ("amount_discount", "amount_discount", False, float),
    ("amount_tax", "amount_tax", False, float),
    (
        "currency",
        "currency",
        False,
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
        "coupon_info",
        "coupon_info",
        False,
        (
            "union",
            (
                CouponInfo,
                None,
            ),
        ),
    ),
    ("is_captured", "is_captured", False, bool),
)
