from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.location_visibility import LocationVisibility, check_location_visibility
from ..models.name_requirement import NameRequirement, check_name_requirement
from ..models.phone_number_requirement import PhoneNumberRequirement, check_phone_number_requirement
from ..models.visibility import Visibility, check_visibility
from ..models.waitlist_status import WaitlistStatus, check_waitlist_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coordinate import Coordinate
    from ..models.feedback_email import FeedbackEmail
    from ..models.geo_address_input_google import GeoAddressInputGoogle
    from ..models.geo_address_input_manual import GeoAddressInputManual
    from ..models.registration_question_choice import RegistrationQuestionChoice
    from ..models.registration_question_company import RegistrationQuestionCompany
    from ..models.registration_question_simple import RegistrationQuestionSimple
    from ..models.registration_question_terms import RegistrationQuestionTerms


T = TypeVar("T", bound="CreateEventRequest")


@_attrs_define
class CreateEventRequest:
    """The new event. `name`, `start_at` and `timezone` are required.

    Attributes:
        name (str): Event title.
        start_at (datetime.datetime): Start time, in UTC or with an explicit offset.
        timezone (str): IANA time zone of the event, such as `America/New_York`.
        end_at (datetime.datetime | Unset): End time, in UTC or with an explicit offset.
        description_md (str | Unset): Description in Markdown; Luma converts it to its own rich-text format. Images are
            written as `![alt](url)`; Luma-specific embeds cannot be expressed.
        cover_url (str | Unset): Cover image, which must already be on Luma's CDN: upload it with the image upload
            operation and pass the returned file URL.
        coordinate (Coordinate | Unset): A point on the map in decimal degrees (WGS 84).
        geo_address_json (GeoAddressInputGoogle | GeoAddressInputManual | Unset): A location to set on an event: either
            a free-text address (`type: manual`) or a Google Maps place (`type: google`). Luma recommends Google Place IDs
            because they geocode reliably.
        meeting_url (str | Unset): Link guests use to join an online event.
        max_capacity (int | None | Unset): Maximum number of registrations; null for no limit. At capacity the event
            shows as sold out. When guests may buy several tickets, every ticket counts towards the limit.
        can_register_for_multiple_tickets (bool | Unset): Whether one registration may include several tickets.
        name_requirement (NameRequirement | Unset): How registrants must give their name: a single full-name field
            (`full-name`) or separate first and last names (`first-last`).
        phone_number_requirement (None | PhoneNumberRequirement | Unset): Whether to ask registrants for a phone number;
            null to not ask.
        registration_questions (list[RegistrationQuestionChoice | RegistrationQuestionCompany |
            RegistrationQuestionSimple | RegistrationQuestionTerms] | Unset): Questions to ask at registration.
        reminders_disabled (bool | Unset): Set to true to stop Luma sending reminder messages before the event.
        feedback_email (FeedbackEmail | Unset): Settings for the feedback email Luma sends to guests after the event.
        show_guest_list (bool | Unset): Whether the guest list is shown on the event page.
        slug (str | Unset): Custom URL path of the event page (3 to 50 characters). Creation fails if it is taken; check
            availability with the entity lookup operation first.
        tint_color (str | Unset): Accent colour as a hex code such as `#bb2dc7`; any alpha component is dropped.
        visibility (Visibility | Unset): Who can find and view the event: everyone (`public`), only members of the
            calendar (`members-only`), or only people with the link (`private`).
        location_visibility (LocationVisibility | Unset): Who may see the event's location on its public page: everyone
            (`public`) or only registered guests (`guests-only`). The API itself always returns the full location.
        registration_open (bool | Unset): Whether people can register.
        waitlist_status (WaitlistStatus | Unset): Whether the waitlist is switched on. When `enabled`, people who
            register after the event is full are put on the waitlist.
    """

    name: str
    start_at: datetime.datetime
    timezone: str
    end_at: datetime.datetime | Unset = UNSET
    description_md: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    coordinate: Coordinate | Unset = UNSET
    geo_address_json: GeoAddressInputGoogle | GeoAddressInputManual | Unset = UNSET
    meeting_url: str | Unset = UNSET
    max_capacity: int | None | Unset = UNSET
    can_register_for_multiple_tickets: bool | Unset = UNSET
    name_requirement: NameRequirement | Unset = UNSET
    phone_number_requirement: None | PhoneNumberRequirement | Unset = UNSET
    registration_questions: (
        list[
            RegistrationQuestionChoice
            | RegistrationQuestionCompany
            | RegistrationQuestionSimple
            | RegistrationQuestionTerms
        ]
        | Unset
    ) = UNSET
    reminders_disabled: bool | Unset = UNSET
    feedback_email: FeedbackEmail | Unset = UNSET
    show_guest_list: bool | Unset = UNSET
    slug: str | Unset = UNSET
    tint_color: str | Unset = UNSET
    visibility: Visibility | Unset = UNSET
    location_visibility: LocationVisibility | Unset = UNSET
    registration_open: bool | Unset = UNSET
    waitlist_status: WaitlistStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.geo_address_input_manual import GeoAddressInputManual  # noqa: PLC0415
        from ..models.registration_question_choice import RegistrationQuestionChoice  # noqa: PLC0415
        from ..models.registration_question_company import RegistrationQuestionCompany  # noqa: PLC0415
        from ..models.registration_question_simple import RegistrationQuestionSimple  # noqa: PLC0415

        name = self.name

        start_at = self.start_at.isoformat()

        timezone = self.timezone

        end_at: str | Unset = UNSET
        if not isinstance(self.end_at, Unset):
            end_at = self.end_at.isoformat()

        description_md = self.description_md

        cover_url = self.cover_url

        coordinate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coordinate, Unset):
            coordinate = self.coordinate.to_dict()

        geo_address_json: dict[str, Any] | Unset
        if isinstance(self.geo_address_json, Unset):
            geo_address_json = UNSET
        elif isinstance(self.geo_address_json, GeoAddressInputManual):
            geo_address_json = self.geo_address_json.to_dict()
        else:
            geo_address_json = self.geo_address_json.to_dict()

        meeting_url = self.meeting_url

        max_capacity: int | None | Unset
        if isinstance(self.max_capacity, Unset):
            max_capacity = UNSET
        else:
            max_capacity = self.max_capacity

        can_register_for_multiple_tickets = self.can_register_for_multiple_tickets

        name_requirement: str | Unset = UNSET
        if not isinstance(self.name_requirement, Unset):
            name_requirement = self.name_requirement

        phone_number_requirement: None | str | Unset
        if isinstance(self.phone_number_requirement, Unset):
            phone_number_requirement = UNSET
        elif isinstance(self.phone_number_requirement, str):
            phone_number_requirement = self.phone_number_requirement
        else:
            phone_number_requirement = self.phone_number_requirement

        registration_questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.registration_questions, Unset):
            registration_questions = []
            for registration_questions_item_data in self.registration_questions:
                registration_questions_item: dict[str, Any]
                if isinstance(registration_questions_item_data, RegistrationQuestionSimple):
                    registration_questions_item = registration_questions_item_data.to_dict()
                elif isinstance(registration_questions_item_data, RegistrationQuestionCompany):
                    registration_questions_item = registration_questions_item_data.to_dict()
                elif isinstance(registration_questions_item_data, RegistrationQuestionChoice):
                    registration_questions_item = registration_questions_item_data.to_dict()
                else:
                    registration_questions_item = registration_questions_item_data.to_dict()

                registration_questions.append(registration_questions_item)

        reminders_disabled = self.reminders_disabled

        feedback_email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feedback_email, Unset):
            feedback_email = self.feedback_email.to_dict()

        show_guest_list = self.show_guest_list

        slug = self.slug

        tint_color = self.tint_color

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility

        location_visibility: str | Unset = UNSET
        if not isinstance(self.location_visibility, Unset):
            location_visibility = self.location_visibility

        registration_open = self.registration_open

        waitlist_status: str | Unset = UNSET
        if not isinstance(self.waitlist_status, Unset):
            waitlist_status = self.waitlist_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "start_at": start_at,
                "timezone": timezone,
            }
        )
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if description_md is not UNSET:
            field_dict["description_md"] = description_md
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if coordinate is not UNSET:
            field_dict["coordinate"] = coordinate
        if geo_address_json is not UNSET:
            field_dict["geo_address_json"] = geo_address_json
        if meeting_url is not UNSET:
            field_dict["meeting_url"] = meeting_url
        if max_capacity is not UNSET:
            field_dict["max_capacity"] = max_capacity
        if can_register_for_multiple_tickets is not UNSET:
            field_dict["can_register_for_multiple_tickets"] = can_register_for_multiple_tickets
        if name_requirement is not UNSET:
            field_dict["name_requirement"] = name_requirement
        if phone_number_requirement is not UNSET:
            field_dict["phone_number_requirement"] = phone_number_requirement
        if registration_questions is not UNSET:
            field_dict["registration_questions"] = registration_questions
        if reminders_disabled is not UNSET:
            field_dict["reminders_disabled"] = reminders_disabled
        if feedback_email is not UNSET:
            field_dict["feedback_email"] = feedback_email
        if show_guest_list is not UNSET:
            field_dict["show_guest_list"] = show_guest_list
        if slug is not UNSET:
            field_dict["slug"] = slug
        if tint_color is not UNSET:
            field_dict["tint_color"] = tint_color
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if location_visibility is not UNSET:
            field_dict["location_visibility"] = location_visibility
        if registration_open is not UNSET:
            field_dict["registration_open"] = registration_open
        if waitlist_status is not UNSET:
            field_dict["waitlist_status"] = waitlist_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coordinate import Coordinate  # noqa: PLC0415
        from ..models.feedback_email import FeedbackEmail  # noqa: PLC0415
        from ..models.geo_address_input_google import GeoAddressInputGoogle  # noqa: PLC0415
        from ..models.geo_address_input_manual import GeoAddressInputManual  # noqa: PLC0415
        from ..models.registration_question_choice import RegistrationQuestionChoice  # noqa: PLC0415
        from ..models.registration_question_company import RegistrationQuestionCompany  # noqa: PLC0415
        from ..models.registration_question_simple import RegistrationQuestionSimple  # noqa: PLC0415
        from ..models.registration_question_terms import RegistrationQuestionTerms  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        start_at = datetime.datetime.fromisoformat(d.pop("start_at"))

        timezone = d.pop("timezone")

        _end_at = d.pop("end_at", UNSET)
        end_at: datetime.datetime | Unset
        if isinstance(_end_at, Unset):
            end_at = UNSET
        else:
            end_at = datetime.datetime.fromisoformat(_end_at)

        description_md = d.pop("description_md", UNSET)

        cover_url = d.pop("cover_url", UNSET)

        _coordinate = d.pop("coordinate", UNSET)
        coordinate: Coordinate | Unset
        if isinstance(_coordinate, Unset):
            coordinate = UNSET
        else:
            coordinate = Coordinate.from_dict(_coordinate)

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

        meeting_url = d.pop("meeting_url", UNSET)

        def _parse_max_capacity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_capacity = _parse_max_capacity(d.pop("max_capacity", UNSET))

        can_register_for_multiple_tickets = d.pop("can_register_for_multiple_tickets", UNSET)

        _name_requirement = d.pop("name_requirement", UNSET)
        name_requirement: NameRequirement | Unset
        if isinstance(_name_requirement, Unset):
            name_requirement = UNSET
        else:
            name_requirement = check_name_requirement(_name_requirement)

        def _parse_phone_number_requirement(data: object) -> None | PhoneNumberRequirement | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phone_number_requirement_type_0 = check_phone_number_requirement(data)

                return phone_number_requirement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhoneNumberRequirement | Unset, data)

        phone_number_requirement = _parse_phone_number_requirement(d.pop("phone_number_requirement", UNSET))

        _registration_questions = d.pop("registration_questions", UNSET)
        registration_questions: (
            list[
                RegistrationQuestionChoice
                | RegistrationQuestionCompany
                | RegistrationQuestionSimple
                | RegistrationQuestionTerms
            ]
            | Unset
        ) = UNSET
        if _registration_questions is not UNSET:
            registration_questions = []
            for registration_questions_item_data in _registration_questions:

                def _parse_registration_questions_item(
                    data: object,
                ) -> (
                    RegistrationQuestionChoice
                    | RegistrationQuestionCompany
                    | RegistrationQuestionSimple
                    | RegistrationQuestionTerms
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_registration_question_input_type_0 = RegistrationQuestionSimple.from_dict(
                            data
                        )

                        return componentsschemas_registration_question_input_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_registration_question_input_type_1 = RegistrationQuestionCompany.from_dict(
                            data
                        )

                        return componentsschemas_registration_question_input_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_registration_question_input_type_2 = RegistrationQuestionChoice.from_dict(
                            data
                        )

                        return componentsschemas_registration_question_input_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_registration_question_input_type_3 = RegistrationQuestionTerms.from_dict(data)

                    return componentsschemas_registration_question_input_type_3

                registration_questions_item = _parse_registration_questions_item(registration_questions_item_data)

                registration_questions.append(registration_questions_item)

        reminders_disabled = d.pop("reminders_disabled", UNSET)

        _feedback_email = d.pop("feedback_email", UNSET)
        feedback_email: FeedbackEmail | Unset
        if isinstance(_feedback_email, Unset):
            feedback_email = UNSET
        else:
            feedback_email = FeedbackEmail.from_dict(_feedback_email)

        show_guest_list = d.pop("show_guest_list", UNSET)

        slug = d.pop("slug", UNSET)

        tint_color = d.pop("tint_color", UNSET)

        _visibility = d.pop("visibility", UNSET)
        visibility: Visibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = check_visibility(_visibility)

        _location_visibility = d.pop("location_visibility", UNSET)
        location_visibility: LocationVisibility | Unset
        if isinstance(_location_visibility, Unset):
            location_visibility = UNSET
        else:
            location_visibility = check_location_visibility(_location_visibility)

        registration_open = d.pop("registration_open", UNSET)

        _waitlist_status = d.pop("waitlist_status", UNSET)
        waitlist_status: WaitlistStatus | Unset
        if isinstance(_waitlist_status, Unset):
            waitlist_status = UNSET
        else:
            waitlist_status = check_waitlist_status(_waitlist_status)

        create_event_request = cls(
            name=name,
            start_at=start_at,
            timezone=timezone,
            end_at=end_at,
            description_md=description_md,
            cover_url=cover_url,
            coordinate=coordinate,
            geo_address_json=geo_address_json,
            meeting_url=meeting_url,
            max_capacity=max_capacity,
            can_register_for_multiple_tickets=can_register_for_multiple_tickets,
            name_requirement=name_requirement,
            phone_number_requirement=phone_number_requirement,
            registration_questions=registration_questions,
            reminders_disabled=reminders_disabled,
            feedback_email=feedback_email,
            show_guest_list=show_guest_list,
            slug=slug,
            tint_color=tint_color,
            visibility=visibility,
            location_visibility=location_visibility,
            registration_open=registration_open,
            waitlist_status=waitlist_status,
        )

        create_event_request.additional_properties = d
        return create_event_request

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
