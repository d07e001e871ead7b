from typing import Literal

GuestStatusUpdate = Literal["approved", "declined", "pending_approval", "waitlist"]

GUEST_STATUS_UPDATE_VALUES: set[GuestStatusUpdate] = {
    "approved",
    "declined",
    "pending_approval",
    "waitlist",
}


def check_guest_status_update(value: str) -> GuestStatusUpdate:
    if value in GUEST_STATUS_UPDATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GUEST_STATUS_UPDATE_VALUES!r}")
