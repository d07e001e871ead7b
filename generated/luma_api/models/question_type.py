from typing import Literal

QuestionType = Literal[
    "agree-check",
    "company",
    "dropdown",
    "github",
    "instagram",
    "linkedin",
    "long-text",
    "multi-select",
    "phone-number",
    "telegram",
    "terms",
    "text",
    "twitter",
    "url",
    "youtube",
]

QUESTION_TYPE_VALUES: set[QuestionType] = {
    "agree-check",
    "company",
    "dropdown",
    "github",
    "instagram",
    "linkedin",
    "long-text",
    "multi-select",
    "phone-number",
    "telegram",
    "terms",
    "text",
    "twitter",
    "url",
    "youtube",
}


def check_question_type(value: str) -> QuestionType:
    if value in QUESTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUESTION_TYPE_VALUES!r}")
