from typing import Literal

MemberDecision = Literal["approved", "declined"]

MEMBER_DECISION_VALUES: set[MemberDecision] = {
    "approved",
    "declined",
}


def check_member_decision(value: str) -> MemberDecision:
    if value in MEMBER_DECISION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBER_DECISION_VALUES!r}")
