from typing import Literal

EventPlatform = Literal["external", "luma"]

EVENT_PLATFORM_VALUES: set[EventPlatform] = {
    "external",
    "luma",
}


def check_event_platform(value: str) -> EventPlatform:
    if value in EVENT_PLATFORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_PLATFORM_VALUES!r}")
