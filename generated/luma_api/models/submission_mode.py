from typing import Literal

SubmissionMode = Literal["auto", "pending"]

SUBMISSION_MODE_VALUES: set[SubmissionMode] = {
    "auto",
    "pending",
}


def check_submission_mode(value: str) -> SubmissionMode:
    if value in SUBMISSION_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMISSION_MODE_VALUES!r}")
