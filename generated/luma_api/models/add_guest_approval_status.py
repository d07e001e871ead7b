from typing import Literal

AddGuestApprovalStatus = Literal["approved", "pending_approval", "waitlist"]

ADD_GUEST_APPROVAL_STATUS_VALUES: set[AddGuestApprovalStatus] = {
    "approved",
    "pending_approval",
    "waitlist",
}


def check_add_guest_approval_status(value: str) -> AddGuestApprovalStatus:
    if value in ADD_GUEST_APPROVAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_GUEST_APPROVAL_STATUS_VALUES!r}")
