from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_calendar import WebhookCalendar


T = TypeVar("T", bound="WebhookCalendarEventSubmittedExternal")


@_attrs_define
class WebhookCalendarEventSubmittedExternal:
    """A submitted external event, with the calendar it was submitted to.

    Attributes:
        platform (Literal['external']): Always `external` for events hosted outside Luma.
        id (str): Id of the calendar's entry for the event (a calendar-event id, usually starting with `calev-`), not an
            `evt-` id.
        name (str): Event name.
        url (str): The external event page.
        start_at (datetime.datetime): When the event starts (UTC).
        end_at (datetime.datetime | None): When the event ends (UTC), or null if not known.
        timezone (None | str): IANA time zone of the event, or null if not known.
        host_name (None | str): Name of the organiser as given when the event was added, or null.
        submitted_to_calendar (WebhookCalendar): The calendar embedded in `calendar.event.*` notifications. Deliveries
            have been seen without some fields the full calendar object always has (location and coordinate), so only the
            identifying fields are required here and everything else is optional.
        api_id (str | Unset): Older copy of `id`; read `id` instead.
    """

    platform: Literal["external"]
    id: str
    name: str
    url: str
    start_at: datetime.datetime
    end_at: datetime.datetime | None
    timezone: None | str
    host_name: None | str
    submitted_to_calendar: WebhookCalendar
    api_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform

        id = self.id

        name = self.name

        url = self.url

        start_at = self.start_at.isoformat()

        end_at: None | str
        if isinstance(self.end_at, datetime.datetime):
            end_at = self.end_at.isoformat()
        else:
            end_at = self.end_at

        timezone: None | str
        timezone = self.timezone

        host_name: None | str
        host_name = self.host_name

        submitted_to_calendar = self.submitted_to_calendar.to_dict()

        api_id = self.api_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "id": id,
                "name": name,
                "url": url,
                "start_at": start_at,
                "end_at": end_at,
                "timezone": timezone,
                "host_name": host_name,
                "submitted_to_calendar": submitted_to_calendar,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_calendar import WebhookCalendar  # noqa: PLC0415

        d = dict(src_dict)
        platform = cast(Literal["external"], d.pop("platform"))
        if platform != "external":
            raise ValueError(f"platform must match const 'external', got '{platform}'")

        id = d.pop("id")

        name = d.pop("name")

        url = d.pop("url")

        start_at = datetime.datetime.fromisoformat(d.pop("start_at"))

        def _parse_end_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_at_type_0 = datetime.datetime.fromisoformat(data)

                return end_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_at = _parse_end_at(d.pop("end_at"))

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        def _parse_host_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        host_name = _parse_host_name(d.pop("host_name"))

        submitted_to_calendar = WebhookCalendar.from_dict(d.pop("submitted_to_calendar"))

        api_id = d.pop("api_id", UNSET)

        webhook_calendar_event_submitted_external = cls(
            platform=platform,
            id=id,
            name=name,
            url=url,
            start_at=start_at,
            end_at=end_at,
            timezone=timezone,
            host_name=host_name,
            submitted_to_calendar=submitted_to_calendar,
            api_id=api_id,
        )

        webhook_calendar_event_submitted_external.additional_properties = d
        return webhook_calendar_event_submitted_external

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
