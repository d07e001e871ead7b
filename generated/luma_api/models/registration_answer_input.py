from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.registration_answer_company_value import RegistrationAnswerCompanyValue


T = TypeVar("T", bound="RegistrationAnswerInput")


@_attrs_define
class RegistrationAnswerInput:
    """A pre-filled answer to one of the event's registration questions, sent when adding guests. The value's shape follows
    the question type: a string for text-like, dropdown and phone questions, a boolean for check-boxes, a list of
    strings for multi-select questions, and a company object for company questions.

        Attributes:
            question_id (str): Id of the registration question being answered (see the event's `registration_questions`).
            value (bool | list[str] | RegistrationAnswerCompanyValue | str): The answer.
    """

    question_id: str
    value: bool | list[str] | RegistrationAnswerCompanyValue | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.registration_answer_company_value import RegistrationAnswerCompanyValue  # noqa: PLC0415

        question_id = self.question_id

        value: bool | dict[str, Any] | list[str] | str
        if isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, RegistrationAnswerCompanyValue):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question_id": question_id,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.registration_answer_company_value import RegistrationAnswerCompanyValue  # noqa: PLC0415

        d = dict(src_dict)
        question_id = d.pop("question_id")

        def _parse_value(data: object) -> bool | list[str] | RegistrationAnswerCompanyValue | str:
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
            return cast(bool | list[str] | RegistrationAnswerCompanyValue | str, data)

        value = _parse_value(d.pop("value"))

        registration_answer_input = cls(
            question_id=question_id,
            value=value,
        )

        registration_answer_input.additional_properties = d
        return registration_answer_input

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
