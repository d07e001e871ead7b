from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegistrationQuestionOther")


@_attrs_define
class RegistrationQuestionOther:
    """Catch-all for a question of a type this document does not list yet, so that a question type Luma adds later does not
    make the whole event unreadable. Only the common fields are known.

        Attributes:
            id (str): Identifier of the question within the event; answers refer to it as `question_id`.
            label (str): The question as shown to registrants.
            required (bool): Whether an answer is mandatory.
            question_type (str): A question type other than the known ones.
    """

    id: str
    label: str
    required: bool
    question_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        required = self.required

        question_type = self.question_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
                "required": required,
                "question_type": question_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label")

        required = d.pop("required")

        question_type = d.pop("question_type")

        registration_question_other = cls(
            id=id,
            label=label,
            required=required,
            question_type=question_type,
        )

        registration_question_other.additional_properties = d
        return registration_question_other

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
