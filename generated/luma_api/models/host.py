from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Host")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "email",
        "name",
        "first_name",
        "last_name",
        "avatar_url",
    }
)


@_attrs_define
class Host:
    """A host of an event as listed on the event.

    Attributes:
        id (str): The host's user id, starting with `usr-`.
        email (str): The host's email address.
        name (None | str): Display name; null when the user has not set one.
        first_name (None | str): First name, when known.
        last_name (None | str): Last name, when known.
        avatar_url (str): URL of the host's avatar (a default image when none was uploaded; may lack a file extension).
    """

    id: str
    email: str
    name: None | str
    first_name: None | str
    last_name: None | str
    avatar_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name: None | str
        name = self.name

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        avatar_url = self.avatar_url

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = id
        field_dict["email"] = email
        field_dict["name"] = name
        field_dict["first_name"] = first_name
        field_dict["last_name"] = last_name
        field_dict["avatar_url"] = avatar_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.id = data["id"]
        instance.email = data["email"]
        instance.name = data["name"]
        instance.first_name = data["first_name"]
        instance.last_name = data["last_name"]
        instance.avatar_url = data["avatar_url"]
        if len(data) > 6:
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
