from typing import Literal

GuestSortColumn = Literal["checked_in_at", "created_at", "email", "name", "registered_at"]

GUEST_SORT_COLUMN_VALUES: set[GuestSortColumn] = {
    "checked_in_at",
    "created_at",
    "email",
    "name",
    "registered_at",
}


def check_guest_sort_column(value: str) -> GuestSortColumn:
    if value in GUEST_SORT_COLUMN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GUEST_SORT_COLUMN_VALUES!r}")
