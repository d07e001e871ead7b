from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="TermsLink")

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
        "url",
        "collect_signature",
    }
)


@_attrs_define
class TermsLink(Extras):
    """Terms published on another page.

    Attributes:
        content_type (Literal['link']): Marks terms given as a link.
        url (str): Address of the page with the terms.
        collect_signature (bool): Whether the registrant must sign, not just tick a box.
    """

    content_type: Literal["link"]
    url: str
    collect_signature: bool
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        url = self.url

        collect_signature = self.collect_signature

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["content_type"] = content_type
        field_dict["url"] = url
        field_dict["collect_signature"] = collect_signature
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _content_type = data["content_type"]
        _url = data["url"]
        _collect_signature = data["collect_signature"]
        if not (_url.__class__ is _STR and _collect_signature.__class__ is _BOOL):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _parse_content_type(_content_type),
            _url,
            _collect_signature,
        )
        if len(data) > 3:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_content_type(data: Any) -> Literal["link"]:
    if data != "link":
        raise ValueError(f"content_type must be 'link', got {data!r}")
    return cast(Literal["link"], data)


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("content_type", "content_type", True, ("const", "link")),
    ("url", "url", True, str),
    ("collect_signature", "collect_signature", True, bool),
)
