from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registration_answer_company_value import RegistrationAnswerCompanyValue


T = TypeVar("T", bound="RegistrationAnswerCompany")


@_attrs_define
class RegistrationAnswerCompany:
    """An answer to a company question (company name and, optionally, job title) (`question_type` `company`).

    Attributes:
        label (str): The question as it was shown to the guest.
        question_id (str): Id of the registration question.
        question_type (Literal['company']): The question type, always `company` for this variant.
        value (None | RegistrationAnswerCompanyValue | Unset): The company and job title the guest entered; null when
            unanswered.
        answer (None | str | Unset): Older, flat form of the answer as a single string; read `value` first.
        answer_company (None | str | Unset): Older field holding the company name on its own.
        answer_job_title (None | str | Unset): Older field holding the job title on its own.
    """

    label: str
    question_id: str
    question_type: Literal["company"]
    value: None | RegistrationAnswerCompanyValue | Unset = UNSET
    answer: None | str | Unset = UNSET
    answer_company: None | str | Unset = UNSET
    answer_job_title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.registration_answer_company_value import RegistrationAnswerCompanyValue  # noqa: PLC0415

        label = self.label

        question_id = self.question_id

        question_type = self.question_type

        value: dict[str, Any] | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, RegistrationAnswerCompanyValue):
            value = self.value.to_dict()
        else:
            value = self.value

        answer: None | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
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
                "question_type": question_type,
            }
        )
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

        question_type = cast(Literal["company"], d.pop("question_type"))
        if question_type != "company":
            raise ValueError(f"question_type must match const 'company', got '{question_type}'")

        def _parse_value(data: object) -> None | RegistrationAnswerCompanyValue | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_0 = RegistrationAnswerCompanyValue.from_dict(data)

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegistrationAnswerCompanyValue | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_answer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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

        registration_answer_company = cls(
            label=label,
            question_id=question_id,
            question_type=question_type,
            value=value,
            answer=answer,
            answer_company=answer_company,
            answer_job_title=answer_job_title,
        )

        registration_answer_company.additional_properties = d
        return registration_answer_company

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
