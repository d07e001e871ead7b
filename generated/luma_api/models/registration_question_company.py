from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationQuestionCompany")

# The JSON types `from_dict` checks raw values against, bound to untyped names: a check against them
# leaves each value typed as the generator declared it (mypy would narrow it after `is str`).
_STR: Any = str
_INT: Any = int
_FLOAT: Any = float
_BOOL: Any = bool
_LIST: Any = list
_DICT: Any = dict

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
class RegistrationQuestionCompany(Extras):
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
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

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

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
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
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _label = data["label"]
        _required = data["required"]
        _question_type = data["question_type"]
        _collect_job_title = data.get("collect_job_title", UNSET)
        _job_title_label = data.get("job_title_label", UNSET)
        if not (
            _id.__class__ is _STR
            and _label.__class__ is _STR
            and _required.__class__ is _BOOL
            and (_collect_job_title is UNSET or (_collect_job_title.__class__ is _BOOL or _collect_job_title is None))
            and (_job_title_label is UNSET or (_job_title_label.__class__ is _STR or _job_title_label is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _label,
            _required,
            _parse_question_type(_question_type),
            _collect_job_title,
            _job_title_label,
        )
        if len(data) > 4 + (_collect_job_title is not UNSET) + (_job_title_label is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_question_type(data: Any) -> Literal["company"]:
    if data != "company":
        raise ValueError(f"question_type must be 'company', got {data!r}")
    return cast(Literal["company"], data)


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    ("label", "label", True, str),
    ("required", "required", True, bool),
    ("question_type", "question_type", True, ("const", "company")),
    (
        "collect_job_title",
        "collect_job_title",
        False,
        (
            "union",
            (
                bool,
                None,
            ),
        ),
    ),
    (
        "job_title_label",
        "job_title_label",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
)
