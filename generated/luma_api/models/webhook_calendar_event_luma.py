from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_calendar import WebhookCalendar
    from ..models.webhook_host import WebhookHost


T = TypeVar("T", bound="WebhookCalendarEventLuma")


@_attrs_define
class WebhookCalendarEventLuma:
    """Summary of a Luma event in a `calendar.event.*` notification.

    Attributes:
        platform (Literal['luma']): Always `luma` for events hosted on Luma.
        id (str): Event id, starting with `evt-`.
        name (str): Event name.
        url (str): Full public URL of the event page.
        cover_url (str): URL of the event's cover image.
        start_at (datetime.datetime): When the event starts (UTC).
        end_at (datetime.datetime): When the event ends (UTC).
        timezone (str): IANA time zone of the event, such as `Europe/Berlin`.
        calendar (None | WebhookCalendar): The Luma calendar the event belongs to, or null.
        hosts (list[WebhookHost]): The event's hosts, in reduced form.
        api_id (str | Unset): Older copy of `id`; read `id` instead.
        meeting_url (None | str | Unset): Online meeting link; present in some deliveries only.
    """

    platform: Literal["luma"]
    id: str
    name: str
    url: str
    cover_url: str
    start_at: datetime.datetime
    end_at: datetime.datetime
    timezone: str
    calendar: None | WebhookCalendar
    hosts: list[WebhookHost]
    api_id: str | Unset = UNSET
    meeting_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_calendar import WebhookCalendar  # noqa: PLC0415

        platform = self.platform

        id = self.id

        name = self.name

        url = self.url

        cover_url = self.cover_url

        start_at = self.start_at.isoformat()

        end_at = self.end_at.isoformat()

        timezone = self.timezone

        calendar: dict[str, Any] | None
        if isinstance(self.calendar, WebhookCalendar):
            calendar = self.calendar.to_dict()
        else:
            calendar = self.calendar

        hosts = []
        for hosts_item_data in self.hosts:
            hosts_item = hosts_item_data.to_dict()
            hosts.append(hosts_item)

        api_id = self.api_id

        meeting_url: None | str | Unset
        if isinstance(self.meeting_url, Unset):
            meeting_url = UNSET
        else:
            meeting_url = self.meeting_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "id": id,
                "name": name,
                "url": url,
                "cover_url": cover_url,
                "start_at": start_at,
                "end_at": end_at,
                "timezone": timezone,
                "calendar": calendar,
                "hosts": hosts,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if meeting_url is not UNSET:
            field_dict["meeting_url"] = meeting_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_calendar import WebhookCalendar  # noqa: PLC0415
        from ..models.webhook_host import WebhookHost  # noqa: PLC0415

        d = dict(src_dict)
        platform = cast(Literal["luma"], d.pop("platform"))
        if platform != "luma":
            raise ValueError(f"platform must match const 'luma', got '{platform}'")

        id = d.pop("id")

        name = d.pop("name")

        url = d.pop("url")

        cover_url = d.pop("cover_url")

        start_at = datetime.datetime.fromisoformat(d.pop("start_at"))

        end_at = datetime.datetime.fromisoformat(d.pop("end_at"))

        timezone = d.pop("timezone")

        def _parse_calendar(data: object) -> None | WebhookCalendar:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                calendar_type_0 = WebhookCalendar.from_dict(data)

                return calendar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebhookCalendar, data)

        calendar = _parse_calendar(d.pop("calendar"))

        hosts = []
        _hosts = d.pop("hosts")
        for hosts_item_data in _hosts:
            hosts_item = WebhookHost.from_dict(hosts_item_data)

            hosts.append(hosts_item)

        api_id = d.pop("api_id", UNSET)

        def _parse_meeting_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_url = _parse_meeting_url(d.pop("meeting_url", UNSET))

        webhook_calendar_event_luma = cls(
            platform=platform,
            id=id,
            name=name,
            url=url,
            cover_url=cover_url,
            start_at=start_at,
            end_at=end_at,
            timezone=timezone,
            calendar=calendar,
            hosts=hosts,
            api_id=api_id,
            meeting_url=meeting_url,
        )

        webhook_calendar_event_luma.additional_properties = d
        return webhook_calendar_event_luma

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
