from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.calendar_submission_status import CalendarSubmissionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="LookupCalendarEventResult")

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
        "id",
        "status",
        "submitted_by",
    }
)


@_attrs_define
class LookupCalendarEventResult(Extras):
    """How an event stands on the calendar.

    Attributes:
        id (str): Id of the event (`evt-` for Luma events; external events are identified by their calendar-event id).
        status (CalendarSubmissionStatus | str): Whether the event is approved, waiting for review or rejected on this
            calendar.
        submitted_by (None | Unset | User): The user who submitted the event; null when it was not submitted by someone.
    """

    id: str
    status: CalendarSubmissionStatus | str
    submitted_by: None | Unset | User = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        submitted_by: dict[str, Any] | None | Unset
        if isinstance(self.submitted_by, Unset):
            submitted_by = UNSET
        elif isinstance(self.submitted_by, User):
            submitted_by = self.submitted_by.to_dict()
        else:
            submitted_by = self.submitted_by

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["id"] = id
        field_dict["status"] = status
        if submitted_by is not UNSET:
            field_dict["submitted_by"] = submitted_by
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _status = data["status"]
        _submitted_by = data.get("submitted_by", UNSET)
        if not (
            _id.__class__ is _STR
            and (_status.__class__ is _STR)
            and (_submitted_by is UNSET or (_submitted_by.__class__ is _DICT or _submitted_by is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _status,
            _submitted_by
            if _submitted_by is UNSET
            else None
            if _submitted_by is None
            else User.from_dict(_submitted_by),
        )
        if len(data) > 2 + (_submitted_by is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


from ..models.user import User

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    (
        "status",
        "status",
        True,
        (
            "union",
            (
                (
                    "enum",
                    (
                        "approved",
                        "pending",
                        "rejected",
                    ),
                ),
                str,
            ),
        ),
    ),
    (
        "submitted_by",
        "submitted_by",
        False,
        (
            "union",
            (
                User,
                None,
            ),
        ),
    ),
)
