from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnapplyContactTagRequest")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "tag",
        "user_ids",
        "emails",
    }
)


@_attrs_define
class UnapplyContactTagRequest:
    """A tag and the contacts to remove it from, selected by user id and/or email address.

    Attributes:
        tag (str): The tag to remove, given by id (`tag-...`) or by name.
        user_ids (list[str] | Unset): Luma user ids (`usr-...`) of the contacts to untag.
        emails (list[str] | Unset): Email addresses of the contacts to untag.
    """

    tag: str
    user_ids: list[str] | Unset = UNSET
    emails: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag = self.tag

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["tag"] = tag
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if emails is not UNSET:
            field_dict["emails"] = emails
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _user_ids = data.get("user_ids", UNSET)
        _emails = data.get("emails", UNSET)
        instance = _new_instance(cls)
        instance.tag = data["tag"]
        instance.user_ids = _user_ids
        instance.emails = _emails
        if len(data) > 1 + (_user_ids is not UNSET) + (_emails is not UNSET):
            instance.additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        else:
            instance.additional_properties = {}
        return instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
