from typing import Literal

PhoneNumberRequirement = Literal["optional", "required"]

PHONE_NUMBER_REQUIREMENT_VALUES: set[PhoneNumberRequirement] = {
    "optional",
    "required",
}


def check_phone_number_requirement(value: str) -> PhoneNumberRequirement:
    if value in PHONE_NUMBER_REQUIREMENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_REQUIREMENT_VALUES!r}")
