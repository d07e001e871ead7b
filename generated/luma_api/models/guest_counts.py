from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="GuestCounts")

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
        "approved",
        "pending_approval",
        "waitlist",
        "invited",
        "declined",
        "checked_in",
    }
)


@_attrs_define
class GuestCounts(Extras):
    """Guest and ticket totals of an event, broken down by registration state.

    Attributes:
        approved (GuestCountBucket): Number of guests and of their tickets in one registration state.
        pending_approval (GuestCountBucket): Number of guests and of their tickets in one registration state.
        waitlist (GuestCountBucket): Number of guests and of their tickets in one registration state.
        invited (GuestCountBucket): Number of guests and of their tickets in one registration state.
        declined (GuestCountBucket): Number of guests and of their tickets in one registration state.
        checked_in (GuestCountBucket): Number of guests and of their tickets in one registration state.
    """

    approved: GuestCountBucket
    pending_approval: GuestCountBucket
    waitlist: GuestCountBucket
    invited: GuestCountBucket
    declined: GuestCountBucket
    checked_in: GuestCountBucket
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        approved = self.approved.to_dict()

        pending_approval = self.pending_approval.to_dict()

        waitlist = self.waitlist.to_dict()

        invited = self.invited.to_dict()

        declined = self.declined.to_dict()

        checked_in = self.checked_in.to_dict()

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["approved"] = approved
        field_dict["pending_approval"] = pending_approval
        field_dict["waitlist"] = waitlist
        field_dict["invited"] = invited
        field_dict["declined"] = declined
        field_dict["checked_in"] = checked_in
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _approved = data["approved"]
        _pending_approval = data["pending_approval"]
        _waitlist = data["waitlist"]
        _invited = data["invited"]
        _declined = data["declined"]
        _checked_in = data["checked_in"]
        instance = cls(
            GuestCountBucket.from_dict(_approved),
            GuestCountBucket.from_dict(_pending_approval),
            GuestCountBucket.from_dict(_waitlist),
            GuestCountBucket.from_dict(_invited),
            GuestCountBucket.from_dict(_declined),
            GuestCountBucket.from_dict(_checked_in),
        )
        if len(data) > 6:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


from ..models.guest_count_bucket import GuestCountBucket

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("approved", "approved", True, GuestCountBucket),
    ("pending_approval", "pending_approval", True, GuestCountBucket),
    ("waitlist", "waitlist", True, GuestCountBucket),
    ("invited", "invited", True, GuestCountBucket),
    ("declined", "declined", True, GuestCountBucket),
    ("checked_in", "checked_in", True, GuestCountBucket),
)
