from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.currency import Currency, check_currency

T = TypeVar("T", bound="AmountDiscount")

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
        "discount_type",
        "cents_off",
        "currency",
    }
)


@_attrs_define
class AmountDiscount(Extras):
    """A fixed amount off the ticket price, in one currency.

    Attributes:
        discount_type (Literal['amount']): Marks a fixed-amount discount.
        cents_off (int): The amount taken off, in minor units of `currency` (cents for `usd`).
        currency (Currency): Lowercase ISO 4217 currency code, plus Luma's two Solana tokens.
    """

    discount_type: Literal["amount"]
    cents_off: int
    currency: Currency
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        discount_type = self.discount_type

        cents_off = self.cents_off

        currency: str = self.currency

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["discount_type"] = discount_type
        field_dict["cents_off"] = cents_off
        field_dict["currency"] = currency
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _discount_type = data["discount_type"]
        _cents_off = data["cents_off"]
        _currency = data["currency"]
        if not (_cents_off.__class__ is _INT):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _parse_discount_type(_discount_type),
            _cents_off,
            check_currency(_currency),
        )
        if len(data) > 3:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_discount_type(data: Any) -> Literal["amount"]:
    if data != "amount":
        raise ValueError(f"discount_type must be 'amount', got {data!r}")
    return cast(Literal["amount"], data)


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("discount_type", "discount_type", True, ("const", "amount")),
    ("cents_off", "cents_off", True, int),
    (
        "currency",
        "currency",
        True,
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
    ),
)
