from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegistrationQuestionTerms")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "label",
        "required",
        "question_type",
        "terms",
    }
)


@_attrs_define
class RegistrationQuestionTerms:
    """Asks the registrant to accept terms, given either as text or as a link.

    Attributes:
        id (str): Identifier of the question within the event; answers refer to it as `question_id`.
        label (str): The question as shown to registrants.
        required (bool): Whether accepting is mandatory.
        question_type (Literal['terms']): Marks a terms question.
        terms (TermsLink | TermsText): Terms a registrant must accept, written out in Markdown or hosted at a URL.
    """

    id: str
    label: str
    required: bool
    question_type: Literal["terms"]
    terms: TermsLink | TermsText
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        required = self.required

        question_type = self.question_type

        terms: dict[str, Any]
        if isinstance(self.terms, TermsText):
            terms = self.terms.to_dict()
        else:
            terms = self.terms.to_dict()

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = id
        field_dict["label"] = label
        field_dict["required"] = required
        field_dict["question_type"] = question_type
        field_dict["terms"] = terms
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.id = data["id"]
        instance.label = data["label"]
        instance.required = data["required"]
        instance.question_type = _parse_question_type(data["question_type"])
        _terms = data["terms"]
        instance.terms = _parse_terms(_terms)
        if len(data) > 5:
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


def _parse_question_type(data: Any) -> Literal["terms"]:
    if data != "terms":
        raise ValueError(f"question_type must be 'terms', got {data!r}")
    return cast(Literal["terms"], data)


def _parse_terms(data: Any) -> TermsLink | TermsText:
    if isinstance(data, dict):
        try:
            return TermsText.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        return TermsLink.from_dict(data)
    raise TypeError(f"terms: no declared type matches {type(data).__name__} {data!r:.80}")


from ..models.terms_link import TermsLink
from ..models.terms_text import TermsText
