from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationAnswerLinkedin")


@_attrs_define
class RegistrationAnswerLinkedin:
    """An answer to a LinkedIn profile question (`question_type` `linkedin`).

    Attributes:
        label (str): The question as it was shown to the guest.
        question_id (str): Id of the registration question.
        question_type (Literal['linkedin']): The question type, always `linkedin` for this variant.
        value (None | str | Unset): The LinkedIn profile the guest entered; empty or null when unanswered.
        answer (None | str | Unset): Older name of `value`; read `value` first.
    """

    label: str
    question_id: str
    question_type: Literal["linkedin"]
    value: None | str | Unset = UNSET
    answer: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        question_id = self.question_id

        question_type = self.question_type

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        answer: None | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        else:
            answer = self.answer

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        question_id = d.pop("question_id")

        question_type = cast(Literal["linkedin"], d.pop("question_type"))
        if question_type != "linkedin":
            raise ValueError(f"question_type must match const 'linkedin', got '{question_type}'")

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_answer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        answer = _parse_answer(d.pop("answer", UNSET))

        registration_answer_linkedin = cls(
            label=label,
            question_id=question_id,
            question_type=question_type,
            value=value,
            answer=answer,
        )

        registration_answer_linkedin.additional_properties = d
        return registration_answer_linkedin

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
