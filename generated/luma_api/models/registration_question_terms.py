from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.terms_link import TermsLink
    from ..models.terms_text import TermsText


T = TypeVar("T", bound="RegistrationQuestionTerms")


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
        from ..models.terms_text import TermsText  # noqa: PLC0415

        id = self.id

        label = self.label

        required = self.required

        question_type = self.question_type

        terms: dict[str, Any]
        if isinstance(self.terms, TermsText):
            terms = self.terms.to_dict()
        else:
            terms = self.terms.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
                "required": required,
                "question_type": question_type,
                "terms": terms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.terms_link import TermsLink  # noqa: PLC0415
        from ..models.terms_text import TermsText  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label")

        required = d.pop("required")

        question_type = cast(Literal["terms"], d.pop("question_type"))
        if question_type != "terms":
            raise ValueError(f"question_type must match const 'terms', got '{question_type}'")

        def _parse_terms(data: object) -> TermsLink | TermsText:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_terms_type_0 = TermsText.from_dict(data)

                return componentsschemas_terms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_terms_type_1 = TermsLink.from_dict(data)

            return componentsschemas_terms_type_1

        terms = _parse_terms(d.pop("terms"))

        registration_question_terms = cls(
            id=id,
            label=label,
            required=required,
            question_type=question_type,
            terms=terms,
        )

        registration_question_terms.additional_properties = d
        return registration_question_terms

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
