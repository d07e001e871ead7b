from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddMemberRequest")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "email",
        "membership_tier_id",
        "registration_answers",
        "skip_payment",
    }
)


@_attrs_define
class AddMemberRequest:
    """Who to add to which membership tier.

    Attributes:
        email (str): Email address of the person to add; Luma finds or creates the user for it.
        membership_tier_id (str): Id of the tier to add the person to, from `list_membership_tiers`.
        registration_answers (list[RegistrationAnswerInput] | Unset): Answers to the tier's sign-up questions, if it has
            any.
        skip_payment (bool | Unset): Set to true to add the member to a paid tier without charging them, for example
            when they already paid outside Luma. Needed for paid tiers in that case.
    """

    email: str
    membership_tier_id: str
    registration_answers: list[RegistrationAnswerInput] | Unset = UNSET
    skip_payment: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        membership_tier_id = self.membership_tier_id

        registration_answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.registration_answers, Unset):
            registration_answers = []
            for registration_answers_item_data in self.registration_answers:
                registration_answers_item = registration_answers_item_data.to_dict()
                registration_answers.append(registration_answers_item)

        skip_payment = self.skip_payment

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["email"] = email
        field_dict["membership_tier_id"] = membership_tier_id
        if registration_answers is not UNSET:
            field_dict["registration_answers"] = registration_answers
        if skip_payment is not UNSET:
            field_dict["skip_payment"] = skip_payment
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _registration_answers = data.get("registration_answers", UNSET)
        _skip_payment = data.get("skip_payment", UNSET)
        instance = _new_instance(cls)
        instance.email = data["email"]
        instance.membership_tier_id = data["membership_tier_id"]
        instance.registration_answers = (
            _registration_answers
            if _registration_answers is UNSET
            else list(map(RegistrationAnswerInput.from_dict, _registration_answers))
        )
        instance.skip_payment = _skip_payment
        if len(data) > 2 + (_registration_answers is not UNSET) + (_skip_payment is not UNSET):
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


from ..models.registration_answer_input import RegistrationAnswerInput
