from typing import Literal

CalendarEventSortColumn = Literal["start_at"]

CALENDAR_EVENT_SORT_COLUMN_VALUES: set[CalendarEventSortColumn] = {
    "start_at",
}


def check_calendar_event_sort_column(value: str) -> CalendarEventSortColumn:
    if value in CALENDAR_EVENT_SORT_COLUMN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALENDAR_EVENT_SORT_COLUMN_VALUES!r}")
