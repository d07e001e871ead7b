from typing import Literal

ContactSortColumn = Literal["created_at", "event_approved_count", "event_checked_in_count", "name", "revenue_usd_cents"]

CONTACT_SORT_COLUMN_VALUES: set[ContactSortColumn] = {
    "created_at",
    "event_approved_count",
    "event_checked_in_count",
    "name",
    "revenue_usd_cents",
}


def check_contact_sort_column(value: str) -> ContactSortColumn:
    if value in CONTACT_SORT_COLUMN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_SORT_COLUMN_VALUES!r}")
