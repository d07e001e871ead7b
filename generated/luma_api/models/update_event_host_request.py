from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.host_access_level import HostAccessLevel, check_host_access_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEventHostRequest")


@_attrs_define
class UpdateEventHostRequest:
    """The host to change and the new settings.

    Attributes:
        event_id (str): Id of the event, starting with `evt-`.
        email (str): Email address of the host.
        access_level (HostAccessLevel | Unset): What a host may do: `manager` has full control of the event, `check-in`
            may only check guests in, `none` is listed as a host without admin rights.
        is_visible (bool | Unset): Whether the host is shown on the event page.
    """

    event_id: str
    email: str
    access_level: HostAccessLevel | Unset = UNSET
    is_visible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        email = self.email

        access_level: str | Unset = UNSET
        if not isinstance(self.access_level, Unset):
            access_level = self.access_level

        is_visible = self.is_visible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "email": email,
            }
        )
        if access_level is not UNSET:
            field_dict["access_level"] = access_level
        if is_visible is not UNSET:
            field_dict["is_visible"] = is_visible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        email = d.pop("email")

        _access_level = d.pop("access_level", UNSET)
        access_level: HostAccessLevel | Unset
        if isinstance(_access_level, Unset):
            access_level = UNSET
        else:
            access_level = check_host_access_level(_access_level)

        is_visible = d.pop("is_visible", UNSET)

        update_event_host_request = cls(
            event_id=event_id,
            email=email,
            access_level=access_level,
            is_visible=is_visible,
        )

        update_event_host_request.additional_properties = d
        return update_event_host_request

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
