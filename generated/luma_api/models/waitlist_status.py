from typing import Literal

WaitlistStatus = Literal["disabled", "enabled"]

WAITLIST_STATUS_VALUES: set[WaitlistStatus] = {
    "disabled",
    "enabled",
}


def check_waitlist_status(value: str) -> WaitlistStatus:
    if value in WAITLIST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAITLIST_STATUS_VALUES!r}")
