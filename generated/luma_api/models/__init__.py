"""Data models used in requests and responses.

Each model lives in its own module and is imported on first use (PEP 562), so that
``import luma_api`` does not pay for hundreds of model classes it may never need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_calendar_event_external_request import AddCalendarEventExternalRequest
    from .add_calendar_event_luma_request import AddCalendarEventLumaRequest
    from .add_calendar_event_response import AddCalendarEventResponse
    from .add_event_guests_request import AddEventGuestsRequest
    from .add_event_host_request import AddEventHostRequest
    from .add_guest_approval_status import AddGuestApprovalStatus
    from .add_member_request import AddMemberRequest
    from .add_member_response import AddMemberResponse
    from .amount_discount import AmountDiscount
    from .apply_contact_tag_request import ApplyContactTagRequest
    from .apply_contact_tag_response import ApplyContactTagResponse
    from .apply_event_tag_request import ApplyEventTagRequest
    from .apply_event_tag_response import ApplyEventTagResponse
    from .approve_calendar_event_request import ApproveCalendarEventRequest
    from .block_contact_request import BlockContactRequest
    from .calendar import Calendar
    from .calendar_event_entry_luma import CalendarEventEntryLuma
    from .calendar_event_sort_column import CalendarEventSortColumn
    from .calendar_location import CalendarLocation
    from .calendar_submission_status import CalendarSubmissionStatus
    from .calendar_submission_status_filter import CalendarSubmissionStatusFilter
    from .cancel_event_request import CancelEventRequest
    from .choice_question_type import ChoiceQuestionType
    from .contact import Contact
    from .contact_membership import ContactMembership
    from .contact_sort_column import ContactSortColumn
    from .coordinate import Coordinate
    from .coupon import Coupon
    from .coupon_info import CouponInfo
    from .create_calendar_coupon_request import CreateCalendarCouponRequest
    from .create_contact_tag_request import CreateContactTagRequest
    from .create_contact_tag_response import CreateContactTagResponse
    from .create_event_coupon_request import CreateEventCouponRequest
    from .create_event_request import CreateEventRequest
    from .create_event_response import CreateEventResponse
    from .create_event_tag_request import CreateEventTagRequest
    from .create_event_tag_response import CreateEventTagResponse
    from .create_image_upload_url_request import CreateImageUploadUrlRequest
    from .create_image_upload_url_response import CreateImageUploadUrlResponse
    from .create_organization_calendar_request import CreateOrganizationCalendarRequest
    from .create_ticket_type_request import CreateTicketTypeRequest
    from .create_webhook_request import CreateWebhookRequest
    from .currency import Currency
    from .delete_contact_tag_request import DeleteContactTagRequest
    from .delete_event_tag_request import DeleteEventTagRequest
    from .delete_ticket_type_request import DeleteTicketTypeRequest
    from .delete_webhook_request import DeleteWebhookRequest
    from .display_price import DisplayPrice
    from .empty_response import EmptyResponse
    from .entity_calendar import EntityCalendar
    from .entity_calendar_summary import EntityCalendarSummary
    from .entity_event import EntityEvent
    from .entity_event_summary import EntityEventSummary
    from .error import Error
    from .event import Event
    from .event_access import EventAccess
    from .event_description import EventDescription
    from .event_fields import EventFields
    from .event_input_fields import EventInputFields
    from .event_platform import EventPlatform
    from .event_ticket import EventTicket
    from .event_ticket_order import EventTicketOrder
    from .external_event import ExternalEvent
    from .feedback_email import FeedbackEmail
    from .geo_address import GeoAddress
    from .geo_address_input_google import GeoAddressInputGoogle
    from .geo_address_input_manual import GeoAddressInputManual
    from .guest import Guest
    from .guest_approval_status import GuestApprovalStatus
    from .guest_count_bucket import GuestCountBucket
    from .guest_counts import GuestCounts
    from .guest_input import GuestInput
    from .guest_sort_column import GuestSortColumn
    from .guest_status_update import GuestStatusUpdate
    from .host import Host
    from .host_access_level import HostAccessLevel
    from .image_content_type import ImageContentType
    from .import_contacts_entry import ImportContactsEntry
    from .import_contacts_request import ImportContactsRequest
    from .list_calendar_admins_response import ListCalendarAdminsResponse
    from .list_calendar_coupons_response import ListCalendarCouponsResponse
    from .list_calendar_events_response import ListCalendarEventsResponse
    from .list_contact_tags_response import ListContactTagsResponse
    from .list_contacts_response import ListContactsResponse
    from .list_event_coupons_response import ListEventCouponsResponse
    from .list_event_guests_response import ListEventGuestsResponse
    from .list_event_tags_response import ListEventTagsResponse
    from .list_membership_tiers_response import ListMembershipTiersResponse
    from .list_organization_admins_response import ListOrganizationAdminsResponse
    from .list_organization_calendars_response import ListOrganizationCalendarsResponse
    from .list_organization_events_response import ListOrganizationEventsResponse
    from .list_ticket_types_response import ListTicketTypesResponse
    from .list_webhooks_response import ListWebhooksResponse
    from .location_type import LocationType
    from .location_visibility import LocationVisibility
    from .lookup_calendar_event_response import LookupCalendarEventResponse
    from .lookup_calendar_event_result import LookupCalendarEventResult
    from .lookup_entity_response import LookupEntityResponse
    from .managing_calendar import ManagingCalendar
    from .managing_calendar_status import ManagingCalendarStatus
    from .member_decision import MemberDecision
    from .membership_access_info_free import MembershipAccessInfoFree
    from .membership_access_info_payment_once import MembershipAccessInfoPaymentOnce
    from .membership_access_info_payment_recurring import MembershipAccessInfoPaymentRecurring
    from .membership_status import MembershipStatus
    from .membership_tier import MembershipTier
    from .name_requirement import NameRequirement
    from .organization_event import OrganizationEvent
    from .page_info import PageInfo
    from .percent_discount import PercentDiscount
    from .phone_number_requirement import PhoneNumberRequirement
    from .question_type import QuestionType
    from .registration_answer import RegistrationAnswer
    from .registration_answer_company_value import RegistrationAnswerCompanyValue
    from .registration_answer_input import RegistrationAnswerInput
    from .registration_question import RegistrationQuestion
    from .registration_question_choice import RegistrationQuestionChoice
    from .registration_question_company import RegistrationQuestionCompany
    from .registration_question_simple import RegistrationQuestionSimple
    from .registration_question_terms import RegistrationQuestionTerms
    from .reject_calendar_event_request import RejectCalendarEventRequest
    from .remove_contact_request import RemoveContactRequest
    from .remove_event_host_request import RemoveEventHostRequest
    from .request_event_cancellation_request import RequestEventCancellationRequest
    from .request_event_cancellation_response import RequestEventCancellationResponse
    from .restore_contact_request import RestoreContactRequest
    from .send_event_invites_request import SendEventInvitesRequest
    from .simple_question_type import SimpleQuestionType
    from .sort_direction import SortDirection
    from .submission_mode import SubmissionMode
    from .tag import Tag
    from .tag_color import TagColor
    from .tag_ref import TagRef
    from .terms_link import TermsLink
    from .terms_text import TermsText
    from .ticket_type import TicketType
    from .ticket_type_include_hidden import TicketTypeIncludeHidden
    from .ticket_type_kind import TicketTypeKind
    from .ticket_type_ref import TicketTypeRef
    from .transfer_event_request import TransferEventRequest
    from .unapply_contact_tag_request import UnapplyContactTagRequest
    from .unapply_contact_tag_response import UnapplyContactTagResponse
    from .unapply_event_tag_request import UnapplyEventTagRequest
    from .unapply_event_tag_response import UnapplyEventTagResponse
    from .update_calendar_coupon_request import UpdateCalendarCouponRequest
    from .update_calendar_request import UpdateCalendarRequest
    from .update_contact_tag_request import UpdateContactTagRequest
    from .update_event_coupon_request import UpdateEventCouponRequest
    from .update_event_guest_status_request import UpdateEventGuestStatusRequest
    from .update_event_guest_tickets_request import UpdateEventGuestTicketsRequest
    from .update_event_host_request import UpdateEventHostRequest
    from .update_event_request import UpdateEventRequest
    from .update_event_tag_request import UpdateEventTagRequest
    from .update_member_status_request import UpdateMemberStatusRequest
    from .update_ticket_type_request import UpdateTicketTypeRequest
    from .update_webhook_request import UpdateWebhookRequest
    from .user import User
    from .visibility import Visibility
    from .waitlist_status import WaitlistStatus
    from .webhook import Webhook
    from .webhook_calendar import WebhookCalendar
    from .webhook_calendar_event_external import WebhookCalendarEventExternal
    from .webhook_calendar_event_luma import WebhookCalendarEventLuma
    from .webhook_calendar_event_submitted_external import WebhookCalendarEventSubmittedExternal
    from .webhook_calendar_event_submitted_luma import WebhookCalendarEventSubmittedLuma
    from .webhook_contact_data import WebhookContactData
    from .webhook_event_data import WebhookEventData
    from .webhook_event_type import WebhookEventType
    from .webhook_guest_data import WebhookGuestData
    from .webhook_host import WebhookHost
    from .webhook_payload_calendar_event_added import WebhookPayloadCalendarEventAdded
    from .webhook_payload_calendar_event_submitted import WebhookPayloadCalendarEventSubmitted
    from .webhook_payload_calendar_person_subscribed import WebhookPayloadCalendarPersonSubscribed
    from .webhook_payload_event_canceled import WebhookPayloadEventCanceled
    from .webhook_payload_event_created import WebhookPayloadEventCreated
    from .webhook_payload_event_updated import WebhookPayloadEventUpdated
    from .webhook_payload_guest_registered import WebhookPayloadGuestRegistered
    from .webhook_payload_guest_updated import WebhookPayloadGuestUpdated
    from .webhook_payload_ticket_registered import WebhookPayloadTicketRegistered
    from .webhook_status import WebhookStatus
    from .webhook_ticket_data import WebhookTicketData

_MODULE_OF: dict[str, str] = {
    "AddCalendarEventExternalRequest": ".add_calendar_event_external_request",
    "AddCalendarEventLumaRequest": ".add_calendar_event_luma_request",
    "AddCalendarEventResponse": ".add_calendar_event_response",
    "AddEventGuestsRequest": ".add_event_guests_request",
    "AddEventHostRequest": ".add_event_host_request",
    "AddGuestApprovalStatus": ".add_guest_approval_status",
    "AddMemberRequest": ".add_member_request",
    "AddMemberResponse": ".add_member_response",
    "AmountDiscount": ".amount_discount",
    "ApplyContactTagRequest": ".apply_contact_tag_request",
    "ApplyContactTagResponse": ".apply_contact_tag_response",
    "ApplyEventTagRequest": ".apply_event_tag_request",
    "ApplyEventTagResponse": ".apply_event_tag_response",
    "ApproveCalendarEventRequest": ".approve_calendar_event_request",
    "BlockContactRequest": ".block_contact_request",
    "Calendar": ".calendar",
    "CalendarEventEntryLuma": ".calendar_event_entry_luma",
    "CalendarEventSortColumn": ".calendar_event_sort_column",
    "CalendarLocation": ".calendar_location",
    "CalendarSubmissionStatus": ".calendar_submission_status",
    "CalendarSubmissionStatusFilter": ".calendar_submission_status_filter",
    "CancelEventRequest": ".cancel_event_request",
    "ChoiceQuestionType": ".choice_question_type",
    "Contact": ".contact",
    "ContactMembership": ".contact_membership",
    "ContactSortColumn": ".contact_sort_column",
    "Coordinate": ".coordinate",
    "Coupon": ".coupon",
    "CouponInfo": ".coupon_info",
    "CreateCalendarCouponRequest": ".create_calendar_coupon_request",
    "CreateContactTagRequest": ".create_contact_tag_request",
    "CreateContactTagResponse": ".create_contact_tag_response",
    "CreateEventCouponRequest": ".create_event_coupon_request",
    "CreateEventRequest": ".create_event_request",
    "CreateEventResponse": ".create_event_response",
    "CreateEventTagRequest": ".create_event_tag_request",
    "CreateEventTagResponse": ".create_event_tag_response",
    "CreateImageUploadUrlRequest": ".create_image_upload_url_request",
    "CreateImageUploadUrlResponse": ".create_image_upload_url_response",
    "CreateOrganizationCalendarRequest": ".create_organization_calendar_request",
    "CreateTicketTypeRequest": ".create_ticket_type_request",
    "CreateWebhookRequest": ".create_webhook_request",
    "Currency": ".currency",
    "DeleteContactTagRequest": ".delete_contact_tag_request",
    "DeleteEventTagRequest": ".delete_event_tag_request",
    "DeleteTicketTypeRequest": ".delete_ticket_type_request",
    "DeleteWebhookRequest": ".delete_webhook_request",
    "DisplayPrice": ".display_price",
    "EmptyResponse": ".empty_response",
    "EntityCalendar": ".entity_calendar",
    "EntityCalendarSummary": ".entity_calendar_summary",
    "EntityEvent": ".entity_event",
    "EntityEventSummary": ".entity_event_summary",
    "Error": ".error",
    "Event": ".event",
    "EventAccess": ".event_access",
    "EventDescription": ".event_description",
    "EventFields": ".event_fields",
    "EventInputFields": ".event_input_fields",
    "EventPlatform": ".event_platform",
    "EventTicket": ".event_ticket",
    "EventTicketOrder": ".event_ticket_order",
    "ExternalEvent": ".external_event",
    "FeedbackEmail": ".feedback_email",
    "GeoAddress": ".geo_address",
    "GeoAddressInputGoogle": ".geo_address_input_google",
    "GeoAddressInputManual": ".geo_address_input_manual",
    "Guest": ".guest",
    "GuestApprovalStatus": ".guest_approval_status",
    "GuestCountBucket": ".guest_count_bucket",
    "GuestCounts": ".guest_counts",
    "GuestInput": ".guest_input",
    "GuestSortColumn": ".guest_sort_column",
    "GuestStatusUpdate": ".guest_status_update",
    "Host": ".host",
    "HostAccessLevel": ".host_access_level",
    "ImageContentType": ".image_content_type",
    "ImportContactsEntry": ".import_contacts_entry",
    "ImportContactsRequest": ".import_contacts_request",
    "ListCalendarAdminsResponse": ".list_calendar_admins_response",
    "ListCalendarCouponsResponse": ".list_calendar_coupons_response",
    "ListCalendarEventsResponse": ".list_calendar_events_response",
    "ListContactTagsResponse": ".list_contact_tags_response",
    "ListContactsResponse": ".list_contacts_response",
    "ListEventCouponsResponse": ".list_event_coupons_response",
    "ListEventGuestsResponse": ".list_event_guests_response",
    "ListEventTagsResponse": ".list_event_tags_response",
    "ListMembershipTiersResponse": ".list_membership_tiers_response",
    "ListOrganizationAdminsResponse": ".list_organization_admins_response",
    "ListOrganizationCalendarsResponse": ".list_organization_calendars_response",
    "ListOrganizationEventsResponse": ".list_organization_events_response",
    "ListTicketTypesResponse": ".list_ticket_types_response",
    "ListWebhooksResponse": ".list_webhooks_response",
    "LocationType": ".location_type",
    "LocationVisibility": ".location_visibility",
    "LookupCalendarEventResponse": ".lookup_calendar_event_response",
    "LookupCalendarEventResult": ".lookup_calendar_event_result",
    "LookupEntityResponse": ".lookup_entity_response",
    "ManagingCalendar": ".managing_calendar",
    "ManagingCalendarStatus": ".managing_calendar_status",
    "MemberDecision": ".member_decision",
    "MembershipAccessInfoFree": ".membership_access_info_free",
    "MembershipAccessInfoPaymentOnce": ".membership_access_info_payment_once",
    "MembershipAccessInfoPaymentRecurring": ".membership_access_info_payment_recurring",
    "MembershipStatus": ".membership_status",
    "MembershipTier": ".membership_tier",
    "NameRequirement": ".name_requirement",
    "OrganizationEvent": ".organization_event",
    "PageInfo": ".page_info",
    "PercentDiscount": ".percent_discount",
    "PhoneNumberRequirement": ".phone_number_requirement",
    "QuestionType": ".question_type",
    "RegistrationAnswer": ".registration_answer",
    "RegistrationAnswerCompanyValue": ".registration_answer_company_value",
    "RegistrationAnswerInput": ".registration_answer_input",
    "RegistrationQuestion": ".registration_question",
    "RegistrationQuestionChoice": ".registration_question_choice",
    "RegistrationQuestionCompany": ".registration_question_company",
    "RegistrationQuestionSimple": ".registration_question_simple",
    "RegistrationQuestionTerms": ".registration_question_terms",
    "RejectCalendarEventRequest": ".reject_calendar_event_request",
    "RemoveContactRequest": ".remove_contact_request",
    "RemoveEventHostRequest": ".remove_event_host_request",
    "RequestEventCancellationRequest": ".request_event_cancellation_request",
    "RequestEventCancellationResponse": ".request_event_cancellation_response",
    "RestoreContactRequest": ".restore_contact_request",
    "SendEventInvitesRequest": ".send_event_invites_request",
    "SimpleQuestionType": ".simple_question_type",
    "SortDirection": ".sort_direction",
    "SubmissionMode": ".submission_mode",
    "Tag": ".tag",
    "TagColor": ".tag_color",
    "TagRef": ".tag_ref",
    "TermsLink": ".terms_link",
    "TermsText": ".terms_text",
    "TicketType": ".ticket_type",
    "TicketTypeIncludeHidden": ".ticket_type_include_hidden",
    "TicketTypeKind": ".ticket_type_kind",
    "TicketTypeRef": ".ticket_type_ref",
    "TransferEventRequest": ".transfer_event_request",
    "UnapplyContactTagRequest": ".unapply_contact_tag_request",
    "UnapplyContactTagResponse": ".unapply_contact_tag_response",
    "UnapplyEventTagRequest": ".unapply_event_tag_request",
    "UnapplyEventTagResponse": ".unapply_event_tag_response",
    "UpdateCalendarCouponRequest": ".update_calendar_coupon_request",
    "UpdateCalendarRequest": ".update_calendar_request",
    "UpdateContactTagRequest": ".update_contact_tag_request",
    "UpdateEventCouponRequest": ".update_event_coupon_request",
    "UpdateEventGuestStatusRequest": ".update_event_guest_status_request",
    "UpdateEventGuestTicketsRequest": ".update_event_guest_tickets_request",
    "UpdateEventHostRequest": ".update_event_host_request",
    "UpdateEventRequest": ".update_event_request",
    "UpdateEventTagRequest": ".update_event_tag_request",
    "UpdateMemberStatusRequest": ".update_member_status_request",
    "UpdateTicketTypeRequest": ".update_ticket_type_request",
    "UpdateWebhookRequest": ".update_webhook_request",
    "User": ".user",
    "Visibility": ".visibility",
    "WaitlistStatus": ".waitlist_status",
    "Webhook": ".webhook",
    "WebhookCalendar": ".webhook_calendar",
    "WebhookCalendarEventExternal": ".webhook_calendar_event_external",
    "WebhookCalendarEventLuma": ".webhook_calendar_event_luma",
    "WebhookCalendarEventSubmittedExternal": ".webhook_calendar_event_submitted_external",
    "WebhookCalendarEventSubmittedLuma": ".webhook_calendar_event_submitted_luma",
    "WebhookContactData": ".webhook_contact_data",
    "WebhookEventData": ".webhook_event_data",
    "WebhookEventType": ".webhook_event_type",
    "WebhookGuestData": ".webhook_guest_data",
    "WebhookHost": ".webhook_host",
    "WebhookPayloadCalendarEventAdded": ".webhook_payload_calendar_event_added",
    "WebhookPayloadCalendarEventSubmitted": ".webhook_payload_calendar_event_submitted",
    "WebhookPayloadCalendarPersonSubscribed": ".webhook_payload_calendar_person_subscribed",
    "WebhookPayloadEventCanceled": ".webhook_payload_event_canceled",
    "WebhookPayloadEventCreated": ".webhook_payload_event_created",
    "WebhookPayloadEventUpdated": ".webhook_payload_event_updated",
    "WebhookPayloadGuestRegistered": ".webhook_payload_guest_registered",
    "WebhookPayloadGuestUpdated": ".webhook_payload_guest_updated",
    "WebhookPayloadTicketRegistered": ".webhook_payload_ticket_registered",
    "WebhookStatus": ".webhook_status",
    "WebhookTicketData": ".webhook_ticket_data",
}


def __getattr__(name: str) -> Any:
    module_name = _MODULE_OF.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AddCalendarEventExternalRequest",
    "AddCalendarEventLumaRequest",
    "AddCalendarEventResponse",
    "AddEventGuestsRequest",
    "AddEventHostRequest",
    "AddGuestApprovalStatus",
    "AddMemberRequest",
    "AddMemberResponse",
    "AmountDiscount",
    "ApplyContactTagRequest",
    "ApplyContactTagResponse",
    "ApplyEventTagRequest",
    "ApplyEventTagResponse",
    "ApproveCalendarEventRequest",
    "BlockContactRequest",
    "Calendar",
    "CalendarEventEntryLuma",
    "CalendarEventSortColumn",
    "CalendarLocation",
    "CalendarSubmissionStatus",
    "CalendarSubmissionStatusFilter",
    "CancelEventRequest",
    "ChoiceQuestionType",
    "Contact",
    "ContactMembership",
    "ContactSortColumn",
    "Coordinate",
    "Coupon",
    "CouponInfo",
    "CreateCalendarCouponRequest",
    "CreateContactTagRequest",
    "CreateContactTagResponse",
    "CreateEventCouponRequest",
    "CreateEventRequest",
    "CreateEventResponse",
    "CreateEventTagRequest",
    "CreateEventTagResponse",
    "CreateImageUploadUrlRequest",
    "CreateImageUploadUrlResponse",
    "CreateOrganizationCalendarRequest",
    "CreateTicketTypeRequest",
    "CreateWebhookRequest",
    "Currency",
    "DeleteContactTagRequest",
    "DeleteEventTagRequest",
    "DeleteTicketTypeRequest",
    "DeleteWebhookRequest",
    "DisplayPrice",
    "EmptyResponse",
    "EntityCalendar",
    "EntityCalendarSummary",
    "EntityEvent",
    "EntityEventSummary",
    "Error",
    "Event",
    "EventAccess",
    "EventDescription",
    "EventFields",
    "EventInputFields",
    "EventPlatform",
    "EventTicket",
    "EventTicketOrder",
    "ExternalEvent",
    "FeedbackEmail",
    "GeoAddress",
    "GeoAddressInputGoogle",
    "GeoAddressInputManual",
    "Guest",
    "GuestApprovalStatus",
    "GuestCountBucket",
    "GuestCounts",
    "GuestInput",
    "GuestSortColumn",
    "GuestStatusUpdate",
    "Host",
    "HostAccessLevel",
    "ImageContentType",
    "ImportContactsEntry",
    "ImportContactsRequest",
    "ListCalendarAdminsResponse",
    "ListCalendarCouponsResponse",
    "ListCalendarEventsResponse",
    "ListContactsResponse",
    "ListContactTagsResponse",
    "ListEventCouponsResponse",
    "ListEventGuestsResponse",
    "ListEventTagsResponse",
    "ListMembershipTiersResponse",
    "ListOrganizationAdminsResponse",
    "ListOrganizationCalendarsResponse",
    "ListOrganizationEventsResponse",
    "ListTicketTypesResponse",
    "ListWebhooksResponse",
    "LocationType",
    "LocationVisibility",
    "LookupCalendarEventResponse",
    "LookupCalendarEventResult",
    "LookupEntityResponse",
    "ManagingCalendar",
    "ManagingCalendarStatus",
    "MemberDecision",
    "MembershipAccessInfoFree",
    "MembershipAccessInfoPaymentOnce",
    "MembershipAccessInfoPaymentRecurring",
    "MembershipStatus",
    "MembershipTier",
    "NameRequirement",
    "OrganizationEvent",
    "PageInfo",
    "PercentDiscount",
    "PhoneNumberRequirement",
    "QuestionType",
    "RegistrationAnswer",
    "RegistrationAnswerCompanyValue",
    "RegistrationAnswerInput",
    "RegistrationQuestion",
    "RegistrationQuestionChoice",
    "RegistrationQuestionCompany",
    "RegistrationQuestionSimple",
    "RegistrationQuestionTerms",
    "RejectCalendarEventRequest",
    "RemoveContactRequest",
    "RemoveEventHostRequest",
    "RequestEventCancellationRequest",
    "RequestEventCancellationResponse",
    "RestoreContactRequest",
    "SendEventInvitesRequest",
    "SimpleQuestionType",
    "SortDirection",
    "SubmissionMode",
    "Tag",
    "TagColor",
    "TagRef",
    "TermsLink",
    "TermsText",
    "TicketType",
    "TicketTypeIncludeHidden",
    "TicketTypeKind",
    "TicketTypeRef",
    "TransferEventRequest",
    "UnapplyContactTagRequest",
    "UnapplyContactTagResponse",
    "UnapplyEventTagRequest",
    "UnapplyEventTagResponse",
    "UpdateCalendarCouponRequest",
    "UpdateCalendarRequest",
    "UpdateContactTagRequest",
    "UpdateEventCouponRequest",
    "UpdateEventGuestStatusRequest",
    "UpdateEventGuestTicketsRequest",
    "UpdateEventHostRequest",
    "UpdateEventRequest",
    "UpdateEventTagRequest",
    "UpdateMemberStatusRequest",
    "UpdateTicketTypeRequest",
    "UpdateWebhookRequest",
    "User",
    "Visibility",
    "WaitlistStatus",
    "Webhook",
    "WebhookCalendar",
    "WebhookCalendarEventExternal",
    "WebhookCalendarEventLuma",
    "WebhookCalendarEventSubmittedExternal",
    "WebhookCalendarEventSubmittedLuma",
    "WebhookContactData",
    "WebhookEventData",
    "WebhookEventType",
    "WebhookGuestData",
    "WebhookHost",
    "WebhookPayloadCalendarEventAdded",
    "WebhookPayloadCalendarEventSubmitted",
    "WebhookPayloadCalendarPersonSubscribed",
    "WebhookPayloadEventCanceled",
    "WebhookPayloadEventCreated",
    "WebhookPayloadEventUpdated",
    "WebhookPayloadGuestRegistered",
    "WebhookPayloadGuestUpdated",
    "WebhookPayloadTicketRegistered",
    "WebhookStatus",
    "WebhookTicketData",
)
