from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationQuestionCompany")

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
        "collect_job_title",
        "job_title_label",
    }
)


@_attrs_define
class RegistrationQuestionCompany:
    """Asks for the registrant's company, optionally with their job title.

    Attributes:
        id (str): Identifier of the question within the event; answers refer to it as `question_id`.
        label (str): The question as shown to registrants.
        required (bool): Whether an answer is mandatory.
        question_type (Literal['company']): Marks a company question.
        collect_job_title (bool | None | Unset): Whether the job title is asked for as well.
        job_title_label (None | str | Unset): Label of the job-title field, when it should differ from the default.
    """

    id: str
    label: str
    required: bool
    question_type: Literal["company"]
    collect_job_title: bool | None | Unset = UNSET
    job_title_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        required = self.required

        question_type = self.question_type

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

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = id
        field_dict["label"] = label
        field_dict["required"] = required
        field_dict["question_type"] = question_type
        if collect_job_title is not UNSET:
            field_dict["collect_job_title"] = collect_job_title
        if job_title_label is not UNSET:
            field_dict["job_title_label"] = job_title_label
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _collect_job_title = data.get("collect_job_title", UNSET)
        _job_title_label = data.get("job_title_label", UNSET)
        instance = _new_instance(cls)
        instance.id = data["id"]
        instance.label = data["label"]
        instance.required = data["required"]
        instance.question_type = _parse_question_type(data["question_type"])
        instance.collect_job_title = _collect_job_title
        instance.job_title_label = _job_title_label
        if len(data) > 4 + (_collect_job_title is not UNSET) + (_job_title_label is not UNSET):
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


def _parse_question_type(data: Any) -> Literal["company"]:
    if data != "company":
        raise ValueError(f"question_type must be 'company', got {data!r}")
    return cast(Literal["company"], data)
