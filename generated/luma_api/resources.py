"""The resource classes behind ``luma_client.Luma`` and ``AsyncLuma``. Generated: do not edit.

One class per resource path (``/v1/events/guests/list`` is ``events.guests.list``), in four
twins: sync, async, and the raw-response view of each. A class holds names, signatures and
docstrings only; what a call does is up to the invoker it is built with (``luma_client``
supplies it). Operation modules are imported on first call and sub-resources built on first
access, so building a client imports none of them.
"""

from __future__ import annotations

import builtins
from collections.abc import Awaitable, Callable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from luma_client import AsyncPaginator, Paginator, RawResponse

    from .models.add_calendar_event_external_request import AddCalendarEventExternalRequest
    from .models.add_calendar_event_luma_request import AddCalendarEventLumaRequest
    from .models.add_calendar_event_response import AddCalendarEventResponse
    from .models.add_guest_approval_status import AddGuestApprovalStatus
    from .models.add_member_response import AddMemberResponse
    from .models.amount_discount import AmountDiscount
    from .models.apply_contact_tag_response import ApplyContactTagResponse
    from .models.apply_event_tag_response import ApplyEventTagResponse
    from .models.calendar import Calendar
    from .models.calendar_event_entry_luma import CalendarEventEntryLuma
    from .models.calendar_event_sort_column import CalendarEventSortColumn
    from .models.calendar_submission_status_filter import (
        CalendarSubmissionStatusFilter,
    )
    from .models.contact import Contact
    from .models.contact_sort_column import ContactSortColumn
    from .models.coordinate import Coordinate
    from .models.coupon import Coupon
    from .models.create_contact_tag_response import CreateContactTagResponse
    from .models.create_event_response import CreateEventResponse
    from .models.create_event_tag_response import CreateEventTagResponse
    from .models.create_image_upload_url_response import CreateImageUploadUrlResponse
    from .models.empty_response import EmptyResponse
    from .models.event import Event
    from .models.event_access import EventAccess
    from .models.event_platform import EventPlatform
    from .models.external_event import ExternalEvent
    from .models.feedback_email import FeedbackEmail
    from .models.geo_address_input_google import GeoAddressInputGoogle
    from .models.geo_address_input_manual import GeoAddressInputManual
    from .models.guest import Guest
    from .models.guest_approval_status import GuestApprovalStatus
    from .models.guest_input import GuestInput
    from .models.guest_sort_column import GuestSortColumn
    from .models.guest_status_update import GuestStatusUpdate
    from .models.host_access_level import HostAccessLevel
    from .models.image_content_type import ImageContentType
    from .models.import_contacts_entry import ImportContactsEntry
    from .models.list_calendar_admins_response import ListCalendarAdminsResponse
    from .models.list_calendar_coupons_response import ListCalendarCouponsResponse
    from .models.list_calendar_events_response import ListCalendarEventsResponse
    from .models.list_contact_tags_response import ListContactTagsResponse
    from .models.list_contacts_response import ListContactsResponse
    from .models.list_event_coupons_response import ListEventCouponsResponse
    from .models.list_event_guests_response import ListEventGuestsResponse
    from .models.list_event_tags_response import ListEventTagsResponse
    from .models.list_membership_tiers_response import ListMembershipTiersResponse
    from .models.list_organization_admins_response import ListOrganizationAdminsResponse
    from .models.list_organization_calendars_response import ListOrganizationCalendarsResponse
    from .models.list_organization_events_response import ListOrganizationEventsResponse
    from .models.list_ticket_types_response import ListTicketTypesResponse
    from .models.list_webhooks_response import ListWebhooksResponse
    from .models.location_visibility import LocationVisibility
    from .models.lookup_calendar_event_response import LookupCalendarEventResponse
    from .models.lookup_entity_response import LookupEntityResponse
    from .models.member_decision import MemberDecision
    from .models.membership_status import MembershipStatus
    from .models.membership_tier import MembershipTier
    from .models.name_requirement import NameRequirement
    from .models.organization_event import OrganizationEvent
    from .models.percent_discount import PercentDiscount
    from .models.phone_number_requirement import PhoneNumberRequirement
    from .models.registration_answer_input import RegistrationAnswerInput
    from .models.registration_question_choice import RegistrationQuestionChoice
    from .models.registration_question_company import RegistrationQuestionCompany
    from .models.registration_question_simple import RegistrationQuestionSimple
    from .models.registration_question_terms import RegistrationQuestionTerms
    from .models.request_event_cancellation_response import RequestEventCancellationResponse
    from .models.sort_direction import SortDirection
    from .models.tag_color import TagColor
    from .models.ticket_type import TicketType
    from .models.ticket_type_include_hidden import TicketTypeIncludeHidden
    from .models.ticket_type_kind import TicketTypeKind
    from .models.ticket_type_ref import TicketTypeRef
    from .models.unapply_contact_tag_response import UnapplyContactTagResponse
    from .models.unapply_event_tag_response import UnapplyEventTagResponse
    from .models.user import User
    from .models.visibility import Visibility
    from .models.waitlist_status import WaitlistStatus
    from .models.webhook import Webhook
    from .models.webhook_event_type import WebhookEventType
    from .models.webhook_status import WebhookStatus

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Parsed(Protocol[T_co]):
    """A generated ``Response[T]``, read-only so that ``T`` can be inferred."""

    @property
    def parsed(self) -> T_co | None: ...


class Page(Protocol[T_co]):
    """What every list response has: its entries and where the next page starts."""

    @property
    def entries(self) -> Sequence[T_co]: ...

    @property
    def has_more(self) -> bool: ...

    @property
    def next_cursor(self) -> object: ...


class Invoker(Protocol):
    """Runs a generated ``sync_detailed`` function with keyword arguments."""

    def call(self, operation: Callable[..., Parsed[T]], arguments: dict[str, Any], /) -> T: ...

    def paginate(self, operation: Callable[..., Parsed[Page[T]]], arguments: dict[str, Any], /) -> Paginator[T]: ...

    def raw(self, operation: Callable[..., Parsed[T]], arguments: dict[str, Any], /) -> RawResponse[T]: ...


class AsyncInvoker(Protocol):
    """Runs a generated ``asyncio_detailed`` function with keyword arguments."""

    async def call(self, operation: Callable[..., Awaitable[Parsed[T]]], arguments: dict[str, Any], /) -> T: ...

    def paginate(
        self, operation: Callable[..., Awaitable[Parsed[Page[T]]]], arguments: dict[str, Any], /
    ) -> AsyncPaginator[T]: ...

    async def raw(
        self, operation: Callable[..., Awaitable[Parsed[T]]], arguments: dict[str, Any], /
    ) -> RawResponse[T]: ...


class LumaResources:
    """The root of the resource tree."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @cached_property
    def calendars(self) -> CalendarsResource:
        """``calendars``: built on first access."""
        return CalendarsResource(self._invoker)

    @cached_property
    def events(self) -> EventsResource:
        """``events``: built on first access."""
        return EventsResource(self._invoker)

    @cached_property
    def users(self) -> UsersResource:
        """``users``: built on first access."""
        return UsersResource(self._invoker)

    @cached_property
    def entities(self) -> EntitiesResource:
        """``entities``: built on first access."""
        return EntitiesResource(self._invoker)

    @cached_property
    def images(self) -> ImagesResource:
        """``images``: built on first access."""
        return ImagesResource(self._invoker)

    @cached_property
    def memberships(self) -> MembershipsResource:
        """``memberships``: built on first access."""
        return MembershipsResource(self._invoker)

    @cached_property
    def webhooks(self) -> WebhooksResource:
        """``webhooks``: built on first access."""
        return WebhooksResource(self._invoker)

    @cached_property
    def organizations(self) -> OrganizationsResource:
        """``organizations``: built on first access."""
        return OrganizationsResource(self._invoker)


class CalendarsResource:
    """``calendars``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @cached_property
    def events(self) -> CalendarsEventsResource:
        """``calendars.events``: built on first access."""
        return CalendarsEventsResource(self._invoker)

    @cached_property
    def coupons(self) -> CalendarsCouponsResource:
        """``calendars.coupons``: built on first access."""
        return CalendarsCouponsResource(self._invoker)

    @cached_property
    def admins(self) -> CalendarsAdminsResource:
        """``calendars.admins``: built on first access."""
        return CalendarsAdminsResource(self._invoker)

    @cached_property
    def contacts(self) -> CalendarsContactsResource:
        """``calendars.contacts``: built on first access."""
        return CalendarsContactsResource(self._invoker)

    @cached_property
    def contact_tags(self) -> CalendarsContactTagsResource:
        """``calendars.contact_tags``: built on first access."""
        return CalendarsContactTagsResource(self._invoker)

    @cached_property
    def event_tags(self) -> CalendarsEventTagsResource:
        """``calendars.event_tags``: built on first access."""
        return CalendarsEventTagsResource(self._invoker)

    def get(
        self,
    ) -> Calendar:
        """Get the key's calendar

        Returns the calendar the API key belongs to (for organization keys, the calendar selected
        with `x-luma-calendar-id`). There are no parameters. The older singular route wraps the
        calendar in a `calendar` property.

        ``GET /v1/calendars/get``
        (legacy paths: ``/v1/calendar/get``)
        """
        from .api.calendars import get_calendar as _operation

        return self._invoker.call(
            _operation.sync_detailed,
            {},
        )

    def update(
        self,
        *,
        calendar_id: str,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        tint_color: str | Unset = UNSET,
    ) -> Calendar:
        """Update calendar settings

        Changes the name, slug, description, avatar or tint colour of a calendar and returns the
        updated calendar. Only the fields present in the body are touched; everything omitted
        stays as it is. A new avatar has to be uploaded to Luma's CDN first (see
        `create_image_upload_url`). This route has no older alias.

        ``POST /v1/calendars/update``
        """
        from .api.calendars import update_calendar as _operation
        from .models.update_calendar_request import UpdateCalendarRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    calendar_id=calendar_id,
                    name=name,
                    slug=slug,
                    description=description,
                    avatar_url=avatar_url,
                    tint_color=tint_color,
                ),
            },
        )


class EventsResource:
    """``events``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @cached_property
    def hosts(self) -> EventsHostsResource:
        """``events.hosts``: built on first access."""
        return EventsHostsResource(self._invoker)

    @cached_property
    def guests(self) -> EventsGuestsResource:
        """``events.guests``: built on first access."""
        return EventsGuestsResource(self._invoker)

    @cached_property
    def coupons(self) -> EventsCouponsResource:
        """``events.coupons``: built on first access."""
        return EventsCouponsResource(self._invoker)

    @cached_property
    def ticket_types(self) -> EventsTicketTypesResource:
        """``events.ticket_types``: built on first access."""
        return EventsTicketTypesResource(self._invoker)

    def get(
        self,
        *,
        event_id: str,
    ) -> Event:
        """Get an event

        Returns the full admin view of one Luma event, including its hosts, guest counts, pricing
        summary and registration settings. The key's calendar must have manage access to the
        event. The legacy path returns `{event, hosts}` with the hosts next to the event instead
        of inside it.

        ``GET /v1/events/get``
        (legacy paths: ``/v1/event/get``)
        """
        from .api.events import get_event as _operation

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "event_id": event_id,
            },
        )

    def create(
        self,
        *,
        name: str,
        start_at: datetime.datetime,
        timezone: str,
        end_at: datetime.datetime | Unset = UNSET,
        description_md: str | Unset = UNSET,
        cover_url: str | Unset = UNSET,
        coordinate: Coordinate | Unset = UNSET,
        geo_address_json: GeoAddressInputGoogle | GeoAddressInputManual | Unset = UNSET,
        meeting_url: str | Unset = UNSET,
        max_capacity: int | None | Unset = UNSET,
        can_register_for_multiple_tickets: bool | Unset = UNSET,
        name_requirement: NameRequirement | Unset = UNSET,
        phone_number_requirement: None | PhoneNumberRequirement | Unset = UNSET,
        registration_questions: builtins.list[
            RegistrationQuestionChoice
            | RegistrationQuestionCompany
            | RegistrationQuestionSimple
            | RegistrationQuestionTerms
        ]
        | Unset = UNSET,
        reminders_disabled: bool | Unset = UNSET,
        feedback_email: FeedbackEmail | Unset = UNSET,
        show_guest_list: bool | Unset = UNSET,
        slug: str | Unset = UNSET,
        tint_color: str | Unset = UNSET,
        visibility: Visibility | Unset = UNSET,
        location_visibility: LocationVisibility | Unset = UNSET,
        registration_open: bool | Unset = UNSET,
        waitlist_status: WaitlistStatus | Unset = UNSET,
    ) -> CreateEventResponse:
        """Create an event

        Creates a new event managed by the key's calendar and returns its id. Only `name`,
        `start_at` and `timezone` are required; everything else falls back to Luma's (or the
        calendar's) defaults. Upload a cover image first with the image upload operation and pass
        the resulting Luma CDN URL as `cover_url`. Older API versions returned `{api_id}` (and
        briefly `{id, api_id}`).

        ``POST /v1/events/create``
        (legacy paths: ``/v1/event/create``)
        """
        from .api.events import create_event as _operation
        from .models.create_event_request import CreateEventRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
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
                ),
            },
        )

    def update(
        self,
        *,
        event_id: str,
        name: str | Unset = UNSET,
        start_at: datetime.datetime | Unset = UNSET,
        end_at: datetime.datetime | Unset = UNSET,
        timezone: str | Unset = UNSET,
        description_md: str | Unset = UNSET,
        cover_url: str | Unset = UNSET,
        coordinate: Coordinate | Unset = UNSET,
        geo_address_json: GeoAddressInputGoogle | GeoAddressInputManual | Unset = UNSET,
        meeting_url: str | Unset = UNSET,
        max_capacity: int | None | Unset = UNSET,
        can_register_for_multiple_tickets: bool | Unset = UNSET,
        name_requirement: NameRequirement | Unset = UNSET,
        phone_number_requirement: None | PhoneNumberRequirement | Unset = UNSET,
        registration_questions: builtins.list[
            RegistrationQuestionChoice
            | RegistrationQuestionCompany
            | RegistrationQuestionSimple
            | RegistrationQuestionTerms
        ]
        | Unset = UNSET,
        reminders_disabled: bool | Unset = UNSET,
        feedback_email: FeedbackEmail | Unset = UNSET,
        show_guest_list: bool | Unset = UNSET,
        slug: str | Unset = UNSET,
        tint_color: str | Unset = UNSET,
        visibility: Visibility | Unset = UNSET,
        location_visibility: LocationVisibility | Unset = UNSET,
        registration_open: bool | Unset = UNSET,
        waitlist_status: WaitlistStatus | Unset = UNSET,
        suppress_notifications: bool | Unset = UNSET,
    ) -> EmptyResponse:
        """Update an event

        Changes an existing event the key's calendar manages. Only the fields sent are changed;
        every field accepted on creation may be sent. Guests are told about changes to the name,
        time or location unless `suppress_notifications` is true.

        ``POST /v1/events/update``
        (legacy paths: ``/v1/event/update``)
        """
        from .api.events import update_event as _operation
        from .models.update_event_request import UpdateEventRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    name=name,
                    start_at=start_at,
                    end_at=end_at,
                    timezone=timezone,
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
                    suppress_notifications=suppress_notifications,
                ),
            },
        )

    def request_cancellation(
        self,
        *,
        event_id: str,
    ) -> RequestEventCancellationResponse:
        """Request a cancellation token

        First step of cancelling an event: returns a short-lived token (valid for 15 minutes)
        together with how many guests would be affected and whether any of them paid, so the
        caller can decide about refunds before confirming with the cancel operation. Nothing is
        changed yet.

        ``POST /v1/events/cancel/request``
        (legacy paths: ``/v1/event/cancel/request``)
        """
        from .api.events import request_event_cancellation as _operation
        from .models.request_event_cancellation_request import RequestEventCancellationRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                ),
            },
        )

    def cancel(
        self,
        *,
        event_id: str,
        cancellation_token: str,
        should_refund: bool | Unset = UNSET,
    ) -> EmptyResponse:
        """Cancel an event

        Second step of cancelling an event, using the token from the cancellation request. This
        cannot be undone: guests are notified, refunds are issued when requested, the event is
        deleted and an `event.canceled` webhook is sent. `should_refund` must be given when the
        event has paying guests.

        ``POST /v1/events/cancel``
        (legacy paths: ``/v1/event/cancel``)
        """
        from .api.events import cancel_event as _operation
        from .models.cancel_event_request import CancelEventRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    cancellation_token=cancellation_token,
                    should_refund=should_refund,
                ),
            },
        )


class UsersResource:
    """``users``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def get_self(
        self,
    ) -> User:
        """Get the key's owner

        Returns the Luma user who created the API key in use. It takes no parameters, which makes
        it the simplest way to check that a key is valid. The current route returns the user
        object directly; the older singular route wraps it in a `user` property and also carries a
        deprecated `api_id`.

        ``GET /v1/users/get-self``
        (legacy paths: ``/v1/user/get-self``)
        """
        from .api.users import get_self as _operation

        return self._invoker.call(
            _operation.sync_detailed,
            {},
        )


class EntitiesResource:
    """``entities``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def lookup(
        self,
        *,
        slug: str,
    ) -> LookupEntityResponse:
        """Resolve a slug to a calendar or event

        Finds out what a public Luma slug (the path part of a `luma.com/<slug>` address) points
        to: a calendar, an event, or nothing. The `type` of the returned entity says which of the
        two summaries is present; `entity` is null when the slug is unused, so this call also
        tells whether a slug is still free before creating an event with it. The route was called
        `/v1/entity/lookup` until mid-2026, and the earliest spec generations returned only
        `api_id` instead of `id` in the summaries.

        ``GET /v1/entities/lookup``
        (legacy paths: ``/v1/entity/lookup``)
        """
        from .api.entities import lookup_entity as _operation

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "slug": slug,
            },
        )


class ImagesResource:
    """``images``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def create_upload_url(
        self,
        *,
        content_type: ImageContentType | None | Unset = UNSET,
    ) -> CreateImageUploadUrlResponse:
        """Get a pre-signed image upload URL

        Starts an image upload to Luma's CDN. The response holds a pre-signed `upload_url`: send
        the image bytes to it with an HTTP `PUT` (without the Luma API key, the URL carries its
        own authorisation). Afterwards the image is served from `file_url`, which can be passed as
        an event's `cover_url` or a calendar's `avatar_url`; both fields only accept images hosted
        on `images.lumacdn.com`. Older spec generations also required `purpose: event-cover` in
        the body.

        ``POST /v1/images/create-upload-url``
        """
        from .api.images import create_image_upload_url as _operation
        from .models.create_image_upload_url_request import CreateImageUploadUrlRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    content_type=content_type,
                ),
            },
        )


class MembershipsResource:
    """``memberships``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @cached_property
    def tiers(self) -> MembershipsTiersResource:
        """``memberships.tiers``: built on first access."""
        return MembershipsTiersResource(self._invoker)

    @cached_property
    def members(self) -> MembershipsMembersResource:
        """``memberships.members``: built on first access."""
        return MembershipsMembersResource(self._invoker)


class WebhooksResource:
    """``webhooks``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> Paginator[Webhook]:
        """List webhooks

        Returns the calendar's webhook endpoints, one page at a time. Each entry includes the
        endpoint's signing secret in full, so treat the response as sensitive.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/webhooks/list``
        """
        from .api.webhooks import list_webhooks as _operation

        return self._invoker.paginate(
            _operation.sync_detailed,
            {
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )

    def get(
        self,
        *,
        id: str,
    ) -> Webhook:
        """Get a webhook

        Returns one webhook endpoint of the calendar, including its signing secret. The older
        `/v1/webhooks/get` route returns the same object wrapped as `{"webhook": {...}}`.

        ``GET /v2/webhooks/get``
        (legacy paths: ``/v1/webhooks/get``)
        """
        from .api.webhooks import get_webhook as _operation

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "id": id,
            },
        )

    def create(
        self,
        *,
        url: str,
        event_types: builtins.list[WebhookEventType],
    ) -> Webhook:
        """Create a webhook

        Registers a new endpoint that Luma will POST notifications to for the chosen event types
        (`*` subscribes to all of them). Luma pings the URL while creating the webhook; if that
        verification request does not succeed, creation fails with 400. The response contains the
        new webhook, including its secret. The older `/v1/webhooks/create` route wraps the result
        as `{"webhook": {...}}`.

        ``POST /v2/webhooks/create``
        (legacy paths: ``/v1/webhooks/create``)
        """
        from .api.webhooks import create_webhook as _operation
        from .models.create_webhook_request import CreateWebhookRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    url=url,
                    event_types=event_types,
                ),
            },
        )

    def update(
        self,
        *,
        id: str,
        event_types: builtins.list[WebhookEventType] | Unset = UNSET,
        status: WebhookStatus | Unset = UNSET,
    ) -> Webhook:
        """Update a webhook

        Changes which event types a webhook receives and/or pauses or reactivates it. Fields left
        out stay as they are. The URL cannot be changed: delete the webhook and create a new one
        instead. The older `/v1/webhooks/update` route wraps the result as `{"webhook": {...}}`.

        ``POST /v2/webhooks/update``
        (legacy paths: ``/v1/webhooks/update``)
        """
        from .api.webhooks import update_webhook as _operation
        from .models.update_webhook_request import UpdateWebhookRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    id=id,
                    event_types=event_types,
                    status=status,
                ),
            },
        )

    def delete(
        self,
        *,
        id: str,
    ) -> EmptyResponse:
        """Delete a webhook

        Removes a webhook endpoint permanently; Luma stops sending notifications to it.

        ``POST /v1/webhooks/delete``
        """
        from .api.webhooks import delete_webhook as _operation
        from .models.delete_webhook_request import DeleteWebhookRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    id=id,
                ),
            },
        )


class OrganizationsResource:
    """``organizations``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @cached_property
    def admins(self) -> OrganizationsAdminsResource:
        """``organizations.admins``: built on first access."""
        return OrganizationsAdminsResource(self._invoker)

    @cached_property
    def calendars(self) -> OrganizationsCalendarsResource:
        """``organizations.calendars``: built on first access."""
        return OrganizationsCalendarsResource(self._invoker)

    @cached_property
    def events(self) -> OrganizationsEventsResource:
        """``organizations.events``: built on first access."""
        return OrganizationsEventsResource(self._invoker)


class CalendarsEventsResource:
    """``calendars.events``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        before: datetime.datetime | Unset = UNSET,
        after: datetime.datetime | Unset = UNSET,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        sort_column: CalendarEventSortColumn | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        platforms: builtins.list[EventPlatform] | Unset = UNSET,
        status: CalendarSubmissionStatusFilter | Unset = UNSET,
        access: builtins.list[EventAccess] | Unset = UNSET,
    ) -> Paginator[CalendarEventEntryLuma | ExternalEvent]:
        """List the calendar's events

        Returns one page of the events the key's calendar manages, newest or oldest first
        depending on `sort_direction`. Events that are merely featured on the calendar without
        being managed by it are not included. By default only Luma-platform events whose
        submission is approved come back; use `platforms` to also (or only) get external events
        and `status` to see submissions that are still waiting for review. Each entry is the event
        itself (not wrapped), tagged with `platform` (`luma` or `external`), plus the event tags
        applied on this calendar, the user who submitted it and the calendar's access level.
        Entries the calendar can only view carry a city-level location and leave out
        `meeting_url`, `registration_questions` and `feedback_email`. The legacy path wraps every
        entry as `{api_id, event, tags}` instead.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/calendars/events/list``
        (legacy paths: ``/v1/calendar/list-events``)
        """
        from .api.calendar_events import list_calendar_events as _operation

        return self._invoker.paginate(
            _operation.sync_detailed,
            {
                "before": before,
                "after": after,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
                "platforms": platforms,
                "status": status,
                "access": access,
            },
        )

    def lookup(
        self,
        *,
        platform: EventPlatform | Unset = UNSET,
        url: str | Unset = UNSET,
        event_id: str | Unset = UNSET,
    ) -> LookupCalendarEventResponse:
        """Look up an event on the calendar

        Checks whether an event is already on the key's calendar and, if so, what state its
        submission is in. Identify a Luma event by `event_id`, or an external event by
        `platform=external` plus its `url`. All parameters are optional in Luma's schema, but one
        of those two combinations is needed to find anything. Returns `{"event": null}` when the
        calendar does not have the event.

        ``GET /v1/calendars/events/lookup``
        (legacy paths: ``/v1/calendar/lookup-event``)
        """
        from .api.calendar_events import lookup_calendar_event as _operation

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "platform": platform,
                "url_query": url,
                "event_id": event_id,
            },
        )

    def add(
        self,
        *,
        body: AddCalendarEventExternalRequest | AddCalendarEventLumaRequest,
    ) -> AddCalendarEventResponse:
        """Add an event to the calendar

        Puts an existing Luma event, or an event hosted elsewhere (`platform: external`), on the
        key's calendar. Events added by a calendar manager are approved straight away unless
        `submission_mode` is `pending`, in which case they wait in the calendar's review queue
        (see approve/reject). On calendars set to require manage access, submitting a Luma event
        you manage can hand the calendar manage access once the submission is approved. Adding the
        same Luma event twice fails with an error saying it has already been submitted.

        ``POST /v1/calendars/events/add``
        (legacy paths: ``/v1/calendar/add-event``)
        """
        from .api.calendar_events import add_calendar_event as _operation

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": body,
            },
        )

    def approve(
        self,
        *,
        calendar_event_id: str,
    ) -> EmptyResponse:
        """Approve a pending event submission

        Accepts an event that was submitted to the key's calendar and is waiting for review, so it
        shows up on the calendar. The person who submitted it is notified.

        ``POST /v1/calendars/events/approve``
        (legacy paths: ``/v1/calendar/approve-event``)
        """
        from .api.calendar_events import approve_calendar_event as _operation
        from .models.approve_calendar_event_request import ApproveCalendarEventRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    calendar_event_id=calendar_event_id,
                ),
            },
        )

    def reject(
        self,
        *,
        calendar_event_id: str,
        message: str | Unset = UNSET,
    ) -> EmptyResponse:
        """Reject a pending event submission

        Declines an event that was submitted to the key's calendar and is waiting for review,
        optionally with a note explaining why.

        ``POST /v1/calendars/events/reject``
        (legacy paths: ``/v1/calendar/reject-event``)
        """
        from .api.calendar_events import reject_calendar_event as _operation
        from .models.reject_calendar_event_request import RejectCalendarEventRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    calendar_event_id=calendar_event_id,
                    message=message,
                ),
            },
        )


class CalendarsCouponsResource:
    """``calendars.coupons``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> Paginator[Coupon]:
        """List the calendar's coupons

        Returns the coupons defined on the calendar itself, which apply to every event the
        calendar manages, one page at a time. Event-specific coupons are listed by
        `list_event_coupons`.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/calendars/coupons/list``
        (legacy paths: ``/v1/calendar/coupons``)
        """
        from .api.calendar_coupons import list_calendar_coupons as _operation

        return self._invoker.paginate(
            _operation.sync_detailed,
            {
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )

    def create(
        self,
        *,
        code: str,
        discount: AmountDiscount | PercentDiscount,
        remaining_count: int | Unset = UNSET,
        valid_start_at: datetime.datetime | None | Unset = UNSET,
        valid_end_at: datetime.datetime | None | Unset = UNSET,
    ) -> Coupon:
        """Create a calendar coupon

        Creates a discount code that guests can use on any event of the calendar: either a
        percentage or a fixed amount in a given currency off the ticket price. The discount cannot
        be changed later, and the same code should not also be created on one of the calendar's
        events. Returns the new coupon; the legacy route wraps it as `{"coupon": ...}`.

        ``POST /v1/calendars/coupons/create``
        (legacy paths: ``/v1/calendar/coupons/create``)
        """
        from .api.calendar_coupons import create_calendar_coupon as _operation
        from .models.create_calendar_coupon_request import CreateCalendarCouponRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    code=code,
                    discount=discount,
                    remaining_count=remaining_count,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                ),
            },
        )

    def update(
        self,
        *,
        code: str,
        remaining_count: int | Unset = UNSET,
        valid_start_at: datetime.datetime | None | Unset = UNSET,
        valid_end_at: datetime.datetime | None | Unset = UNSET,
    ) -> EmptyResponse:
        """Update a calendar coupon

        Changes how many more times a calendar coupon can be used and the window in which it is
        valid. The coupon is identified by its code; its discount cannot be changed. Fields that
        are omitted stay as they are. (The oldest version of this route accepted only the
        remaining count.)

        ``POST /v1/calendars/coupons/update``
        (legacy paths: ``/v1/calendar/coupons/update``)
        """
        from .api.calendar_coupons import update_calendar_coupon as _operation
        from .models.update_calendar_coupon_request import UpdateCalendarCouponRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    code=code,
                    remaining_count=remaining_count,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                ),
            },
        )


class CalendarsAdminsResource:
    """``calendars.admins``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
    ) -> ListCalendarAdminsResponse:
        """List calendar admins

        Returns every admin of the key's calendar in one response; the list is not paginated and
        takes no parameters. Older routes additionally return a deprecated `api_id` on each admin.

        ``GET /v1/calendars/admins/list``
        (legacy paths: ``/v1/calendar/admins/list``)
        """
        from .api.calendars import list_calendar_admins as _operation

        return self._invoker.call(
            _operation.sync_detailed,
            {},
        )


class CalendarsContactsResource:
    """``calendars.contacts``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        query: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        calendar_membership_tier_id: str | Unset = UNSET,
        membership_status: MembershipStatus | Unset = UNSET,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        sort_column: ContactSortColumn | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
    ) -> Paginator[Contact]:
        """List calendar contacts

        Pages through the people connected to the calendar (its contacts, including members of
        membership tiers), optionally narrowed by a search string, tags, membership tier or
        membership status, and sorted by one of the supported columns. On the legacy
        `/v1/calendar/list-people` route the status filter is called `member_status`, the tier
        filter was `calendar_membership_tier_api_id` in the oldest generation, and early
        generations took `tags` as one comma-separated string instead of a repeated parameter.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/calendars/contacts/list``
        (legacy paths: ``/v1/calendar/list-people``)
        """
        from .api.contacts import list_contacts as _operation

        return self._invoker.paginate(
            _operation.sync_detailed,
            {
                "query": query,
                "tags": tags,
                "calendar_membership_tier_id": calendar_membership_tier_id,
                "membership_status": membership_status,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
            },
        )

    def import_(
        self,
        *,
        contacts: builtins.list[ImportContactsEntry],
        tags: builtins.list[str] | None | Unset = UNSET,
    ) -> EmptyResponse:
        """Import contacts

        Adds people to the calendar's contacts by email address, optionally with a name and with
        tags applied to all of them. When a person's Luma account already has a name, the imported
        name does not replace it. The legacy `/v1/calendar/import-people` route takes the list as
        `infos` and the tags as `tag_ids` (or, in the oldest generations, `tag_api_ids` /
        `tag_names`, where unknown tag names were not created).

        ``POST /v1/calendars/contacts/import``
        (legacy paths: ``/v1/calendar/import-people``)
        """
        from .api.contacts import import_contacts as _operation
        from .models.import_contacts_request import ImportContactsRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    contacts=contacts,
                    tags=tags,
                ),
            },
        )

    def block(
        self,
        *,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> EmptyResponse:
        """Block a contact

        Blocks a person on the calendar. Identify the contact by `contact_id`, by `email`, or by
        both; at least one of the two must be sent. A blocked contact can be brought back with
        `restore_contact`. This route is new in the latest spec generation; its response body has
        not been captured and is modelled here as an empty object, so treat any content as
        informational.

        ``POST /v1/calendars/contacts/block``
        """
        from .api.contacts import block_contact as _operation
        from .models.block_contact_request import BlockContactRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    contact_id=contact_id,
                    email=email,
                ),
            },
        )

    def remove(
        self,
        *,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> EmptyResponse:
        """Remove a contact

        Removes a person from the calendar's contacts. Identify the contact by `contact_id`, by
        `email`, or by both; at least one of the two must be sent. A removed contact can be
        brought back with `restore_contact`. This route is new in the latest spec generation; its
        response body has not been captured and is modelled here as an empty object.

        ``POST /v1/calendars/contacts/remove``
        """
        from .api.contacts import remove_contact as _operation
        from .models.remove_contact_request import RemoveContactRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    contact_id=contact_id,
                    email=email,
                ),
            },
        )

    def restore(
        self,
        *,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> EmptyResponse:
        """Restore a contact

        Undoes an earlier block or removal, making the person a regular contact of the calendar
        again. Identify the contact by `contact_id`, by `email`, or by both; at least one of the
        two must be sent. This route is new in the latest spec generation; its response body has
        not been captured and is modelled here as an empty object.

        ``POST /v1/calendars/contacts/restore``
        """
        from .api.contacts import restore_contact as _operation
        from .models.restore_contact_request import RestoreContactRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    contact_id=contact_id,
                    email=email,
                ),
            },
        )


class CalendarsContactTagsResource:
    """``calendars.contact_tags``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
    ) -> ListContactTagsResponse:
        """List contact tags

        Returns all tags defined for the calendar's contacts in one response, without parameters
        or pagination. The oldest generations of the legacy `/v1/calendar/list-person-tags` route
        were paginated, sortable and returned `api_id` and `created_at` per tag.

        ``GET /v1/calendars/contact-tags/list``
        (legacy paths: ``/v1/calendar/list-person-tags``)
        """
        from .api.contact_tags import list_contact_tags as _operation

        return self._invoker.call(
            _operation.sync_detailed,
            {},
        )

    def create(
        self,
        *,
        name: str,
        color: None | TagColor | Unset = UNSET,
    ) -> CreateContactTagResponse:
        """Create a contact tag

        Defines a new tag for the calendar's contacts and returns its id. The colour is optional.
        Older routes return the id as `tag_id` (plus a deprecated `tag_api_id`) or only as
        `tag_api_id`.

        ``POST /v1/calendars/contact-tags/create``
        (legacy paths: ``/v1/calendar/create-person-tag``)
        """
        from .api.contact_tags import create_contact_tag as _operation
        from .models.create_contact_tag_request import CreateContactTagRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    name=name,
                    color=color,
                ),
            },
        )

    def update(
        self,
        *,
        tag_id: str,
        name: str | Unset = UNSET,
        color: TagColor | Unset = UNSET,
    ) -> EmptyResponse:
        """Update a contact tag

        Renames a contact tag or changes its colour; omitted fields keep their value. Early
        generations of the legacy route identified the tag with `tag_api_id`.

        ``POST /v1/calendars/contact-tags/update``
        (legacy paths: ``/v1/calendar/update-person-tag``)
        """
        from .api.contact_tags import update_contact_tag as _operation
        from .models.update_contact_tag_request import UpdateContactTagRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    tag_id=tag_id,
                    name=name,
                    color=color,
                ),
            },
        )

    def delete(
        self,
        *,
        tag_id: str,
    ) -> EmptyResponse:
        """Delete a contact tag

        Deletes a contact tag from the calendar. Early generations of the legacy route identified
        the tag with `tag_api_id`.

        ``POST /v1/calendars/contact-tags/delete``
        (legacy paths: ``/v1/calendar/delete-person-tag``)
        """
        from .api.contact_tags import delete_contact_tag as _operation
        from .models.delete_contact_tag_request import DeleteContactTagRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    tag_id=tag_id,
                ),
            },
        )

    def apply(
        self,
        *,
        tag: str,
        user_ids: builtins.list[str] | Unset = UNSET,
        emails: builtins.list[str] | Unset = UNSET,
    ) -> ApplyContactTagResponse:
        """Tag contacts

        Adds a tag to existing contacts, selected by user id and/or email address. It never
        creates contacts: people who are not contacts of the calendar are counted as skipped. The
        tag can be given by id or by name. Early generations of the legacy route called the user
        list `user_api_ids`.

        ``POST /v1/calendars/contact-tags/apply``
        (legacy paths: ``/v1/calendar/person-tags/apply``)
        """
        from .api.contact_tags import apply_contact_tag as _operation
        from .models.apply_contact_tag_request import ApplyContactTagRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    tag=tag,
                    user_ids=user_ids,
                    emails=emails,
                ),
            },
        )

    def unapply(
        self,
        *,
        tag: str,
        user_ids: builtins.list[str] | Unset = UNSET,
        emails: builtins.list[str] | Unset = UNSET,
    ) -> UnapplyContactTagResponse:
        """Untag contacts

        Takes a tag off contacts, selected by user id and/or email address. People who are not
        contacts of the calendar are counted as skipped. The tag can be given by id or by name.

        ``POST /v1/calendars/contact-tags/unapply``
        (legacy paths: ``/v1/calendar/person-tags/unapply``)
        """
        from .api.contact_tags import unapply_contact_tag as _operation
        from .models.unapply_contact_tag_request import UnapplyContactTagRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    tag=tag,
                    user_ids=user_ids,
                    emails=emails,
                ),
            },
        )


class CalendarsEventTagsResource:
    """``calendars.event_tags``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
    ) -> ListEventTagsResponse:
        """List event tags

        Returns all tags the calendar uses for its events in one response, without parameters or
        pagination. The legacy singular route returned only `entries`.

        ``GET /v1/calendars/event-tags/list``
        (legacy paths: ``/v1/calendar/event-tags/list``)
        """
        from .api.event_tags import list_event_tags as _operation

        return self._invoker.call(
            _operation.sync_detailed,
            {},
        )

    def create(
        self,
        *,
        name: str,
        color: None | TagColor | Unset = UNSET,
    ) -> CreateEventTagResponse:
        """Create an event tag

        Defines a new tag for the calendar's events and returns its id. The colour is optional.
        The legacy singular route returns `tag_id` and a deprecated `tag_api_id` instead of `id`.

        ``POST /v1/calendars/event-tags/create``
        (legacy paths: ``/v1/calendar/event-tags/create``)
        """
        from .api.event_tags import create_event_tag as _operation
        from .models.create_event_tag_request import CreateEventTagRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    name=name,
                    color=color,
                ),
            },
        )

    def update(
        self,
        *,
        tag_id: str,
        name: str | Unset = UNSET,
        color: TagColor | Unset = UNSET,
    ) -> EmptyResponse:
        """Update an event tag

        Renames an event tag or changes its colour; omitted fields keep their value.

        ``POST /v1/calendars/event-tags/update``
        (legacy paths: ``/v1/calendar/event-tags/update``)
        """
        from .api.event_tags import update_event_tag as _operation
        from .models.update_event_tag_request import UpdateEventTagRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    tag_id=tag_id,
                    name=name,
                    color=color,
                ),
            },
        )

    def delete(
        self,
        *,
        tag_id: str,
    ) -> EmptyResponse:
        """Delete an event tag

        Deletes an event tag from the calendar.

        ``POST /v1/calendars/event-tags/delete``
        (legacy paths: ``/v1/calendar/event-tags/delete``)
        """
        from .api.event_tags import delete_event_tag as _operation
        from .models.delete_event_tag_request import DeleteEventTagRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    tag_id=tag_id,
                ),
            },
        )

    def apply(
        self,
        *,
        tag: str,
        event_ids: builtins.list[str],
    ) -> ApplyEventTagResponse:
        """Tag events

        Adds a tag to one or more events. Events that are not on this calendar are counted as
        skipped. The tag can be given by id or by name.

        ``POST /v1/calendars/event-tags/apply``
        (legacy paths: ``/v1/calendar/event-tags/apply``)
        """
        from .api.event_tags import apply_event_tag as _operation
        from .models.apply_event_tag_request import ApplyEventTagRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    tag=tag,
                    event_ids=event_ids,
                ),
            },
        )

    def unapply(
        self,
        *,
        tag: str,
        event_ids: builtins.list[str],
    ) -> UnapplyEventTagResponse:
        """Untag events

        Takes a tag off one or more events. Events that are not on this calendar are counted as
        skipped. The tag can be given by id or by name.

        ``POST /v1/calendars/event-tags/unapply``
        (legacy paths: ``/v1/calendar/event-tags/unapply``)
        """
        from .api.event_tags import unapply_event_tag as _operation
        from .models.unapply_event_tag_request import UnapplyEventTagRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    tag=tag,
                    event_ids=event_ids,
                ),
            },
        )


class EventsHostsResource:
    """``events.hosts``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def add(
        self,
        *,
        event_id: str,
        email: str,
        access_level: HostAccessLevel | None | Unset = UNSET,
        is_visible: bool | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> EmptyResponse:
        """Add a host to an event

        Adds a person, identified by email, as a host or check-in helper of an event the key's
        calendar manages. By default the new host is a manager and is shown on the event page.

        ``POST /v1/events/hosts/add``
        (legacy paths: ``/v1/event/hosts/create``, ``/v1/event/add-host``)
        """
        from .api.hosts import add_event_host as _operation
        from .models.add_event_host_request import AddEventHostRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    email=email,
                    access_level=access_level,
                    is_visible=is_visible,
                    name=name,
                ),
            },
        )

    def update(
        self,
        *,
        event_id: str,
        email: str,
        access_level: HostAccessLevel | Unset = UNSET,
        is_visible: bool | Unset = UNSET,
    ) -> EmptyResponse:
        """Update an event host

        Changes the access level or visibility of one of an event's hosts, identified by email.
        The access level of the person who created the event cannot be changed.

        ``POST /v1/events/hosts/update``
        (legacy paths: ``/v1/event/hosts/update``)
        """
        from .api.hosts import update_event_host as _operation
        from .models.update_event_host_request import UpdateEventHostRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    email=email,
                    access_level=access_level,
                    is_visible=is_visible,
                ),
            },
        )

    def remove(
        self,
        *,
        event_id: str,
        email: str,
    ) -> EmptyResponse:
        """Remove an event host

        Takes a person, identified by email, off an event's host list. The event's creator cannot
        be removed.

        ``POST /v1/events/hosts/remove``
        (legacy paths: ``/v1/event/hosts/remove``)
        """
        from .api.hosts import remove_event_host as _operation
        from .models.remove_event_host_request import RemoveEventHostRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    email=email,
                ),
            },
        )


class EventsGuestsResource:
    """``events.guests``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def get(
        self,
        *,
        event_id: str,
        id: str,
    ) -> Guest:
        """Get a guest of an event

        Returns one guest of an event the calendar manages, including the guest's ticket orders
        (`event_ticket_orders`, with any coupon that was applied), which the guest list leaves
        out. The guest can be identified in several ways: by guest id, by ticket key, by the guest
        key from the check-in QR code, or by the email address the guest registered with. The
        legacy route wraps the guest in a `{"guest": ...}` envelope and takes older parameter
        names (`api_id`, `email`, `proxy_key`); this route returns the bare guest.

        ``GET /v1/events/guests/get``
        (legacy paths: ``/v1/event/get-guest``)
        """
        from .api.guests import get_event_guest as _operation

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "event_id": event_id,
                "id": id,
            },
        )

    def list(
        self,
        *,
        event_id: str,
        approval_status: GuestApprovalStatus | Unset = UNSET,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        sort_column: GuestSortColumn | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
    ) -> Paginator[Guest]:
        """List the guests of an event

        Returns the guests of an event the calendar manages, one page at a time, optionally
        filtered by approval status and sorted. Entries do not carry `event_ticket_orders`; fetch
        a single guest for those. Hosts of the event also show up in the list, with the status
        `invited`. The legacy route wraps each entry as `{"api_id": ..., "guest": {...}}` (newer
        versions of it also repeat the guest fields at the top level); this route returns the
        guest objects directly.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/events/guests/list``
        (legacy paths: ``/v1/event/get-guests``)
        """
        from .api.guests import list_event_guests as _operation

        return self._invoker.paginate(
            _operation.sync_detailed,
            {
                "event_id": event_id,
                "approval_status": approval_status,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
            },
        )

    def add(
        self,
        *,
        event_id: str,
        guests: builtins.list[GuestInput],
        registration_answers: builtins.list[RegistrationAnswerInput] | Unset = UNSET,
        ticket: None | TicketTypeRef | Unset = UNSET,
        tickets: builtins.list[TicketTypeRef] | None | Unset = UNSET,
        approval_status: AddGuestApprovalStatus | None | Unset = UNSET,
        send_email: bool | None | Unset = UNSET,
    ) -> EmptyResponse:
        """Add guests to an event

        Registers people directly as guests of an event, without them going through the
        registration form. Unless told otherwise, each guest is marked as going (`approved`),
        receives one ticket of the event's default ticket type and gets a confirmation email.
        Tickets issued this way are complimentary: payment and approval are skipped. Choose the
        tickets with either `ticket` (one ticket of that type for every guest) or `tickets` (every
        listed ticket for every guest), never both. To invite people without registering them, use
        `send_event_invites` instead.

        ``POST /v1/events/guests/add``
        (legacy paths: ``/v1/event/add-guests``)
        """
        from .api.guests import add_event_guests as _operation
        from .models.add_event_guests_request import AddEventGuestsRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    guests=guests,
                    registration_answers=registration_answers,
                    ticket=ticket,
                    tickets=tickets,
                    approval_status=approval_status,
                    send_email=send_email,
                ),
            },
        )

    def send_invites(
        self,
        *,
        event_id: str,
        guests: builtins.list[GuestInput],
        message: None | str | Unset = UNSET,
    ) -> EmptyResponse:
        """Invite people to an event

        Sends invitations to an event by email, and also by text message when the invitee's phone
        number is linked to their Luma account. Invitees are not registered or marked as going;
        they decide themselves whether to register. An optional short personal message can be
        included.

        ``POST /v1/events/guests/send-invites``
        (legacy paths: ``/v1/event/send-invites``)
        """
        from .api.guests import send_event_invites as _operation
        from .models.send_event_invites_request import SendEventInvitesRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    guests=guests,
                    message=message,
                ),
            },
        )

    def update_status(
        self,
        *,
        event_id: str,
        guest_id: str,
        status: GuestStatusUpdate,
        should_refund: bool | Unset = False,
        send_email: bool | None | Unset = UNSET,
        message: None | str | Unset = UNSET,
    ) -> EmptyResponse:
        """Change a guest's approval status

        Approves or declines a guest, or moves them back to pending approval or onto the waitlist.
        By default the guest is emailed about the change; a short message can be added to that
        email. When a paying guest is moved out of `approved`, set `should_refund` to refund them.
        The legacy route only knows `approved` and `declined` and identifies the guest with a
        `guest` object (`{"type": "email", "email": ...}` or `{"type": "api_id", "api_id": ...}`)
        instead of `guest_id`. To offer someone a place they can accept themselves, send an invite
        instead.

        ``POST /v1/events/guests/update-status``
        (legacy paths: ``/v1/event/update-guest-status``)
        """
        from .api.guests import update_event_guest_status as _operation
        from .models.update_event_guest_status_request import UpdateEventGuestStatusRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    guest_id=guest_id,
                    status=status,
                    should_refund=should_refund,
                    send_email=send_email,
                    message=message,
                ),
            },
        )

    def update_tickets(
        self,
        *,
        event_id: str,
        guest_id: str,
        ticket_ids_to_remove: builtins.list[str] | Unset = UNSET,
        tickets_to_add: builtins.list[TicketTypeRef] | Unset = UNSET,
        send_email: bool | Unset = UNSET,
    ) -> EmptyResponse:
        """Add or remove tickets of a guest

        Changes the tickets an existing guest holds: removes the listed tickets and adds new ones
        of the given ticket types. Added tickets are complimentary (free of charge) and removed
        tickets are not refunded. This route is recent and has no legacy alias. Its response body
        has not been captured; it is modelled as the empty object `{}` that Luma's other write
        operations return, so clients should not rely on its content.

        ``POST /v1/events/guests/update-tickets``
        """
        from .api.guests import update_event_guest_tickets as _operation
        from .models.update_event_guest_tickets_request import UpdateEventGuestTicketsRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    guest_id=guest_id,
                    ticket_ids_to_remove=ticket_ids_to_remove,
                    tickets_to_add=tickets_to_add,
                    send_email=send_email,
                ),
            },
        )


class EventsCouponsResource:
    """``events.coupons``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        event_id: str,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> Paginator[Coupon]:
        """List the coupons of an event

        Returns the coupons and unlock codes that belong to one event, one page at a time. Coupons
        created on the calendar (valid for all of its events) are listed by
        `list_calendar_coupons` instead.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/events/coupons/list``
        (legacy paths: ``/v1/event/coupons``)
        """
        from .api.event_coupons import list_event_coupons as _operation

        return self._invoker.paginate(
            _operation.sync_detailed,
            {
                "event_id": event_id,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )

    def create(
        self,
        *,
        event_id: str,
        code: str,
        discount: AmountDiscount | PercentDiscount,
        remaining_count: int | Unset = UNSET,
        valid_start_at: datetime.datetime | None | Unset = UNSET,
        valid_end_at: datetime.datetime | None | Unset = UNSET,
        event_ticket_type_id: str | Unset = UNSET,
    ) -> Coupon:
        """Create an event coupon

        Creates a discount code for one event, either a percentage or a fixed amount off.
        Restricting the coupon to a ticket type with `event_ticket_type_id` limits it to that
        type; when the type is hidden, the code works as an unlock code that reveals it. The
        discount cannot be changed after creation (only usage count and validity window can), and
        a code should not also exist as a calendar coupon. Returns the new coupon; the legacy
        route wraps it as `{"coupon": ...}`.

        ``POST /v1/events/coupons/create``
        (legacy paths: ``/v1/event/create-coupon``)
        """
        from .api.event_coupons import create_event_coupon as _operation
        from .models.create_event_coupon_request import CreateEventCouponRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    code=code,
                    discount=discount,
                    remaining_count=remaining_count,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                    event_ticket_type_id=event_ticket_type_id,
                ),
            },
        )

    def update(
        self,
        *,
        event_id: str,
        code: str,
        remaining_count: int | Unset = UNSET,
        valid_start_at: datetime.datetime | None | Unset = UNSET,
        valid_end_at: datetime.datetime | None | Unset = UNSET,
    ) -> EmptyResponse:
        """Update an event coupon

        Changes how many more times an event coupon can be used and the window in which it is
        valid. The coupon is identified by its code. Its discount cannot be changed; create a new
        coupon for different terms. Fields that are omitted stay as they are.

        ``POST /v1/events/coupons/update``
        (legacy paths: ``/v1/event/update-coupon``)
        """
        from .api.event_coupons import update_event_coupon as _operation
        from .models.update_event_coupon_request import UpdateEventCouponRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    code=code,
                    remaining_count=remaining_count,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                ),
            },
        )


class EventsTicketTypesResource:
    """``events.ticket_types``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        event_id: str,
        include_hidden: TicketTypeIncludeHidden | Unset = UNSET,
    ) -> ListTicketTypesResponse:
        """List the ticket types of an event

        Returns all ticket types of an event in a single response (there is no pagination). Hidden
        ticket types are left out unless `include_hidden` is `"true"`. The legacy route returns
        the list under `ticket_types` instead of `entries`.

        ``GET /v1/events/ticket-types/list``
        (legacy paths: ``/v1/event/ticket-types/list``)
        """
        from .api.ticket_types import list_ticket_types as _operation

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "event_id": event_id,
                "include_hidden": include_hidden,
            },
        )

    def get(
        self,
        *,
        event_ticket_type_id: str,
    ) -> TicketType:
        """Get a ticket type

        Returns one ticket type by its id. The legacy route wraps it as `{"ticket_type": ...}`
        and, in older versions, takes the id as `id` or `event_ticket_type_api_id`.

        ``GET /v1/events/ticket-types/get``
        (legacy paths: ``/v1/event/ticket-types/get``)
        """
        from .api.ticket_types import get_ticket_type as _operation

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "event_ticket_type_id": event_ticket_type_id,
            },
        )

    def create(
        self,
        *,
        event_id: str,
        name: str,
        type: TicketTypeKind,
        require_approval: bool | Unset = UNSET,
        is_hidden: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        valid_start_at: datetime.date | None | Unset = UNSET,
        valid_end_at: datetime.date | None | Unset = UNSET,
        max_capacity: float | None | Unset = UNSET,
        cents: float | None | Unset = UNSET,
        currency: None | str | Unset = UNSET,
        is_flexible: bool | Unset = UNSET,
        min_cents: float | None | Unset = UNSET,
    ) -> TicketType:
        """Create a ticket type

        Adds a ticket type to an event. For a `paid` type, set the price with `cents` and
        `currency`; with `is_flexible` guests choose what to pay, down to `min_cents`. Sales can
        be limited to a date range and a capacity, and a hidden type is only offered through an
        unlock code. Returns the new ticket type; the legacy route wraps it as `{"ticket_type":
        ...}`.

        ``POST /v1/events/ticket-types/create``
        (legacy paths: ``/v1/event/ticket-types/create``)
        """
        from .api.ticket_types import create_ticket_type as _operation
        from .models.create_ticket_type_request import CreateTicketTypeRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    name=name,
                    type_=type,
                    require_approval=require_approval,
                    is_hidden=is_hidden,
                    description=description,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                    max_capacity=max_capacity,
                    cents=cents,
                    currency=currency,
                    is_flexible=is_flexible,
                    min_cents=min_cents,
                ),
            },
        )

    def update(
        self,
        *,
        event_ticket_type_id: str,
        name: str | Unset = UNSET,
        type: TicketTypeKind | Unset = UNSET,
        require_approval: bool | Unset = UNSET,
        is_hidden: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        valid_start_at: datetime.date | None | Unset = UNSET,
        valid_end_at: datetime.date | None | Unset = UNSET,
        max_capacity: float | None | Unset = UNSET,
        cents: float | None | Unset = UNSET,
        currency: None | str | Unset = UNSET,
        is_flexible: bool | Unset = UNSET,
        min_cents: float | None | Unset = UNSET,
    ) -> TicketType:
        """Update a ticket type

        Changes a ticket type. Only the fields sent are changed. Returns the updated ticket type;
        the legacy route wraps it as `{"ticket_type": ...}` and older versions take the id as
        `event_ticket_type_api_id`.

        ``POST /v1/events/ticket-types/update``
        (legacy paths: ``/v1/event/ticket-types/update``)
        """
        from .api.ticket_types import update_ticket_type as _operation
        from .models.update_ticket_type_request import UpdateTicketTypeRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_ticket_type_id=event_ticket_type_id,
                    name=name,
                    type_=type,
                    require_approval=require_approval,
                    is_hidden=is_hidden,
                    description=description,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                    max_capacity=max_capacity,
                    cents=cents,
                    currency=currency,
                    is_flexible=is_flexible,
                    min_cents=min_cents,
                ),
            },
        )

    def delete(
        self,
        *,
        event_ticket_type_id: str,
    ) -> EmptyResponse:
        """Delete a ticket type

        Deletes a ticket type. The deletion is soft (the type is marked deleted rather than
        erased). It is refused when tickets of the type have already been sold or when it is the
        event's last visible ticket type.

        ``POST /v1/events/ticket-types/delete``
        (legacy paths: ``/v1/event/ticket-types/delete``)
        """
        from .api.ticket_types import delete_ticket_type as _operation
        from .models.delete_ticket_type_request import DeleteTicketTypeRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_ticket_type_id=event_ticket_type_id,
                ),
            },
        )


class MembershipsTiersResource:
    """``memberships.tiers``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> Paginator[MembershipTier]:
        """List membership tiers

        Returns the membership tiers configured on the key's calendar, one page at a time. Each
        tier says how people join it (free, a one-off payment or a subscription) and whether an
        admin must approve new members. Tier ids are what `add_member` expects as
        `membership_tier_id`.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/memberships/tiers/list``
        """
        from .api.memberships import list_membership_tiers as _operation

        return self._invoker.paginate(
            _operation.sync_detailed,
            {
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )


class MembershipsMembersResource:
    """``memberships.members``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def add(
        self,
        *,
        email: str,
        membership_tier_id: str,
        registration_answers: builtins.list[RegistrationAnswerInput] | Unset = UNSET,
        skip_payment: bool | Unset = UNSET,
    ) -> AddMemberResponse:
        """Add a member to a tier

        Puts the person with the given email address into one of the calendar's membership tiers
        and returns the resulting membership and its status. For a paid tier whose payment is
        handled outside Luma, set `skip_payment` to true; without it a paid tier can leave the
        membership waiting for payment (`approved-pending-payment`) or, for tiers that need
        approval, pending. Older versions of the API only supported free tiers here.

        ``POST /v1/memberships/members/add``
        """
        from .api.memberships import add_member as _operation
        from .models.add_member_request import AddMemberRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    email=email,
                    membership_tier_id=membership_tier_id,
                    registration_answers=registration_answers,
                    skip_payment=skip_payment,
                ),
            },
        )

    def update_status(
        self,
        *,
        user_id: str,
        status: MemberDecision,
    ) -> EmptyResponse:
        """Approve or decline a member

        Decides on a member of the calendar, identified by user id or email address. Approving a
        member of a paid tier charges the payment that was put on hold; declining a member also
        cancels any subscription they have running.

        ``POST /v1/memberships/members/update-status``
        """
        from .api.memberships import update_member_status as _operation
        from .models.update_member_status_request import UpdateMemberStatusRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    user_id=user_id,
                    status=status,
                ),
            },
        )


class OrganizationsAdminsResource:
    """``organizations.admins``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
    ) -> ListOrganizationAdminsResponse:
        """List organization admins

        Returns every admin of the organization that owns the API key, in a single unpaginated
        list. Needs an organization API key.

        ``GET /v1/organizations/admins/list``
        """
        from .api.organizations import list_organization_admins as _operation

        return self._invoker.call(
            _operation.sync_detailed,
            {},
        )


class OrganizationsCalendarsResource:
    """``organizations.calendars``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> Paginator[Calendar]:
        """List organization calendars

        Returns the calendars that belong to the organization, one page at a time. Needs an
        organization API key; the calendar ids returned here can be sent in `x-luma-calendar-id`.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/organizations/calendars/list``
        """
        from .api.organizations import list_organization_calendars as _operation

        return self._invoker.paginate(
            _operation.sync_detailed,
            {
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )

    def create(
        self,
        *,
        name: str,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        tint_color: str | Unset = UNSET,
    ) -> Calendar:
        """Create a calendar in the organization

        Creates a new calendar inside the organization and returns it. The owner of the API key
        becomes the calendar's manager. When no avatar or tint colour is given, Luma picks one at
        random. Needs an organization API key. The older `/v1/organizations/calendars/create`
        route wraps the result as `{"calendar": {...}}`.

        ``POST /v2/organizations/calendars/create``
        (legacy paths: ``/v1/organizations/calendars/create``)
        """
        from .api.organizations import create_organization_calendar as _operation
        from .models.create_organization_calendar_request import CreateOrganizationCalendarRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    name=name,
                    slug=slug,
                    description=description,
                    avatar_url=avatar_url,
                    tint_color=tint_color,
                ),
            },
        )


class OrganizationsEventsResource:
    """``organizations.events``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        before: datetime.datetime | Unset = UNSET,
        after: datetime.datetime | Unset = UNSET,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
    ) -> Paginator[OrganizationEvent]:
        """List events across the organization

        Returns events from all of the organization's calendars, one page at a time. An event that
        sits on several of those calendars is returned only once; its `managing_calendars` shows
        which of the organization's calendars have manage access to it and whether that placement
        is approved or still pending. Entries also carry a few deprecated legacy fields. Needs an
        organization API key. There is no `sort_column` parameter; `sort_direction` only flips the
        order Luma uses for this list.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/organizations/events/list``
        """
        from .api.organizations import list_organization_events as _operation

        return self._invoker.paginate(
            _operation.sync_detailed,
            {
                "before": before,
                "after": after,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
                "sort_direction": sort_direction,
            },
        )

    def transfer_calendar(
        self,
        *,
        event_id: str,
        calendar_id: str,
    ) -> EmptyResponse:
        """Move an event to another calendar

        Hands an event over to a different calendar of the same organization, which then manages
        it. The destination must belong to the organization that owns the API key. Needs an
        organization API key.

        ``POST /v1/organizations/events/transfer-calendar``
        """
        from .api.organizations import transfer_event as _operation
        from .models.transfer_event_request import TransferEventRequest as _Body

        return self._invoker.call(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    calendar_id=calendar_id,
                ),
            },
        )


class AsyncLumaResources:
    """The root of the async resource tree."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def calendars(self) -> AsyncCalendarsResource:
        """``calendars``: built on first access."""
        return AsyncCalendarsResource(self._invoker)

    @cached_property
    def events(self) -> AsyncEventsResource:
        """``events``: built on first access."""
        return AsyncEventsResource(self._invoker)

    @cached_property
    def users(self) -> AsyncUsersResource:
        """``users``: built on first access."""
        return AsyncUsersResource(self._invoker)

    @cached_property
    def entities(self) -> AsyncEntitiesResource:
        """``entities``: built on first access."""
        return AsyncEntitiesResource(self._invoker)

    @cached_property
    def images(self) -> AsyncImagesResource:
        """``images``: built on first access."""
        return AsyncImagesResource(self._invoker)

    @cached_property
    def memberships(self) -> AsyncMembershipsResource:
        """``memberships``: built on first access."""
        return AsyncMembershipsResource(self._invoker)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        """``webhooks``: built on first access."""
        return AsyncWebhooksResource(self._invoker)

    @cached_property
    def organizations(self) -> AsyncOrganizationsResource:
        """``organizations``: built on first access."""
        return AsyncOrganizationsResource(self._invoker)


class AsyncCalendarsResource:
    """``calendars``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def events(self) -> AsyncCalendarsEventsResource:
        """``calendars.events``: built on first access."""
        return AsyncCalendarsEventsResource(self._invoker)

    @cached_property
    def coupons(self) -> AsyncCalendarsCouponsResource:
        """``calendars.coupons``: built on first access."""
        return AsyncCalendarsCouponsResource(self._invoker)

    @cached_property
    def admins(self) -> AsyncCalendarsAdminsResource:
        """``calendars.admins``: built on first access."""
        return AsyncCalendarsAdminsResource(self._invoker)

    @cached_property
    def contacts(self) -> AsyncCalendarsContactsResource:
        """``calendars.contacts``: built on first access."""
        return AsyncCalendarsContactsResource(self._invoker)

    @cached_property
    def contact_tags(self) -> AsyncCalendarsContactTagsResource:
        """``calendars.contact_tags``: built on first access."""
        return AsyncCalendarsContactTagsResource(self._invoker)

    @cached_property
    def event_tags(self) -> AsyncCalendarsEventTagsResource:
        """``calendars.event_tags``: built on first access."""
        return AsyncCalendarsEventTagsResource(self._invoker)

    async def get(
        self,
    ) -> Calendar:
        """Get the key's calendar

        Returns the calendar the API key belongs to (for organization keys, the calendar selected
        with `x-luma-calendar-id`). There are no parameters. The older singular route wraps the
        calendar in a `calendar` property.

        ``GET /v1/calendars/get``
        (legacy paths: ``/v1/calendar/get``)
        """
        from .api.calendars import get_calendar as _operation

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {},
        )

    async def update(
        self,
        *,
        calendar_id: str,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        tint_color: str | Unset = UNSET,
    ) -> Calendar:
        """Update calendar settings

        Changes the name, slug, description, avatar or tint colour of a calendar and returns the
        updated calendar. Only the fields present in the body are touched; everything omitted
        stays as it is. A new avatar has to be uploaded to Luma's CDN first (see
        `create_image_upload_url`). This route has no older alias.

        ``POST /v1/calendars/update``
        """
        from .api.calendars import update_calendar as _operation
        from .models.update_calendar_request import UpdateCalendarRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    calendar_id=calendar_id,
                    name=name,
                    slug=slug,
                    description=description,
                    avatar_url=avatar_url,
                    tint_color=tint_color,
                ),
            },
        )


class AsyncEventsResource:
    """``events``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def hosts(self) -> AsyncEventsHostsResource:
        """``events.hosts``: built on first access."""
        return AsyncEventsHostsResource(self._invoker)

    @cached_property
    def guests(self) -> AsyncEventsGuestsResource:
        """``events.guests``: built on first access."""
        return AsyncEventsGuestsResource(self._invoker)

    @cached_property
    def coupons(self) -> AsyncEventsCouponsResource:
        """``events.coupons``: built on first access."""
        return AsyncEventsCouponsResource(self._invoker)

    @cached_property
    def ticket_types(self) -> AsyncEventsTicketTypesResource:
        """``events.ticket_types``: built on first access."""
        return AsyncEventsTicketTypesResource(self._invoker)

    async def get(
        self,
        *,
        event_id: str,
    ) -> Event:
        """Get an event

        Returns the full admin view of one Luma event, including its hosts, guest counts, pricing
        summary and registration settings. The key's calendar must have manage access to the
        event. The legacy path returns `{event, hosts}` with the hosts next to the event instead
        of inside it.

        ``GET /v1/events/get``
        (legacy paths: ``/v1/event/get``)
        """
        from .api.events import get_event as _operation

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "event_id": event_id,
            },
        )

    async def create(
        self,
        *,
        name: str,
        start_at: datetime.datetime,
        timezone: str,
        end_at: datetime.datetime | Unset = UNSET,
        description_md: str | Unset = UNSET,
        cover_url: str | Unset = UNSET,
        coordinate: Coordinate | Unset = UNSET,
        geo_address_json: GeoAddressInputGoogle | GeoAddressInputManual | Unset = UNSET,
        meeting_url: str | Unset = UNSET,
        max_capacity: int | None | Unset = UNSET,
        can_register_for_multiple_tickets: bool | Unset = UNSET,
        name_requirement: NameRequirement | Unset = UNSET,
        phone_number_requirement: None | PhoneNumberRequirement | Unset = UNSET,
        registration_questions: builtins.list[
            RegistrationQuestionChoice
            | RegistrationQuestionCompany
            | RegistrationQuestionSimple
            | RegistrationQuestionTerms
        ]
        | Unset = UNSET,
        reminders_disabled: bool | Unset = UNSET,
        feedback_email: FeedbackEmail | Unset = UNSET,
        show_guest_list: bool | Unset = UNSET,
        slug: str | Unset = UNSET,
        tint_color: str | Unset = UNSET,
        visibility: Visibility | Unset = UNSET,
        location_visibility: LocationVisibility | Unset = UNSET,
        registration_open: bool | Unset = UNSET,
        waitlist_status: WaitlistStatus | Unset = UNSET,
    ) -> CreateEventResponse:
        """Create an event

        Creates a new event managed by the key's calendar and returns its id. Only `name`,
        `start_at` and `timezone` are required; everything else falls back to Luma's (or the
        calendar's) defaults. Upload a cover image first with the image upload operation and pass
        the resulting Luma CDN URL as `cover_url`. Older API versions returned `{api_id}` (and
        briefly `{id, api_id}`).

        ``POST /v1/events/create``
        (legacy paths: ``/v1/event/create``)
        """
        from .api.events import create_event as _operation
        from .models.create_event_request import CreateEventRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
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
                ),
            },
        )

    async def update(
        self,
        *,
        event_id: str,
        name: str | Unset = UNSET,
        start_at: datetime.datetime | Unset = UNSET,
        end_at: datetime.datetime | Unset = UNSET,
        timezone: str | Unset = UNSET,
        description_md: str | Unset = UNSET,
        cover_url: str | Unset = UNSET,
        coordinate: Coordinate | Unset = UNSET,
        geo_address_json: GeoAddressInputGoogle | GeoAddressInputManual | Unset = UNSET,
        meeting_url: str | Unset = UNSET,
        max_capacity: int | None | Unset = UNSET,
        can_register_for_multiple_tickets: bool | Unset = UNSET,
        name_requirement: NameRequirement | Unset = UNSET,
        phone_number_requirement: None | PhoneNumberRequirement | Unset = UNSET,
        registration_questions: builtins.list[
            RegistrationQuestionChoice
            | RegistrationQuestionCompany
            | RegistrationQuestionSimple
            | RegistrationQuestionTerms
        ]
        | Unset = UNSET,
        reminders_disabled: bool | Unset = UNSET,
        feedback_email: FeedbackEmail | Unset = UNSET,
        show_guest_list: bool | Unset = UNSET,
        slug: str | Unset = UNSET,
        tint_color: str | Unset = UNSET,
        visibility: Visibility | Unset = UNSET,
        location_visibility: LocationVisibility | Unset = UNSET,
        registration_open: bool | Unset = UNSET,
        waitlist_status: WaitlistStatus | Unset = UNSET,
        suppress_notifications: bool | Unset = UNSET,
    ) -> EmptyResponse:
        """Update an event

        Changes an existing event the key's calendar manages. Only the fields sent are changed;
        every field accepted on creation may be sent. Guests are told about changes to the name,
        time or location unless `suppress_notifications` is true.

        ``POST /v1/events/update``
        (legacy paths: ``/v1/event/update``)
        """
        from .api.events import update_event as _operation
        from .models.update_event_request import UpdateEventRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    name=name,
                    start_at=start_at,
                    end_at=end_at,
                    timezone=timezone,
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
                    suppress_notifications=suppress_notifications,
                ),
            },
        )

    async def request_cancellation(
        self,
        *,
        event_id: str,
    ) -> RequestEventCancellationResponse:
        """Request a cancellation token

        First step of cancelling an event: returns a short-lived token (valid for 15 minutes)
        together with how many guests would be affected and whether any of them paid, so the
        caller can decide about refunds before confirming with the cancel operation. Nothing is
        changed yet.

        ``POST /v1/events/cancel/request``
        (legacy paths: ``/v1/event/cancel/request``)
        """
        from .api.events import request_event_cancellation as _operation
        from .models.request_event_cancellation_request import RequestEventCancellationRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                ),
            },
        )

    async def cancel(
        self,
        *,
        event_id: str,
        cancellation_token: str,
        should_refund: bool | Unset = UNSET,
    ) -> EmptyResponse:
        """Cancel an event

        Second step of cancelling an event, using the token from the cancellation request. This
        cannot be undone: guests are notified, refunds are issued when requested, the event is
        deleted and an `event.canceled` webhook is sent. `should_refund` must be given when the
        event has paying guests.

        ``POST /v1/events/cancel``
        (legacy paths: ``/v1/event/cancel``)
        """
        from .api.events import cancel_event as _operation
        from .models.cancel_event_request import CancelEventRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    cancellation_token=cancellation_token,
                    should_refund=should_refund,
                ),
            },
        )


class AsyncUsersResource:
    """``users``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def get_self(
        self,
    ) -> User:
        """Get the key's owner

        Returns the Luma user who created the API key in use. It takes no parameters, which makes
        it the simplest way to check that a key is valid. The current route returns the user
        object directly; the older singular route wraps it in a `user` property and also carries a
        deprecated `api_id`.

        ``GET /v1/users/get-self``
        (legacy paths: ``/v1/user/get-self``)
        """
        from .api.users import get_self as _operation

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {},
        )


class AsyncEntitiesResource:
    """``entities``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def lookup(
        self,
        *,
        slug: str,
    ) -> LookupEntityResponse:
        """Resolve a slug to a calendar or event

        Finds out what a public Luma slug (the path part of a `luma.com/<slug>` address) points
        to: a calendar, an event, or nothing. The `type` of the returned entity says which of the
        two summaries is present; `entity` is null when the slug is unused, so this call also
        tells whether a slug is still free before creating an event with it. The route was called
        `/v1/entity/lookup` until mid-2026, and the earliest spec generations returned only
        `api_id` instead of `id` in the summaries.

        ``GET /v1/entities/lookup``
        (legacy paths: ``/v1/entity/lookup``)
        """
        from .api.entities import lookup_entity as _operation

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "slug": slug,
            },
        )


class AsyncImagesResource:
    """``images``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def create_upload_url(
        self,
        *,
        content_type: ImageContentType | None | Unset = UNSET,
    ) -> CreateImageUploadUrlResponse:
        """Get a pre-signed image upload URL

        Starts an image upload to Luma's CDN. The response holds a pre-signed `upload_url`: send
        the image bytes to it with an HTTP `PUT` (without the Luma API key, the URL carries its
        own authorisation). Afterwards the image is served from `file_url`, which can be passed as
        an event's `cover_url` or a calendar's `avatar_url`; both fields only accept images hosted
        on `images.lumacdn.com`. Older spec generations also required `purpose: event-cover` in
        the body.

        ``POST /v1/images/create-upload-url``
        """
        from .api.images import create_image_upload_url as _operation
        from .models.create_image_upload_url_request import CreateImageUploadUrlRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    content_type=content_type,
                ),
            },
        )


class AsyncMembershipsResource:
    """``memberships``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def tiers(self) -> AsyncMembershipsTiersResource:
        """``memberships.tiers``: built on first access."""
        return AsyncMembershipsTiersResource(self._invoker)

    @cached_property
    def members(self) -> AsyncMembershipsMembersResource:
        """``memberships.members``: built on first access."""
        return AsyncMembershipsMembersResource(self._invoker)


class AsyncWebhooksResource:
    """``webhooks``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> AsyncPaginator[Webhook]:
        """List webhooks

        Returns the calendar's webhook endpoints, one page at a time. Each entry includes the
        endpoint's signing secret in full, so treat the response as sensitive.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/webhooks/list``
        """
        from .api.webhooks import list_webhooks as _operation

        return self._invoker.paginate(
            _operation.asyncio_detailed,
            {
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )

    async def get(
        self,
        *,
        id: str,
    ) -> Webhook:
        """Get a webhook

        Returns one webhook endpoint of the calendar, including its signing secret. The older
        `/v1/webhooks/get` route returns the same object wrapped as `{"webhook": {...}}`.

        ``GET /v2/webhooks/get``
        (legacy paths: ``/v1/webhooks/get``)
        """
        from .api.webhooks import get_webhook as _operation

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "id": id,
            },
        )

    async def create(
        self,
        *,
        url: str,
        event_types: builtins.list[WebhookEventType],
    ) -> Webhook:
        """Create a webhook

        Registers a new endpoint that Luma will POST notifications to for the chosen event types
        (`*` subscribes to all of them). Luma pings the URL while creating the webhook; if that
        verification request does not succeed, creation fails with 400. The response contains the
        new webhook, including its secret. The older `/v1/webhooks/create` route wraps the result
        as `{"webhook": {...}}`.

        ``POST /v2/webhooks/create``
        (legacy paths: ``/v1/webhooks/create``)
        """
        from .api.webhooks import create_webhook as _operation
        from .models.create_webhook_request import CreateWebhookRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    url=url,
                    event_types=event_types,
                ),
            },
        )

    async def update(
        self,
        *,
        id: str,
        event_types: builtins.list[WebhookEventType] | Unset = UNSET,
        status: WebhookStatus | Unset = UNSET,
    ) -> Webhook:
        """Update a webhook

        Changes which event types a webhook receives and/or pauses or reactivates it. Fields left
        out stay as they are. The URL cannot be changed: delete the webhook and create a new one
        instead. The older `/v1/webhooks/update` route wraps the result as `{"webhook": {...}}`.

        ``POST /v2/webhooks/update``
        (legacy paths: ``/v1/webhooks/update``)
        """
        from .api.webhooks import update_webhook as _operation
        from .models.update_webhook_request import UpdateWebhookRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    id=id,
                    event_types=event_types,
                    status=status,
                ),
            },
        )

    async def delete(
        self,
        *,
        id: str,
    ) -> EmptyResponse:
        """Delete a webhook

        Removes a webhook endpoint permanently; Luma stops sending notifications to it.

        ``POST /v1/webhooks/delete``
        """
        from .api.webhooks import delete_webhook as _operation
        from .models.delete_webhook_request import DeleteWebhookRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    id=id,
                ),
            },
        )


class AsyncOrganizationsResource:
    """``organizations``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def admins(self) -> AsyncOrganizationsAdminsResource:
        """``organizations.admins``: built on first access."""
        return AsyncOrganizationsAdminsResource(self._invoker)

    @cached_property
    def calendars(self) -> AsyncOrganizationsCalendarsResource:
        """``organizations.calendars``: built on first access."""
        return AsyncOrganizationsCalendarsResource(self._invoker)

    @cached_property
    def events(self) -> AsyncOrganizationsEventsResource:
        """``organizations.events``: built on first access."""
        return AsyncOrganizationsEventsResource(self._invoker)


class AsyncCalendarsEventsResource:
    """``calendars.events``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        before: datetime.datetime | Unset = UNSET,
        after: datetime.datetime | Unset = UNSET,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        sort_column: CalendarEventSortColumn | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        platforms: builtins.list[EventPlatform] | Unset = UNSET,
        status: CalendarSubmissionStatusFilter | Unset = UNSET,
        access: builtins.list[EventAccess] | Unset = UNSET,
    ) -> AsyncPaginator[CalendarEventEntryLuma | ExternalEvent]:
        """List the calendar's events

        Returns one page of the events the key's calendar manages, newest or oldest first
        depending on `sort_direction`. Events that are merely featured on the calendar without
        being managed by it are not included. By default only Luma-platform events whose
        submission is approved come back; use `platforms` to also (or only) get external events
        and `status` to see submissions that are still waiting for review. Each entry is the event
        itself (not wrapped), tagged with `platform` (`luma` or `external`), plus the event tags
        applied on this calendar, the user who submitted it and the calendar's access level.
        Entries the calendar can only view carry a city-level location and leave out
        `meeting_url`, `registration_questions` and `feedback_email`. The legacy path wraps every
        entry as `{api_id, event, tags}` instead.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/calendars/events/list``
        (legacy paths: ``/v1/calendar/list-events``)
        """
        from .api.calendar_events import list_calendar_events as _operation

        return self._invoker.paginate(
            _operation.asyncio_detailed,
            {
                "before": before,
                "after": after,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
                "platforms": platforms,
                "status": status,
                "access": access,
            },
        )

    async def lookup(
        self,
        *,
        platform: EventPlatform | Unset = UNSET,
        url: str | Unset = UNSET,
        event_id: str | Unset = UNSET,
    ) -> LookupCalendarEventResponse:
        """Look up an event on the calendar

        Checks whether an event is already on the key's calendar and, if so, what state its
        submission is in. Identify a Luma event by `event_id`, or an external event by
        `platform=external` plus its `url`. All parameters are optional in Luma's schema, but one
        of those two combinations is needed to find anything. Returns `{"event": null}` when the
        calendar does not have the event.

        ``GET /v1/calendars/events/lookup``
        (legacy paths: ``/v1/calendar/lookup-event``)
        """
        from .api.calendar_events import lookup_calendar_event as _operation

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "platform": platform,
                "url_query": url,
                "event_id": event_id,
            },
        )

    async def add(
        self,
        *,
        body: AddCalendarEventExternalRequest | AddCalendarEventLumaRequest,
    ) -> AddCalendarEventResponse:
        """Add an event to the calendar

        Puts an existing Luma event, or an event hosted elsewhere (`platform: external`), on the
        key's calendar. Events added by a calendar manager are approved straight away unless
        `submission_mode` is `pending`, in which case they wait in the calendar's review queue
        (see approve/reject). On calendars set to require manage access, submitting a Luma event
        you manage can hand the calendar manage access once the submission is approved. Adding the
        same Luma event twice fails with an error saying it has already been submitted.

        ``POST /v1/calendars/events/add``
        (legacy paths: ``/v1/calendar/add-event``)
        """
        from .api.calendar_events import add_calendar_event as _operation

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": body,
            },
        )

    async def approve(
        self,
        *,
        calendar_event_id: str,
    ) -> EmptyResponse:
        """Approve a pending event submission

        Accepts an event that was submitted to the key's calendar and is waiting for review, so it
        shows up on the calendar. The person who submitted it is notified.

        ``POST /v1/calendars/events/approve``
        (legacy paths: ``/v1/calendar/approve-event``)
        """
        from .api.calendar_events import approve_calendar_event as _operation
        from .models.approve_calendar_event_request import ApproveCalendarEventRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    calendar_event_id=calendar_event_id,
                ),
            },
        )

    async def reject(
        self,
        *,
        calendar_event_id: str,
        message: str | Unset = UNSET,
    ) -> EmptyResponse:
        """Reject a pending event submission

        Declines an event that was submitted to the key's calendar and is waiting for review,
        optionally with a note explaining why.

        ``POST /v1/calendars/events/reject``
        (legacy paths: ``/v1/calendar/reject-event``)
        """
        from .api.calendar_events import reject_calendar_event as _operation
        from .models.reject_calendar_event_request import RejectCalendarEventRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    calendar_event_id=calendar_event_id,
                    message=message,
                ),
            },
        )


class AsyncCalendarsCouponsResource:
    """``calendars.coupons``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> AsyncPaginator[Coupon]:
        """List the calendar's coupons

        Returns the coupons defined on the calendar itself, which apply to every event the
        calendar manages, one page at a time. Event-specific coupons are listed by
        `list_event_coupons`.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/calendars/coupons/list``
        (legacy paths: ``/v1/calendar/coupons``)
        """
        from .api.calendar_coupons import list_calendar_coupons as _operation

        return self._invoker.paginate(
            _operation.asyncio_detailed,
            {
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )

    async def create(
        self,
        *,
        code: str,
        discount: AmountDiscount | PercentDiscount,
        remaining_count: int | Unset = UNSET,
        valid_start_at: datetime.datetime | None | Unset = UNSET,
        valid_end_at: datetime.datetime | None | Unset = UNSET,
    ) -> Coupon:
        """Create a calendar coupon

        Creates a discount code that guests can use on any event of the calendar: either a
        percentage or a fixed amount in a given currency off the ticket price. The discount cannot
        be changed later, and the same code should not also be created on one of the calendar's
        events. Returns the new coupon; the legacy route wraps it as `{"coupon": ...}`.

        ``POST /v1/calendars/coupons/create``
        (legacy paths: ``/v1/calendar/coupons/create``)
        """
        from .api.calendar_coupons import create_calendar_coupon as _operation
        from .models.create_calendar_coupon_request import CreateCalendarCouponRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    code=code,
                    discount=discount,
                    remaining_count=remaining_count,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                ),
            },
        )

    async def update(
        self,
        *,
        code: str,
        remaining_count: int | Unset = UNSET,
        valid_start_at: datetime.datetime | None | Unset = UNSET,
        valid_end_at: datetime.datetime | None | Unset = UNSET,
    ) -> EmptyResponse:
        """Update a calendar coupon

        Changes how many more times a calendar coupon can be used and the window in which it is
        valid. The coupon is identified by its code; its discount cannot be changed. Fields that
        are omitted stay as they are. (The oldest version of this route accepted only the
        remaining count.)

        ``POST /v1/calendars/coupons/update``
        (legacy paths: ``/v1/calendar/coupons/update``)
        """
        from .api.calendar_coupons import update_calendar_coupon as _operation
        from .models.update_calendar_coupon_request import UpdateCalendarCouponRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    code=code,
                    remaining_count=remaining_count,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                ),
            },
        )


class AsyncCalendarsAdminsResource:
    """``calendars.admins``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
    ) -> ListCalendarAdminsResponse:
        """List calendar admins

        Returns every admin of the key's calendar in one response; the list is not paginated and
        takes no parameters. Older routes additionally return a deprecated `api_id` on each admin.

        ``GET /v1/calendars/admins/list``
        (legacy paths: ``/v1/calendar/admins/list``)
        """
        from .api.calendars import list_calendar_admins as _operation

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {},
        )


class AsyncCalendarsContactsResource:
    """``calendars.contacts``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        query: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        calendar_membership_tier_id: str | Unset = UNSET,
        membership_status: MembershipStatus | Unset = UNSET,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        sort_column: ContactSortColumn | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
    ) -> AsyncPaginator[Contact]:
        """List calendar contacts

        Pages through the people connected to the calendar (its contacts, including members of
        membership tiers), optionally narrowed by a search string, tags, membership tier or
        membership status, and sorted by one of the supported columns. On the legacy
        `/v1/calendar/list-people` route the status filter is called `member_status`, the tier
        filter was `calendar_membership_tier_api_id` in the oldest generation, and early
        generations took `tags` as one comma-separated string instead of a repeated parameter.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/calendars/contacts/list``
        (legacy paths: ``/v1/calendar/list-people``)
        """
        from .api.contacts import list_contacts as _operation

        return self._invoker.paginate(
            _operation.asyncio_detailed,
            {
                "query": query,
                "tags": tags,
                "calendar_membership_tier_id": calendar_membership_tier_id,
                "membership_status": membership_status,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
            },
        )

    async def import_(
        self,
        *,
        contacts: builtins.list[ImportContactsEntry],
        tags: builtins.list[str] | None | Unset = UNSET,
    ) -> EmptyResponse:
        """Import contacts

        Adds people to the calendar's contacts by email address, optionally with a name and with
        tags applied to all of them. When a person's Luma account already has a name, the imported
        name does not replace it. The legacy `/v1/calendar/import-people` route takes the list as
        `infos` and the tags as `tag_ids` (or, in the oldest generations, `tag_api_ids` /
        `tag_names`, where unknown tag names were not created).

        ``POST /v1/calendars/contacts/import``
        (legacy paths: ``/v1/calendar/import-people``)
        """
        from .api.contacts import import_contacts as _operation
        from .models.import_contacts_request import ImportContactsRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    contacts=contacts,
                    tags=tags,
                ),
            },
        )

    async def block(
        self,
        *,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> EmptyResponse:
        """Block a contact

        Blocks a person on the calendar. Identify the contact by `contact_id`, by `email`, or by
        both; at least one of the two must be sent. A blocked contact can be brought back with
        `restore_contact`. This route is new in the latest spec generation; its response body has
        not been captured and is modelled here as an empty object, so treat any content as
        informational.

        ``POST /v1/calendars/contacts/block``
        """
        from .api.contacts import block_contact as _operation
        from .models.block_contact_request import BlockContactRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    contact_id=contact_id,
                    email=email,
                ),
            },
        )

    async def remove(
        self,
        *,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> EmptyResponse:
        """Remove a contact

        Removes a person from the calendar's contacts. Identify the contact by `contact_id`, by
        `email`, or by both; at least one of the two must be sent. A removed contact can be
        brought back with `restore_contact`. This route is new in the latest spec generation; its
        response body has not been captured and is modelled here as an empty object.

        ``POST /v1/calendars/contacts/remove``
        """
        from .api.contacts import remove_contact as _operation
        from .models.remove_contact_request import RemoveContactRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    contact_id=contact_id,
                    email=email,
                ),
            },
        )

    async def restore(
        self,
        *,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> EmptyResponse:
        """Restore a contact

        Undoes an earlier block or removal, making the person a regular contact of the calendar
        again. Identify the contact by `contact_id`, by `email`, or by both; at least one of the
        two must be sent. This route is new in the latest spec generation; its response body has
        not been captured and is modelled here as an empty object.

        ``POST /v1/calendars/contacts/restore``
        """
        from .api.contacts import restore_contact as _operation
        from .models.restore_contact_request import RestoreContactRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    contact_id=contact_id,
                    email=email,
                ),
            },
        )


class AsyncCalendarsContactTagsResource:
    """``calendars.contact_tags``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
    ) -> ListContactTagsResponse:
        """List contact tags

        Returns all tags defined for the calendar's contacts in one response, without parameters
        or pagination. The oldest generations of the legacy `/v1/calendar/list-person-tags` route
        were paginated, sortable and returned `api_id` and `created_at` per tag.

        ``GET /v1/calendars/contact-tags/list``
        (legacy paths: ``/v1/calendar/list-person-tags``)
        """
        from .api.contact_tags import list_contact_tags as _operation

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {},
        )

    async def create(
        self,
        *,
        name: str,
        color: None | TagColor | Unset = UNSET,
    ) -> CreateContactTagResponse:
        """Create a contact tag

        Defines a new tag for the calendar's contacts and returns its id. The colour is optional.
        Older routes return the id as `tag_id` (plus a deprecated `tag_api_id`) or only as
        `tag_api_id`.

        ``POST /v1/calendars/contact-tags/create``
        (legacy paths: ``/v1/calendar/create-person-tag``)
        """
        from .api.contact_tags import create_contact_tag as _operation
        from .models.create_contact_tag_request import CreateContactTagRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    name=name,
                    color=color,
                ),
            },
        )

    async def update(
        self,
        *,
        tag_id: str,
        name: str | Unset = UNSET,
        color: TagColor | Unset = UNSET,
    ) -> EmptyResponse:
        """Update a contact tag

        Renames a contact tag or changes its colour; omitted fields keep their value. Early
        generations of the legacy route identified the tag with `tag_api_id`.

        ``POST /v1/calendars/contact-tags/update``
        (legacy paths: ``/v1/calendar/update-person-tag``)
        """
        from .api.contact_tags import update_contact_tag as _operation
        from .models.update_contact_tag_request import UpdateContactTagRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    tag_id=tag_id,
                    name=name,
                    color=color,
                ),
            },
        )

    async def delete(
        self,
        *,
        tag_id: str,
    ) -> EmptyResponse:
        """Delete a contact tag

        Deletes a contact tag from the calendar. Early generations of the legacy route identified
        the tag with `tag_api_id`.

        ``POST /v1/calendars/contact-tags/delete``
        (legacy paths: ``/v1/calendar/delete-person-tag``)
        """
        from .api.contact_tags import delete_contact_tag as _operation
        from .models.delete_contact_tag_request import DeleteContactTagRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    tag_id=tag_id,
                ),
            },
        )

    async def apply(
        self,
        *,
        tag: str,
        user_ids: builtins.list[str] | Unset = UNSET,
        emails: builtins.list[str] | Unset = UNSET,
    ) -> ApplyContactTagResponse:
        """Tag contacts

        Adds a tag to existing contacts, selected by user id and/or email address. It never
        creates contacts: people who are not contacts of the calendar are counted as skipped. The
        tag can be given by id or by name. Early generations of the legacy route called the user
        list `user_api_ids`.

        ``POST /v1/calendars/contact-tags/apply``
        (legacy paths: ``/v1/calendar/person-tags/apply``)
        """
        from .api.contact_tags import apply_contact_tag as _operation
        from .models.apply_contact_tag_request import ApplyContactTagRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    tag=tag,
                    user_ids=user_ids,
                    emails=emails,
                ),
            },
        )

    async def unapply(
        self,
        *,
        tag: str,
        user_ids: builtins.list[str] | Unset = UNSET,
        emails: builtins.list[str] | Unset = UNSET,
    ) -> UnapplyContactTagResponse:
        """Untag contacts

        Takes a tag off contacts, selected by user id and/or email address. People who are not
        contacts of the calendar are counted as skipped. The tag can be given by id or by name.

        ``POST /v1/calendars/contact-tags/unapply``
        (legacy paths: ``/v1/calendar/person-tags/unapply``)
        """
        from .api.contact_tags import unapply_contact_tag as _operation
        from .models.unapply_contact_tag_request import UnapplyContactTagRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    tag=tag,
                    user_ids=user_ids,
                    emails=emails,
                ),
            },
        )


class AsyncCalendarsEventTagsResource:
    """``calendars.event_tags``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
    ) -> ListEventTagsResponse:
        """List event tags

        Returns all tags the calendar uses for its events in one response, without parameters or
        pagination. The legacy singular route returned only `entries`.

        ``GET /v1/calendars/event-tags/list``
        (legacy paths: ``/v1/calendar/event-tags/list``)
        """
        from .api.event_tags import list_event_tags as _operation

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {},
        )

    async def create(
        self,
        *,
        name: str,
        color: None | TagColor | Unset = UNSET,
    ) -> CreateEventTagResponse:
        """Create an event tag

        Defines a new tag for the calendar's events and returns its id. The colour is optional.
        The legacy singular route returns `tag_id` and a deprecated `tag_api_id` instead of `id`.

        ``POST /v1/calendars/event-tags/create``
        (legacy paths: ``/v1/calendar/event-tags/create``)
        """
        from .api.event_tags import create_event_tag as _operation
        from .models.create_event_tag_request import CreateEventTagRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    name=name,
                    color=color,
                ),
            },
        )

    async def update(
        self,
        *,
        tag_id: str,
        name: str | Unset = UNSET,
        color: TagColor | Unset = UNSET,
    ) -> EmptyResponse:
        """Update an event tag

        Renames an event tag or changes its colour; omitted fields keep their value.

        ``POST /v1/calendars/event-tags/update``
        (legacy paths: ``/v1/calendar/event-tags/update``)
        """
        from .api.event_tags import update_event_tag as _operation
        from .models.update_event_tag_request import UpdateEventTagRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    tag_id=tag_id,
                    name=name,
                    color=color,
                ),
            },
        )

    async def delete(
        self,
        *,
        tag_id: str,
    ) -> EmptyResponse:
        """Delete an event tag

        Deletes an event tag from the calendar.

        ``POST /v1/calendars/event-tags/delete``
        (legacy paths: ``/v1/calendar/event-tags/delete``)
        """
        from .api.event_tags import delete_event_tag as _operation
        from .models.delete_event_tag_request import DeleteEventTagRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    tag_id=tag_id,
                ),
            },
        )

    async def apply(
        self,
        *,
        tag: str,
        event_ids: builtins.list[str],
    ) -> ApplyEventTagResponse:
        """Tag events

        Adds a tag to one or more events. Events that are not on this calendar are counted as
        skipped. The tag can be given by id or by name.

        ``POST /v1/calendars/event-tags/apply``
        (legacy paths: ``/v1/calendar/event-tags/apply``)
        """
        from .api.event_tags import apply_event_tag as _operation
        from .models.apply_event_tag_request import ApplyEventTagRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    tag=tag,
                    event_ids=event_ids,
                ),
            },
        )

    async def unapply(
        self,
        *,
        tag: str,
        event_ids: builtins.list[str],
    ) -> UnapplyEventTagResponse:
        """Untag events

        Takes a tag off one or more events. Events that are not on this calendar are counted as
        skipped. The tag can be given by id or by name.

        ``POST /v1/calendars/event-tags/unapply``
        (legacy paths: ``/v1/calendar/event-tags/unapply``)
        """
        from .api.event_tags import unapply_event_tag as _operation
        from .models.unapply_event_tag_request import UnapplyEventTagRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    tag=tag,
                    event_ids=event_ids,
                ),
            },
        )


class AsyncEventsHostsResource:
    """``events.hosts``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def add(
        self,
        *,
        event_id: str,
        email: str,
        access_level: HostAccessLevel | None | Unset = UNSET,
        is_visible: bool | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> EmptyResponse:
        """Add a host to an event

        Adds a person, identified by email, as a host or check-in helper of an event the key's
        calendar manages. By default the new host is a manager and is shown on the event page.

        ``POST /v1/events/hosts/add``
        (legacy paths: ``/v1/event/hosts/create``, ``/v1/event/add-host``)
        """
        from .api.hosts import add_event_host as _operation
        from .models.add_event_host_request import AddEventHostRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    email=email,
                    access_level=access_level,
                    is_visible=is_visible,
                    name=name,
                ),
            },
        )

    async def update(
        self,
        *,
        event_id: str,
        email: str,
        access_level: HostAccessLevel | Unset = UNSET,
        is_visible: bool | Unset = UNSET,
    ) -> EmptyResponse:
        """Update an event host

        Changes the access level or visibility of one of an event's hosts, identified by email.
        The access level of the person who created the event cannot be changed.

        ``POST /v1/events/hosts/update``
        (legacy paths: ``/v1/event/hosts/update``)
        """
        from .api.hosts import update_event_host as _operation
        from .models.update_event_host_request import UpdateEventHostRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    email=email,
                    access_level=access_level,
                    is_visible=is_visible,
                ),
            },
        )

    async def remove(
        self,
        *,
        event_id: str,
        email: str,
    ) -> EmptyResponse:
        """Remove an event host

        Takes a person, identified by email, off an event's host list. The event's creator cannot
        be removed.

        ``POST /v1/events/hosts/remove``
        (legacy paths: ``/v1/event/hosts/remove``)
        """
        from .api.hosts import remove_event_host as _operation
        from .models.remove_event_host_request import RemoveEventHostRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    email=email,
                ),
            },
        )


class AsyncEventsGuestsResource:
    """``events.guests``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def get(
        self,
        *,
        event_id: str,
        id: str,
    ) -> Guest:
        """Get a guest of an event

        Returns one guest of an event the calendar manages, including the guest's ticket orders
        (`event_ticket_orders`, with any coupon that was applied), which the guest list leaves
        out. The guest can be identified in several ways: by guest id, by ticket key, by the guest
        key from the check-in QR code, or by the email address the guest registered with. The
        legacy route wraps the guest in a `{"guest": ...}` envelope and takes older parameter
        names (`api_id`, `email`, `proxy_key`); this route returns the bare guest.

        ``GET /v1/events/guests/get``
        (legacy paths: ``/v1/event/get-guest``)
        """
        from .api.guests import get_event_guest as _operation

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "event_id": event_id,
                "id": id,
            },
        )

    def list(
        self,
        *,
        event_id: str,
        approval_status: GuestApprovalStatus | Unset = UNSET,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        sort_column: GuestSortColumn | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
    ) -> AsyncPaginator[Guest]:
        """List the guests of an event

        Returns the guests of an event the calendar manages, one page at a time, optionally
        filtered by approval status and sorted. Entries do not carry `event_ticket_orders`; fetch
        a single guest for those. Hosts of the event also show up in the list, with the status
        `invited`. The legacy route wraps each entry as `{"api_id": ..., "guest": {...}}` (newer
        versions of it also repeat the guest fields at the top level); this route returns the
        guest objects directly.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/events/guests/list``
        (legacy paths: ``/v1/event/get-guests``)
        """
        from .api.guests import list_event_guests as _operation

        return self._invoker.paginate(
            _operation.asyncio_detailed,
            {
                "event_id": event_id,
                "approval_status": approval_status,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
            },
        )

    async def add(
        self,
        *,
        event_id: str,
        guests: builtins.list[GuestInput],
        registration_answers: builtins.list[RegistrationAnswerInput] | Unset = UNSET,
        ticket: None | TicketTypeRef | Unset = UNSET,
        tickets: builtins.list[TicketTypeRef] | None | Unset = UNSET,
        approval_status: AddGuestApprovalStatus | None | Unset = UNSET,
        send_email: bool | None | Unset = UNSET,
    ) -> EmptyResponse:
        """Add guests to an event

        Registers people directly as guests of an event, without them going through the
        registration form. Unless told otherwise, each guest is marked as going (`approved`),
        receives one ticket of the event's default ticket type and gets a confirmation email.
        Tickets issued this way are complimentary: payment and approval are skipped. Choose the
        tickets with either `ticket` (one ticket of that type for every guest) or `tickets` (every
        listed ticket for every guest), never both. To invite people without registering them, use
        `send_event_invites` instead.

        ``POST /v1/events/guests/add``
        (legacy paths: ``/v1/event/add-guests``)
        """
        from .api.guests import add_event_guests as _operation
        from .models.add_event_guests_request import AddEventGuestsRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    guests=guests,
                    registration_answers=registration_answers,
                    ticket=ticket,
                    tickets=tickets,
                    approval_status=approval_status,
                    send_email=send_email,
                ),
            },
        )

    async def send_invites(
        self,
        *,
        event_id: str,
        guests: builtins.list[GuestInput],
        message: None | str | Unset = UNSET,
    ) -> EmptyResponse:
        """Invite people to an event

        Sends invitations to an event by email, and also by text message when the invitee's phone
        number is linked to their Luma account. Invitees are not registered or marked as going;
        they decide themselves whether to register. An optional short personal message can be
        included.

        ``POST /v1/events/guests/send-invites``
        (legacy paths: ``/v1/event/send-invites``)
        """
        from .api.guests import send_event_invites as _operation
        from .models.send_event_invites_request import SendEventInvitesRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    guests=guests,
                    message=message,
                ),
            },
        )

    async def update_status(
        self,
        *,
        event_id: str,
        guest_id: str,
        status: GuestStatusUpdate,
        should_refund: bool | Unset = False,
        send_email: bool | None | Unset = UNSET,
        message: None | str | Unset = UNSET,
    ) -> EmptyResponse:
        """Change a guest's approval status

        Approves or declines a guest, or moves them back to pending approval or onto the waitlist.
        By default the guest is emailed about the change; a short message can be added to that
        email. When a paying guest is moved out of `approved`, set `should_refund` to refund them.
        The legacy route only knows `approved` and `declined` and identifies the guest with a
        `guest` object (`{"type": "email", "email": ...}` or `{"type": "api_id", "api_id": ...}`)
        instead of `guest_id`. To offer someone a place they can accept themselves, send an invite
        instead.

        ``POST /v1/events/guests/update-status``
        (legacy paths: ``/v1/event/update-guest-status``)
        """
        from .api.guests import update_event_guest_status as _operation
        from .models.update_event_guest_status_request import UpdateEventGuestStatusRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    guest_id=guest_id,
                    status=status,
                    should_refund=should_refund,
                    send_email=send_email,
                    message=message,
                ),
            },
        )

    async def update_tickets(
        self,
        *,
        event_id: str,
        guest_id: str,
        ticket_ids_to_remove: builtins.list[str] | Unset = UNSET,
        tickets_to_add: builtins.list[TicketTypeRef] | Unset = UNSET,
        send_email: bool | Unset = UNSET,
    ) -> EmptyResponse:
        """Add or remove tickets of a guest

        Changes the tickets an existing guest holds: removes the listed tickets and adds new ones
        of the given ticket types. Added tickets are complimentary (free of charge) and removed
        tickets are not refunded. This route is recent and has no legacy alias. Its response body
        has not been captured; it is modelled as the empty object `{}` that Luma's other write
        operations return, so clients should not rely on its content.

        ``POST /v1/events/guests/update-tickets``
        """
        from .api.guests import update_event_guest_tickets as _operation
        from .models.update_event_guest_tickets_request import UpdateEventGuestTicketsRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    guest_id=guest_id,
                    ticket_ids_to_remove=ticket_ids_to_remove,
                    tickets_to_add=tickets_to_add,
                    send_email=send_email,
                ),
            },
        )


class AsyncEventsCouponsResource:
    """``events.coupons``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        event_id: str,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> AsyncPaginator[Coupon]:
        """List the coupons of an event

        Returns the coupons and unlock codes that belong to one event, one page at a time. Coupons
        created on the calendar (valid for all of its events) are listed by
        `list_calendar_coupons` instead.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/events/coupons/list``
        (legacy paths: ``/v1/event/coupons``)
        """
        from .api.event_coupons import list_event_coupons as _operation

        return self._invoker.paginate(
            _operation.asyncio_detailed,
            {
                "event_id": event_id,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )

    async def create(
        self,
        *,
        event_id: str,
        code: str,
        discount: AmountDiscount | PercentDiscount,
        remaining_count: int | Unset = UNSET,
        valid_start_at: datetime.datetime | None | Unset = UNSET,
        valid_end_at: datetime.datetime | None | Unset = UNSET,
        event_ticket_type_id: str | Unset = UNSET,
    ) -> Coupon:
        """Create an event coupon

        Creates a discount code for one event, either a percentage or a fixed amount off.
        Restricting the coupon to a ticket type with `event_ticket_type_id` limits it to that
        type; when the type is hidden, the code works as an unlock code that reveals it. The
        discount cannot be changed after creation (only usage count and validity window can), and
        a code should not also exist as a calendar coupon. Returns the new coupon; the legacy
        route wraps it as `{"coupon": ...}`.

        ``POST /v1/events/coupons/create``
        (legacy paths: ``/v1/event/create-coupon``)
        """
        from .api.event_coupons import create_event_coupon as _operation
        from .models.create_event_coupon_request import CreateEventCouponRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    code=code,
                    discount=discount,
                    remaining_count=remaining_count,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                    event_ticket_type_id=event_ticket_type_id,
                ),
            },
        )

    async def update(
        self,
        *,
        event_id: str,
        code: str,
        remaining_count: int | Unset = UNSET,
        valid_start_at: datetime.datetime | None | Unset = UNSET,
        valid_end_at: datetime.datetime | None | Unset = UNSET,
    ) -> EmptyResponse:
        """Update an event coupon

        Changes how many more times an event coupon can be used and the window in which it is
        valid. The coupon is identified by its code. Its discount cannot be changed; create a new
        coupon for different terms. Fields that are omitted stay as they are.

        ``POST /v1/events/coupons/update``
        (legacy paths: ``/v1/event/update-coupon``)
        """
        from .api.event_coupons import update_event_coupon as _operation
        from .models.update_event_coupon_request import UpdateEventCouponRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    code=code,
                    remaining_count=remaining_count,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                ),
            },
        )


class AsyncEventsTicketTypesResource:
    """``events.ticket_types``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
        *,
        event_id: str,
        include_hidden: TicketTypeIncludeHidden | Unset = UNSET,
    ) -> ListTicketTypesResponse:
        """List the ticket types of an event

        Returns all ticket types of an event in a single response (there is no pagination). Hidden
        ticket types are left out unless `include_hidden` is `"true"`. The legacy route returns
        the list under `ticket_types` instead of `entries`.

        ``GET /v1/events/ticket-types/list``
        (legacy paths: ``/v1/event/ticket-types/list``)
        """
        from .api.ticket_types import list_ticket_types as _operation

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "event_id": event_id,
                "include_hidden": include_hidden,
            },
        )

    async def get(
        self,
        *,
        event_ticket_type_id: str,
    ) -> TicketType:
        """Get a ticket type

        Returns one ticket type by its id. The legacy route wraps it as `{"ticket_type": ...}`
        and, in older versions, takes the id as `id` or `event_ticket_type_api_id`.

        ``GET /v1/events/ticket-types/get``
        (legacy paths: ``/v1/event/ticket-types/get``)
        """
        from .api.ticket_types import get_ticket_type as _operation

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "event_ticket_type_id": event_ticket_type_id,
            },
        )

    async def create(
        self,
        *,
        event_id: str,
        name: str,
        type: TicketTypeKind,
        require_approval: bool | Unset = UNSET,
        is_hidden: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        valid_start_at: datetime.date | None | Unset = UNSET,
        valid_end_at: datetime.date | None | Unset = UNSET,
        max_capacity: float | None | Unset = UNSET,
        cents: float | None | Unset = UNSET,
        currency: None | str | Unset = UNSET,
        is_flexible: bool | Unset = UNSET,
        min_cents: float | None | Unset = UNSET,
    ) -> TicketType:
        """Create a ticket type

        Adds a ticket type to an event. For a `paid` type, set the price with `cents` and
        `currency`; with `is_flexible` guests choose what to pay, down to `min_cents`. Sales can
        be limited to a date range and a capacity, and a hidden type is only offered through an
        unlock code. Returns the new ticket type; the legacy route wraps it as `{"ticket_type":
        ...}`.

        ``POST /v1/events/ticket-types/create``
        (legacy paths: ``/v1/event/ticket-types/create``)
        """
        from .api.ticket_types import create_ticket_type as _operation
        from .models.create_ticket_type_request import CreateTicketTypeRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    name=name,
                    type_=type,
                    require_approval=require_approval,
                    is_hidden=is_hidden,
                    description=description,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                    max_capacity=max_capacity,
                    cents=cents,
                    currency=currency,
                    is_flexible=is_flexible,
                    min_cents=min_cents,
                ),
            },
        )

    async def update(
        self,
        *,
        event_ticket_type_id: str,
        name: str | Unset = UNSET,
        type: TicketTypeKind | Unset = UNSET,
        require_approval: bool | Unset = UNSET,
        is_hidden: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        valid_start_at: datetime.date | None | Unset = UNSET,
        valid_end_at: datetime.date | None | Unset = UNSET,
        max_capacity: float | None | Unset = UNSET,
        cents: float | None | Unset = UNSET,
        currency: None | str | Unset = UNSET,
        is_flexible: bool | Unset = UNSET,
        min_cents: float | None | Unset = UNSET,
    ) -> TicketType:
        """Update a ticket type

        Changes a ticket type. Only the fields sent are changed. Returns the updated ticket type;
        the legacy route wraps it as `{"ticket_type": ...}` and older versions take the id as
        `event_ticket_type_api_id`.

        ``POST /v1/events/ticket-types/update``
        (legacy paths: ``/v1/event/ticket-types/update``)
        """
        from .api.ticket_types import update_ticket_type as _operation
        from .models.update_ticket_type_request import UpdateTicketTypeRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_ticket_type_id=event_ticket_type_id,
                    name=name,
                    type_=type,
                    require_approval=require_approval,
                    is_hidden=is_hidden,
                    description=description,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                    max_capacity=max_capacity,
                    cents=cents,
                    currency=currency,
                    is_flexible=is_flexible,
                    min_cents=min_cents,
                ),
            },
        )

    async def delete(
        self,
        *,
        event_ticket_type_id: str,
    ) -> EmptyResponse:
        """Delete a ticket type

        Deletes a ticket type. The deletion is soft (the type is marked deleted rather than
        erased). It is refused when tickets of the type have already been sold or when it is the
        event's last visible ticket type.

        ``POST /v1/events/ticket-types/delete``
        (legacy paths: ``/v1/event/ticket-types/delete``)
        """
        from .api.ticket_types import delete_ticket_type as _operation
        from .models.delete_ticket_type_request import DeleteTicketTypeRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_ticket_type_id=event_ticket_type_id,
                ),
            },
        )


class AsyncMembershipsTiersResource:
    """``memberships.tiers``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> AsyncPaginator[MembershipTier]:
        """List membership tiers

        Returns the membership tiers configured on the key's calendar, one page at a time. Each
        tier says how people join it (free, a one-off payment or a subscription) and whether an
        admin must approve new members. Tier ids are what `add_member` expects as
        `membership_tier_id`.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/memberships/tiers/list``
        """
        from .api.memberships import list_membership_tiers as _operation

        return self._invoker.paginate(
            _operation.asyncio_detailed,
            {
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )


class AsyncMembershipsMembersResource:
    """``memberships.members``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def add(
        self,
        *,
        email: str,
        membership_tier_id: str,
        registration_answers: builtins.list[RegistrationAnswerInput] | Unset = UNSET,
        skip_payment: bool | Unset = UNSET,
    ) -> AddMemberResponse:
        """Add a member to a tier

        Puts the person with the given email address into one of the calendar's membership tiers
        and returns the resulting membership and its status. For a paid tier whose payment is
        handled outside Luma, set `skip_payment` to true; without it a paid tier can leave the
        membership waiting for payment (`approved-pending-payment`) or, for tiers that need
        approval, pending. Older versions of the API only supported free tiers here.

        ``POST /v1/memberships/members/add``
        """
        from .api.memberships import add_member as _operation
        from .models.add_member_request import AddMemberRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    email=email,
                    membership_tier_id=membership_tier_id,
                    registration_answers=registration_answers,
                    skip_payment=skip_payment,
                ),
            },
        )

    async def update_status(
        self,
        *,
        user_id: str,
        status: MemberDecision,
    ) -> EmptyResponse:
        """Approve or decline a member

        Decides on a member of the calendar, identified by user id or email address. Approving a
        member of a paid tier charges the payment that was put on hold; declining a member also
        cancels any subscription they have running.

        ``POST /v1/memberships/members/update-status``
        """
        from .api.memberships import update_member_status as _operation
        from .models.update_member_status_request import UpdateMemberStatusRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    user_id=user_id,
                    status=status,
                ),
            },
        )


class AsyncOrganizationsAdminsResource:
    """``organizations.admins``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
    ) -> ListOrganizationAdminsResponse:
        """List organization admins

        Returns every admin of the organization that owns the API key, in a single unpaginated
        list. Needs an organization API key.

        ``GET /v1/organizations/admins/list``
        """
        from .api.organizations import list_organization_admins as _operation

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {},
        )


class AsyncOrganizationsCalendarsResource:
    """``organizations.calendars``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> AsyncPaginator[Calendar]:
        """List organization calendars

        Returns the calendars that belong to the organization, one page at a time. Needs an
        organization API key; the calendar ids returned here can be sent in `x-luma-calendar-id`.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/organizations/calendars/list``
        """
        from .api.organizations import list_organization_calendars as _operation

        return self._invoker.paginate(
            _operation.asyncio_detailed,
            {
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )

    async def create(
        self,
        *,
        name: str,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        tint_color: str | Unset = UNSET,
    ) -> Calendar:
        """Create a calendar in the organization

        Creates a new calendar inside the organization and returns it. The owner of the API key
        becomes the calendar's manager. When no avatar or tint colour is given, Luma picks one at
        random. Needs an organization API key. The older `/v1/organizations/calendars/create`
        route wraps the result as `{"calendar": {...}}`.

        ``POST /v2/organizations/calendars/create``
        (legacy paths: ``/v1/organizations/calendars/create``)
        """
        from .api.organizations import create_organization_calendar as _operation
        from .models.create_organization_calendar_request import CreateOrganizationCalendarRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    name=name,
                    slug=slug,
                    description=description,
                    avatar_url=avatar_url,
                    tint_color=tint_color,
                ),
            },
        )


class AsyncOrganizationsEventsResource:
    """``organizations.events``."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        before: datetime.datetime | Unset = UNSET,
        after: datetime.datetime | Unset = UNSET,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
    ) -> AsyncPaginator[OrganizationEvent]:
        """List events across the organization

        Returns events from all of the organization's calendars, one page at a time. An event that
        sits on several of those calendars is returned only once; its `managing_calendars` shows
        which of the organization's calendars have manage access to it and whether that placement
        is approved or still pending. Entries also carry a few deprecated legacy fields. Needs an
        organization API key. There is no `sort_column` parameter; `sort_direction` only flips the
        order Luma uses for this list.

        Returns every entry, page after page; ``pagination_limit`` is the page size, not a cap.

        ``GET /v1/organizations/events/list``
        """
        from .api.organizations import list_organization_events as _operation

        return self._invoker.paginate(
            _operation.asyncio_detailed,
            {
                "before": before,
                "after": after,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
                "sort_direction": sort_direction,
            },
        )

    async def transfer_calendar(
        self,
        *,
        event_id: str,
        calendar_id: str,
    ) -> EmptyResponse:
        """Move an event to another calendar

        Hands an event over to a different calendar of the same organization, which then manages
        it. The destination must belong to the organization that owns the API key. Needs an
        organization API key.

        ``POST /v1/organizations/events/transfer-calendar``
        """
        from .api.organizations import transfer_event as _operation
        from .models.transfer_event_request import TransferEventRequest as _Body

        return await self._invoker.call(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    calendar_id=calendar_id,
                ),
            },
        )


class RawLumaResources:
    """The root of the resource tree, returning raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @cached_property
    def calendars(self) -> RawCalendarsResource:
        """``calendars``: built on first access."""
        return RawCalendarsResource(self._invoker)

    @cached_property
    def events(self) -> RawEventsResource:
        """``events``: built on first access."""
        return RawEventsResource(self._invoker)

    @cached_property
    def users(self) -> RawUsersResource:
        """``users``: built on first access."""
        return RawUsersResource(self._invoker)

    @cached_property
    def entities(self) -> RawEntitiesResource:
        """``entities``: built on first access."""
        return RawEntitiesResource(self._invoker)

    @cached_property
    def images(self) -> RawImagesResource:
        """``images``: built on first access."""
        return RawImagesResource(self._invoker)

    @cached_property
    def memberships(self) -> RawMembershipsResource:
        """``memberships``: built on first access."""
        return RawMembershipsResource(self._invoker)

    @cached_property
    def webhooks(self) -> RawWebhooksResource:
        """``webhooks``: built on first access."""
        return RawWebhooksResource(self._invoker)

    @cached_property
    def organizations(self) -> RawOrganizationsResource:
        """``organizations``: built on first access."""
        return RawOrganizationsResource(self._invoker)


class RawCalendarsResource:
    """``calendars``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @cached_property
    def events(self) -> RawCalendarsEventsResource:
        """``calendars.events``: built on first access."""
        return RawCalendarsEventsResource(self._invoker)

    @cached_property
    def coupons(self) -> RawCalendarsCouponsResource:
        """``calendars.coupons``: built on first access."""
        return RawCalendarsCouponsResource(self._invoker)

    @cached_property
    def admins(self) -> RawCalendarsAdminsResource:
        """``calendars.admins``: built on first access."""
        return RawCalendarsAdminsResource(self._invoker)

    @cached_property
    def contacts(self) -> RawCalendarsContactsResource:
        """``calendars.contacts``: built on first access."""
        return RawCalendarsContactsResource(self._invoker)

    @cached_property
    def contact_tags(self) -> RawCalendarsContactTagsResource:
        """``calendars.contact_tags``: built on first access."""
        return RawCalendarsContactTagsResource(self._invoker)

    @cached_property
    def event_tags(self) -> RawCalendarsEventTagsResource:
        """``calendars.event_tags``: built on first access."""
        return RawCalendarsEventTagsResource(self._invoker)

    def get(
        self,
    ) -> RawResponse[Calendar]:
        """Get the key's calendar

        Returns the calendar the API key belongs to (for organization keys, the calendar selected
        with `x-luma-calendar-id`). There are no parameters. The older singular route wraps the
        calendar in a `calendar` property.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/calendars/get``
        (legacy paths: ``/v1/calendar/get``)
        """
        from .api.calendars import get_calendar as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {},
        )

    def update(
        self,
        *,
        calendar_id: str,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        tint_color: str | Unset = UNSET,
    ) -> RawResponse[Calendar]:
        """Update calendar settings

        Changes the name, slug, description, avatar or tint colour of a calendar and returns the
        updated calendar. Only the fields present in the body are touched; everything omitted
        stays as it is. A new avatar has to be uploaded to Luma's CDN first (see
        `create_image_upload_url`). This route has no older alias.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/update``
        """
        from .api.calendars import update_calendar as _operation
        from .models.update_calendar_request import UpdateCalendarRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    calendar_id=calendar_id,
                    name=name,
                    slug=slug,
                    description=description,
                    avatar_url=avatar_url,
                    tint_color=tint_color,
                ),
            },
        )


class RawEventsResource:
    """``events``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @cached_property
    def hosts(self) -> RawEventsHostsResource:
        """``events.hosts``: built on first access."""
        return RawEventsHostsResource(self._invoker)

    @cached_property
    def guests(self) -> RawEventsGuestsResource:
        """``events.guests``: built on first access."""
        return RawEventsGuestsResource(self._invoker)

    @cached_property
    def coupons(self) -> RawEventsCouponsResource:
        """``events.coupons``: built on first access."""
        return RawEventsCouponsResource(self._invoker)

    @cached_property
    def ticket_types(self) -> RawEventsTicketTypesResource:
        """``events.ticket_types``: built on first access."""
        return RawEventsTicketTypesResource(self._invoker)

    def get(
        self,
        *,
        event_id: str,
    ) -> RawResponse[Event]:
        """Get an event

        Returns the full admin view of one Luma event, including its hosts, guest counts, pricing
        summary and registration settings. The key's calendar must have manage access to the
        event. The legacy path returns `{event, hosts}` with the hosts next to the event instead
        of inside it.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/events/get``
        (legacy paths: ``/v1/event/get``)
        """
        from .api.events import get_event as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "event_id": event_id,
            },
        )

    def create(
        self,
        *,
        name: str,
        start_at: datetime.datetime,
        timezone: str,
        end_at: datetime.datetime | Unset = UNSET,
        description_md: str | Unset = UNSET,
        cover_url: str | Unset = UNSET,
        coordinate: Coordinate | Unset = UNSET,
        geo_address_json: GeoAddressInputGoogle | GeoAddressInputManual | Unset = UNSET,
        meeting_url: str | Unset = UNSET,
        max_capacity: int | None | Unset = UNSET,
        can_register_for_multiple_tickets: bool | Unset = UNSET,
        name_requirement: NameRequirement | Unset = UNSET,
        phone_number_requirement: None | PhoneNumberRequirement | Unset = UNSET,
        registration_questions: builtins.list[
            RegistrationQuestionChoice
            | RegistrationQuestionCompany
            | RegistrationQuestionSimple
            | RegistrationQuestionTerms
        ]
        | Unset = UNSET,
        reminders_disabled: bool | Unset = UNSET,
        feedback_email: FeedbackEmail | Unset = UNSET,
        show_guest_list: bool | Unset = UNSET,
        slug: str | Unset = UNSET,
        tint_color: str | Unset = UNSET,
        visibility: Visibility | Unset = UNSET,
        location_visibility: LocationVisibility | Unset = UNSET,
        registration_open: bool | Unset = UNSET,
        waitlist_status: WaitlistStatus | Unset = UNSET,
    ) -> RawResponse[CreateEventResponse]:
        """Create an event

        Creates a new event managed by the key's calendar and returns its id. Only `name`,
        `start_at` and `timezone` are required; everything else falls back to Luma's (or the
        calendar's) defaults. Upload a cover image first with the image upload operation and pass
        the resulting Luma CDN URL as `cover_url`. Older API versions returned `{api_id}` (and
        briefly `{id, api_id}`).

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/create``
        (legacy paths: ``/v1/event/create``)
        """
        from .api.events import create_event as _operation
        from .models.create_event_request import CreateEventRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
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
                ),
            },
        )

    def update(
        self,
        *,
        event_id: str,
        name: str | Unset = UNSET,
        start_at: datetime.datetime | Unset = UNSET,
        end_at: datetime.datetime | Unset = UNSET,
        timezone: str | Unset = UNSET,
        description_md: str | Unset = UNSET,
        cover_url: str | Unset = UNSET,
        coordinate: Coordinate | Unset = UNSET,
        geo_address_json: GeoAddressInputGoogle | GeoAddressInputManual | Unset = UNSET,
        meeting_url: str | Unset = UNSET,
        max_capacity: int | None | Unset = UNSET,
        can_register_for_multiple_tickets: bool | Unset = UNSET,
        name_requirement: NameRequirement | Unset = UNSET,
        phone_number_requirement: None | PhoneNumberRequirement | Unset = UNSET,
        registration_questions: builtins.list[
            RegistrationQuestionChoice
            | RegistrationQuestionCompany
            | RegistrationQuestionSimple
            | RegistrationQuestionTerms
        ]
        | Unset = UNSET,
        reminders_disabled: bool | Unset = UNSET,
        feedback_email: FeedbackEmail | Unset = UNSET,
        show_guest_list: bool | Unset = UNSET,
        slug: str | Unset = UNSET,
        tint_color: str | Unset = UNSET,
        visibility: Visibility | Unset = UNSET,
        location_visibility: LocationVisibility | Unset = UNSET,
        registration_open: bool | Unset = UNSET,
        waitlist_status: WaitlistStatus | Unset = UNSET,
        suppress_notifications: bool | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Update an event

        Changes an existing event the key's calendar manages. Only the fields sent are changed;
        every field accepted on creation may be sent. Guests are told about changes to the name,
        time or location unless `suppress_notifications` is true.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/update``
        (legacy paths: ``/v1/event/update``)
        """
        from .api.events import update_event as _operation
        from .models.update_event_request import UpdateEventRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    name=name,
                    start_at=start_at,
                    end_at=end_at,
                    timezone=timezone,
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
                    suppress_notifications=suppress_notifications,
                ),
            },
        )

    def request_cancellation(
        self,
        *,
        event_id: str,
    ) -> RawResponse[RequestEventCancellationResponse]:
        """Request a cancellation token

        First step of cancelling an event: returns a short-lived token (valid for 15 minutes)
        together with how many guests would be affected and whether any of them paid, so the
        caller can decide about refunds before confirming with the cancel operation. Nothing is
        changed yet.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/cancel/request``
        (legacy paths: ``/v1/event/cancel/request``)
        """
        from .api.events import request_event_cancellation as _operation
        from .models.request_event_cancellation_request import RequestEventCancellationRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                ),
            },
        )

    def cancel(
        self,
        *,
        event_id: str,
        cancellation_token: str,
        should_refund: bool | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Cancel an event

        Second step of cancelling an event, using the token from the cancellation request. This
        cannot be undone: guests are notified, refunds are issued when requested, the event is
        deleted and an `event.canceled` webhook is sent. `should_refund` must be given when the
        event has paying guests.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/cancel``
        (legacy paths: ``/v1/event/cancel``)
        """
        from .api.events import cancel_event as _operation
        from .models.cancel_event_request import CancelEventRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    cancellation_token=cancellation_token,
                    should_refund=should_refund,
                ),
            },
        )


class RawUsersResource:
    """``users``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def get_self(
        self,
    ) -> RawResponse[User]:
        """Get the key's owner

        Returns the Luma user who created the API key in use. It takes no parameters, which makes
        it the simplest way to check that a key is valid. The current route returns the user
        object directly; the older singular route wraps it in a `user` property and also carries a
        deprecated `api_id`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/users/get-self``
        (legacy paths: ``/v1/user/get-self``)
        """
        from .api.users import get_self as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {},
        )


class RawEntitiesResource:
    """``entities``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def lookup(
        self,
        *,
        slug: str,
    ) -> RawResponse[LookupEntityResponse]:
        """Resolve a slug to a calendar or event

        Finds out what a public Luma slug (the path part of a `luma.com/<slug>` address) points
        to: a calendar, an event, or nothing. The `type` of the returned entity says which of the
        two summaries is present; `entity` is null when the slug is unused, so this call also
        tells whether a slug is still free before creating an event with it. The route was called
        `/v1/entity/lookup` until mid-2026, and the earliest spec generations returned only
        `api_id` instead of `id` in the summaries.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/entities/lookup``
        (legacy paths: ``/v1/entity/lookup``)
        """
        from .api.entities import lookup_entity as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "slug": slug,
            },
        )


class RawImagesResource:
    """``images``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def create_upload_url(
        self,
        *,
        content_type: ImageContentType | None | Unset = UNSET,
    ) -> RawResponse[CreateImageUploadUrlResponse]:
        """Get a pre-signed image upload URL

        Starts an image upload to Luma's CDN. The response holds a pre-signed `upload_url`: send
        the image bytes to it with an HTTP `PUT` (without the Luma API key, the URL carries its
        own authorisation). Afterwards the image is served from `file_url`, which can be passed as
        an event's `cover_url` or a calendar's `avatar_url`; both fields only accept images hosted
        on `images.lumacdn.com`. Older spec generations also required `purpose: event-cover` in
        the body.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/images/create-upload-url``
        """
        from .api.images import create_image_upload_url as _operation
        from .models.create_image_upload_url_request import CreateImageUploadUrlRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    content_type=content_type,
                ),
            },
        )


class RawMembershipsResource:
    """``memberships``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @cached_property
    def tiers(self) -> RawMembershipsTiersResource:
        """``memberships.tiers``: built on first access."""
        return RawMembershipsTiersResource(self._invoker)

    @cached_property
    def members(self) -> RawMembershipsMembersResource:
        """``memberships.members``: built on first access."""
        return RawMembershipsMembersResource(self._invoker)


class RawWebhooksResource:
    """``webhooks``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> RawResponse[ListWebhooksResponse]:
        """List webhooks

        Returns the calendar's webhook endpoints, one page at a time. Each entry includes the
        endpoint's signing secret in full, so treat the response as sensitive.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/webhooks/list``
        """
        from .api.webhooks import list_webhooks as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )

    def get(
        self,
        *,
        id: str,
    ) -> RawResponse[Webhook]:
        """Get a webhook

        Returns one webhook endpoint of the calendar, including its signing secret. The older
        `/v1/webhooks/get` route returns the same object wrapped as `{"webhook": {...}}`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v2/webhooks/get``
        (legacy paths: ``/v1/webhooks/get``)
        """
        from .api.webhooks import get_webhook as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "id": id,
            },
        )

    def create(
        self,
        *,
        url: str,
        event_types: builtins.list[WebhookEventType],
    ) -> RawResponse[Webhook]:
        """Create a webhook

        Registers a new endpoint that Luma will POST notifications to for the chosen event types
        (`*` subscribes to all of them). Luma pings the URL while creating the webhook; if that
        verification request does not succeed, creation fails with 400. The response contains the
        new webhook, including its secret. The older `/v1/webhooks/create` route wraps the result
        as `{"webhook": {...}}`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v2/webhooks/create``
        (legacy paths: ``/v1/webhooks/create``)
        """
        from .api.webhooks import create_webhook as _operation
        from .models.create_webhook_request import CreateWebhookRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    url=url,
                    event_types=event_types,
                ),
            },
        )

    def update(
        self,
        *,
        id: str,
        event_types: builtins.list[WebhookEventType] | Unset = UNSET,
        status: WebhookStatus | Unset = UNSET,
    ) -> RawResponse[Webhook]:
        """Update a webhook

        Changes which event types a webhook receives and/or pauses or reactivates it. Fields left
        out stay as they are. The URL cannot be changed: delete the webhook and create a new one
        instead. The older `/v1/webhooks/update` route wraps the result as `{"webhook": {...}}`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v2/webhooks/update``
        (legacy paths: ``/v1/webhooks/update``)
        """
        from .api.webhooks import update_webhook as _operation
        from .models.update_webhook_request import UpdateWebhookRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    id=id,
                    event_types=event_types,
                    status=status,
                ),
            },
        )

    def delete(
        self,
        *,
        id: str,
    ) -> RawResponse[EmptyResponse]:
        """Delete a webhook

        Removes a webhook endpoint permanently; Luma stops sending notifications to it.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/webhooks/delete``
        """
        from .api.webhooks import delete_webhook as _operation
        from .models.delete_webhook_request import DeleteWebhookRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    id=id,
                ),
            },
        )


class RawOrganizationsResource:
    """``organizations``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @cached_property
    def admins(self) -> RawOrganizationsAdminsResource:
        """``organizations.admins``: built on first access."""
        return RawOrganizationsAdminsResource(self._invoker)

    @cached_property
    def calendars(self) -> RawOrganizationsCalendarsResource:
        """``organizations.calendars``: built on first access."""
        return RawOrganizationsCalendarsResource(self._invoker)

    @cached_property
    def events(self) -> RawOrganizationsEventsResource:
        """``organizations.events``: built on first access."""
        return RawOrganizationsEventsResource(self._invoker)


class RawCalendarsEventsResource:
    """``calendars.events``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        before: datetime.datetime | Unset = UNSET,
        after: datetime.datetime | Unset = UNSET,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        sort_column: CalendarEventSortColumn | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        platforms: builtins.list[EventPlatform] | Unset = UNSET,
        status: CalendarSubmissionStatusFilter | Unset = UNSET,
        access: builtins.list[EventAccess] | Unset = UNSET,
    ) -> RawResponse[ListCalendarEventsResponse]:
        """List the calendar's events

        Returns one page of the events the key's calendar manages, newest or oldest first
        depending on `sort_direction`. Events that are merely featured on the calendar without
        being managed by it are not included. By default only Luma-platform events whose
        submission is approved come back; use `platforms` to also (or only) get external events
        and `status` to see submissions that are still waiting for review. Each entry is the event
        itself (not wrapped), tagged with `platform` (`luma` or `external`), plus the event tags
        applied on this calendar, the user who submitted it and the calendar's access level.
        Entries the calendar can only view carry a city-level location and leave out
        `meeting_url`, `registration_questions` and `feedback_email`. The legacy path wraps every
        entry as `{api_id, event, tags}` instead.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/calendars/events/list``
        (legacy paths: ``/v1/calendar/list-events``)
        """
        from .api.calendar_events import list_calendar_events as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "before": before,
                "after": after,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
                "platforms": platforms,
                "status": status,
                "access": access,
            },
        )

    def lookup(
        self,
        *,
        platform: EventPlatform | Unset = UNSET,
        url: str | Unset = UNSET,
        event_id: str | Unset = UNSET,
    ) -> RawResponse[LookupCalendarEventResponse]:
        """Look up an event on the calendar

        Checks whether an event is already on the key's calendar and, if so, what state its
        submission is in. Identify a Luma event by `event_id`, or an external event by
        `platform=external` plus its `url`. All parameters are optional in Luma's schema, but one
        of those two combinations is needed to find anything. Returns `{"event": null}` when the
        calendar does not have the event.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/calendars/events/lookup``
        (legacy paths: ``/v1/calendar/lookup-event``)
        """
        from .api.calendar_events import lookup_calendar_event as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "platform": platform,
                "url_query": url,
                "event_id": event_id,
            },
        )

    def add(
        self,
        *,
        body: AddCalendarEventExternalRequest | AddCalendarEventLumaRequest,
    ) -> RawResponse[AddCalendarEventResponse]:
        """Add an event to the calendar

        Puts an existing Luma event, or an event hosted elsewhere (`platform: external`), on the
        key's calendar. Events added by a calendar manager are approved straight away unless
        `submission_mode` is `pending`, in which case they wait in the calendar's review queue
        (see approve/reject). On calendars set to require manage access, submitting a Luma event
        you manage can hand the calendar manage access once the submission is approved. Adding the
        same Luma event twice fails with an error saying it has already been submitted.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/events/add``
        (legacy paths: ``/v1/calendar/add-event``)
        """
        from .api.calendar_events import add_calendar_event as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": body,
            },
        )

    def approve(
        self,
        *,
        calendar_event_id: str,
    ) -> RawResponse[EmptyResponse]:
        """Approve a pending event submission

        Accepts an event that was submitted to the key's calendar and is waiting for review, so it
        shows up on the calendar. The person who submitted it is notified.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/events/approve``
        (legacy paths: ``/v1/calendar/approve-event``)
        """
        from .api.calendar_events import approve_calendar_event as _operation
        from .models.approve_calendar_event_request import ApproveCalendarEventRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    calendar_event_id=calendar_event_id,
                ),
            },
        )

    def reject(
        self,
        *,
        calendar_event_id: str,
        message: str | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Reject a pending event submission

        Declines an event that was submitted to the key's calendar and is waiting for review,
        optionally with a note explaining why.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/events/reject``
        (legacy paths: ``/v1/calendar/reject-event``)
        """
        from .api.calendar_events import reject_calendar_event as _operation
        from .models.reject_calendar_event_request import RejectCalendarEventRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    calendar_event_id=calendar_event_id,
                    message=message,
                ),
            },
        )


class RawCalendarsCouponsResource:
    """``calendars.coupons``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> RawResponse[ListCalendarCouponsResponse]:
        """List the calendar's coupons

        Returns the coupons defined on the calendar itself, which apply to every event the
        calendar manages, one page at a time. Event-specific coupons are listed by
        `list_event_coupons`.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/calendars/coupons/list``
        (legacy paths: ``/v1/calendar/coupons``)
        """
        from .api.calendar_coupons import list_calendar_coupons as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )

    def create(
        self,
        *,
        code: str,
        discount: AmountDiscount | PercentDiscount,
        remaining_count: int | Unset = UNSET,
        valid_start_at: datetime.datetime | None | Unset = UNSET,
        valid_end_at: datetime.datetime | None | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Create a calendar coupon

        Creates a discount code that guests can use on any event of the calendar: either a
        percentage or a fixed amount in a given currency off the ticket price. The discount cannot
        be changed later, and the same code should not also be created on one of the calendar's
        events. Returns the new coupon; the legacy route wraps it as `{"coupon": ...}`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/coupons/create``
        (legacy paths: ``/v1/calendar/coupons/create``)
        """
        from .api.calendar_coupons import create_calendar_coupon as _operation
        from .models.create_calendar_coupon_request import CreateCalendarCouponRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    code=code,
                    discount=discount,
                    remaining_count=remaining_count,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                ),
            },
        )

    def update(
        self,
        *,
        code: str,
        remaining_count: int | Unset = UNSET,
        valid_start_at: datetime.datetime | None | Unset = UNSET,
        valid_end_at: datetime.datetime | None | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Update a calendar coupon

        Changes how many more times a calendar coupon can be used and the window in which it is
        valid. The coupon is identified by its code; its discount cannot be changed. Fields that
        are omitted stay as they are. (The oldest version of this route accepted only the
        remaining count.)

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/coupons/update``
        (legacy paths: ``/v1/calendar/coupons/update``)
        """
        from .api.calendar_coupons import update_calendar_coupon as _operation
        from .models.update_calendar_coupon_request import UpdateCalendarCouponRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    code=code,
                    remaining_count=remaining_count,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                ),
            },
        )


class RawCalendarsAdminsResource:
    """``calendars.admins``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
    ) -> RawResponse[ListCalendarAdminsResponse]:
        """List calendar admins

        Returns every admin of the key's calendar in one response; the list is not paginated and
        takes no parameters. Older routes additionally return a deprecated `api_id` on each admin.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/calendars/admins/list``
        (legacy paths: ``/v1/calendar/admins/list``)
        """
        from .api.calendars import list_calendar_admins as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {},
        )


class RawCalendarsContactsResource:
    """``calendars.contacts``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        query: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        calendar_membership_tier_id: str | Unset = UNSET,
        membership_status: MembershipStatus | Unset = UNSET,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        sort_column: ContactSortColumn | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
    ) -> RawResponse[ListContactsResponse]:
        """List calendar contacts

        Pages through the people connected to the calendar (its contacts, including members of
        membership tiers), optionally narrowed by a search string, tags, membership tier or
        membership status, and sorted by one of the supported columns. On the legacy
        `/v1/calendar/list-people` route the status filter is called `member_status`, the tier
        filter was `calendar_membership_tier_api_id` in the oldest generation, and early
        generations took `tags` as one comma-separated string instead of a repeated parameter.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/calendars/contacts/list``
        (legacy paths: ``/v1/calendar/list-people``)
        """
        from .api.contacts import list_contacts as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "query": query,
                "tags": tags,
                "calendar_membership_tier_id": calendar_membership_tier_id,
                "membership_status": membership_status,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
            },
        )

    def import_(
        self,
        *,
        contacts: builtins.list[ImportContactsEntry],
        tags: builtins.list[str] | None | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Import contacts

        Adds people to the calendar's contacts by email address, optionally with a name and with
        tags applied to all of them. When a person's Luma account already has a name, the imported
        name does not replace it. The legacy `/v1/calendar/import-people` route takes the list as
        `infos` and the tags as `tag_ids` (or, in the oldest generations, `tag_api_ids` /
        `tag_names`, where unknown tag names were not created).

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contacts/import``
        (legacy paths: ``/v1/calendar/import-people``)
        """
        from .api.contacts import import_contacts as _operation
        from .models.import_contacts_request import ImportContactsRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    contacts=contacts,
                    tags=tags,
                ),
            },
        )

    def block(
        self,
        *,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Block a contact

        Blocks a person on the calendar. Identify the contact by `contact_id`, by `email`, or by
        both; at least one of the two must be sent. A blocked contact can be brought back with
        `restore_contact`. This route is new in the latest spec generation; its response body has
        not been captured and is modelled here as an empty object, so treat any content as
        informational.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contacts/block``
        """
        from .api.contacts import block_contact as _operation
        from .models.block_contact_request import BlockContactRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    contact_id=contact_id,
                    email=email,
                ),
            },
        )

    def remove(
        self,
        *,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Remove a contact

        Removes a person from the calendar's contacts. Identify the contact by `contact_id`, by
        `email`, or by both; at least one of the two must be sent. A removed contact can be
        brought back with `restore_contact`. This route is new in the latest spec generation; its
        response body has not been captured and is modelled here as an empty object.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contacts/remove``
        """
        from .api.contacts import remove_contact as _operation
        from .models.remove_contact_request import RemoveContactRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    contact_id=contact_id,
                    email=email,
                ),
            },
        )

    def restore(
        self,
        *,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Restore a contact

        Undoes an earlier block or removal, making the person a regular contact of the calendar
        again. Identify the contact by `contact_id`, by `email`, or by both; at least one of the
        two must be sent. This route is new in the latest spec generation; its response body has
        not been captured and is modelled here as an empty object.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contacts/restore``
        """
        from .api.contacts import restore_contact as _operation
        from .models.restore_contact_request import RestoreContactRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    contact_id=contact_id,
                    email=email,
                ),
            },
        )


class RawCalendarsContactTagsResource:
    """``calendars.contact_tags``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
    ) -> RawResponse[ListContactTagsResponse]:
        """List contact tags

        Returns all tags defined for the calendar's contacts in one response, without parameters
        or pagination. The oldest generations of the legacy `/v1/calendar/list-person-tags` route
        were paginated, sortable and returned `api_id` and `created_at` per tag.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/calendars/contact-tags/list``
        (legacy paths: ``/v1/calendar/list-person-tags``)
        """
        from .api.contact_tags import list_contact_tags as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {},
        )

    def create(
        self,
        *,
        name: str,
        color: None | TagColor | Unset = UNSET,
    ) -> RawResponse[CreateContactTagResponse]:
        """Create a contact tag

        Defines a new tag for the calendar's contacts and returns its id. The colour is optional.
        Older routes return the id as `tag_id` (plus a deprecated `tag_api_id`) or only as
        `tag_api_id`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contact-tags/create``
        (legacy paths: ``/v1/calendar/create-person-tag``)
        """
        from .api.contact_tags import create_contact_tag as _operation
        from .models.create_contact_tag_request import CreateContactTagRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    name=name,
                    color=color,
                ),
            },
        )

    def update(
        self,
        *,
        tag_id: str,
        name: str | Unset = UNSET,
        color: TagColor | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Update a contact tag

        Renames a contact tag or changes its colour; omitted fields keep their value. Early
        generations of the legacy route identified the tag with `tag_api_id`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contact-tags/update``
        (legacy paths: ``/v1/calendar/update-person-tag``)
        """
        from .api.contact_tags import update_contact_tag as _operation
        from .models.update_contact_tag_request import UpdateContactTagRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    tag_id=tag_id,
                    name=name,
                    color=color,
                ),
            },
        )

    def delete(
        self,
        *,
        tag_id: str,
    ) -> RawResponse[EmptyResponse]:
        """Delete a contact tag

        Deletes a contact tag from the calendar. Early generations of the legacy route identified
        the tag with `tag_api_id`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contact-tags/delete``
        (legacy paths: ``/v1/calendar/delete-person-tag``)
        """
        from .api.contact_tags import delete_contact_tag as _operation
        from .models.delete_contact_tag_request import DeleteContactTagRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    tag_id=tag_id,
                ),
            },
        )

    def apply(
        self,
        *,
        tag: str,
        user_ids: builtins.list[str] | Unset = UNSET,
        emails: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[ApplyContactTagResponse]:
        """Tag contacts

        Adds a tag to existing contacts, selected by user id and/or email address. It never
        creates contacts: people who are not contacts of the calendar are counted as skipped. The
        tag can be given by id or by name. Early generations of the legacy route called the user
        list `user_api_ids`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contact-tags/apply``
        (legacy paths: ``/v1/calendar/person-tags/apply``)
        """
        from .api.contact_tags import apply_contact_tag as _operation
        from .models.apply_contact_tag_request import ApplyContactTagRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    tag=tag,
                    user_ids=user_ids,
                    emails=emails,
                ),
            },
        )

    def unapply(
        self,
        *,
        tag: str,
        user_ids: builtins.list[str] | Unset = UNSET,
        emails: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[UnapplyContactTagResponse]:
        """Untag contacts

        Takes a tag off contacts, selected by user id and/or email address. People who are not
        contacts of the calendar are counted as skipped. The tag can be given by id or by name.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contact-tags/unapply``
        (legacy paths: ``/v1/calendar/person-tags/unapply``)
        """
        from .api.contact_tags import unapply_contact_tag as _operation
        from .models.unapply_contact_tag_request import UnapplyContactTagRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    tag=tag,
                    user_ids=user_ids,
                    emails=emails,
                ),
            },
        )


class RawCalendarsEventTagsResource:
    """``calendars.event_tags``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
    ) -> RawResponse[ListEventTagsResponse]:
        """List event tags

        Returns all tags the calendar uses for its events in one response, without parameters or
        pagination. The legacy singular route returned only `entries`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/calendars/event-tags/list``
        (legacy paths: ``/v1/calendar/event-tags/list``)
        """
        from .api.event_tags import list_event_tags as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {},
        )

    def create(
        self,
        *,
        name: str,
        color: None | TagColor | Unset = UNSET,
    ) -> RawResponse[CreateEventTagResponse]:
        """Create an event tag

        Defines a new tag for the calendar's events and returns its id. The colour is optional.
        The legacy singular route returns `tag_id` and a deprecated `tag_api_id` instead of `id`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/event-tags/create``
        (legacy paths: ``/v1/calendar/event-tags/create``)
        """
        from .api.event_tags import create_event_tag as _operation
        from .models.create_event_tag_request import CreateEventTagRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    name=name,
                    color=color,
                ),
            },
        )

    def update(
        self,
        *,
        tag_id: str,
        name: str | Unset = UNSET,
        color: TagColor | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Update an event tag

        Renames an event tag or changes its colour; omitted fields keep their value.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/event-tags/update``
        (legacy paths: ``/v1/calendar/event-tags/update``)
        """
        from .api.event_tags import update_event_tag as _operation
        from .models.update_event_tag_request import UpdateEventTagRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    tag_id=tag_id,
                    name=name,
                    color=color,
                ),
            },
        )

    def delete(
        self,
        *,
        tag_id: str,
    ) -> RawResponse[EmptyResponse]:
        """Delete an event tag

        Deletes an event tag from the calendar.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/event-tags/delete``
        (legacy paths: ``/v1/calendar/event-tags/delete``)
        """
        from .api.event_tags import delete_event_tag as _operation
        from .models.delete_event_tag_request import DeleteEventTagRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    tag_id=tag_id,
                ),
            },
        )

    def apply(
        self,
        *,
        tag: str,
        event_ids: builtins.list[str],
    ) -> RawResponse[ApplyEventTagResponse]:
        """Tag events

        Adds a tag to one or more events. Events that are not on this calendar are counted as
        skipped. The tag can be given by id or by name.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/event-tags/apply``
        (legacy paths: ``/v1/calendar/event-tags/apply``)
        """
        from .api.event_tags import apply_event_tag as _operation
        from .models.apply_event_tag_request import ApplyEventTagRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    tag=tag,
                    event_ids=event_ids,
                ),
            },
        )

    def unapply(
        self,
        *,
        tag: str,
        event_ids: builtins.list[str],
    ) -> RawResponse[UnapplyEventTagResponse]:
        """Untag events

        Takes a tag off one or more events. Events that are not on this calendar are counted as
        skipped. The tag can be given by id or by name.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/event-tags/unapply``
        (legacy paths: ``/v1/calendar/event-tags/unapply``)
        """
        from .api.event_tags import unapply_event_tag as _operation
        from .models.unapply_event_tag_request import UnapplyEventTagRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    tag=tag,
                    event_ids=event_ids,
                ),
            },
        )


class RawEventsHostsResource:
    """``events.hosts``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def add(
        self,
        *,
        event_id: str,
        email: str,
        access_level: HostAccessLevel | None | Unset = UNSET,
        is_visible: bool | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Add a host to an event

        Adds a person, identified by email, as a host or check-in helper of an event the key's
        calendar manages. By default the new host is a manager and is shown on the event page.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/hosts/add``
        (legacy paths: ``/v1/event/hosts/create``, ``/v1/event/add-host``)
        """
        from .api.hosts import add_event_host as _operation
        from .models.add_event_host_request import AddEventHostRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    email=email,
                    access_level=access_level,
                    is_visible=is_visible,
                    name=name,
                ),
            },
        )

    def update(
        self,
        *,
        event_id: str,
        email: str,
        access_level: HostAccessLevel | Unset = UNSET,
        is_visible: bool | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Update an event host

        Changes the access level or visibility of one of an event's hosts, identified by email.
        The access level of the person who created the event cannot be changed.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/hosts/update``
        (legacy paths: ``/v1/event/hosts/update``)
        """
        from .api.hosts import update_event_host as _operation
        from .models.update_event_host_request import UpdateEventHostRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    email=email,
                    access_level=access_level,
                    is_visible=is_visible,
                ),
            },
        )

    def remove(
        self,
        *,
        event_id: str,
        email: str,
    ) -> RawResponse[EmptyResponse]:
        """Remove an event host

        Takes a person, identified by email, off an event's host list. The event's creator cannot
        be removed.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/hosts/remove``
        (legacy paths: ``/v1/event/hosts/remove``)
        """
        from .api.hosts import remove_event_host as _operation
        from .models.remove_event_host_request import RemoveEventHostRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    email=email,
                ),
            },
        )


class RawEventsGuestsResource:
    """``events.guests``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def get(
        self,
        *,
        event_id: str,
        id: str,
    ) -> RawResponse[Guest]:
        """Get a guest of an event

        Returns one guest of an event the calendar manages, including the guest's ticket orders
        (`event_ticket_orders`, with any coupon that was applied), which the guest list leaves
        out. The guest can be identified in several ways: by guest id, by ticket key, by the guest
        key from the check-in QR code, or by the email address the guest registered with. The
        legacy route wraps the guest in a `{"guest": ...}` envelope and takes older parameter
        names (`api_id`, `email`, `proxy_key`); this route returns the bare guest.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/events/guests/get``
        (legacy paths: ``/v1/event/get-guest``)
        """
        from .api.guests import get_event_guest as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "event_id": event_id,
                "id": id,
            },
        )

    def list(
        self,
        *,
        event_id: str,
        approval_status: GuestApprovalStatus | Unset = UNSET,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        sort_column: GuestSortColumn | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
    ) -> RawResponse[ListEventGuestsResponse]:
        """List the guests of an event

        Returns the guests of an event the calendar manages, one page at a time, optionally
        filtered by approval status and sorted. Entries do not carry `event_ticket_orders`; fetch
        a single guest for those. Hosts of the event also show up in the list, with the status
        `invited`. The legacy route wraps each entry as `{"api_id": ..., "guest": {...}}` (newer
        versions of it also repeat the guest fields at the top level); this route returns the
        guest objects directly.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/events/guests/list``
        (legacy paths: ``/v1/event/get-guests``)
        """
        from .api.guests import list_event_guests as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "event_id": event_id,
                "approval_status": approval_status,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
            },
        )

    def add(
        self,
        *,
        event_id: str,
        guests: builtins.list[GuestInput],
        registration_answers: builtins.list[RegistrationAnswerInput] | Unset = UNSET,
        ticket: None | TicketTypeRef | Unset = UNSET,
        tickets: builtins.list[TicketTypeRef] | None | Unset = UNSET,
        approval_status: AddGuestApprovalStatus | None | Unset = UNSET,
        send_email: bool | None | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Add guests to an event

        Registers people directly as guests of an event, without them going through the
        registration form. Unless told otherwise, each guest is marked as going (`approved`),
        receives one ticket of the event's default ticket type and gets a confirmation email.
        Tickets issued this way are complimentary: payment and approval are skipped. Choose the
        tickets with either `ticket` (one ticket of that type for every guest) or `tickets` (every
        listed ticket for every guest), never both. To invite people without registering them, use
        `send_event_invites` instead.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/guests/add``
        (legacy paths: ``/v1/event/add-guests``)
        """
        from .api.guests import add_event_guests as _operation
        from .models.add_event_guests_request import AddEventGuestsRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    guests=guests,
                    registration_answers=registration_answers,
                    ticket=ticket,
                    tickets=tickets,
                    approval_status=approval_status,
                    send_email=send_email,
                ),
            },
        )

    def send_invites(
        self,
        *,
        event_id: str,
        guests: builtins.list[GuestInput],
        message: None | str | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Invite people to an event

        Sends invitations to an event by email, and also by text message when the invitee's phone
        number is linked to their Luma account. Invitees are not registered or marked as going;
        they decide themselves whether to register. An optional short personal message can be
        included.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/guests/send-invites``
        (legacy paths: ``/v1/event/send-invites``)
        """
        from .api.guests import send_event_invites as _operation
        from .models.send_event_invites_request import SendEventInvitesRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    guests=guests,
                    message=message,
                ),
            },
        )

    def update_status(
        self,
        *,
        event_id: str,
        guest_id: str,
        status: GuestStatusUpdate,
        should_refund: bool | Unset = False,
        send_email: bool | None | Unset = UNSET,
        message: None | str | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Change a guest's approval status

        Approves or declines a guest, or moves them back to pending approval or onto the waitlist.
        By default the guest is emailed about the change; a short message can be added to that
        email. When a paying guest is moved out of `approved`, set `should_refund` to refund them.
        The legacy route only knows `approved` and `declined` and identifies the guest with a
        `guest` object (`{"type": "email", "email": ...}` or `{"type": "api_id", "api_id": ...}`)
        instead of `guest_id`. To offer someone a place they can accept themselves, send an invite
        instead.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/guests/update-status``
        (legacy paths: ``/v1/event/update-guest-status``)
        """
        from .api.guests import update_event_guest_status as _operation
        from .models.update_event_guest_status_request import UpdateEventGuestStatusRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    guest_id=guest_id,
                    status=status,
                    should_refund=should_refund,
                    send_email=send_email,
                    message=message,
                ),
            },
        )

    def update_tickets(
        self,
        *,
        event_id: str,
        guest_id: str,
        ticket_ids_to_remove: builtins.list[str] | Unset = UNSET,
        tickets_to_add: builtins.list[TicketTypeRef] | Unset = UNSET,
        send_email: bool | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Add or remove tickets of a guest

        Changes the tickets an existing guest holds: removes the listed tickets and adds new ones
        of the given ticket types. Added tickets are complimentary (free of charge) and removed
        tickets are not refunded. This route is recent and has no legacy alias. Its response body
        has not been captured; it is modelled as the empty object `{}` that Luma's other write
        operations return, so clients should not rely on its content.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/guests/update-tickets``
        """
        from .api.guests import update_event_guest_tickets as _operation
        from .models.update_event_guest_tickets_request import UpdateEventGuestTicketsRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    guest_id=guest_id,
                    ticket_ids_to_remove=ticket_ids_to_remove,
                    tickets_to_add=tickets_to_add,
                    send_email=send_email,
                ),
            },
        )


class RawEventsCouponsResource:
    """``events.coupons``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        event_id: str,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> RawResponse[ListEventCouponsResponse]:
        """List the coupons of an event

        Returns the coupons and unlock codes that belong to one event, one page at a time. Coupons
        created on the calendar (valid for all of its events) are listed by
        `list_calendar_coupons` instead.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/events/coupons/list``
        (legacy paths: ``/v1/event/coupons``)
        """
        from .api.event_coupons import list_event_coupons as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "event_id": event_id,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )

    def create(
        self,
        *,
        event_id: str,
        code: str,
        discount: AmountDiscount | PercentDiscount,
        remaining_count: int | Unset = UNSET,
        valid_start_at: datetime.datetime | None | Unset = UNSET,
        valid_end_at: datetime.datetime | None | Unset = UNSET,
        event_ticket_type_id: str | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Create an event coupon

        Creates a discount code for one event, either a percentage or a fixed amount off.
        Restricting the coupon to a ticket type with `event_ticket_type_id` limits it to that
        type; when the type is hidden, the code works as an unlock code that reveals it. The
        discount cannot be changed after creation (only usage count and validity window can), and
        a code should not also exist as a calendar coupon. Returns the new coupon; the legacy
        route wraps it as `{"coupon": ...}`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/coupons/create``
        (legacy paths: ``/v1/event/create-coupon``)
        """
        from .api.event_coupons import create_event_coupon as _operation
        from .models.create_event_coupon_request import CreateEventCouponRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    code=code,
                    discount=discount,
                    remaining_count=remaining_count,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                    event_ticket_type_id=event_ticket_type_id,
                ),
            },
        )

    def update(
        self,
        *,
        event_id: str,
        code: str,
        remaining_count: int | Unset = UNSET,
        valid_start_at: datetime.datetime | None | Unset = UNSET,
        valid_end_at: datetime.datetime | None | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Update an event coupon

        Changes how many more times an event coupon can be used and the window in which it is
        valid. The coupon is identified by its code. Its discount cannot be changed; create a new
        coupon for different terms. Fields that are omitted stay as they are.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/coupons/update``
        (legacy paths: ``/v1/event/update-coupon``)
        """
        from .api.event_coupons import update_event_coupon as _operation
        from .models.update_event_coupon_request import UpdateEventCouponRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    code=code,
                    remaining_count=remaining_count,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                ),
            },
        )


class RawEventsTicketTypesResource:
    """``events.ticket_types``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        event_id: str,
        include_hidden: TicketTypeIncludeHidden | Unset = UNSET,
    ) -> RawResponse[ListTicketTypesResponse]:
        """List the ticket types of an event

        Returns all ticket types of an event in a single response (there is no pagination). Hidden
        ticket types are left out unless `include_hidden` is `"true"`. The legacy route returns
        the list under `ticket_types` instead of `entries`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/events/ticket-types/list``
        (legacy paths: ``/v1/event/ticket-types/list``)
        """
        from .api.ticket_types import list_ticket_types as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "event_id": event_id,
                "include_hidden": include_hidden,
            },
        )

    def get(
        self,
        *,
        event_ticket_type_id: str,
    ) -> RawResponse[TicketType]:
        """Get a ticket type

        Returns one ticket type by its id. The legacy route wraps it as `{"ticket_type": ...}`
        and, in older versions, takes the id as `id` or `event_ticket_type_api_id`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/events/ticket-types/get``
        (legacy paths: ``/v1/event/ticket-types/get``)
        """
        from .api.ticket_types import get_ticket_type as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "event_ticket_type_id": event_ticket_type_id,
            },
        )

    def create(
        self,
        *,
        event_id: str,
        name: str,
        type: TicketTypeKind,
        require_approval: bool | Unset = UNSET,
        is_hidden: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        valid_start_at: datetime.date | None | Unset = UNSET,
        valid_end_at: datetime.date | None | Unset = UNSET,
        max_capacity: float | None | Unset = UNSET,
        cents: float | None | Unset = UNSET,
        currency: None | str | Unset = UNSET,
        is_flexible: bool | Unset = UNSET,
        min_cents: float | None | Unset = UNSET,
    ) -> RawResponse[TicketType]:
        """Create a ticket type

        Adds a ticket type to an event. For a `paid` type, set the price with `cents` and
        `currency`; with `is_flexible` guests choose what to pay, down to `min_cents`. Sales can
        be limited to a date range and a capacity, and a hidden type is only offered through an
        unlock code. Returns the new ticket type; the legacy route wraps it as `{"ticket_type":
        ...}`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/ticket-types/create``
        (legacy paths: ``/v1/event/ticket-types/create``)
        """
        from .api.ticket_types import create_ticket_type as _operation
        from .models.create_ticket_type_request import CreateTicketTypeRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    name=name,
                    type_=type,
                    require_approval=require_approval,
                    is_hidden=is_hidden,
                    description=description,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                    max_capacity=max_capacity,
                    cents=cents,
                    currency=currency,
                    is_flexible=is_flexible,
                    min_cents=min_cents,
                ),
            },
        )

    def update(
        self,
        *,
        event_ticket_type_id: str,
        name: str | Unset = UNSET,
        type: TicketTypeKind | Unset = UNSET,
        require_approval: bool | Unset = UNSET,
        is_hidden: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        valid_start_at: datetime.date | None | Unset = UNSET,
        valid_end_at: datetime.date | None | Unset = UNSET,
        max_capacity: float | None | Unset = UNSET,
        cents: float | None | Unset = UNSET,
        currency: None | str | Unset = UNSET,
        is_flexible: bool | Unset = UNSET,
        min_cents: float | None | Unset = UNSET,
    ) -> RawResponse[TicketType]:
        """Update a ticket type

        Changes a ticket type. Only the fields sent are changed. Returns the updated ticket type;
        the legacy route wraps it as `{"ticket_type": ...}` and older versions take the id as
        `event_ticket_type_api_id`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/ticket-types/update``
        (legacy paths: ``/v1/event/ticket-types/update``)
        """
        from .api.ticket_types import update_ticket_type as _operation
        from .models.update_ticket_type_request import UpdateTicketTypeRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_ticket_type_id=event_ticket_type_id,
                    name=name,
                    type_=type,
                    require_approval=require_approval,
                    is_hidden=is_hidden,
                    description=description,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                    max_capacity=max_capacity,
                    cents=cents,
                    currency=currency,
                    is_flexible=is_flexible,
                    min_cents=min_cents,
                ),
            },
        )

    def delete(
        self,
        *,
        event_ticket_type_id: str,
    ) -> RawResponse[EmptyResponse]:
        """Delete a ticket type

        Deletes a ticket type. The deletion is soft (the type is marked deleted rather than
        erased). It is refused when tickets of the type have already been sold or when it is the
        event's last visible ticket type.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/ticket-types/delete``
        (legacy paths: ``/v1/event/ticket-types/delete``)
        """
        from .api.ticket_types import delete_ticket_type as _operation
        from .models.delete_ticket_type_request import DeleteTicketTypeRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_ticket_type_id=event_ticket_type_id,
                ),
            },
        )


class RawMembershipsTiersResource:
    """``memberships.tiers``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> RawResponse[ListMembershipTiersResponse]:
        """List membership tiers

        Returns the membership tiers configured on the key's calendar, one page at a time. Each
        tier says how people join it (free, a one-off payment or a subscription) and whether an
        admin must approve new members. Tier ids are what `add_member` expects as
        `membership_tier_id`.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/memberships/tiers/list``
        """
        from .api.memberships import list_membership_tiers as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )


class RawMembershipsMembersResource:
    """``memberships.members``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def add(
        self,
        *,
        email: str,
        membership_tier_id: str,
        registration_answers: builtins.list[RegistrationAnswerInput] | Unset = UNSET,
        skip_payment: bool | Unset = UNSET,
    ) -> RawResponse[AddMemberResponse]:
        """Add a member to a tier

        Puts the person with the given email address into one of the calendar's membership tiers
        and returns the resulting membership and its status. For a paid tier whose payment is
        handled outside Luma, set `skip_payment` to true; without it a paid tier can leave the
        membership waiting for payment (`approved-pending-payment`) or, for tiers that need
        approval, pending. Older versions of the API only supported free tiers here.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/memberships/members/add``
        """
        from .api.memberships import add_member as _operation
        from .models.add_member_request import AddMemberRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    email=email,
                    membership_tier_id=membership_tier_id,
                    registration_answers=registration_answers,
                    skip_payment=skip_payment,
                ),
            },
        )

    def update_status(
        self,
        *,
        user_id: str,
        status: MemberDecision,
    ) -> RawResponse[EmptyResponse]:
        """Approve or decline a member

        Decides on a member of the calendar, identified by user id or email address. Approving a
        member of a paid tier charges the payment that was put on hold; declining a member also
        cancels any subscription they have running.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/memberships/members/update-status``
        """
        from .api.memberships import update_member_status as _operation
        from .models.update_member_status_request import UpdateMemberStatusRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    user_id=user_id,
                    status=status,
                ),
            },
        )


class RawOrganizationsAdminsResource:
    """``organizations.admins``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
    ) -> RawResponse[ListOrganizationAdminsResponse]:
        """List organization admins

        Returns every admin of the organization that owns the API key, in a single unpaginated
        list. Needs an organization API key.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/organizations/admins/list``
        """
        from .api.organizations import list_organization_admins as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {},
        )


class RawOrganizationsCalendarsResource:
    """``organizations.calendars``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> RawResponse[ListOrganizationCalendarsResponse]:
        """List organization calendars

        Returns the calendars that belong to the organization, one page at a time. Needs an
        organization API key; the calendar ids returned here can be sent in `x-luma-calendar-id`.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/organizations/calendars/list``
        """
        from .api.organizations import list_organization_calendars as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )

    def create(
        self,
        *,
        name: str,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        tint_color: str | Unset = UNSET,
    ) -> RawResponse[Calendar]:
        """Create a calendar in the organization

        Creates a new calendar inside the organization and returns it. The owner of the API key
        becomes the calendar's manager. When no avatar or tint colour is given, Luma picks one at
        random. Needs an organization API key. The older `/v1/organizations/calendars/create`
        route wraps the result as `{"calendar": {...}}`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v2/organizations/calendars/create``
        (legacy paths: ``/v1/organizations/calendars/create``)
        """
        from .api.organizations import create_organization_calendar as _operation
        from .models.create_organization_calendar_request import CreateOrganizationCalendarRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    name=name,
                    slug=slug,
                    description=description,
                    avatar_url=avatar_url,
                    tint_color=tint_color,
                ),
            },
        )


class RawOrganizationsEventsResource:
    """``organizations.events``: raw HTTP responses."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        before: datetime.datetime | Unset = UNSET,
        after: datetime.datetime | Unset = UNSET,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
    ) -> RawResponse[ListOrganizationEventsResponse]:
        """List events across the organization

        Returns events from all of the organization's calendars, one page at a time. An event that
        sits on several of those calendars is returned only once; its `managing_calendars` shows
        which of the organization's calendars have manage access to it and whether that placement
        is approved or still pending. Entries also carry a few deprecated legacy fields. Needs an
        organization API key. There is no `sort_column` parameter; `sort_direction` only flips the
        order Luma uses for this list.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/organizations/events/list``
        """
        from .api.organizations import list_organization_events as _operation

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "before": before,
                "after": after,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
                "sort_direction": sort_direction,
            },
        )

    def transfer_calendar(
        self,
        *,
        event_id: str,
        calendar_id: str,
    ) -> RawResponse[EmptyResponse]:
        """Move an event to another calendar

        Hands an event over to a different calendar of the same organization, which then manages
        it. The destination must belong to the organization that owns the API key. Needs an
        organization API key.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/organizations/events/transfer-calendar``
        """
        from .api.organizations import transfer_event as _operation
        from .models.transfer_event_request import TransferEventRequest as _Body

        return self._invoker.raw(
            _operation.sync_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    calendar_id=calendar_id,
                ),
            },
        )


class AsyncRawLumaResources:
    """The root of the async resource tree, returning raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def calendars(self) -> AsyncRawCalendarsResource:
        """``calendars``: built on first access."""
        return AsyncRawCalendarsResource(self._invoker)

    @cached_property
    def events(self) -> AsyncRawEventsResource:
        """``events``: built on first access."""
        return AsyncRawEventsResource(self._invoker)

    @cached_property
    def users(self) -> AsyncRawUsersResource:
        """``users``: built on first access."""
        return AsyncRawUsersResource(self._invoker)

    @cached_property
    def entities(self) -> AsyncRawEntitiesResource:
        """``entities``: built on first access."""
        return AsyncRawEntitiesResource(self._invoker)

    @cached_property
    def images(self) -> AsyncRawImagesResource:
        """``images``: built on first access."""
        return AsyncRawImagesResource(self._invoker)

    @cached_property
    def memberships(self) -> AsyncRawMembershipsResource:
        """``memberships``: built on first access."""
        return AsyncRawMembershipsResource(self._invoker)

    @cached_property
    def webhooks(self) -> AsyncRawWebhooksResource:
        """``webhooks``: built on first access."""
        return AsyncRawWebhooksResource(self._invoker)

    @cached_property
    def organizations(self) -> AsyncRawOrganizationsResource:
        """``organizations``: built on first access."""
        return AsyncRawOrganizationsResource(self._invoker)


class AsyncRawCalendarsResource:
    """``calendars``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def events(self) -> AsyncRawCalendarsEventsResource:
        """``calendars.events``: built on first access."""
        return AsyncRawCalendarsEventsResource(self._invoker)

    @cached_property
    def coupons(self) -> AsyncRawCalendarsCouponsResource:
        """``calendars.coupons``: built on first access."""
        return AsyncRawCalendarsCouponsResource(self._invoker)

    @cached_property
    def admins(self) -> AsyncRawCalendarsAdminsResource:
        """``calendars.admins``: built on first access."""
        return AsyncRawCalendarsAdminsResource(self._invoker)

    @cached_property
    def contacts(self) -> AsyncRawCalendarsContactsResource:
        """``calendars.contacts``: built on first access."""
        return AsyncRawCalendarsContactsResource(self._invoker)

    @cached_property
    def contact_tags(self) -> AsyncRawCalendarsContactTagsResource:
        """``calendars.contact_tags``: built on first access."""
        return AsyncRawCalendarsContactTagsResource(self._invoker)

    @cached_property
    def event_tags(self) -> AsyncRawCalendarsEventTagsResource:
        """``calendars.event_tags``: built on first access."""
        return AsyncRawCalendarsEventTagsResource(self._invoker)

    async def get(
        self,
    ) -> RawResponse[Calendar]:
        """Get the key's calendar

        Returns the calendar the API key belongs to (for organization keys, the calendar selected
        with `x-luma-calendar-id`). There are no parameters. The older singular route wraps the
        calendar in a `calendar` property.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/calendars/get``
        (legacy paths: ``/v1/calendar/get``)
        """
        from .api.calendars import get_calendar as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {},
        )

    async def update(
        self,
        *,
        calendar_id: str,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        tint_color: str | Unset = UNSET,
    ) -> RawResponse[Calendar]:
        """Update calendar settings

        Changes the name, slug, description, avatar or tint colour of a calendar and returns the
        updated calendar. Only the fields present in the body are touched; everything omitted
        stays as it is. A new avatar has to be uploaded to Luma's CDN first (see
        `create_image_upload_url`). This route has no older alias.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/update``
        """
        from .api.calendars import update_calendar as _operation
        from .models.update_calendar_request import UpdateCalendarRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    calendar_id=calendar_id,
                    name=name,
                    slug=slug,
                    description=description,
                    avatar_url=avatar_url,
                    tint_color=tint_color,
                ),
            },
        )


class AsyncRawEventsResource:
    """``events``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def hosts(self) -> AsyncRawEventsHostsResource:
        """``events.hosts``: built on first access."""
        return AsyncRawEventsHostsResource(self._invoker)

    @cached_property
    def guests(self) -> AsyncRawEventsGuestsResource:
        """``events.guests``: built on first access."""
        return AsyncRawEventsGuestsResource(self._invoker)

    @cached_property
    def coupons(self) -> AsyncRawEventsCouponsResource:
        """``events.coupons``: built on first access."""
        return AsyncRawEventsCouponsResource(self._invoker)

    @cached_property
    def ticket_types(self) -> AsyncRawEventsTicketTypesResource:
        """``events.ticket_types``: built on first access."""
        return AsyncRawEventsTicketTypesResource(self._invoker)

    async def get(
        self,
        *,
        event_id: str,
    ) -> RawResponse[Event]:
        """Get an event

        Returns the full admin view of one Luma event, including its hosts, guest counts, pricing
        summary and registration settings. The key's calendar must have manage access to the
        event. The legacy path returns `{event, hosts}` with the hosts next to the event instead
        of inside it.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/events/get``
        (legacy paths: ``/v1/event/get``)
        """
        from .api.events import get_event as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "event_id": event_id,
            },
        )

    async def create(
        self,
        *,
        name: str,
        start_at: datetime.datetime,
        timezone: str,
        end_at: datetime.datetime | Unset = UNSET,
        description_md: str | Unset = UNSET,
        cover_url: str | Unset = UNSET,
        coordinate: Coordinate | Unset = UNSET,
        geo_address_json: GeoAddressInputGoogle | GeoAddressInputManual | Unset = UNSET,
        meeting_url: str | Unset = UNSET,
        max_capacity: int | None | Unset = UNSET,
        can_register_for_multiple_tickets: bool | Unset = UNSET,
        name_requirement: NameRequirement | Unset = UNSET,
        phone_number_requirement: None | PhoneNumberRequirement | Unset = UNSET,
        registration_questions: builtins.list[
            RegistrationQuestionChoice
            | RegistrationQuestionCompany
            | RegistrationQuestionSimple
            | RegistrationQuestionTerms
        ]
        | Unset = UNSET,
        reminders_disabled: bool | Unset = UNSET,
        feedback_email: FeedbackEmail | Unset = UNSET,
        show_guest_list: bool | Unset = UNSET,
        slug: str | Unset = UNSET,
        tint_color: str | Unset = UNSET,
        visibility: Visibility | Unset = UNSET,
        location_visibility: LocationVisibility | Unset = UNSET,
        registration_open: bool | Unset = UNSET,
        waitlist_status: WaitlistStatus | Unset = UNSET,
    ) -> RawResponse[CreateEventResponse]:
        """Create an event

        Creates a new event managed by the key's calendar and returns its id. Only `name`,
        `start_at` and `timezone` are required; everything else falls back to Luma's (or the
        calendar's) defaults. Upload a cover image first with the image upload operation and pass
        the resulting Luma CDN URL as `cover_url`. Older API versions returned `{api_id}` (and
        briefly `{id, api_id}`).

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/create``
        (legacy paths: ``/v1/event/create``)
        """
        from .api.events import create_event as _operation
        from .models.create_event_request import CreateEventRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
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
                ),
            },
        )

    async def update(
        self,
        *,
        event_id: str,
        name: str | Unset = UNSET,
        start_at: datetime.datetime | Unset = UNSET,
        end_at: datetime.datetime | Unset = UNSET,
        timezone: str | Unset = UNSET,
        description_md: str | Unset = UNSET,
        cover_url: str | Unset = UNSET,
        coordinate: Coordinate | Unset = UNSET,
        geo_address_json: GeoAddressInputGoogle | GeoAddressInputManual | Unset = UNSET,
        meeting_url: str | Unset = UNSET,
        max_capacity: int | None | Unset = UNSET,
        can_register_for_multiple_tickets: bool | Unset = UNSET,
        name_requirement: NameRequirement | Unset = UNSET,
        phone_number_requirement: None | PhoneNumberRequirement | Unset = UNSET,
        registration_questions: builtins.list[
            RegistrationQuestionChoice
            | RegistrationQuestionCompany
            | RegistrationQuestionSimple
            | RegistrationQuestionTerms
        ]
        | Unset = UNSET,
        reminders_disabled: bool | Unset = UNSET,
        feedback_email: FeedbackEmail | Unset = UNSET,
        show_guest_list: bool | Unset = UNSET,
        slug: str | Unset = UNSET,
        tint_color: str | Unset = UNSET,
        visibility: Visibility | Unset = UNSET,
        location_visibility: LocationVisibility | Unset = UNSET,
        registration_open: bool | Unset = UNSET,
        waitlist_status: WaitlistStatus | Unset = UNSET,
        suppress_notifications: bool | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Update an event

        Changes an existing event the key's calendar manages. Only the fields sent are changed;
        every field accepted on creation may be sent. Guests are told about changes to the name,
        time or location unless `suppress_notifications` is true.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/update``
        (legacy paths: ``/v1/event/update``)
        """
        from .api.events import update_event as _operation
        from .models.update_event_request import UpdateEventRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    name=name,
                    start_at=start_at,
                    end_at=end_at,
                    timezone=timezone,
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
                    suppress_notifications=suppress_notifications,
                ),
            },
        )

    async def request_cancellation(
        self,
        *,
        event_id: str,
    ) -> RawResponse[RequestEventCancellationResponse]:
        """Request a cancellation token

        First step of cancelling an event: returns a short-lived token (valid for 15 minutes)
        together with how many guests would be affected and whether any of them paid, so the
        caller can decide about refunds before confirming with the cancel operation. Nothing is
        changed yet.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/cancel/request``
        (legacy paths: ``/v1/event/cancel/request``)
        """
        from .api.events import request_event_cancellation as _operation
        from .models.request_event_cancellation_request import RequestEventCancellationRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                ),
            },
        )

    async def cancel(
        self,
        *,
        event_id: str,
        cancellation_token: str,
        should_refund: bool | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Cancel an event

        Second step of cancelling an event, using the token from the cancellation request. This
        cannot be undone: guests are notified, refunds are issued when requested, the event is
        deleted and an `event.canceled` webhook is sent. `should_refund` must be given when the
        event has paying guests.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/cancel``
        (legacy paths: ``/v1/event/cancel``)
        """
        from .api.events import cancel_event as _operation
        from .models.cancel_event_request import CancelEventRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    cancellation_token=cancellation_token,
                    should_refund=should_refund,
                ),
            },
        )


class AsyncRawUsersResource:
    """``users``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def get_self(
        self,
    ) -> RawResponse[User]:
        """Get the key's owner

        Returns the Luma user who created the API key in use. It takes no parameters, which makes
        it the simplest way to check that a key is valid. The current route returns the user
        object directly; the older singular route wraps it in a `user` property and also carries a
        deprecated `api_id`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/users/get-self``
        (legacy paths: ``/v1/user/get-self``)
        """
        from .api.users import get_self as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {},
        )


class AsyncRawEntitiesResource:
    """``entities``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def lookup(
        self,
        *,
        slug: str,
    ) -> RawResponse[LookupEntityResponse]:
        """Resolve a slug to a calendar or event

        Finds out what a public Luma slug (the path part of a `luma.com/<slug>` address) points
        to: a calendar, an event, or nothing. The `type` of the returned entity says which of the
        two summaries is present; `entity` is null when the slug is unused, so this call also
        tells whether a slug is still free before creating an event with it. The route was called
        `/v1/entity/lookup` until mid-2026, and the earliest spec generations returned only
        `api_id` instead of `id` in the summaries.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/entities/lookup``
        (legacy paths: ``/v1/entity/lookup``)
        """
        from .api.entities import lookup_entity as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "slug": slug,
            },
        )


class AsyncRawImagesResource:
    """``images``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def create_upload_url(
        self,
        *,
        content_type: ImageContentType | None | Unset = UNSET,
    ) -> RawResponse[CreateImageUploadUrlResponse]:
        """Get a pre-signed image upload URL

        Starts an image upload to Luma's CDN. The response holds a pre-signed `upload_url`: send
        the image bytes to it with an HTTP `PUT` (without the Luma API key, the URL carries its
        own authorisation). Afterwards the image is served from `file_url`, which can be passed as
        an event's `cover_url` or a calendar's `avatar_url`; both fields only accept images hosted
        on `images.lumacdn.com`. Older spec generations also required `purpose: event-cover` in
        the body.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/images/create-upload-url``
        """
        from .api.images import create_image_upload_url as _operation
        from .models.create_image_upload_url_request import CreateImageUploadUrlRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    content_type=content_type,
                ),
            },
        )


class AsyncRawMembershipsResource:
    """``memberships``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def tiers(self) -> AsyncRawMembershipsTiersResource:
        """``memberships.tiers``: built on first access."""
        return AsyncRawMembershipsTiersResource(self._invoker)

    @cached_property
    def members(self) -> AsyncRawMembershipsMembersResource:
        """``memberships.members``: built on first access."""
        return AsyncRawMembershipsMembersResource(self._invoker)


class AsyncRawWebhooksResource:
    """``webhooks``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
        *,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> RawResponse[ListWebhooksResponse]:
        """List webhooks

        Returns the calendar's webhook endpoints, one page at a time. Each entry includes the
        endpoint's signing secret in full, so treat the response as sensitive.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/webhooks/list``
        """
        from .api.webhooks import list_webhooks as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )

    async def get(
        self,
        *,
        id: str,
    ) -> RawResponse[Webhook]:
        """Get a webhook

        Returns one webhook endpoint of the calendar, including its signing secret. The older
        `/v1/webhooks/get` route returns the same object wrapped as `{"webhook": {...}}`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v2/webhooks/get``
        (legacy paths: ``/v1/webhooks/get``)
        """
        from .api.webhooks import get_webhook as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "id": id,
            },
        )

    async def create(
        self,
        *,
        url: str,
        event_types: builtins.list[WebhookEventType],
    ) -> RawResponse[Webhook]:
        """Create a webhook

        Registers a new endpoint that Luma will POST notifications to for the chosen event types
        (`*` subscribes to all of them). Luma pings the URL while creating the webhook; if that
        verification request does not succeed, creation fails with 400. The response contains the
        new webhook, including its secret. The older `/v1/webhooks/create` route wraps the result
        as `{"webhook": {...}}`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v2/webhooks/create``
        (legacy paths: ``/v1/webhooks/create``)
        """
        from .api.webhooks import create_webhook as _operation
        from .models.create_webhook_request import CreateWebhookRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    url=url,
                    event_types=event_types,
                ),
            },
        )

    async def update(
        self,
        *,
        id: str,
        event_types: builtins.list[WebhookEventType] | Unset = UNSET,
        status: WebhookStatus | Unset = UNSET,
    ) -> RawResponse[Webhook]:
        """Update a webhook

        Changes which event types a webhook receives and/or pauses or reactivates it. Fields left
        out stay as they are. The URL cannot be changed: delete the webhook and create a new one
        instead. The older `/v1/webhooks/update` route wraps the result as `{"webhook": {...}}`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v2/webhooks/update``
        (legacy paths: ``/v1/webhooks/update``)
        """
        from .api.webhooks import update_webhook as _operation
        from .models.update_webhook_request import UpdateWebhookRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    id=id,
                    event_types=event_types,
                    status=status,
                ),
            },
        )

    async def delete(
        self,
        *,
        id: str,
    ) -> RawResponse[EmptyResponse]:
        """Delete a webhook

        Removes a webhook endpoint permanently; Luma stops sending notifications to it.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/webhooks/delete``
        """
        from .api.webhooks import delete_webhook as _operation
        from .models.delete_webhook_request import DeleteWebhookRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    id=id,
                ),
            },
        )


class AsyncRawOrganizationsResource:
    """``organizations``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def admins(self) -> AsyncRawOrganizationsAdminsResource:
        """``organizations.admins``: built on first access."""
        return AsyncRawOrganizationsAdminsResource(self._invoker)

    @cached_property
    def calendars(self) -> AsyncRawOrganizationsCalendarsResource:
        """``organizations.calendars``: built on first access."""
        return AsyncRawOrganizationsCalendarsResource(self._invoker)

    @cached_property
    def events(self) -> AsyncRawOrganizationsEventsResource:
        """``organizations.events``: built on first access."""
        return AsyncRawOrganizationsEventsResource(self._invoker)


class AsyncRawCalendarsEventsResource:
    """``calendars.events``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
        *,
        before: datetime.datetime | Unset = UNSET,
        after: datetime.datetime | Unset = UNSET,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        sort_column: CalendarEventSortColumn | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        platforms: builtins.list[EventPlatform] | Unset = UNSET,
        status: CalendarSubmissionStatusFilter | Unset = UNSET,
        access: builtins.list[EventAccess] | Unset = UNSET,
    ) -> RawResponse[ListCalendarEventsResponse]:
        """List the calendar's events

        Returns one page of the events the key's calendar manages, newest or oldest first
        depending on `sort_direction`. Events that are merely featured on the calendar without
        being managed by it are not included. By default only Luma-platform events whose
        submission is approved come back; use `platforms` to also (or only) get external events
        and `status` to see submissions that are still waiting for review. Each entry is the event
        itself (not wrapped), tagged with `platform` (`luma` or `external`), plus the event tags
        applied on this calendar, the user who submitted it and the calendar's access level.
        Entries the calendar can only view carry a city-level location and leave out
        `meeting_url`, `registration_questions` and `feedback_email`. The legacy path wraps every
        entry as `{api_id, event, tags}` instead.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/calendars/events/list``
        (legacy paths: ``/v1/calendar/list-events``)
        """
        from .api.calendar_events import list_calendar_events as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "before": before,
                "after": after,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
                "platforms": platforms,
                "status": status,
                "access": access,
            },
        )

    async def lookup(
        self,
        *,
        platform: EventPlatform | Unset = UNSET,
        url: str | Unset = UNSET,
        event_id: str | Unset = UNSET,
    ) -> RawResponse[LookupCalendarEventResponse]:
        """Look up an event on the calendar

        Checks whether an event is already on the key's calendar and, if so, what state its
        submission is in. Identify a Luma event by `event_id`, or an external event by
        `platform=external` plus its `url`. All parameters are optional in Luma's schema, but one
        of those two combinations is needed to find anything. Returns `{"event": null}` when the
        calendar does not have the event.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/calendars/events/lookup``
        (legacy paths: ``/v1/calendar/lookup-event``)
        """
        from .api.calendar_events import lookup_calendar_event as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "platform": platform,
                "url_query": url,
                "event_id": event_id,
            },
        )

    async def add(
        self,
        *,
        body: AddCalendarEventExternalRequest | AddCalendarEventLumaRequest,
    ) -> RawResponse[AddCalendarEventResponse]:
        """Add an event to the calendar

        Puts an existing Luma event, or an event hosted elsewhere (`platform: external`), on the
        key's calendar. Events added by a calendar manager are approved straight away unless
        `submission_mode` is `pending`, in which case they wait in the calendar's review queue
        (see approve/reject). On calendars set to require manage access, submitting a Luma event
        you manage can hand the calendar manage access once the submission is approved. Adding the
        same Luma event twice fails with an error saying it has already been submitted.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/events/add``
        (legacy paths: ``/v1/calendar/add-event``)
        """
        from .api.calendar_events import add_calendar_event as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": body,
            },
        )

    async def approve(
        self,
        *,
        calendar_event_id: str,
    ) -> RawResponse[EmptyResponse]:
        """Approve a pending event submission

        Accepts an event that was submitted to the key's calendar and is waiting for review, so it
        shows up on the calendar. The person who submitted it is notified.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/events/approve``
        (legacy paths: ``/v1/calendar/approve-event``)
        """
        from .api.calendar_events import approve_calendar_event as _operation
        from .models.approve_calendar_event_request import ApproveCalendarEventRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    calendar_event_id=calendar_event_id,
                ),
            },
        )

    async def reject(
        self,
        *,
        calendar_event_id: str,
        message: str | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Reject a pending event submission

        Declines an event that was submitted to the key's calendar and is waiting for review,
        optionally with a note explaining why.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/events/reject``
        (legacy paths: ``/v1/calendar/reject-event``)
        """
        from .api.calendar_events import reject_calendar_event as _operation
        from .models.reject_calendar_event_request import RejectCalendarEventRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    calendar_event_id=calendar_event_id,
                    message=message,
                ),
            },
        )


class AsyncRawCalendarsCouponsResource:
    """``calendars.coupons``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
        *,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> RawResponse[ListCalendarCouponsResponse]:
        """List the calendar's coupons

        Returns the coupons defined on the calendar itself, which apply to every event the
        calendar manages, one page at a time. Event-specific coupons are listed by
        `list_event_coupons`.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/calendars/coupons/list``
        (legacy paths: ``/v1/calendar/coupons``)
        """
        from .api.calendar_coupons import list_calendar_coupons as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )

    async def create(
        self,
        *,
        code: str,
        discount: AmountDiscount | PercentDiscount,
        remaining_count: int | Unset = UNSET,
        valid_start_at: datetime.datetime | None | Unset = UNSET,
        valid_end_at: datetime.datetime | None | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Create a calendar coupon

        Creates a discount code that guests can use on any event of the calendar: either a
        percentage or a fixed amount in a given currency off the ticket price. The discount cannot
        be changed later, and the same code should not also be created on one of the calendar's
        events. Returns the new coupon; the legacy route wraps it as `{"coupon": ...}`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/coupons/create``
        (legacy paths: ``/v1/calendar/coupons/create``)
        """
        from .api.calendar_coupons import create_calendar_coupon as _operation
        from .models.create_calendar_coupon_request import CreateCalendarCouponRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    code=code,
                    discount=discount,
                    remaining_count=remaining_count,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                ),
            },
        )

    async def update(
        self,
        *,
        code: str,
        remaining_count: int | Unset = UNSET,
        valid_start_at: datetime.datetime | None | Unset = UNSET,
        valid_end_at: datetime.datetime | None | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Update a calendar coupon

        Changes how many more times a calendar coupon can be used and the window in which it is
        valid. The coupon is identified by its code; its discount cannot be changed. Fields that
        are omitted stay as they are. (The oldest version of this route accepted only the
        remaining count.)

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/coupons/update``
        (legacy paths: ``/v1/calendar/coupons/update``)
        """
        from .api.calendar_coupons import update_calendar_coupon as _operation
        from .models.update_calendar_coupon_request import UpdateCalendarCouponRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    code=code,
                    remaining_count=remaining_count,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                ),
            },
        )


class AsyncRawCalendarsAdminsResource:
    """``calendars.admins``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
    ) -> RawResponse[ListCalendarAdminsResponse]:
        """List calendar admins

        Returns every admin of the key's calendar in one response; the list is not paginated and
        takes no parameters. Older routes additionally return a deprecated `api_id` on each admin.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/calendars/admins/list``
        (legacy paths: ``/v1/calendar/admins/list``)
        """
        from .api.calendars import list_calendar_admins as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {},
        )


class AsyncRawCalendarsContactsResource:
    """``calendars.contacts``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
        *,
        query: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        calendar_membership_tier_id: str | Unset = UNSET,
        membership_status: MembershipStatus | Unset = UNSET,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        sort_column: ContactSortColumn | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
    ) -> RawResponse[ListContactsResponse]:
        """List calendar contacts

        Pages through the people connected to the calendar (its contacts, including members of
        membership tiers), optionally narrowed by a search string, tags, membership tier or
        membership status, and sorted by one of the supported columns. On the legacy
        `/v1/calendar/list-people` route the status filter is called `member_status`, the tier
        filter was `calendar_membership_tier_api_id` in the oldest generation, and early
        generations took `tags` as one comma-separated string instead of a repeated parameter.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/calendars/contacts/list``
        (legacy paths: ``/v1/calendar/list-people``)
        """
        from .api.contacts import list_contacts as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "query": query,
                "tags": tags,
                "calendar_membership_tier_id": calendar_membership_tier_id,
                "membership_status": membership_status,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
            },
        )

    async def import_(
        self,
        *,
        contacts: builtins.list[ImportContactsEntry],
        tags: builtins.list[str] | None | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Import contacts

        Adds people to the calendar's contacts by email address, optionally with a name and with
        tags applied to all of them. When a person's Luma account already has a name, the imported
        name does not replace it. The legacy `/v1/calendar/import-people` route takes the list as
        `infos` and the tags as `tag_ids` (or, in the oldest generations, `tag_api_ids` /
        `tag_names`, where unknown tag names were not created).

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contacts/import``
        (legacy paths: ``/v1/calendar/import-people``)
        """
        from .api.contacts import import_contacts as _operation
        from .models.import_contacts_request import ImportContactsRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    contacts=contacts,
                    tags=tags,
                ),
            },
        )

    async def block(
        self,
        *,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Block a contact

        Blocks a person on the calendar. Identify the contact by `contact_id`, by `email`, or by
        both; at least one of the two must be sent. A blocked contact can be brought back with
        `restore_contact`. This route is new in the latest spec generation; its response body has
        not been captured and is modelled here as an empty object, so treat any content as
        informational.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contacts/block``
        """
        from .api.contacts import block_contact as _operation
        from .models.block_contact_request import BlockContactRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    contact_id=contact_id,
                    email=email,
                ),
            },
        )

    async def remove(
        self,
        *,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Remove a contact

        Removes a person from the calendar's contacts. Identify the contact by `contact_id`, by
        `email`, or by both; at least one of the two must be sent. A removed contact can be
        brought back with `restore_contact`. This route is new in the latest spec generation; its
        response body has not been captured and is modelled here as an empty object.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contacts/remove``
        """
        from .api.contacts import remove_contact as _operation
        from .models.remove_contact_request import RemoveContactRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    contact_id=contact_id,
                    email=email,
                ),
            },
        )

    async def restore(
        self,
        *,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Restore a contact

        Undoes an earlier block or removal, making the person a regular contact of the calendar
        again. Identify the contact by `contact_id`, by `email`, or by both; at least one of the
        two must be sent. This route is new in the latest spec generation; its response body has
        not been captured and is modelled here as an empty object.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contacts/restore``
        """
        from .api.contacts import restore_contact as _operation
        from .models.restore_contact_request import RestoreContactRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    contact_id=contact_id,
                    email=email,
                ),
            },
        )


class AsyncRawCalendarsContactTagsResource:
    """``calendars.contact_tags``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
    ) -> RawResponse[ListContactTagsResponse]:
        """List contact tags

        Returns all tags defined for the calendar's contacts in one response, without parameters
        or pagination. The oldest generations of the legacy `/v1/calendar/list-person-tags` route
        were paginated, sortable and returned `api_id` and `created_at` per tag.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/calendars/contact-tags/list``
        (legacy paths: ``/v1/calendar/list-person-tags``)
        """
        from .api.contact_tags import list_contact_tags as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {},
        )

    async def create(
        self,
        *,
        name: str,
        color: None | TagColor | Unset = UNSET,
    ) -> RawResponse[CreateContactTagResponse]:
        """Create a contact tag

        Defines a new tag for the calendar's contacts and returns its id. The colour is optional.
        Older routes return the id as `tag_id` (plus a deprecated `tag_api_id`) or only as
        `tag_api_id`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contact-tags/create``
        (legacy paths: ``/v1/calendar/create-person-tag``)
        """
        from .api.contact_tags import create_contact_tag as _operation
        from .models.create_contact_tag_request import CreateContactTagRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    name=name,
                    color=color,
                ),
            },
        )

    async def update(
        self,
        *,
        tag_id: str,
        name: str | Unset = UNSET,
        color: TagColor | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Update a contact tag

        Renames a contact tag or changes its colour; omitted fields keep their value. Early
        generations of the legacy route identified the tag with `tag_api_id`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contact-tags/update``
        (legacy paths: ``/v1/calendar/update-person-tag``)
        """
        from .api.contact_tags import update_contact_tag as _operation
        from .models.update_contact_tag_request import UpdateContactTagRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    tag_id=tag_id,
                    name=name,
                    color=color,
                ),
            },
        )

    async def delete(
        self,
        *,
        tag_id: str,
    ) -> RawResponse[EmptyResponse]:
        """Delete a contact tag

        Deletes a contact tag from the calendar. Early generations of the legacy route identified
        the tag with `tag_api_id`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contact-tags/delete``
        (legacy paths: ``/v1/calendar/delete-person-tag``)
        """
        from .api.contact_tags import delete_contact_tag as _operation
        from .models.delete_contact_tag_request import DeleteContactTagRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    tag_id=tag_id,
                ),
            },
        )

    async def apply(
        self,
        *,
        tag: str,
        user_ids: builtins.list[str] | Unset = UNSET,
        emails: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[ApplyContactTagResponse]:
        """Tag contacts

        Adds a tag to existing contacts, selected by user id and/or email address. It never
        creates contacts: people who are not contacts of the calendar are counted as skipped. The
        tag can be given by id or by name. Early generations of the legacy route called the user
        list `user_api_ids`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contact-tags/apply``
        (legacy paths: ``/v1/calendar/person-tags/apply``)
        """
        from .api.contact_tags import apply_contact_tag as _operation
        from .models.apply_contact_tag_request import ApplyContactTagRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    tag=tag,
                    user_ids=user_ids,
                    emails=emails,
                ),
            },
        )

    async def unapply(
        self,
        *,
        tag: str,
        user_ids: builtins.list[str] | Unset = UNSET,
        emails: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[UnapplyContactTagResponse]:
        """Untag contacts

        Takes a tag off contacts, selected by user id and/or email address. People who are not
        contacts of the calendar are counted as skipped. The tag can be given by id or by name.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/contact-tags/unapply``
        (legacy paths: ``/v1/calendar/person-tags/unapply``)
        """
        from .api.contact_tags import unapply_contact_tag as _operation
        from .models.unapply_contact_tag_request import UnapplyContactTagRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    tag=tag,
                    user_ids=user_ids,
                    emails=emails,
                ),
            },
        )


class AsyncRawCalendarsEventTagsResource:
    """``calendars.event_tags``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
    ) -> RawResponse[ListEventTagsResponse]:
        """List event tags

        Returns all tags the calendar uses for its events in one response, without parameters or
        pagination. The legacy singular route returned only `entries`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/calendars/event-tags/list``
        (legacy paths: ``/v1/calendar/event-tags/list``)
        """
        from .api.event_tags import list_event_tags as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {},
        )

    async def create(
        self,
        *,
        name: str,
        color: None | TagColor | Unset = UNSET,
    ) -> RawResponse[CreateEventTagResponse]:
        """Create an event tag

        Defines a new tag for the calendar's events and returns its id. The colour is optional.
        The legacy singular route returns `tag_id` and a deprecated `tag_api_id` instead of `id`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/event-tags/create``
        (legacy paths: ``/v1/calendar/event-tags/create``)
        """
        from .api.event_tags import create_event_tag as _operation
        from .models.create_event_tag_request import CreateEventTagRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    name=name,
                    color=color,
                ),
            },
        )

    async def update(
        self,
        *,
        tag_id: str,
        name: str | Unset = UNSET,
        color: TagColor | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Update an event tag

        Renames an event tag or changes its colour; omitted fields keep their value.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/event-tags/update``
        (legacy paths: ``/v1/calendar/event-tags/update``)
        """
        from .api.event_tags import update_event_tag as _operation
        from .models.update_event_tag_request import UpdateEventTagRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    tag_id=tag_id,
                    name=name,
                    color=color,
                ),
            },
        )

    async def delete(
        self,
        *,
        tag_id: str,
    ) -> RawResponse[EmptyResponse]:
        """Delete an event tag

        Deletes an event tag from the calendar.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/event-tags/delete``
        (legacy paths: ``/v1/calendar/event-tags/delete``)
        """
        from .api.event_tags import delete_event_tag as _operation
        from .models.delete_event_tag_request import DeleteEventTagRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    tag_id=tag_id,
                ),
            },
        )

    async def apply(
        self,
        *,
        tag: str,
        event_ids: builtins.list[str],
    ) -> RawResponse[ApplyEventTagResponse]:
        """Tag events

        Adds a tag to one or more events. Events that are not on this calendar are counted as
        skipped. The tag can be given by id or by name.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/event-tags/apply``
        (legacy paths: ``/v1/calendar/event-tags/apply``)
        """
        from .api.event_tags import apply_event_tag as _operation
        from .models.apply_event_tag_request import ApplyEventTagRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    tag=tag,
                    event_ids=event_ids,
                ),
            },
        )

    async def unapply(
        self,
        *,
        tag: str,
        event_ids: builtins.list[str],
    ) -> RawResponse[UnapplyEventTagResponse]:
        """Untag events

        Takes a tag off one or more events. Events that are not on this calendar are counted as
        skipped. The tag can be given by id or by name.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/calendars/event-tags/unapply``
        (legacy paths: ``/v1/calendar/event-tags/unapply``)
        """
        from .api.event_tags import unapply_event_tag as _operation
        from .models.unapply_event_tag_request import UnapplyEventTagRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    tag=tag,
                    event_ids=event_ids,
                ),
            },
        )


class AsyncRawEventsHostsResource:
    """``events.hosts``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def add(
        self,
        *,
        event_id: str,
        email: str,
        access_level: HostAccessLevel | None | Unset = UNSET,
        is_visible: bool | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Add a host to an event

        Adds a person, identified by email, as a host or check-in helper of an event the key's
        calendar manages. By default the new host is a manager and is shown on the event page.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/hosts/add``
        (legacy paths: ``/v1/event/hosts/create``, ``/v1/event/add-host``)
        """
        from .api.hosts import add_event_host as _operation
        from .models.add_event_host_request import AddEventHostRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    email=email,
                    access_level=access_level,
                    is_visible=is_visible,
                    name=name,
                ),
            },
        )

    async def update(
        self,
        *,
        event_id: str,
        email: str,
        access_level: HostAccessLevel | Unset = UNSET,
        is_visible: bool | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Update an event host

        Changes the access level or visibility of one of an event's hosts, identified by email.
        The access level of the person who created the event cannot be changed.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/hosts/update``
        (legacy paths: ``/v1/event/hosts/update``)
        """
        from .api.hosts import update_event_host as _operation
        from .models.update_event_host_request import UpdateEventHostRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    email=email,
                    access_level=access_level,
                    is_visible=is_visible,
                ),
            },
        )

    async def remove(
        self,
        *,
        event_id: str,
        email: str,
    ) -> RawResponse[EmptyResponse]:
        """Remove an event host

        Takes a person, identified by email, off an event's host list. The event's creator cannot
        be removed.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/hosts/remove``
        (legacy paths: ``/v1/event/hosts/remove``)
        """
        from .api.hosts import remove_event_host as _operation
        from .models.remove_event_host_request import RemoveEventHostRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    email=email,
                ),
            },
        )


class AsyncRawEventsGuestsResource:
    """``events.guests``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def get(
        self,
        *,
        event_id: str,
        id: str,
    ) -> RawResponse[Guest]:
        """Get a guest of an event

        Returns one guest of an event the calendar manages, including the guest's ticket orders
        (`event_ticket_orders`, with any coupon that was applied), which the guest list leaves
        out. The guest can be identified in several ways: by guest id, by ticket key, by the guest
        key from the check-in QR code, or by the email address the guest registered with. The
        legacy route wraps the guest in a `{"guest": ...}` envelope and takes older parameter
        names (`api_id`, `email`, `proxy_key`); this route returns the bare guest.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/events/guests/get``
        (legacy paths: ``/v1/event/get-guest``)
        """
        from .api.guests import get_event_guest as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "event_id": event_id,
                "id": id,
            },
        )

    async def list(
        self,
        *,
        event_id: str,
        approval_status: GuestApprovalStatus | Unset = UNSET,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        sort_column: GuestSortColumn | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
    ) -> RawResponse[ListEventGuestsResponse]:
        """List the guests of an event

        Returns the guests of an event the calendar manages, one page at a time, optionally
        filtered by approval status and sorted. Entries do not carry `event_ticket_orders`; fetch
        a single guest for those. Hosts of the event also show up in the list, with the status
        `invited`. The legacy route wraps each entry as `{"api_id": ..., "guest": {...}}` (newer
        versions of it also repeat the guest fields at the top level); this route returns the
        guest objects directly.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/events/guests/list``
        (legacy paths: ``/v1/event/get-guests``)
        """
        from .api.guests import list_event_guests as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "event_id": event_id,
                "approval_status": approval_status,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
            },
        )

    async def add(
        self,
        *,
        event_id: str,
        guests: builtins.list[GuestInput],
        registration_answers: builtins.list[RegistrationAnswerInput] | Unset = UNSET,
        ticket: None | TicketTypeRef | Unset = UNSET,
        tickets: builtins.list[TicketTypeRef] | None | Unset = UNSET,
        approval_status: AddGuestApprovalStatus | None | Unset = UNSET,
        send_email: bool | None | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Add guests to an event

        Registers people directly as guests of an event, without them going through the
        registration form. Unless told otherwise, each guest is marked as going (`approved`),
        receives one ticket of the event's default ticket type and gets a confirmation email.
        Tickets issued this way are complimentary: payment and approval are skipped. Choose the
        tickets with either `ticket` (one ticket of that type for every guest) or `tickets` (every
        listed ticket for every guest), never both. To invite people without registering them, use
        `send_event_invites` instead.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/guests/add``
        (legacy paths: ``/v1/event/add-guests``)
        """
        from .api.guests import add_event_guests as _operation
        from .models.add_event_guests_request import AddEventGuestsRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    guests=guests,
                    registration_answers=registration_answers,
                    ticket=ticket,
                    tickets=tickets,
                    approval_status=approval_status,
                    send_email=send_email,
                ),
            },
        )

    async def send_invites(
        self,
        *,
        event_id: str,
        guests: builtins.list[GuestInput],
        message: None | str | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Invite people to an event

        Sends invitations to an event by email, and also by text message when the invitee's phone
        number is linked to their Luma account. Invitees are not registered or marked as going;
        they decide themselves whether to register. An optional short personal message can be
        included.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/guests/send-invites``
        (legacy paths: ``/v1/event/send-invites``)
        """
        from .api.guests import send_event_invites as _operation
        from .models.send_event_invites_request import SendEventInvitesRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    guests=guests,
                    message=message,
                ),
            },
        )

    async def update_status(
        self,
        *,
        event_id: str,
        guest_id: str,
        status: GuestStatusUpdate,
        should_refund: bool | Unset = False,
        send_email: bool | None | Unset = UNSET,
        message: None | str | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Change a guest's approval status

        Approves or declines a guest, or moves them back to pending approval or onto the waitlist.
        By default the guest is emailed about the change; a short message can be added to that
        email. When a paying guest is moved out of `approved`, set `should_refund` to refund them.
        The legacy route only knows `approved` and `declined` and identifies the guest with a
        `guest` object (`{"type": "email", "email": ...}` or `{"type": "api_id", "api_id": ...}`)
        instead of `guest_id`. To offer someone a place they can accept themselves, send an invite
        instead.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/guests/update-status``
        (legacy paths: ``/v1/event/update-guest-status``)
        """
        from .api.guests import update_event_guest_status as _operation
        from .models.update_event_guest_status_request import UpdateEventGuestStatusRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    guest_id=guest_id,
                    status=status,
                    should_refund=should_refund,
                    send_email=send_email,
                    message=message,
                ),
            },
        )

    async def update_tickets(
        self,
        *,
        event_id: str,
        guest_id: str,
        ticket_ids_to_remove: builtins.list[str] | Unset = UNSET,
        tickets_to_add: builtins.list[TicketTypeRef] | Unset = UNSET,
        send_email: bool | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Add or remove tickets of a guest

        Changes the tickets an existing guest holds: removes the listed tickets and adds new ones
        of the given ticket types. Added tickets are complimentary (free of charge) and removed
        tickets are not refunded. This route is recent and has no legacy alias. Its response body
        has not been captured; it is modelled as the empty object `{}` that Luma's other write
        operations return, so clients should not rely on its content.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/guests/update-tickets``
        """
        from .api.guests import update_event_guest_tickets as _operation
        from .models.update_event_guest_tickets_request import UpdateEventGuestTicketsRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    guest_id=guest_id,
                    ticket_ids_to_remove=ticket_ids_to_remove,
                    tickets_to_add=tickets_to_add,
                    send_email=send_email,
                ),
            },
        )


class AsyncRawEventsCouponsResource:
    """``events.coupons``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
        *,
        event_id: str,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> RawResponse[ListEventCouponsResponse]:
        """List the coupons of an event

        Returns the coupons and unlock codes that belong to one event, one page at a time. Coupons
        created on the calendar (valid for all of its events) are listed by
        `list_calendar_coupons` instead.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/events/coupons/list``
        (legacy paths: ``/v1/event/coupons``)
        """
        from .api.event_coupons import list_event_coupons as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "event_id": event_id,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )

    async def create(
        self,
        *,
        event_id: str,
        code: str,
        discount: AmountDiscount | PercentDiscount,
        remaining_count: int | Unset = UNSET,
        valid_start_at: datetime.datetime | None | Unset = UNSET,
        valid_end_at: datetime.datetime | None | Unset = UNSET,
        event_ticket_type_id: str | Unset = UNSET,
    ) -> RawResponse[Coupon]:
        """Create an event coupon

        Creates a discount code for one event, either a percentage or a fixed amount off.
        Restricting the coupon to a ticket type with `event_ticket_type_id` limits it to that
        type; when the type is hidden, the code works as an unlock code that reveals it. The
        discount cannot be changed after creation (only usage count and validity window can), and
        a code should not also exist as a calendar coupon. Returns the new coupon; the legacy
        route wraps it as `{"coupon": ...}`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/coupons/create``
        (legacy paths: ``/v1/event/create-coupon``)
        """
        from .api.event_coupons import create_event_coupon as _operation
        from .models.create_event_coupon_request import CreateEventCouponRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    code=code,
                    discount=discount,
                    remaining_count=remaining_count,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                    event_ticket_type_id=event_ticket_type_id,
                ),
            },
        )

    async def update(
        self,
        *,
        event_id: str,
        code: str,
        remaining_count: int | Unset = UNSET,
        valid_start_at: datetime.datetime | None | Unset = UNSET,
        valid_end_at: datetime.datetime | None | Unset = UNSET,
    ) -> RawResponse[EmptyResponse]:
        """Update an event coupon

        Changes how many more times an event coupon can be used and the window in which it is
        valid. The coupon is identified by its code. Its discount cannot be changed; create a new
        coupon for different terms. Fields that are omitted stay as they are.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/coupons/update``
        (legacy paths: ``/v1/event/update-coupon``)
        """
        from .api.event_coupons import update_event_coupon as _operation
        from .models.update_event_coupon_request import UpdateEventCouponRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    code=code,
                    remaining_count=remaining_count,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                ),
            },
        )


class AsyncRawEventsTicketTypesResource:
    """``events.ticket_types``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
        *,
        event_id: str,
        include_hidden: TicketTypeIncludeHidden | Unset = UNSET,
    ) -> RawResponse[ListTicketTypesResponse]:
        """List the ticket types of an event

        Returns all ticket types of an event in a single response (there is no pagination). Hidden
        ticket types are left out unless `include_hidden` is `"true"`. The legacy route returns
        the list under `ticket_types` instead of `entries`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/events/ticket-types/list``
        (legacy paths: ``/v1/event/ticket-types/list``)
        """
        from .api.ticket_types import list_ticket_types as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "event_id": event_id,
                "include_hidden": include_hidden,
            },
        )

    async def get(
        self,
        *,
        event_ticket_type_id: str,
    ) -> RawResponse[TicketType]:
        """Get a ticket type

        Returns one ticket type by its id. The legacy route wraps it as `{"ticket_type": ...}`
        and, in older versions, takes the id as `id` or `event_ticket_type_api_id`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/events/ticket-types/get``
        (legacy paths: ``/v1/event/ticket-types/get``)
        """
        from .api.ticket_types import get_ticket_type as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "event_ticket_type_id": event_ticket_type_id,
            },
        )

    async def create(
        self,
        *,
        event_id: str,
        name: str,
        type: TicketTypeKind,
        require_approval: bool | Unset = UNSET,
        is_hidden: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        valid_start_at: datetime.date | None | Unset = UNSET,
        valid_end_at: datetime.date | None | Unset = UNSET,
        max_capacity: float | None | Unset = UNSET,
        cents: float | None | Unset = UNSET,
        currency: None | str | Unset = UNSET,
        is_flexible: bool | Unset = UNSET,
        min_cents: float | None | Unset = UNSET,
    ) -> RawResponse[TicketType]:
        """Create a ticket type

        Adds a ticket type to an event. For a `paid` type, set the price with `cents` and
        `currency`; with `is_flexible` guests choose what to pay, down to `min_cents`. Sales can
        be limited to a date range and a capacity, and a hidden type is only offered through an
        unlock code. Returns the new ticket type; the legacy route wraps it as `{"ticket_type":
        ...}`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/ticket-types/create``
        (legacy paths: ``/v1/event/ticket-types/create``)
        """
        from .api.ticket_types import create_ticket_type as _operation
        from .models.create_ticket_type_request import CreateTicketTypeRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    name=name,
                    type_=type,
                    require_approval=require_approval,
                    is_hidden=is_hidden,
                    description=description,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                    max_capacity=max_capacity,
                    cents=cents,
                    currency=currency,
                    is_flexible=is_flexible,
                    min_cents=min_cents,
                ),
            },
        )

    async def update(
        self,
        *,
        event_ticket_type_id: str,
        name: str | Unset = UNSET,
        type: TicketTypeKind | Unset = UNSET,
        require_approval: bool | Unset = UNSET,
        is_hidden: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        valid_start_at: datetime.date | None | Unset = UNSET,
        valid_end_at: datetime.date | None | Unset = UNSET,
        max_capacity: float | None | Unset = UNSET,
        cents: float | None | Unset = UNSET,
        currency: None | str | Unset = UNSET,
        is_flexible: bool | Unset = UNSET,
        min_cents: float | None | Unset = UNSET,
    ) -> RawResponse[TicketType]:
        """Update a ticket type

        Changes a ticket type. Only the fields sent are changed. Returns the updated ticket type;
        the legacy route wraps it as `{"ticket_type": ...}` and older versions take the id as
        `event_ticket_type_api_id`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/ticket-types/update``
        (legacy paths: ``/v1/event/ticket-types/update``)
        """
        from .api.ticket_types import update_ticket_type as _operation
        from .models.update_ticket_type_request import UpdateTicketTypeRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_ticket_type_id=event_ticket_type_id,
                    name=name,
                    type_=type,
                    require_approval=require_approval,
                    is_hidden=is_hidden,
                    description=description,
                    valid_start_at=valid_start_at,
                    valid_end_at=valid_end_at,
                    max_capacity=max_capacity,
                    cents=cents,
                    currency=currency,
                    is_flexible=is_flexible,
                    min_cents=min_cents,
                ),
            },
        )

    async def delete(
        self,
        *,
        event_ticket_type_id: str,
    ) -> RawResponse[EmptyResponse]:
        """Delete a ticket type

        Deletes a ticket type. The deletion is soft (the type is marked deleted rather than
        erased). It is refused when tickets of the type have already been sold or when it is the
        event's last visible ticket type.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/events/ticket-types/delete``
        (legacy paths: ``/v1/event/ticket-types/delete``)
        """
        from .api.ticket_types import delete_ticket_type as _operation
        from .models.delete_ticket_type_request import DeleteTicketTypeRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_ticket_type_id=event_ticket_type_id,
                ),
            },
        )


class AsyncRawMembershipsTiersResource:
    """``memberships.tiers``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
        *,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> RawResponse[ListMembershipTiersResponse]:
        """List membership tiers

        Returns the membership tiers configured on the key's calendar, one page at a time. Each
        tier says how people join it (free, a one-off payment or a subscription) and whether an
        admin must approve new members. Tier ids are what `add_member` expects as
        `membership_tier_id`.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/memberships/tiers/list``
        """
        from .api.memberships import list_membership_tiers as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )


class AsyncRawMembershipsMembersResource:
    """``memberships.members``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def add(
        self,
        *,
        email: str,
        membership_tier_id: str,
        registration_answers: builtins.list[RegistrationAnswerInput] | Unset = UNSET,
        skip_payment: bool | Unset = UNSET,
    ) -> RawResponse[AddMemberResponse]:
        """Add a member to a tier

        Puts the person with the given email address into one of the calendar's membership tiers
        and returns the resulting membership and its status. For a paid tier whose payment is
        handled outside Luma, set `skip_payment` to true; without it a paid tier can leave the
        membership waiting for payment (`approved-pending-payment`) or, for tiers that need
        approval, pending. Older versions of the API only supported free tiers here.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/memberships/members/add``
        """
        from .api.memberships import add_member as _operation
        from .models.add_member_request import AddMemberRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    email=email,
                    membership_tier_id=membership_tier_id,
                    registration_answers=registration_answers,
                    skip_payment=skip_payment,
                ),
            },
        )

    async def update_status(
        self,
        *,
        user_id: str,
        status: MemberDecision,
    ) -> RawResponse[EmptyResponse]:
        """Approve or decline a member

        Decides on a member of the calendar, identified by user id or email address. Approving a
        member of a paid tier charges the payment that was put on hold; declining a member also
        cancels any subscription they have running.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/memberships/members/update-status``
        """
        from .api.memberships import update_member_status as _operation
        from .models.update_member_status_request import UpdateMemberStatusRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    user_id=user_id,
                    status=status,
                ),
            },
        )


class AsyncRawOrganizationsAdminsResource:
    """``organizations.admins``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
    ) -> RawResponse[ListOrganizationAdminsResponse]:
        """List organization admins

        Returns every admin of the organization that owns the API key, in a single unpaginated
        list. Needs an organization API key.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``GET /v1/organizations/admins/list``
        """
        from .api.organizations import list_organization_admins as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {},
        )


class AsyncRawOrganizationsCalendarsResource:
    """``organizations.calendars``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
        *,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
    ) -> RawResponse[ListOrganizationCalendarsResponse]:
        """List organization calendars

        Returns the calendars that belong to the organization, one page at a time. Needs an
        organization API key; the calendar ids returned here can be sent in `x-luma-calendar-id`.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/organizations/calendars/list``
        """
        from .api.organizations import list_organization_calendars as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
            },
        )

    async def create(
        self,
        *,
        name: str,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        tint_color: str | Unset = UNSET,
    ) -> RawResponse[Calendar]:
        """Create a calendar in the organization

        Creates a new calendar inside the organization and returns it. The owner of the API key
        becomes the calendar's manager. When no avatar or tint colour is given, Luma picks one at
        random. Needs an organization API key. The older `/v1/organizations/calendars/create`
        route wraps the result as `{"calendar": {...}}`.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v2/organizations/calendars/create``
        (legacy paths: ``/v1/organizations/calendars/create``)
        """
        from .api.organizations import create_organization_calendar as _operation
        from .models.create_organization_calendar_request import CreateOrganizationCalendarRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    name=name,
                    slug=slug,
                    description=description,
                    avatar_url=avatar_url,
                    tint_color=tint_color,
                ),
            },
        )


class AsyncRawOrganizationsEventsResource:
    """``organizations.events``: raw HTTP responses."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
        *,
        before: datetime.datetime | Unset = UNSET,
        after: datetime.datetime | Unset = UNSET,
        pagination_cursor: str | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
    ) -> RawResponse[ListOrganizationEventsResponse]:
        """List events across the organization

        Returns events from all of the organization's calendars, one page at a time. An event that
        sits on several of those calendars is returned only once; its `managing_calendars` shows
        which of the organization's calendars have manage access to it and whether that placement
        is approved or still pending. Entries also carry a few deprecated legacy fields. Needs an
        organization API key. There is no `sort_column` parameter; `sort_direction` only flips the
        order Luma uses for this list.

        Returns the HTTP response of one page; ``.parse()`` decodes it.

        ``GET /v1/organizations/events/list``
        """
        from .api.organizations import list_organization_events as _operation

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "before": before,
                "after": after,
                "pagination_cursor": pagination_cursor,
                "pagination_limit": pagination_limit,
                "sort_direction": sort_direction,
            },
        )

    async def transfer_calendar(
        self,
        *,
        event_id: str,
        calendar_id: str,
    ) -> RawResponse[EmptyResponse]:
        """Move an event to another calendar

        Hands an event over to a different calendar of the same organization, which then manages
        it. The destination must belong to the organization that owns the API key. Needs an
        organization API key.

        Returns the HTTP response; ``.parse()`` decodes it.

        ``POST /v1/organizations/events/transfer-calendar``
        """
        from .api.organizations import transfer_event as _operation
        from .models.transfer_event_request import TransferEventRequest as _Body

        return await self._invoker.raw(
            _operation.asyncio_detailed,
            {
                "body": _Body(
                    event_id=event_id,
                    calendar_id=calendar_id,
                ),
            },
        )
