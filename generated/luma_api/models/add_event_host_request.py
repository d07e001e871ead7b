from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.host_access_level import HostAccessLevel, check_host_access_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddEventHostRequest")


@_attrs_define
class AddEventHostRequest:
    """The person to add as a host and their role.

    Attributes:
        event_id (str): Id of the event, starting with `evt-`.
        email (str): Email address of the person to add.
        access_level (HostAccessLevel | None | Unset): What the host may do; `manager` when left out or null.
        is_visible (bool | Unset): Whether the host is shown on the event page; true when left out.
        name (str | Unset): Name to use for the host; ignored when the person already has a Luma profile.
    """

    event_id: str
    email: str
    access_level: HostAccessLevel | None | Unset = UNSET
    is_visible: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        email = self.email

        access_level: None | str | Unset
        if isinstance(self.access_level, Unset):
            access_level = UNSET
        elif isinstance(self.access_level, str):
            access_level = self.access_level
        else:
            access_level = self.access_level

        is_visible = self.is_visible

        name = self.name

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
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        email = d.pop("email")

        def _parse_access_level(data: object) -> HostAccessLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                access_level_type_0 = check_host_access_level(data)

                return access_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HostAccessLevel | None | Unset, data)

        access_level = _parse_access_level(d.pop("access_level", UNSET))

        is_visible = d.pop("is_visible", UNSET)

        name = d.pop("name", UNSET)

        add_event_host_request = cls(
            event_id=event_id,
            email=email,
            access_level=access_level,
            is_visible=is_visible,
            name=name,
        )

        add_event_host_request.additional_properties = d
        return add_event_host_request

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
