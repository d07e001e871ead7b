from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegistrationAnswerInput")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "question_id",
        "value",
    }
)


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
        question_id = self.question_id

        value: bool | dict[str, Any] | list[str] | str
        if isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, RegistrationAnswerCompanyValue):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["question_id"] = question_id
        field_dict["value"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.question_id = data["question_id"]
        _value = data["value"]
        instance.value = RegistrationAnswerCompanyValue.from_dict(_value) if isinstance(_value, dict) else _value
        if len(data) > 2:
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
