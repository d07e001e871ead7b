from typing import Literal

HostAccessLevel = Literal["check-in", "manager", "none"]

HOST_ACCESS_LEVEL_VALUES: set[HostAccessLevel] = {
    "check-in",
    "manager",
    "none",
}


def check_host_access_level(value: str) -> HostAccessLevel:
    if value in HOST_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HOST_ACCESS_LEVEL_VALUES!r}")
