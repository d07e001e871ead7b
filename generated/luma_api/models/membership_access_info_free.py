from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="MembershipAccessInfoFree")

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
        "require_approval",
    }
)


@_attrs_define
class MembershipAccessInfoFree(Extras):
    """Joining terms of a tier that costs nothing.

    Attributes:
        type_ (Literal['free']): Always `free` for this variant.
        require_approval (bool): Whether an admin has to approve people before they become members.
    """

    type_: Literal["free"]
    require_approval: bool
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        require_approval = self.require_approval

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["type"] = type_
        field_dict["require_approval"] = require_approval
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _type_ = data["type"]
        _require_approval = data["require_approval"]
        if not (_require_approval.__class__ is _BOOL):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _parse_type_(_type_),
            _require_approval,
        )
        if len(data) > 2:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_type_(data: Any) -> Literal["free"]:
    if data != "free":
        raise ValueError(f"type must be 'free', got {data!r}")
    return cast(Literal["free"], data)


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("type_", "type", True, ("const", "free")),
    ("require_approval", "require_approval", True, bool),
)
