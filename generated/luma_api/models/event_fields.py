from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_access import EventAccess, check_event_access
from ..models.location_type import LocationType, check_location_type
from ..models.location_visibility import LocationVisibility, check_location_visibility
from ..models.visibility import Visibility, check_visibility
from ..models.waitlist_status import WaitlistStatus, check_waitlist_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coordinate import Coordinate
    from ..models.display_price import DisplayPrice
    from ..models.feedback_email import FeedbackEmail
    from ..models.geo_address import GeoAddress
    from ..models.guest_counts import GuestCounts
    from ..models.host import Host
    from ..models.registration_question import RegistrationQuestion
    from ..models.tag_ref import TagRef


T = TypeVar("T", bound="EventFields")


@_attrs_define
class EventFields:
    """The fields of a Luma-platform event that appear wherever an event is returned. `Event` (the admin view) and the
    calendar list entries build on it; the detail that only some views carry is optional here.

        Attributes:
            platform (Literal['luma']): Marks an event hosted on Luma.
            id (str): Event id, starting with `evt-`.
            user_id (str): Id of the user who created the event (`usr-`).
            calendar_id (str): Id of the calendar that manages the event (`cal-`).
            start_at (datetime.datetime): Start time (UTC).
            duration_interval (str): Length of the event as an expanded ISO 8601 duration, such as `P0Y0M0DT1H0M0S`.
            end_at (datetime.datetime): End time (UTC).
            created_at (datetime.datetime): When the event was created (UTC).
            timezone (str): IANA time zone of the event, such as `America/New_York`.
            name (str): Event title.
            description (str): The event description as plain text.
            description_md (str): The event description as Markdown. Converting to and from Luma's rich text is not
                lossless.
            geo_address_json (GeoAddress | None): Address of the venue; null for events without a physical location.
            coordinate (Coordinate | None): Map position of the venue; null for online events or when the address could not
                be geocoded.
            location_type (LocationType | str): Kind of location, derived from the address or the meeting link.
            location_visibility (LocationVisibility | str): Who sees the location on the event page. The API returns the
                full location either way.
            cover_url (str): URL of the cover image on Luma's CDN (`https://images.lumacdn.com/event-covers/...`).
            url (str): Full public URL of the event page, such as `https://luma.com/7sfm30gu`.
            visibility (str | Visibility): Who can discover and view the event.
            waitlist_status (str | WaitlistStatus): Whether new registrations go to the waitlist once the event is full.
            meeting_url (None | str | Unset): Link to join an online event; null when there is none. Left out of list
                entries the calendar can only view.
            feedback_email (FeedbackEmail | Unset): Settings for the feedback email Luma sends to guests after the event.
            registration_questions (list[RegistrationQuestion] | Unset): Questions asked at registration. Left out of list
                entries the calendar can only view.
            hosts (list[Host] | Unset): The event's hosts.
            guest_counts (GuestCounts | Unset): Guest and ticket totals of an event, broken down by registration state.
            registration_open (bool | Unset): Whether people can currently register.
            require_approval (bool | Unset): Whether a host has to approve each registration.
            spots_remaining (int | None | Unset): Places left before the event is full; null when capacity is unlimited. The
                count can lag slightly behind reality.
            display_price (DisplayPrice | None | Unset): The price shown on the event page; null for free events.
            access (EventAccess | str | Unset): The calendar's access to the event; always `manage` on the get-event
                operation.
            tags (list[TagRef] | Unset): Event tags of the calendar applied to this event.
    """

    platform: Literal["luma"]
    id: str
    user_id: str
    calendar_id: str
    start_at: datetime.datetime
    duration_interval: str
    end_at: datetime.datetime
    created_at: datetime.datetime
    timezone: str
    name: str
    description: str
    description_md: str
    geo_address_json: GeoAddress | None
    coordinate: Coordinate | None
    location_type: LocationType | str
    location_visibility: LocationVisibility | str
    cover_url: str
    url: str
    visibility: str | Visibility
    waitlist_status: str | WaitlistStatus
    meeting_url: None | str | Unset = UNSET
    feedback_email: FeedbackEmail | Unset = UNSET
    registration_questions: list[RegistrationQuestion] | Unset = UNSET
    hosts: list[Host] | Unset = UNSET
    guest_counts: GuestCounts | Unset = UNSET
    registration_open: bool | Unset = UNSET
    require_approval: bool | Unset = UNSET
    spots_remaining: int | None | Unset = UNSET
    display_price: DisplayPrice | None | Unset = UNSET
    access: EventAccess | str | Unset = UNSET
    tags: list[TagRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.coordinate import Coordinate  # noqa: PLC0415
        from ..models.display_price import DisplayPrice  # noqa: PLC0415
        from ..models.geo_address import GeoAddress  # noqa: PLC0415

        platform = self.platform

        id = self.id

        user_id = self.user_id

        calendar_id = self.calendar_id

        start_at = self.start_at.isoformat()

        duration_interval = self.duration_interval

        end_at = self.end_at.isoformat()

        created_at = self.created_at.isoformat()

        timezone = self.timezone

        name = self.name

        description = self.description

        description_md = self.description_md

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

        location_type: str
        if isinstance(self.location_type, str):
            location_type = self.location_type
        else:
            location_type = self.location_type

        location_visibility: str
        if isinstance(self.location_visibility, str):
            location_visibility = self.location_visibility
        else:
            location_visibility = self.location_visibility

        cover_url = self.cover_url

        url = self.url

        visibility: str
        if isinstance(self.visibility, str):
            visibility = self.visibility
        else:
            visibility = self.visibility

        waitlist_status: str
        if isinstance(self.waitlist_status, str):
            waitlist_status = self.waitlist_status
        else:
            waitlist_status = self.waitlist_status

        meeting_url: None | str | Unset
        if isinstance(self.meeting_url, Unset):
            meeting_url = UNSET
        else:
            meeting_url = self.meeting_url

        feedback_email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feedback_email, Unset):
            feedback_email = self.feedback_email.to_dict()

        registration_questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.registration_questions, Unset):
            registration_questions = []
            for registration_questions_item_data in self.registration_questions:
                registration_questions_item = registration_questions_item_data.to_dict()
                registration_questions.append(registration_questions_item)

        hosts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hosts, Unset):
            hosts = []
            for hosts_item_data in self.hosts:
                hosts_item = hosts_item_data.to_dict()
                hosts.append(hosts_item)

        guest_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guest_counts, Unset):
            guest_counts = self.guest_counts.to_dict()

        registration_open = self.registration_open

        require_approval = self.require_approval

        spots_remaining: int | None | Unset
        if isinstance(self.spots_remaining, Unset):
            spots_remaining = UNSET
        else:
            spots_remaining = self.spots_remaining

        display_price: dict[str, Any] | None | Unset
        if isinstance(self.display_price, Unset):
            display_price = UNSET
        elif isinstance(self.display_price, DisplayPrice):
            display_price = self.display_price.to_dict()
        else:
            display_price = self.display_price

        access: str | Unset
        if isinstance(self.access, Unset):
            access = UNSET
        elif isinstance(self.access, str):
            access = self.access
        else:
            access = self.access

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "id": id,
                "user_id": user_id,
                "calendar_id": calendar_id,
                "start_at": start_at,
                "duration_interval": duration_interval,
                "end_at": end_at,
                "created_at": created_at,
                "timezone": timezone,
                "name": name,
                "description": description,
                "description_md": description_md,
                "geo_address_json": geo_address_json,
                "coordinate": coordinate,
                "location_type": location_type,
                "location_visibility": location_visibility,
                "cover_url": cover_url,
                "url": url,
                "visibility": visibility,
                "waitlist_status": waitlist_status,
            }
        )
        if meeting_url is not UNSET:
            field_dict["meeting_url"] = meeting_url
        if feedback_email is not UNSET:
            field_dict["feedback_email"] = feedback_email
        if registration_questions is not UNSET:
            field_dict["registration_questions"] = registration_questions
        if hosts is not UNSET:
            field_dict["hosts"] = hosts
        if guest_counts is not UNSET:
            field_dict["guest_counts"] = guest_counts
        if registration_open is not UNSET:
            field_dict["registration_open"] = registration_open
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if spots_remaining is not UNSET:
            field_dict["spots_remaining"] = spots_remaining
        if display_price is not UNSET:
            field_dict["display_price"] = display_price
        if access is not UNSET:
            field_dict["access"] = access
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coordinate import Coordinate  # noqa: PLC0415
        from ..models.display_price import DisplayPrice  # noqa: PLC0415
        from ..models.feedback_email import FeedbackEmail  # noqa: PLC0415
        from ..models.geo_address import GeoAddress  # noqa: PLC0415
        from ..models.guest_counts import GuestCounts  # noqa: PLC0415
        from ..models.host import Host  # noqa: PLC0415
        from ..models.registration_question import RegistrationQuestion  # noqa: PLC0415
        from ..models.tag_ref import TagRef  # noqa: PLC0415

        d = dict(src_dict)
        platform = cast(Literal["luma"], d.pop("platform"))
        if platform != "luma":
            raise ValueError(f"platform must match const 'luma', got '{platform}'")

        id = d.pop("id")

        user_id = d.pop("user_id")

        calendar_id = d.pop("calendar_id")

        start_at = datetime.datetime.fromisoformat(d.pop("start_at"))

        duration_interval = d.pop("duration_interval")

        end_at = datetime.datetime.fromisoformat(d.pop("end_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        timezone = d.pop("timezone")

        name = d.pop("name")

        description = d.pop("description")

        description_md = d.pop("description_md")

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

        def _parse_location_type(data: object) -> LocationType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                location_type_type_0 = check_location_type(data)

                return location_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocationType | str, data)

        location_type = _parse_location_type(d.pop("location_type"))

        def _parse_location_visibility(data: object) -> LocationVisibility | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                location_visibility_type_0 = check_location_visibility(data)

                return location_visibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocationVisibility | str, data)

        location_visibility = _parse_location_visibility(d.pop("location_visibility"))

        cover_url = d.pop("cover_url")

        url = d.pop("url")

        def _parse_visibility(data: object) -> str | Visibility:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visibility_type_0 = check_visibility(data)

                return visibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Visibility, data)

        visibility = _parse_visibility(d.pop("visibility"))

        def _parse_waitlist_status(data: object) -> str | WaitlistStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                waitlist_status_type_0 = check_waitlist_status(data)

                return waitlist_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | WaitlistStatus, data)

        waitlist_status = _parse_waitlist_status(d.pop("waitlist_status"))

        def _parse_meeting_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_url = _parse_meeting_url(d.pop("meeting_url", UNSET))

        _feedback_email = d.pop("feedback_email", UNSET)
        feedback_email: FeedbackEmail | Unset
        if isinstance(_feedback_email, Unset):
            feedback_email = UNSET
        else:
            feedback_email = FeedbackEmail.from_dict(_feedback_email)

        _registration_questions = d.pop("registration_questions", UNSET)
        registration_questions: list[RegistrationQuestion] | Unset = UNSET
        if _registration_questions is not UNSET:
            registration_questions = []
            for registration_questions_item_data in _registration_questions:
                registration_questions_item = RegistrationQuestion.from_dict(registration_questions_item_data)

                registration_questions.append(registration_questions_item)

        _hosts = d.pop("hosts", UNSET)
        hosts: list[Host] | Unset = UNSET
        if _hosts is not UNSET:
            hosts = []
            for hosts_item_data in _hosts:
                hosts_item = Host.from_dict(hosts_item_data)

                hosts.append(hosts_item)

        _guest_counts = d.pop("guest_counts", UNSET)
        guest_counts: GuestCounts | Unset
        if isinstance(_guest_counts, Unset):
            guest_counts = UNSET
        else:
            guest_counts = GuestCounts.from_dict(_guest_counts)

        registration_open = d.pop("registration_open", UNSET)

        require_approval = d.pop("require_approval", UNSET)

        def _parse_spots_remaining(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        spots_remaining = _parse_spots_remaining(d.pop("spots_remaining", UNSET))

        def _parse_display_price(data: object) -> DisplayPrice | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                display_price_type_0 = DisplayPrice.from_dict(data)

                return display_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DisplayPrice | None | Unset, data)

        display_price = _parse_display_price(d.pop("display_price", UNSET))

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

        _tags = d.pop("tags", UNSET)
        tags: list[TagRef] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = TagRef.from_dict(tags_item_data)

                tags.append(tags_item)

        event_fields = cls(
            platform=platform,
            id=id,
            user_id=user_id,
            calendar_id=calendar_id,
            start_at=start_at,
            duration_interval=duration_interval,
            end_at=end_at,
            created_at=created_at,
            timezone=timezone,
            name=name,
            description=description,
            description_md=description_md,
            geo_address_json=geo_address_json,
            coordinate=coordinate,
            location_type=location_type,
            location_visibility=location_visibility,
            cover_url=cover_url,
            url=url,
            visibility=visibility,
            waitlist_status=waitlist_status,
            meeting_url=meeting_url,
            feedback_email=feedback_email,
            registration_questions=registration_questions,
            hosts=hosts,
            guest_counts=guest_counts,
            registration_open=registration_open,
            require_approval=require_approval,
            spots_remaining=spots_remaining,
            display_price=display_price,
            access=access,
            tags=tags,
        )

        event_fields.additional_properties = d
        return event_fields

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
