from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_calendar_event_submitted_external import WebhookCalendarEventSubmittedExternal
    from ..models.webhook_calendar_event_submitted_luma import WebhookCalendarEventSubmittedLuma


T = TypeVar("T", bound="WebhookPayloadCalendarEventSubmitted")


@_attrs_define
class WebhookPayloadCalendarEventSubmitted:
    """Notification that an event was submitted to the calendar and awaits review.

    Attributes:
        type_ (Literal['calendar.event.submitted']): The notification type, always `calendar.event.submitted`.
        data (WebhookCalendarEventSubmittedExternal | WebhookCalendarEventSubmittedLuma): The event in a
            `calendar.event.submitted` notification: the same summary as for `calendar.event.added` plus
            `submitted_to_calendar`, told apart by `platform`.
    """

    type_: Literal["calendar.event.submitted"]
    data: WebhookCalendarEventSubmittedExternal | WebhookCalendarEventSubmittedLuma
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_calendar_event_submitted_luma import WebhookCalendarEventSubmittedLuma  # noqa: PLC0415

        type_ = self.type_

        data: dict[str, Any]
        if isinstance(self.data, WebhookCalendarEventSubmittedLuma):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_calendar_event_submitted_external import WebhookCalendarEventSubmittedExternal  # noqa: PLC0415
        from ..models.webhook_calendar_event_submitted_luma import WebhookCalendarEventSubmittedLuma  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["calendar.event.submitted"], d.pop("type"))
        if type_ != "calendar.event.submitted":
            raise ValueError(f"type must match const 'calendar.event.submitted', got '{type_}'")

        def _parse_data(data: object) -> WebhookCalendarEventSubmittedExternal | WebhookCalendarEventSubmittedLuma:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_calendar_event_submitted_data_type_0 = (
                    WebhookCalendarEventSubmittedLuma.from_dict(data)
                )

                return componentsschemas_webhook_calendar_event_submitted_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_webhook_calendar_event_submitted_data_type_1 = (
                WebhookCalendarEventSubmittedExternal.from_dict(data)
            )

            return componentsschemas_webhook_calendar_event_submitted_data_type_1

        data = _parse_data(d.pop("data"))

        webhook_payload_calendar_event_submitted = cls(
            type_=type_,
            data=data,
        )

        webhook_payload_calendar_event_submitted.additional_properties = d
        return webhook_payload_calendar_event_submitted

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
