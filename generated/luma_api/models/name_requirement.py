from typing import Literal

NameRequirement = Literal["first-last", "full-name"]

NAME_REQUIREMENT_VALUES: set[NameRequirement] = {
    "first-last",
    "full-name",
}


def check_name_requirement(value: str) -> NameRequirement:
    if value in NAME_REQUIREMENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NAME_REQUIREMENT_VALUES!r}")
