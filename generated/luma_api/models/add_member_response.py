from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_status import MembershipStatus, check_membership_status

T = TypeVar("T", bound="AddMemberResponse")


@_attrs_define
class AddMemberResponse:
    """The membership created by `add_member`.

    Attributes:
        membership_id (str): Id of the new membership (no fixed prefix observed).
        status (MembershipStatus | str): Where the membership stands: `approved` (active), `pending` (waiting for an
            admin), `approved-pending-payment` (approved but not yet paid) or `declined`.
    """

    membership_id: str
    status: MembershipStatus | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        membership_id = self.membership_id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "membership_id": membership_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        membership_id = d.pop("membership_id")

        def _parse_status(data: object) -> MembershipStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_membership_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MembershipStatus | str, data)

        status = _parse_status(d.pop("status"))

        add_member_response = cls(
            membership_id=membership_id,
            status=status,
        )

        add_member_response.additional_properties = d
        return add_member_response

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
