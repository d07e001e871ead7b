from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_content_type import ImageContentType, check_image_content_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImageUploadUrlRequest")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_content_type(data: object) -> ImageContentType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                content_type_type_0 = check_image_content_type(data)

                return content_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageContentType | None | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

        create_image_upload_url_request = cls(
            content_type=content_type,
        )

        create_image_upload_url_request.additional_properties = d
        return create_image_upload_url_request

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
