from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submission_mode import SubmissionMode, check_submission_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddCalendarEventLumaRequest")


@_attrs_define
class AddCalendarEventLumaRequest:
    """Adds an existing Luma event. Luma's schema leaves `event_id` optional only because the older `event_api_id` field
    could be sent instead; without one of them nothing can be added.

        Attributes:
            platform (Literal['luma']): Marks a Luma event.
            event_id (str): Id of the Luma event to add, starting with `evt-`.
            submission_mode (SubmissionMode | Unset): How an added event enters the calendar: `auto` approves it immediately
                when the caller is allowed to, `pending` always puts it in the review queue.
    """

    platform: Literal["luma"]
    event_id: str
    submission_mode: SubmissionMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform

        event_id = self.event_id

        submission_mode: str | Unset = UNSET
        if not isinstance(self.submission_mode, Unset):
            submission_mode = self.submission_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "event_id": event_id,
            }
        )
        if submission_mode is not UNSET:
            field_dict["submission_mode"] = submission_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform = cast(Literal["luma"], d.pop("platform"))
        if platform != "luma":
            raise ValueError(f"platform must match const 'luma', got '{platform}'")

        event_id = d.pop("event_id")

        _submission_mode = d.pop("submission_mode", UNSET)
        submission_mode: SubmissionMode | Unset
        if isinstance(_submission_mode, Unset):
            submission_mode = UNSET
        else:
            submission_mode = check_submission_mode(_submission_mode)

        add_calendar_event_luma_request = cls(
            platform=platform,
            event_id=event_id,
            submission_mode=submission_mode,
        )

        add_calendar_event_luma_request.additional_properties = d
        return add_calendar_event_luma_request

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
