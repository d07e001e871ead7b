from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.location_visibility import LocationVisibility, check_location_visibility
from ..models.name_requirement import NameRequirement, check_name_requirement
from ..models.phone_number_requirement import PhoneNumberRequirement, check_phone_number_requirement
from ..models.visibility import Visibility, check_visibility
from ..models.waitlist_status import WaitlistStatus, check_waitlist_status
from ..types import UNSET, Unset

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="CreateEventRequest")

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
        "name",
        "start_at",
        "timezone",
        "end_at",
        "description_md",
        "cover_url",
        "coordinate",
        "geo_address_json",
        "meeting_url",
        "max_capacity",
        "can_register_for_multiple_tickets",
        "name_requirement",
        "phone_number_requirement",
        "registration_questions",
        "reminders_disabled",
        "feedback_email",
        "show_guest_list",
        "slug",
        "tint_color",
        "visibility",
        "location_visibility",
        "registration_open",
        "waitlist_status",
    }
)


@_attrs_define
class CreateEventRequest(Extras):
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
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        if self.start_at.utcoffset() is None:
            raise ValueError(
                f"start_at: naive datetime {self.start_at.isoformat()} has no UTC offset; "
                "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
            )
        start_at = self.start_at.isoformat()

        timezone = self.timezone

        end_at: str | Unset = UNSET
        if not isinstance(self.end_at, Unset):
            if self.end_at.utcoffset() is None:
                raise ValueError(
                    f"end_at: naive datetime {self.end_at.isoformat()} has no UTC offset; "
                    "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
                )
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

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["name"] = name
        field_dict["start_at"] = start_at
        field_dict["timezone"] = timezone
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
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _name = data["name"]
        _start_at = data["start_at"]
        _timezone = data["timezone"]
        _end_at = data.get("end_at", UNSET)
        _description_md = data.get("description_md", UNSET)
        _cover_url = data.get("cover_url", UNSET)
        _coordinate = data.get("coordinate", UNSET)
        _geo_address_json = data.get("geo_address_json", UNSET)
        _meeting_url = data.get("meeting_url", UNSET)
        _max_capacity = data.get("max_capacity", UNSET)
        _can_register_for_multiple_tickets = data.get("can_register_for_multiple_tickets", UNSET)
        _name_requirement = data.get("name_requirement", UNSET)
        _phone_number_requirement = data.get("phone_number_requirement", UNSET)
        _registration_questions = data.get("registration_questions", UNSET)
        _reminders_disabled = data.get("reminders_disabled", UNSET)
        _feedback_email = data.get("feedback_email", UNSET)
        _show_guest_list = data.get("show_guest_list", UNSET)
        _slug = data.get("slug", UNSET)
        _tint_color = data.get("tint_color", UNSET)
        _visibility = data.get("visibility", UNSET)
        _location_visibility = data.get("location_visibility", UNSET)
        _registration_open = data.get("registration_open", UNSET)
        _waitlist_status = data.get("waitlist_status", UNSET)
        if not (
            _name.__class__ is _STR
            and _timezone.__class__ is _STR
            and (_description_md is UNSET or _description_md.__class__ is _STR)
            and (_cover_url is UNSET or _cover_url.__class__ is _STR)
            and (_geo_address_json is UNSET or (_geo_address_json.__class__ is _DICT))
            and (_meeting_url is UNSET or _meeting_url.__class__ is _STR)
            and (_max_capacity is UNSET or (_max_capacity.__class__ is _INT or _max_capacity is None))
            and (_can_register_for_multiple_tickets is UNSET or _can_register_for_multiple_tickets.__class__ is _BOOL)
            and (
                _phone_number_requirement is UNSET
                or (_phone_number_requirement.__class__ is _STR or _phone_number_requirement is None)
            )
            and (_registration_questions is UNSET or _registration_questions.__class__ is _LIST)
            and (_reminders_disabled is UNSET or _reminders_disabled.__class__ is _BOOL)
            and (_show_guest_list is UNSET or _show_guest_list.__class__ is _BOOL)
            and (_slug is UNSET or _slug.__class__ is _STR)
            and (_tint_color is UNSET or _tint_color.__class__ is _STR)
            and (_registration_open is UNSET or _registration_open.__class__ is _BOOL)
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _name,
            _datetime_from_iso(_start_at),
            _timezone,
            _end_at if _end_at is UNSET else _datetime_from_iso(_end_at),
            _description_md,
            _cover_url,
            _coordinate if _coordinate is UNSET else Coordinate.from_dict(_coordinate),
            _geo_address_json if _geo_address_json is UNSET else _parse_geo_address_json(_geo_address_json),
            _meeting_url,
            _max_capacity,
            _can_register_for_multiple_tickets,
            _name_requirement if _name_requirement is UNSET else check_name_requirement(_name_requirement),
            _phone_number_requirement
            if _phone_number_requirement is UNSET
            else None
            if _phone_number_requirement is None
            else check_phone_number_requirement(_phone_number_requirement),
            _registration_questions
            if _registration_questions is UNSET
            else list(map(_parse_registration_questions_item, _registration_questions)),
            _reminders_disabled,
            _feedback_email if _feedback_email is UNSET else FeedbackEmail.from_dict(_feedback_email),
            _show_guest_list,
            _slug,
            _tint_color,
            _visibility if _visibility is UNSET else check_visibility(_visibility),
            _location_visibility if _location_visibility is UNSET else check_location_visibility(_location_visibility),
            _registration_open,
            _waitlist_status if _waitlist_status is UNSET else check_waitlist_status(_waitlist_status),
        )
        if len(data) > 3 + (_end_at is not UNSET) + (_description_md is not UNSET) + (_cover_url is not UNSET) + (
            _coordinate is not UNSET
        ) + (_geo_address_json is not UNSET) + (_meeting_url is not UNSET) + (_max_capacity is not UNSET) + (
            _can_register_for_multiple_tickets is not UNSET
        ) + (_name_requirement is not UNSET) + (_phone_number_requirement is not UNSET) + (
            _registration_questions is not UNSET
        ) + (_reminders_disabled is not UNSET) + (_feedback_email is not UNSET) + (_show_guest_list is not UNSET) + (
            _slug is not UNSET
        ) + (_tint_color is not UNSET) + (_visibility is not UNSET) + (_location_visibility is not UNSET) + (
            _registration_open is not UNSET
        ) + (_waitlist_status is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_geo_address_json(data: Any) -> GeoAddressInputGoogle | GeoAddressInputManual:
    if isinstance(data, dict):
        try:
            return GeoAddressInputManual.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        return GeoAddressInputGoogle.from_dict(data)
    raise TypeError(f"geo_address_json: no declared type matches {type(data).__name__} {data!r:.80}")


def _parse_registration_questions_item(
    data: Any,
) -> RegistrationQuestionChoice | RegistrationQuestionCompany | RegistrationQuestionSimple | RegistrationQuestionTerms:
    if isinstance(data, dict):
        try:
            return RegistrationQuestionSimple.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return RegistrationQuestionCompany.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return RegistrationQuestionChoice.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        return RegistrationQuestionTerms.from_dict(data)
    raise TypeError(f"registration_questions_item: no declared type matches {type(data).__name__} {data!r:.80}")


from ..models.coordinate import Coordinate
from ..models.feedback_email import FeedbackEmail
from ..models.geo_address_input_google import GeoAddressInputGoogle
from ..models.geo_address_input_manual import GeoAddressInputManual
from ..models.registration_question_choice import RegistrationQuestionChoice
from ..models.registration_question_company import RegistrationQuestionCompany
from ..models.registration_question_simple import RegistrationQuestionSimple
from ..models.registration_question_terms import RegistrationQuestionTerms

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("name", "name", True, str),
    ("start_at", "start_at", True, datetime.datetime),
    ("timezone", "timezone", True, str),
    ("end_at", "end_at", False, datetime.datetime),
    ("description_md", "description_md", False, str),
    ("cover_url", "cover_url", False, str),
    ("coordinate", "coordinate", False, Coordinate),
    (
        "geo_address_json",
        "geo_address_json",
        False,
        (
            "union",
            (
                GeoAddressInputManual,
                GeoAddressInputGoogle,
            ),
        ),
    ),
    ("meeting_url", "meeting_url", False, str),
    (
        "max_capacity",
        "max_capacity",
        False,
        (
            "union",
            (
                int,
                None,
            ),
        ),
    ),
    ("can_register_for_multiple_tickets", "can_register_for_multiple_tickets", False, bool),
    (
        "name_requirement",
        "name_requirement",
        False,
        (
            "enum",
            (
                "first-last",
                "full-name",
            ),
        ),
    ),
    (
        "phone_number_requirement",
        "phone_number_requirement",
        False,
        (
            "union",
            (
                (
                    "enum",
                    (
                        "optional",
                        "required",
                    ),
                ),
                None,
            ),
        ),
    ),
    (
        "registration_questions",
        "registration_questions",
        False,
        (
            "list",
            (
                "union",
                (
                    RegistrationQuestionSimple,
                    RegistrationQuestionCompany,
                    RegistrationQuestionChoice,
                    RegistrationQuestionTerms,
                ),
            ),
        ),
    ),
    ("reminders_disabled", "reminders_disabled", False, bool),
    ("feedback_email", "feedback_email", False, FeedbackEmail),
    ("show_guest_list", "show_guest_list", False, bool),
    ("slug", "slug", False, str),
    ("tint_color", "tint_color", False, str),
    (
        "visibility",
        "visibility",
        False,
        (
            "enum",
            (
                "members-only",
                "private",
                "public",
            ),
        ),
    ),
    (
        "location_visibility",
        "location_visibility",
        False,
        (
            "enum",
            (
                "guests-only",
                "public",
            ),
        ),
    ),
    ("registration_open", "registration_open", False, bool),
    (
        "waitlist_status",
        "waitlist_status",
        False,
        (
            "enum",
            (
                "disabled",
                "enabled",
            ),
        ),
    ),
)
