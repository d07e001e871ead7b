from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.calendar_submission_status import CalendarSubmissionStatus, check_calendar_submission_status

T = TypeVar("T", bound="AddCalendarEventResponse")


@_attrs_define
class AddCalendarEventResponse:
    """The result of adding an event to the calendar.

    Attributes:
        id (str): Id of the added event (`evt-` for Luma events; a calendar-event id for external ones).
        status (CalendarSubmissionStatus | str): `approved` when the event is on the calendar now, `pending` when it
            waits for review.
    """

    id: str
    status: CalendarSubmissionStatus | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        add_calendar_event_response = cls(
            id=id,
            status=status,
        )

        add_calendar_event_response.additional_properties = d
        return add_calendar_event_response

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
