from typing import Literal

EventAccess = Literal["manage", "view"]

EVENT_ACCESS_VALUES: set[EventAccess] = {
    "manage",
    "view",
}


def check_event_access(value: str) -> EventAccess:
    if value in EVENT_ACCESS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_ACCESS_VALUES!r}")
