from typing import Literal

GuestApprovalStatus = Literal["approved", "declined", "invited", "pending_approval", "session", "waitlist"]

GUEST_APPROVAL_STATUS_VALUES: set[GuestApprovalStatus] = {
    "approved",
    "declined",
    "invited",
    "pending_approval",
    "session",
    "waitlist",
}


def check_guest_approval_status(value: str) -> GuestApprovalStatus:
    if value in GUEST_APPROVAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GUEST_APPROVAL_STATUS_VALUES!r}")
