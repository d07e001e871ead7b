from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyContactTagRequest")

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
        "tag",
        "user_ids",
        "emails",
    }
)


@_attrs_define
class ApplyContactTagRequest(Extras):
    """A tag and the contacts to tag, selected by user id and/or email address. Only existing contacts are tagged.

    Attributes:
        tag (str): The tag to apply, given by id (`tag-...`) or by name.
        user_ids (list[str] | Unset): Luma user ids (`usr-...`) of the contacts to tag.
        emails (list[str] | Unset): Email addresses of the contacts to tag.
    """

    tag: str
    user_ids: list[str] | Unset = UNSET
    emails: list[str] | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        tag = self.tag

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["tag"] = tag
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if emails is not UNSET:
            field_dict["emails"] = emails
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _tag = data["tag"]
        _user_ids = data.get("user_ids", UNSET)
        _emails = data.get("emails", UNSET)
        if not (
            _tag.__class__ is _STR
            and (_user_ids is UNSET or _user_ids.__class__ is _LIST)
            and (_emails is UNSET or _emails.__class__ is _LIST)
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _tag,
            _user_ids,
            _emails,
        )
        if len(data) > 1 + (_user_ids is not UNSET) + (_emails is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("tag", "tag", True, str),
    ("user_ids", "user_ids", False, ("list", str)),
    ("emails", "emails", False, ("list", str)),
)
