from typing import Literal

SimpleQuestionType = Literal[
    "agree-check",
    "github",
    "instagram",
    "linkedin",
    "long-text",
    "phone-number",
    "telegram",
    "text",
    "twitter",
    "url",
    "youtube",
]

SIMPLE_QUESTION_TYPE_VALUES: set[SimpleQuestionType] = {
    "agree-check",
    "github",
    "instagram",
    "linkedin",
    "long-text",
    "phone-number",
    "telegram",
    "text",
    "twitter",
    "url",
    "youtube",
}


def check_simple_question_type(value: str) -> SimpleQuestionType:
    if value in SIMPLE_QUESTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIMPLE_QUESTION_TYPE_VALUES!r}")
