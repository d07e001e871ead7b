from typing import Literal

LocationVisibility = Literal["guests-only", "public"]

LOCATION_VISIBILITY_VALUES: set[LocationVisibility] = {
    "guests-only",
    "public",
}


def check_location_visibility(value: str) -> LocationVisibility:
    if value in LOCATION_VISIBILITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOCATION_VISIBILITY_VALUES!r}")
