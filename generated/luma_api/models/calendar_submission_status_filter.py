from typing import Literal

CalendarSubmissionStatusFilter = Literal["approved", "pending"]

CALENDAR_SUBMISSION_STATUS_FILTER_VALUES: set[CalendarSubmissionStatusFilter] = {
    "approved",
    "pending",
}


def check_calendar_submission_status_filter(value: str) -> CalendarSubmissionStatusFilter:
    if value in CALENDAR_SUBMISSION_STATUS_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALENDAR_SUBMISSION_STATUS_FILTER_VALUES!r}")
