from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="CreateImageUploadUrlResponse")

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
        "upload_url",
        "file_url",
    }
)


@_attrs_define
class CreateImageUploadUrlResponse(Extras):
    """The pre-signed upload target and the final address of the image.

    Attributes:
        upload_url (str): Pre-signed URL to `PUT` the image bytes to. It expires after a while and must not be sent the
            Luma API key.
        file_url (str): Address on `images.lumacdn.com` where the image is served once uploaded; use it as `cover_url`
            or `avatar_url`.
    """

    upload_url: str
    file_url: str
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        file_url = self.file_url

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["upload_url"] = upload_url
        field_dict["file_url"] = file_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _upload_url = data["upload_url"]
        _file_url = data["file_url"]
        if not (_upload_url.__class__ is _STR and _file_url.__class__ is _STR):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _upload_url,
            _file_url,
        )
        if len(data) > 2:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("upload_url", "upload_url", True, str),
    ("file_url", "file_url", True, str),
)
