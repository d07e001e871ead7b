from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.calendar_submission_status import CalendarSubmissionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="LookupCalendarEventResult")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "status",
        "submitted_by",
    }
)


@_attrs_define
class LookupCalendarEventResult:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = id
        field_dict["status"] = status
        if submitted_by is not UNSET:
            field_dict["submitted_by"] = submitted_by
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _submitted_by = data.get("submitted_by", UNSET)
        instance = _new_instance(cls)
        instance.id = data["id"]
        instance.status = data["status"]
        instance.submitted_by = (
            _submitted_by
            if _submitted_by is UNSET
            else None
            if _submitted_by is None
            else User.from_dict(_submitted_by)
        )
        if len(data) > 2 + (_submitted_by is not UNSET):
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


from ..models.user import User
