from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TermsLink")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "content_type",
        "url",
        "collect_signature",
    }
)


@_attrs_define
class TermsLink:
    """Terms published on another page.

    Attributes:
        content_type (Literal['link']): Marks terms given as a link.
        url (str): Address of the page with the terms.
        collect_signature (bool): Whether the registrant must sign, not just tick a box.
    """

    content_type: Literal["link"]
    url: str
    collect_signature: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        url = self.url

        collect_signature = self.collect_signature

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["content_type"] = content_type
        field_dict["url"] = url
        field_dict["collect_signature"] = collect_signature
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.content_type = _parse_content_type(data["content_type"])
        instance.url = data["url"]
        instance.collect_signature = data["collect_signature"]
        if len(data) > 3:
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


def _parse_content_type(data: Any) -> Literal["link"]:
    if data != "link":
        raise ValueError(f"content_type must be 'link', got {data!r}")
    return cast(Literal["link"], data)
