from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="MembershipTier")

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
        "name",
        "description",
        "tint_color",
        "access_info",
    }
)


@_attrs_define
class MembershipTier(Extras):
    """A membership tier of a calendar and the terms on which people join it.

    Attributes:
        id (str): Tier id (no fixed prefix observed); pass it as `membership_tier_id` to `add_member`.
        name (str): Name of the tier shown to members.
        description (None | str): Optional explanation of what the tier offers; null when none was written.
        tint_color (str): Accent colour of the tier as a hex code such as `#5d7cf2`.
        access_info (MembershipAccessInfoFree | MembershipAccessInfoPaymentOnce | MembershipAccessInfoPaymentRecurring):
            The joining terms of a membership tier. `type` tells which variant applies: `free`, `payment-once` (a single
            payment) or `payment-recurring` (a Stripe subscription).
    """

    id: str
    name: str
    description: None | str
    tint_color: str
    access_info: MembershipAccessInfoFree | MembershipAccessInfoPaymentOnce | MembershipAccessInfoPaymentRecurring
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        tint_color = self.tint_color

        access_info: dict[str, Any]
        if isinstance(self.access_info, MembershipAccessInfoFree):
            access_info = self.access_info.to_dict()
        elif isinstance(self.access_info, MembershipAccessInfoPaymentOnce):
            access_info = self.access_info.to_dict()
        else:
            access_info = self.access_info.to_dict()

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["description"] = description
        field_dict["tint_color"] = tint_color
        field_dict["access_info"] = access_info
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _name = data["name"]
        _description = data["description"]
        _tint_color = data["tint_color"]
        _access_info = data["access_info"]
        if not (
            _id.__class__ is _STR
            and _name.__class__ is _STR
            and (_description.__class__ is _STR or _description is None)
            and _tint_color.__class__ is _STR
            and (_access_info.__class__ is _DICT)
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _name,
            _description,
            _tint_color,
            _parse_access_info(_access_info),
        )
        if len(data) > 5:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_access_info(
    data: Any,
) -> MembershipAccessInfoFree | MembershipAccessInfoPaymentOnce | MembershipAccessInfoPaymentRecurring:
    if isinstance(data, dict):
        try:
            return MembershipAccessInfoFree.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return MembershipAccessInfoPaymentOnce.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        return MembershipAccessInfoPaymentRecurring.from_dict(data)
    raise TypeError(f"access_info: no declared type matches {type(data).__name__} {data!r:.80}")


from ..models.membership_access_info_free import MembershipAccessInfoFree
from ..models.membership_access_info_payment_once import MembershipAccessInfoPaymentOnce
from ..models.membership_access_info_payment_recurring import MembershipAccessInfoPaymentRecurring

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    ("name", "name", True, str),
    (
        "description",
        "description",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    ("tint_color", "tint_color", True, str),
    (
        "access_info",
        "access_info",
        True,
        (
            "union",
            (
                MembershipAccessInfoFree,
                MembershipAccessInfoPaymentOnce,
                MembershipAccessInfoPaymentRecurring,
            ),
        ),
    ),
)
