from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="LookupEntityResponse")

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
        "entity",
    }
)


@_attrs_define
class LookupEntityResponse(Extras):
    """Result of resolving a slug.

    Attributes:
        entity (EntityCalendar | EntityEvent | None): The calendar or event using the slug, or null when the slug is
            unused.
    """

    entity: EntityCalendar | EntityEvent | None
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

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
