from typing import Literal

SortDirection = Literal["asc", "asc nulls last", "desc", "desc nulls last"]

SORT_DIRECTION_VALUES: set[SortDirection] = {
    "asc",
    "asc nulls last",
    "desc",
    "desc nulls last",
}


def check_sort_direction(value: str) -> SortDirection:
    if value in SORT_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SORT_DIRECTION_VALUES!r}")
