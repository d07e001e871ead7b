from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.host_access_level import HostAccessLevel, check_host_access_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddEventHostRequest")

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
        "event_id",
        "email",
        "access_level",
        "is_visible",
        "name",
    }
)


@_attrs_define
class AddEventHostRequest(Extras):
    """The person to add as a host and their role.

    Attributes:
        event_id (str): Id of the event, starting with `evt-`.
        email (str): Email address of the person to add.
        access_level (HostAccessLevel | None | Unset): What the host may do; `manager` when left out or null.
        is_visible (bool | Unset): Whether the host is shown on the event page; true when left out.
        name (str | Unset): Name to use for the host; ignored when the person already has a Luma profile.
    """

    event_id: str
    email: str
    access_level: HostAccessLevel | None | Unset = UNSET
    is_visible: bool | Unset = UNSET
    name: str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        email = self.email

        access_level: None | str | Unset
        if isinstance(self.access_level, Unset):
            access_level = UNSET
        elif isinstance(self.access_level, str):
            access_level = self.access_level
        else:
            access_level = self.access_level

        is_visible = self.is_visible

        name = self.name

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["event_id"] = event_id
        field_dict["email"] = email
        if access_level is not UNSET:
            field_dict["access_level"] = access_level
        if is_visible is not UNSET:
            field_dict["is_visible"] = is_visible
        if name is not UNSET:
            field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _event_id = data["event_id"]
        _email = data["email"]
        _access_level = data.get("access_level", UNSET)
        _is_visible = data.get("is_visible", UNSET)
        _name = data.get("name", UNSET)
        if not (
            _event_id.__class__ is _STR
            and _email.__class__ is _STR
            and (_access_level is UNSET or (_access_level.__class__ is _STR or _access_level is None))
            and (_is_visible is UNSET or _is_visible.__class__ is _BOOL)
            and (_name is UNSET or _name.__class__ is _STR)
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _event_id,
            _email,
            _access_level
            if _access_level is UNSET
            else None
            if _access_level is None
            else check_host_access_level(_access_level),
            _is_visible,
            _name,
        )
        if len(data) > 2 + (_access_level is not UNSET) + (_is_visible is not UNSET) + (_name is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("event_id", "event_id", True, str),
    ("email", "email", True, str),
    (
        "access_level",
        "access_level",
        False,
        (
            "union",
            (
                (
                    "enum",
                    (
                        "check-in",
                        "manager",
                        "none",
                    ),
                ),
                None,
            ),
        ),
    ),
    ("is_visible", "is_visible", False, bool),
    ("name", "name", False, str),
)
