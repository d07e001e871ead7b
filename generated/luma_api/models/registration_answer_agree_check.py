from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationAnswerAgreeCheck")


@_attrs_define
class RegistrationAnswerAgreeCheck:
    """An answer to a check-box question the guest ticks to agree to something (`question_type` `agree-check`).

    Attributes:
        label (str): The question as it was shown to the guest.
        question_id (str): Id of the registration question.
        question_type (Literal['agree-check']): The question type, always `agree-check` for this variant.
        value (bool | Unset): Whether the guest ticked the box.
        answer (bool | Unset): Older name of `value`; read `value` first.
    """

    label: str
    question_id: str
    question_type: Literal["agree-check"]
    value: bool | Unset = UNSET
    answer: bool | Unset = UNSET
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

        question_type = cast(Literal["agree-check"], d.pop("question_type"))
        if question_type != "agree-check":
            raise ValueError(f"question_type must match const 'agree-check', got '{question_type}'")

        value = d.pop("value", UNSET)

        answer = d.pop("answer", UNSET)

        registration_answer_agree_check = cls(
            label=label,
            question_id=question_id,
            question_type=question_type,
            value=value,
            answer=answer,
        )

        registration_answer_agree_check.additional_properties = d
        return registration_answer_agree_check

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
