from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationAnswerOther")


@_attrs_define
class RegistrationAnswerOther:
    """Catch-all for an answer to a question type that this document does not list yet, so that a new question type added
    by Luma does not make the whole guest unreadable. Its `value` and `answer` can have any shape.

        Attributes:
            label (str): The question as it was shown to the guest.
            question_id (str): Id of the registration question.
            question_type (str | Unset): A question type other than the known ones.
            value (Any | Unset): The answer, in whatever shape the question type uses.
            answer (Any | Unset): Older name of `value`; read `value` first.
    """

    label: str
    question_id: str
    question_type: str | Unset = UNSET
    value: Any | Unset = UNSET
    answer: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        question_id = self.question_id

        question_type = self.question_type

        value = self.value

        answer = self.answer

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        question_id = d.pop("question_id")

        question_type = d.pop("question_type", UNSET)

        value = d.pop("value", UNSET)

        answer = d.pop("answer", UNSET)

        registration_answer_other = cls(
            label=label,
            question_id=question_id,
            question_type=question_type,
            value=value,
            answer=answer,
        )

        registration_answer_other.additional_properties = d
        return registration_answer_other

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
