from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_decision import MemberDecision, check_member_decision

T = TypeVar("T", bound="UpdateMemberStatusRequest")


@_attrs_define
class UpdateMemberStatusRequest:
    """The member to decide on and the decision.

    Attributes:
        user_id (str): The member, given either as a user id (`usr-...`) or as an email address.
        status (MemberDecision): The decision on a member of the calendar.
    """

    user_id: str
    status: MemberDecision
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        status = check_member_decision(d.pop("status"))

        update_member_status_request = cls(
            user_id=user_id,
            status=status,
        )

        update_member_status_request.additional_properties = d
        return update_member_status_request

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
