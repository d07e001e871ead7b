from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.currency import Currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="CouponInfo")

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
        "api_id",
        "percent_off",
        "cents_off",
        "currency",
        "code",
    }
)


@_attrs_define
class CouponInfo(Extras):
    """Summary of the coupon applied to a ticket order. Exactly one of `percent_off` and `cents_off` is expected to be set.
    The facts available do not say which fields are always present, so none is marked required.

    Attributes:
        api_id (str | Unset): Id of the coupon (this object still uses the older `api_id` name).
        percent_off (float | None | Unset): Percentage discount, for percentage coupons.
        cents_off (float | None | Unset): Fixed discount in minor units of `currency`, for amount coupons.
        currency (Currency | None | str | Unset): Currency of `cents_off`; null for percentage coupons.
        code (str | Unset): The coupon code the guest entered.
    """

    api_id: str | Unset = UNSET
    percent_off: float | None | Unset = UNSET
    cents_off: float | None | Unset = UNSET
    currency: Currency | None | str | Unset = UNSET
    code: str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        api_id = self.api_id

        percent_off: float | None | Unset
        if isinstance(self.percent_off, Unset):
            percent_off = UNSET
        else:
            percent_off = self.percent_off

        cents_off: float | None | Unset
        if isinstance(self.cents_off, Unset):
            cents_off = UNSET
        else:
            cents_off = self.cents_off

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, str):
            currency = self.currency
        else:
            currency = self.currency

        code = self.code

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if percent_off is not UNSET:
            field_dict["percent_off"] = percent_off
        if cents_off is not UNSET:
            field_dict["cents_off"] = cents_off
        if currency is not UNSET:
            field_dict["currency"] = currency
        if code is not UNSET:
            field_dict["code"] = code
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _api_id = data.get("api_id", UNSET)
        _percent_off = data.get("percent_off", UNSET)
        _cents_off = data.get("cents_off", UNSET)
        _currency = data.get("currency", UNSET)
        _code = data.get("code", UNSET)
        if not (
            (_api_id is UNSET or _api_id.__class__ is _STR)
            and (
                _percent_off is UNSET
                or ((_percent_off.__class__ is _FLOAT or _percent_off.__class__ is _INT) or _percent_off is None)
            )
            and (
                _cents_off is UNSET
                or ((_cents_off.__class__ is _FLOAT or _cents_off.__class__ is _INT) or _cents_off is None)
            )
            and (_currency is UNSET or (_currency.__class__ is _STR or _currency is None))
            and (_code is UNSET or _code.__class__ is _STR)
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _api_id,
            _percent_off,
            _cents_off,
            _currency,
            _code,
        )
        if len(data) > 0 + (_api_id is not UNSET) + (_percent_off is not UNSET) + (_cents_off is not UNSET) + (
            _currency is not UNSET
        ) + (_code is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("api_id", "api_id", False, str),
    (
        "percent_off",
        "percent_off",
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
        "cents_off",
        "cents_off",
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
    ("code", "code", False, str),
)
