from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.currency import Currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipAccessInfoPaymentRecurring")

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
        "currency",
        "stripe_account_id",
        "stripe_product_id",
        "require_approval",
        "stripe_monthly_price_id",
        "amount_monthly",
        "stripe_yearly_price_id",
        "amount_yearly",
    }
)


@_attrs_define
class MembershipAccessInfoPaymentRecurring(Extras):
    """Joining terms of a tier billed as a monthly and/or yearly Stripe subscription.

    Attributes:
        type_ (Literal['payment-recurring']): Always `payment-recurring` for this variant.
        currency (Currency | str): Currency of the subscription prices, as a lowercase code.
        stripe_account_id (str): The Stripe account that collects the subscription payments.
        stripe_product_id (str): The Stripe product that represents this tier.
        require_approval (bool): Whether an admin has to approve people before they become members; approving starts the
            subscription charge, declining cancels it.
        stripe_monthly_price_id (None | str | Unset): Stripe price used for monthly billing; null or absent when there
            is no monthly option.
        amount_monthly (int | None | Unset): Monthly price in the currency's minor unit (greater than zero); null or
            absent when there is no monthly option.
        stripe_yearly_price_id (None | str | Unset): Stripe price used for yearly billing; null or absent when there is
            no yearly option.
        amount_yearly (int | None | Unset): Yearly price in the currency's minor unit (greater than zero); null or
            absent when there is no yearly option.
    """

    type_: Literal["payment-recurring"]
    currency: Currency | str
    stripe_account_id: str
    stripe_product_id: str
    require_approval: bool
    stripe_monthly_price_id: None | str | Unset = UNSET
    amount_monthly: int | None | Unset = UNSET
    stripe_yearly_price_id: None | str | Unset = UNSET
    amount_yearly: int | None | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        currency: str
        if isinstance(self.currency, str):
            currency = self.currency
        else:
            currency = self.currency

        stripe_account_id = self.stripe_account_id

        stripe_product_id = self.stripe_product_id

        require_approval = self.require_approval

        stripe_monthly_price_id: None | str | Unset
        if isinstance(self.stripe_monthly_price_id, Unset):
            stripe_monthly_price_id = UNSET
        else:
            stripe_monthly_price_id = self.stripe_monthly_price_id

        amount_monthly: int | None | Unset
        if isinstance(self.amount_monthly, Unset):
            amount_monthly = UNSET
        else:
            amount_monthly = self.amount_monthly

        stripe_yearly_price_id: None | str | Unset
        if isinstance(self.stripe_yearly_price_id, Unset):
            stripe_yearly_price_id = UNSET
        else:
            stripe_yearly_price_id = self.stripe_yearly_price_id

        amount_yearly: int | None | Unset
        if isinstance(self.amount_yearly, Unset):
            amount_yearly = UNSET
        else:
            amount_yearly = self.amount_yearly

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["type"] = type_
        field_dict["currency"] = currency
        field_dict["stripe_account_id"] = stripe_account_id
        field_dict["stripe_product_id"] = stripe_product_id
        field_dict["require_approval"] = require_approval
        if stripe_monthly_price_id is not UNSET:
            field_dict["stripe_monthly_price_id"] = stripe_monthly_price_id
        if amount_monthly is not UNSET:
            field_dict["amount_monthly"] = amount_monthly
        if stripe_yearly_price_id is not UNSET:
            field_dict["stripe_yearly_price_id"] = stripe_yearly_price_id
        if amount_yearly is not UNSET:
            field_dict["amount_yearly"] = amount_yearly
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _type_ = data["type"]
        _currency = data["currency"]
        _stripe_account_id = data["stripe_account_id"]
        _stripe_product_id = data["stripe_product_id"]
        _require_approval = data["require_approval"]
        _stripe_monthly_price_id = data.get("stripe_monthly_price_id", UNSET)
        _amount_monthly = data.get("amount_monthly", UNSET)
        _stripe_yearly_price_id = data.get("stripe_yearly_price_id", UNSET)
        _amount_yearly = data.get("amount_yearly", UNSET)
        if not (
            (_currency.__class__ is _STR)
            and _stripe_account_id.__class__ is _STR
            and _stripe_product_id.__class__ is _STR
            and _require_approval.__class__ is _BOOL
            and (
                _stripe_monthly_price_id is UNSET
                or (_stripe_monthly_price_id.__class__ is _STR or _stripe_monthly_price_id is None)
            )
            and (_amount_monthly is UNSET or (_amount_monthly.__class__ is _INT or _amount_monthly is None))
            and (
                _stripe_yearly_price_id is UNSET
                or (_stripe_yearly_price_id.__class__ is _STR or _stripe_yearly_price_id is None)
            )
            and (_amount_yearly is UNSET or (_amount_yearly.__class__ is _INT or _amount_yearly is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _parse_type_(_type_),
            _currency,
            _stripe_account_id,
            _stripe_product_id,
            _require_approval,
            _stripe_monthly_price_id,
            _amount_monthly,
            _stripe_yearly_price_id,
            _amount_yearly,
        )
        if len(data) > 5 + (_stripe_monthly_price_id is not UNSET) + (_amount_monthly is not UNSET) + (
            _stripe_yearly_price_id is not UNSET
        ) + (_amount_yearly is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_type_(data: Any) -> Literal["payment-recurring"]:
    if data != "payment-recurring":
        raise ValueError(f"type must be 'payment-recurring', got {data!r}")
    return cast(Literal["payment-recurring"], data)


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("type_", "type", True, ("const", "payment-recurring")),
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
    ("stripe_account_id", "stripe_account_id", True, str),
    ("stripe_product_id", "stripe_product_id", True, str),
    ("require_approval", "require_approval", True, bool),
    (
        "stripe_monthly_price_id",
        "stripe_monthly_price_id",
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
        "amount_monthly",
        "amount_monthly",
        False,
        (
            "union",
            (
                int,
                None,
            ),
        ),
    ),
    (
        "stripe_yearly_price_id",
        "stripe_yearly_price_id",
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
        "amount_yearly",
        "amount_yearly",
        False,
        (
            "union",
            (
                int,
                None,
            ),
        ),
    ),
)
