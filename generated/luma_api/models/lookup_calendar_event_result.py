from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.calendar_submission_status import CalendarSubmissionStatus, check_calendar_submission_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User


T = TypeVar("T", bound="LookupCalendarEventResult")


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
        from ..models.user import User  # noqa: PLC0415

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if submitted_by is not UNSET:
            field_dict["submitted_by"] = submitted_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_status(data: object) -> CalendarSubmissionStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_calendar_submission_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CalendarSubmissionStatus | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_submitted_by(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submitted_by_type_0 = User.from_dict(data)

                return submitted_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        submitted_by = _parse_submitted_by(d.pop("submitted_by", UNSET))

        lookup_calendar_event_result = cls(
            id=id,
            status=status,
            submitted_by=submitted_by,
        )

        lookup_calendar_event_result.additional_properties = d
        return lookup_calendar_event_result

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
