from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.question_type import QuestionType, check_question_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registration_answer_company_value import RegistrationAnswerCompanyValue


T = TypeVar("T", bound="RegistrationAnswer")


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
        from ..models.registration_answer_company_value import RegistrationAnswerCompanyValue  # noqa: PLC0415

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "question_id": question_id,
            }
        )
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
        from ..models.registration_answer_company_value import RegistrationAnswerCompanyValue  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label")

        question_id = d.pop("question_id")

        def _parse_question_type(data: object) -> QuestionType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                question_type_type_0 = check_question_type(data)

                return question_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(QuestionType | str | Unset, data)

        question_type = _parse_question_type(d.pop("question_type", UNSET))

        def _parse_value(data: object) -> bool | list[str] | None | RegistrationAnswerCompanyValue | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_2 = cast(list[str], data)

                return value_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_3 = RegistrationAnswerCompanyValue.from_dict(data)

                return value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[str] | None | RegistrationAnswerCompanyValue | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_answer(data: object) -> bool | list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                answer_type_2 = cast(list[str], data)

                return answer_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[str] | None | str | Unset, data)

        answer = _parse_answer(d.pop("answer", UNSET))

        def _parse_answer_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        answer_company = _parse_answer_company(d.pop("answer_company", UNSET))

        def _parse_answer_job_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        answer_job_title = _parse_answer_job_title(d.pop("answer_job_title", UNSET))

        registration_answer = cls(
            label=label,
            question_id=question_id,
            question_type=question_type,
            value=value,
            answer=answer,
            answer_company=answer_company,
            answer_job_title=answer_job_title,
        )

        registration_answer.additional_properties = d
        return registration_answer

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
