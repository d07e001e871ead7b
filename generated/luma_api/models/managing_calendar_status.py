from typing import Literal

ManagingCalendarStatus = Literal["approved", "pending"]

MANAGING_CALENDAR_STATUS_VALUES: set[ManagingCalendarStatus] = {
    "approved",
    "pending",
}


def check_managing_calendar_status(value: str) -> ManagingCalendarStatus:
    if value in MANAGING_CALENDAR_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MANAGING_CALENDAR_STATUS_VALUES!r}")
