from typing import Literal

MembershipStatus = Literal["approved", "approved-pending-payment", "declined", "pending"]

MEMBERSHIP_STATUS_VALUES: set[MembershipStatus] = {
    "approved",
    "approved-pending-payment",
    "declined",
    "pending",
}


def check_membership_status(value: str) -> MembershipStatus:
    if value in MEMBERSHIP_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBERSHIP_STATUS_VALUES!r}")
