from typing import Literal

CalendarSubmissionStatus = Literal["approved", "pending", "rejected"]

CALENDAR_SUBMISSION_STATUS_VALUES: set[CalendarSubmissionStatus] = {
    "approved",
    "pending",
    "rejected",
}


def check_calendar_submission_status(value: str) -> CalendarSubmissionStatus:
    if value in CALENDAR_SUBMISSION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALENDAR_SUBMISSION_STATUS_VALUES!r}")
