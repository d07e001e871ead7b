from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.question_type import QuestionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationAnswer")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "label",
        "question_id",
        "question_type",
        "value",
        "answer",
        "answer_company",
        "answer_job_title",
    }
)


@_attrs_define
class RegistrationAnswer:
    """A guest's answer to one registration question. One object covers every question type, so that a type Luma adds later
    still parses: `question_type` is open and `value` takes the shape the type uses (text for most types, a boolean for
    `agree-check` and `terms`, a list for `multi-select`, an object for `company`; null when unanswered). Read `value`
    first; older deliveries carry `answer` instead (and `answer_company`/`answer_job_title` for company questions).

    Attributes:
        label (str): The question as it was shown to the guest.
        question_id (str): Id of the registration question.
        question_type (QuestionType | str | Unset): The kind of question answered.
        value (bool | list[str] | None | RegistrationAnswerCompanyValue | str | Unset): The answer, in the shape its
            question type uses; null when unanswered.
        answer (bool | list[str] | None | str | Unset): Older name of `value` (company answers give a single string
            here); read `value` first.
        answer_company (None | str | Unset): Older field holding the company name of a company answer.
        answer_job_title (None | str | Unset): Older field holding the job title of a company answer.
    """

    label: str
    question_id: str
    question_type: QuestionType | str | Unset = UNSET
    value: bool | list[str] | None | RegistrationAnswerCompanyValue | str | Unset = UNSET
    answer: bool | list[str] | None | str | Unset = UNSET
    answer_company: None | str | Unset = UNSET
    answer_job_title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        question_id = self.question_id

        question_type: str | Unset
        if isinstance(self.question_type, Unset):
            question_type = UNSET
        elif isinstance(self.question_type, str):
            question_type = self.question_type
        else:
            question_type = self.question_type

        value: bool | dict[str, Any] | list[str] | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, RegistrationAnswerCompanyValue):
            value = self.value.to_dict()
        else:
            value = self.value

        answer: bool | list[str] | None | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        elif isinstance(self.answer, list):
            answer = self.answer

        else:
            answer = self.answer

        answer_company: None | str | Unset
        if isinstance(self.answer_company, Unset):
            answer_company = UNSET
        else:
            answer_company = self.answer_company

        answer_job_title: None | str | Unset
        if isinstance(self.answer_job_title, Unset):
            answer_job_title = UNSET
        else:
            answer_job_title = self.answer_job_title

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["label"] = label
        field_dict["question_id"] = question_id
        if question_type is not UNSET:
            field_dict["question_type"] = question_type
        if value is not UNSET:
            field_dict["value"] = value
        if answer is not UNSET:
            field_dict["answer"] = answer
        if answer_company is not UNSET:
            field_dict["answer_company"] = answer_company
        if answer_job_title is not UNSET:
            field_dict["answer_job_title"] = answer_job_title
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _question_type = data.get("question_type", UNSET)
        _value = data.get("value", UNSET)
        _answer = data.get("answer", UNSET)
        _answer_company = data.get("answer_company", UNSET)
        _answer_job_title = data.get("answer_job_title", UNSET)
        instance = _new_instance(cls)
        instance.label = data["label"]
        instance.question_id = data["question_id"]
        instance.question_type = _question_type
        instance.value = (
            _value
            if _value is UNSET
            else RegistrationAnswerCompanyValue.from_dict(_value)
            if isinstance(_value, dict)
            else _value
        )
        instance.answer = _answer
        instance.answer_company = _answer_company
        instance.answer_job_title = _answer_job_title
        if len(data) > 2 + (_question_type is not UNSET) + (_value is not UNSET) + (_answer is not UNSET) + (
            _answer_company is not UNSET
        ) + (_answer_job_title is not UNSET):
            instance.additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        else:
            instance.additional_properties = {}
        return instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.registration_answer_company_value import RegistrationAnswerCompanyValue
