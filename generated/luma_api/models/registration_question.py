from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.question_type import QuestionType, check_question_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.terms_link import TermsLink
    from ..models.terms_text import TermsText


T = TypeVar("T", bound="RegistrationQuestion")


@_attrs_define
class RegistrationQuestion:
    """A question guests answer when registering, as events return it. One object covers every question type, so that a
    type Luma adds later still parses: `question_type` is open, and the fields that only some types use (`options`,
    `collect_job_title`, `job_title_label`, `terms`) are optional. Requests use the stricter
    `RegistrationQuestionInput`.

        Attributes:
            id (str): Identifier of the question within the event; answers refer to it as `question_id`.
            label (str): The question as shown to registrants.
            required (bool): Whether an answer is mandatory.
            question_type (QuestionType | str): The kind of question.
            options (list[str] | Unset): The options to choose from, for `dropdown` and `multi-select` questions.
            collect_job_title (bool | None | Unset): For `company` questions, whether the job title is asked for as well.
            job_title_label (None | str | Unset): For `company` questions, the label of the job-title field when it differs
                from the default.
            terms (None | TermsLink | TermsText | Unset): For `terms` questions, the terms the registrant must accept.
    """

    id: str
    label: str
    required: bool
    question_type: QuestionType | str
    options: list[str] | Unset = UNSET
    collect_job_title: bool | None | Unset = UNSET
    job_title_label: None | str | Unset = UNSET
    terms: None | TermsLink | TermsText | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.terms_link import TermsLink  # noqa: PLC0415
        from ..models.terms_text import TermsText  # noqa: PLC0415

        id = self.id

        label = self.label

        required = self.required

        question_type: str
        if isinstance(self.question_type, str):
            question_type = self.question_type
        else:
            question_type = self.question_type

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        collect_job_title: bool | None | Unset
        if isinstance(self.collect_job_title, Unset):
            collect_job_title = UNSET
        else:
            collect_job_title = self.collect_job_title

        job_title_label: None | str | Unset
        if isinstance(self.job_title_label, Unset):
            job_title_label = UNSET
        else:
            job_title_label = self.job_title_label

        terms: dict[str, Any] | None | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        elif isinstance(self.terms, TermsText):
            terms = self.terms.to_dict()
        elif isinstance(self.terms, TermsLink):
            terms = self.terms.to_dict()
        else:
            terms = self.terms

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
        if options is not UNSET:
            field_dict["options"] = options
        if collect_job_title is not UNSET:
            field_dict["collect_job_title"] = collect_job_title
        if job_title_label is not UNSET:
            field_dict["job_title_label"] = job_title_label
        if terms is not UNSET:
            field_dict["terms"] = terms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.terms_link import TermsLink  # noqa: PLC0415
        from ..models.terms_text import TermsText  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label")

        required = d.pop("required")

        def _parse_question_type(data: object) -> QuestionType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                question_type_type_0 = check_question_type(data)

                return question_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(QuestionType | str, data)

        question_type = _parse_question_type(d.pop("question_type"))

        options = cast(list[str], d.pop("options", UNSET))

        def _parse_collect_job_title(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        collect_job_title = _parse_collect_job_title(d.pop("collect_job_title", UNSET))

        def _parse_job_title_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_title_label = _parse_job_title_label(d.pop("job_title_label", UNSET))

        def _parse_terms(data: object) -> None | TermsLink | TermsText | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_terms_type_0 = TermsText.from_dict(data)

                return componentsschemas_terms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_terms_type_1 = TermsLink.from_dict(data)

                return componentsschemas_terms_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TermsLink | TermsText | Unset, data)

        terms = _parse_terms(d.pop("terms", UNSET))

        registration_question = cls(
            id=id,
            label=label,
            required=required,
            question_type=question_type,
            options=options,
            collect_job_title=collect_job_title,
            job_title_label=job_title_label,
            terms=terms,
        )

        registration_question.additional_properties = d
        return registration_question

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
