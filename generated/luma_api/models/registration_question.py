from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.question_type import QuestionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationQuestion")

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
        "options",
        "collect_job_title",
        "job_title_label",
        "terms",
    }
)


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

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = id
        field_dict["label"] = label
        field_dict["required"] = required
        field_dict["question_type"] = question_type
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
        data = src_dict
        _options = data.get("options", UNSET)
        _collect_job_title = data.get("collect_job_title", UNSET)
        _job_title_label = data.get("job_title_label", UNSET)
        _terms = data.get("terms", UNSET)
        instance = _new_instance(cls)
        instance.id = data["id"]
        instance.label = data["label"]
        instance.required = data["required"]
        instance.question_type = data["question_type"]
        instance.options = _options
        instance.collect_job_title = _collect_job_title
        instance.job_title_label = _job_title_label
        instance.terms = _terms if _terms is UNSET else _parse_terms(_terms)
        if len(data) > 4 + (_options is not UNSET) + (_collect_job_title is not UNSET) + (
            _job_title_label is not UNSET
        ) + (_terms is not UNSET):
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


def _parse_terms(data: Any) -> None | TermsLink | TermsText:
    if data is None:
        return None
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
