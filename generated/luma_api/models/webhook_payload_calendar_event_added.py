from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_calendar_event_external import WebhookCalendarEventExternal
    from ..models.webhook_calendar_event_luma import WebhookCalendarEventLuma


T = TypeVar("T", bound="WebhookPayloadCalendarEventAdded")


@_attrs_define
class WebhookPayloadCalendarEventAdded:
    """Notification that a Luma or external event was added to the calendar.

    Attributes:
        type_ (Literal['calendar.event.added']): The notification type, always `calendar.event.added`.
        data (WebhookCalendarEventExternal | WebhookCalendarEventLuma): The event in a `calendar.event.added`
            notification: a Luma event or an external one, told apart by `platform`.
    """

    type_: Literal["calendar.event.added"]
    data: WebhookCalendarEventExternal | WebhookCalendarEventLuma
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_calendar_event_luma import WebhookCalendarEventLuma  # noqa: PLC0415

        type_ = self.type_

        data: dict[str, Any]
        if isinstance(self.data, WebhookCalendarEventLuma):
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
        from ..models.webhook_calendar_event_external import WebhookCalendarEventExternal  # noqa: PLC0415
        from ..models.webhook_calendar_event_luma import WebhookCalendarEventLuma  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["calendar.event.added"], d.pop("type"))
        if type_ != "calendar.event.added":
            raise ValueError(f"type must match const 'calendar.event.added', got '{type_}'")

        def _parse_data(data: object) -> WebhookCalendarEventExternal | WebhookCalendarEventLuma:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_calendar_event_data_type_0 = WebhookCalendarEventLuma.from_dict(data)

                return componentsschemas_webhook_calendar_event_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_webhook_calendar_event_data_type_1 = WebhookCalendarEventExternal.from_dict(data)

            return componentsschemas_webhook_calendar_event_data_type_1

        data = _parse_data(d.pop("data"))

        webhook_payload_calendar_event_added = cls(
            type_=type_,
            data=data,
        )

        webhook_payload_calendar_event_added.additional_properties = d
        return webhook_payload_calendar_event_added

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
