from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LookupEntityResponse")

# The JSON types `from_dict` checks raw values against, bound to untyped names: a check against them
# leaves each value typed as the generator declared it (mypy would narrow it after `is str`).
_STR: Any = str
_INT: Any = int
_FLOAT: Any = float
_BOOL: Any = bool
_LIST: Any = list
_DICT: Any = dict


def _no_extras_as_empty(extras: dict[str, Any] | None) -> dict[str, Any]:
    """How models compare and print their unknown keys: "none yet" (None) as an empty dict."""
    return extras or {}


_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "entity",
    }
)


@_attrs_define
class LookupEntityResponse:
    """Result of resolving a slug.

    Attributes:
        entity (EntityCalendar | EntityEvent | None): The calendar or event using the slug, or null when the slug is
            unused.
    """

    entity: EntityCalendar | EntityEvent | None
    # Unknown keys. None until the first is stored: most models have none, and an empty dict per
    # instance would be one more allocation for each (the cyclic collector counts them all).
    # Read and write them through `additional_properties`.
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_no_extras_as_empty, repr=lambda extras: repr(extras or {})
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys of the JSON object this model does not declare, with their values."""
        extras = self._additional_properties
        if extras is None:
            extras = self._additional_properties = {}
        return extras

    @additional_properties.setter
    def additional_properties(self, extras: dict[str, Any]) -> None:
        self._additional_properties = extras

    def to_dict(self) -> dict[str, Any]:
        entity: dict[str, Any] | None
        if isinstance(self.entity, EntityCalendar):
            entity = self.entity.to_dict()
        elif isinstance(self.entity, EntityEvent):
            entity = self.entity.to_dict()
        else:
            entity = self.entity

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["entity"] = entity
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _entity = data["entity"]
        if not (_entity.__class__ is _DICT or _entity is None):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _parse_entity(_entity),
        )
        if len(data) > 1:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self._additional_properties or ())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in (self._additional_properties or ())


def _parse_entity(data: Any) -> EntityCalendar | EntityEvent | None:
    if data is None:
        return None
    if isinstance(data, dict):
        try:
            return EntityCalendar.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        return EntityEvent.from_dict(data)
    raise TypeError(f"entity: no declared type matches {type(data).__name__} {data!r:.80}")


from ..models.entity_calendar import EntityCalendar
from ..models.entity_event import EntityEvent

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    (
        "entity",
        "entity",
        True,
        (
            "union",
            (
                EntityCalendar,
                EntityEvent,
                None,
            ),
        ),
    ),
)
