from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.currency import Currency

T = TypeVar("T", bound="MembershipAccessInfoPaymentOnce")

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
        "type",
        "amount",
        "currency",
        "require_approval",
    }
)


@_attrs_define
class MembershipAccessInfoPaymentOnce(Extras):
    """Joining terms of a tier paid for with a single payment.

    Attributes:
        type_ (Literal['payment-once']): Always `payment-once` for this variant.
        amount (int): Price of the tier in the currency's minor unit (for example cents); always greater than zero.
        currency (Currency | str): Currency of `amount`, as a lowercase code.
        require_approval (bool): Whether an admin has to approve people before they become members; the payment is
            captured when the member is approved.
    """

    type_: Literal["payment-once"]
    amount: int
    currency: Currency | str
    require_approval: bool
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        amount = self.amount

        currency: str
        if isinstance(self.currency, str):
            currency = self.currency
        else:
            currency = self.currency

        require_approval = self.require_approval

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["type"] = type_
        field_dict["amount"] = amount
        field_dict["currency"] = currency
        field_dict["require_approval"] = require_approval
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _type_ = data["type"]
        _amount = data["amount"]
        _currency = data["currency"]
        _require_approval = data["require_approval"]
        if not (_amount.__class__ is _INT and (_currency.__class__ is _STR) and _require_approval.__class__ is _BOOL):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _parse_type_(_type_),
            _amount,
            _currency,
            _require_approval,
        )
        if len(data) > 4:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_type_(data: Any) -> Literal["payment-once"]:
    if data != "payment-once":
        raise ValueError(f"type must be 'payment-once', got {data!r}")
    return cast(Literal["payment-once"], data)


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("type_", "type", True, ("const", "payment-once")),
    ("amount", "amount", True, int),
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
            ),
        ),
    ),
    ("require_approval", "require_approval", True, bool),
)
