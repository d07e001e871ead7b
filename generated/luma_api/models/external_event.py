from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_access import EventAccess, check_event_access
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coordinate import Coordinate
    from ..models.geo_address import GeoAddress
    from ..models.tag_ref import TagRef
    from ..models.user import User


T = TypeVar("T", bound="ExternalEvent")


@_attrs_define
class ExternalEvent:
    """An event hosted outside Luma that has been added to the calendar, as it appears in the calendar event list
    (requested with `platforms=external`).

        Attributes:
            platform (Literal['external']): Marks an event hosted outside Luma.
            id (str): Id of the event's entry on the calendar (a calendar-event id, `calev-`).
            calendar_id (str): Id of the calendar the event was added to (`cal-`).
            start_at (datetime.datetime): Start time (UTC).
            duration_interval (str): Length of the event as an expanded ISO 8601 duration, such as `P0Y0M0DT2H0M0S`.
            end_at (datetime.datetime): End time (UTC).
            created_at (datetime.datetime): When the event was added to the calendar (UTC).
            timezone (str): IANA time zone of the event.
            name (str): Event title.
            geo_address_json (GeoAddress | None): Address of the venue; null when none was given.
            coordinate (Coordinate | None): Map position of the venue; null when unknown.
            url (str): URL of the event on the external website.
            host (None | str): Name of the organiser shown for the event, when one was given.
            tags (list[TagRef]): Event tags of the calendar applied to this event.
            submitted_by (None | Unset | User): The user who submitted the event to the calendar; null when it was not
                submitted by someone.
            access (EventAccess | str | Unset): The calendar's access to the event.
    """

    platform: Literal["external"]
    id: str
    calendar_id: str
    start_at: datetime.datetime
    duration_interval: str
    end_at: datetime.datetime
    created_at: datetime.datetime
    timezone: str
    name: str
    geo_address_json: GeoAddress | None
    coordinate: Coordinate | None
    url: str
    host: None | str
    tags: list[TagRef]
    submitted_by: None | Unset | User = UNSET
    access: EventAccess | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.coordinate import Coordinate  # noqa: PLC0415
        from ..models.geo_address import GeoAddress  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        platform = self.platform

        id = self.id

        calendar_id = self.calendar_id

        start_at = self.start_at.isoformat()

        duration_interval = self.duration_interval

        end_at = self.end_at.isoformat()

        created_at = self.created_at.isoformat()

        timezone = self.timezone

        name = self.name

        geo_address_json: dict[str, Any] | None
        if isinstance(self.geo_address_json, GeoAddress):
            geo_address_json = self.geo_address_json.to_dict()
        else:
            geo_address_json = self.geo_address_json

        coordinate: dict[str, Any] | None
        if isinstance(self.coordinate, Coordinate):
            coordinate = self.coordinate.to_dict()
        else:
            coordinate = self.coordinate

        url = self.url

        host: None | str
        host = self.host

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        submitted_by: dict[str, Any] | None | Unset
        if isinstance(self.submitted_by, Unset):
            submitted_by = UNSET
        elif isinstance(self.submitted_by, User):
            submitted_by = self.submitted_by.to_dict()
        else:
            submitted_by = self.submitted_by

        access: str | Unset
        if isinstance(self.access, Unset):
            access = UNSET
        elif isinstance(self.access, str):
            access = self.access
        else:
            access = self.access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "id": id,
                "calendar_id": calendar_id,
                "start_at": start_at,
                "duration_interval": duration_interval,
                "end_at": end_at,
                "created_at": created_at,
                "timezone": timezone,
                "name": name,
                "geo_address_json": geo_address_json,
                "coordinate": coordinate,
                "url": url,
                "host": host,
                "tags": tags,
            }
        )
        if submitted_by is not UNSET:
            field_dict["submitted_by"] = submitted_by
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coordinate import Coordinate  # noqa: PLC0415
        from ..models.geo_address import GeoAddress  # noqa: PLC0415
        from ..models.tag_ref import TagRef  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        platform = cast(Literal["external"], d.pop("platform"))
        if platform != "external":
            raise ValueError(f"platform must match const 'external', got '{platform}'")

        id = d.pop("id")

        calendar_id = d.pop("calendar_id")

        start_at = datetime.datetime.fromisoformat(d.pop("start_at"))

        duration_interval = d.pop("duration_interval")

        end_at = datetime.datetime.fromisoformat(d.pop("end_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        timezone = d.pop("timezone")

        name = d.pop("name")

        def _parse_geo_address_json(data: object) -> GeoAddress | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geo_address_json_type_0 = GeoAddress.from_dict(data)

                return geo_address_json_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeoAddress | None, data)

        geo_address_json = _parse_geo_address_json(d.pop("geo_address_json"))

        def _parse_coordinate(data: object) -> Coordinate | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coordinate_type_0 = Coordinate.from_dict(data)

                return coordinate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Coordinate | None, data)

        coordinate = _parse_coordinate(d.pop("coordinate"))

        url = d.pop("url")

        def _parse_host(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        host = _parse_host(d.pop("host"))

        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:
            tags_item = TagRef.from_dict(tags_item_data)

            tags.append(tags_item)

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

        def _parse_access(data: object) -> EventAccess | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                access_type_0 = check_event_access(data)

                return access_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventAccess | str | Unset, data)

        access = _parse_access(d.pop("access", UNSET))

        external_event = cls(
            platform=platform,
            id=id,
            calendar_id=calendar_id,
            start_at=start_at,
            duration_interval=duration_interval,
            end_at=end_at,
            created_at=created_at,
            timezone=timezone,
            name=name,
            geo_address_json=geo_address_json,
            coordinate=coordinate,
            url=url,
            host=host,
            tags=tags,
            submitted_by=submitted_by,
            access=access,
        )

        external_event.additional_properties = d
        return external_event

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
