from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submission_mode import SubmissionMode, check_submission_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coordinate import Coordinate
    from ..models.geo_address_input_google import GeoAddressInputGoogle
    from ..models.geo_address_input_manual import GeoAddressInputManual


T = TypeVar("T", bound="AddCalendarEventExternalRequest")


@_attrs_define
class AddCalendarEventExternalRequest:
    """Adds an event hosted on another website, described by its URL, time and place.

    Attributes:
        platform (Literal['external']): Marks an external event.
        url (str): URL of the event on the external website.
        name (str): Event title.
        start_at (datetime.datetime): Start time, in UTC or with an explicit offset.
        duration_interval (str): Length of the event as an ISO 8601 duration, such as `PT2H`.
        timezone (str): IANA time zone of the event, such as `Europe/Berlin`.
        geo_address_json (GeoAddressInputGoogle | GeoAddressInputManual | Unset): A location to set on an event: either
            a free-text address (`type: manual`) or a Google Maps place (`type: google`). Luma recommends Google Place IDs
            because they geocode reliably.
        host (None | str | Unset): Name of the organiser to show.
        geo_longitude (float | None | Unset): Longitude of the venue; older alternative to `coordinate`.
        geo_latitude (float | None | Unset): Latitude of the venue; older alternative to `coordinate`.
        coordinate (Coordinate | None | Unset): Map position of the venue.
        submission_mode (SubmissionMode | Unset): How an added event enters the calendar: `auto` approves it immediately
            when the caller is allowed to, `pending` always puts it in the review queue.
    """

    platform: Literal["external"]
    url: str
    name: str
    start_at: datetime.datetime
    duration_interval: str
    timezone: str
    geo_address_json: GeoAddressInputGoogle | GeoAddressInputManual | Unset = UNSET
    host: None | str | Unset = UNSET
    geo_longitude: float | None | Unset = UNSET
    geo_latitude: float | None | Unset = UNSET
    coordinate: Coordinate | None | Unset = UNSET
    submission_mode: SubmissionMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.coordinate import Coordinate  # noqa: PLC0415
        from ..models.geo_address_input_manual import GeoAddressInputManual  # noqa: PLC0415

        platform = self.platform

        url = self.url

        name = self.name

        start_at = self.start_at.isoformat()

        duration_interval = self.duration_interval

        timezone = self.timezone

        geo_address_json: dict[str, Any] | Unset
        if isinstance(self.geo_address_json, Unset):
            geo_address_json = UNSET
        elif isinstance(self.geo_address_json, GeoAddressInputManual):
            geo_address_json = self.geo_address_json.to_dict()
        else:
            geo_address_json = self.geo_address_json.to_dict()

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        geo_longitude: float | None | Unset
        if isinstance(self.geo_longitude, Unset):
            geo_longitude = UNSET
        else:
            geo_longitude = self.geo_longitude

        geo_latitude: float | None | Unset
        if isinstance(self.geo_latitude, Unset):
            geo_latitude = UNSET
        else:
            geo_latitude = self.geo_latitude

        coordinate: dict[str, Any] | None | Unset
        if isinstance(self.coordinate, Unset):
            coordinate = UNSET
        elif isinstance(self.coordinate, Coordinate):
            coordinate = self.coordinate.to_dict()
        else:
            coordinate = self.coordinate

        submission_mode: str | Unset = UNSET
        if not isinstance(self.submission_mode, Unset):
            submission_mode = self.submission_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "url": url,
                "name": name,
                "start_at": start_at,
                "duration_interval": duration_interval,
                "timezone": timezone,
            }
        )
        if geo_address_json is not UNSET:
            field_dict["geo_address_json"] = geo_address_json
        if host is not UNSET:
            field_dict["host"] = host
        if geo_longitude is not UNSET:
            field_dict["geo_longitude"] = geo_longitude
        if geo_latitude is not UNSET:
            field_dict["geo_latitude"] = geo_latitude
        if coordinate is not UNSET:
            field_dict["coordinate"] = coordinate
        if submission_mode is not UNSET:
            field_dict["submission_mode"] = submission_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coordinate import Coordinate  # noqa: PLC0415
        from ..models.geo_address_input_google import GeoAddressInputGoogle  # noqa: PLC0415
        from ..models.geo_address_input_manual import GeoAddressInputManual  # noqa: PLC0415

        d = dict(src_dict)
        platform = cast(Literal["external"], d.pop("platform"))
        if platform != "external":
            raise ValueError(f"platform must match const 'external', got '{platform}'")

        url = d.pop("url")

        name = d.pop("name")

        start_at = datetime.datetime.fromisoformat(d.pop("start_at"))

        duration_interval = d.pop("duration_interval")

        timezone = d.pop("timezone")

        def _parse_geo_address_json(data: object) -> GeoAddressInputGoogle | GeoAddressInputManual | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_geo_address_input_type_0 = GeoAddressInputManual.from_dict(data)

                return componentsschemas_geo_address_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_geo_address_input_type_1 = GeoAddressInputGoogle.from_dict(data)

            return componentsschemas_geo_address_input_type_1

        geo_address_json = _parse_geo_address_json(d.pop("geo_address_json", UNSET))

        def _parse_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host = _parse_host(d.pop("host", UNSET))

        def _parse_geo_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        geo_longitude = _parse_geo_longitude(d.pop("geo_longitude", UNSET))

        def _parse_geo_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        geo_latitude = _parse_geo_latitude(d.pop("geo_latitude", UNSET))

        def _parse_coordinate(data: object) -> Coordinate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coordinate_type_0 = Coordinate.from_dict(data)

                return coordinate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Coordinate | None | Unset, data)

        coordinate = _parse_coordinate(d.pop("coordinate", UNSET))

        _submission_mode = d.pop("submission_mode", UNSET)
        submission_mode: SubmissionMode | Unset
        if isinstance(_submission_mode, Unset):
            submission_mode = UNSET
        else:
            submission_mode = check_submission_mode(_submission_mode)

        add_calendar_event_external_request = cls(
            platform=platform,
            url=url,
            name=name,
            start_at=start_at,
            duration_interval=duration_interval,
            timezone=timezone,
            geo_address_json=geo_address_json,
            host=host,
            geo_longitude=geo_longitude,
            geo_latitude=geo_latitude,
            coordinate=coordinate,
            submission_mode=submission_mode,
        )

        add_calendar_event_external_request.additional_properties = d
        return add_calendar_event_external_request

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
