from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="PercentDiscount")

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
        "percent_off",
    }
)


@_attrs_define
class PercentDiscount(Extras):
    """A percentage off the ticket price.

    Attributes:
        discount_type (Literal['percent']): Marks a percentage discount.
        percent_off (float): The percentage taken off, from 0 to 100.
    """

    discount_type: Literal["percent"]
    percent_off: float
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        discount_type = self.discount_type

        percent_off = self.percent_off

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["discount_type"] = discount_type
        field_dict["percent_off"] = percent_off
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _discount_type = data["discount_type"]
        _percent_off = data["percent_off"]
        if not (_percent_off.__class__ is _FLOAT or _percent_off.__class__ is _INT):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _parse_discount_type(_discount_type),
            _percent_off,
        )
        if len(data) > 2:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_discount_type(data: Any) -> Literal["percent"]:
    if data != "percent":
        raise ValueError(f"discount_type must be 'percent', got {data!r}")
    return cast(Literal["percent"], data)


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("discount_type", "discount_type", True, ("const", "percent")),
    ("percent_off", "percent_off", True, float),
)
