from typing import Literal

ChoiceQuestionType = Literal["dropdown", "multi-select"]

CHOICE_QUESTION_TYPE_VALUES: set[ChoiceQuestionType] = {
    "dropdown",
    "multi-select",
}


def check_choice_question_type(value: str) -> ChoiceQuestionType:
    if value in CHOICE_QUESTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHOICE_QUESTION_TYPE_VALUES!r}")
