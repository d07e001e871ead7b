from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateImageUploadUrlResponse")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "upload_url",
        "file_url",
    }
)


@_attrs_define
class CreateImageUploadUrlResponse:
    """The pre-signed upload target and the final address of the image.

    Attributes:
        upload_url (str): Pre-signed URL to `PUT` the image bytes to. It expires after a while and must not be sent the
            Luma API key.
        file_url (str): Address on `images.lumacdn.com` where the image is served once uploaded; use it as `cover_url`
            or `avatar_url`.
    """

    upload_url: str
    file_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        file_url = self.file_url

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["upload_url"] = upload_url
        field_dict["file_url"] = file_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.upload_url = data["upload_url"]
        instance.file_url = data["file_url"]
        if len(data) > 2:
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
