from typing import Literal

LocationType = Literal["discord", "meet", "missing", "offline", "twitch", "twitter", "unknown", "youtube", "zoom"]

LOCATION_TYPE_VALUES: set[LocationType] = {
    "discord",
    "meet",
    "missing",
    "offline",
    "twitch",
    "twitter",
    "unknown",
    "youtube",
    "zoom",
}


def check_location_type(value: str) -> LocationType:
    if value in LOCATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOCATION_TYPE_VALUES!r}")
