from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_content_type import ImageContentType, check_image_content_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImageUploadUrlRequest")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "content_type",
    }
)


@_attrs_define
class CreateImageUploadUrlRequest:
    """Options for a new image upload.

    Attributes:
        content_type (ImageContentType | None | Unset): MIME type of the image that will be uploaded. Optional; may also
            be sent as null.
    """

    content_type: ImageContentType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        elif isinstance(self.content_type, str):
            content_type = self.content_type
        else:
            content_type = self.content_type

        field_dict: dict[str, Any] = dict(self.additional_properties)
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _content_type = data.get("content_type", UNSET)
        instance = _new_instance(cls)
        instance.content_type = (
            _content_type
            if _content_type is UNSET
            else None
            if _content_type is None
            else check_image_content_type(_content_type)
        )
        if len(data) > 0 + (_content_type is not UNSET):
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
