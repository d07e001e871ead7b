from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.image_content_type import ImageContentType, check_image_content_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImageUploadUrlRequest")

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
        "content_type",
    }
)


@_attrs_define
class CreateImageUploadUrlRequest(Extras):
    """Options for a new image upload.

    Attributes:
        content_type (ImageContentType | None | Unset): MIME type of the image that will be uploaded. Optional; may also
            be sent as null.
    """

    content_type: ImageContentType | None | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        elif isinstance(self.content_type, str):
            content_type = self.content_type
        else:
            content_type = self.content_type

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _content_type = data.get("content_type", UNSET)
        if not (_content_type is UNSET or (_content_type.__class__ is _STR or _content_type is None)):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _content_type
            if _content_type is UNSET
            else None
            if _content_type is None
            else check_image_content_type(_content_type),
        )
        if len(data) > 0 + (_content_type is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    (
        "content_type",
        "content_type",
        False,
        (
            "union",
            (
                (
                    "enum",
                    (
                        "image/jpeg",
                        "image/png",
                    ),
                ),
                None,
            ),
        ),
    ),
)
