from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.question_type import QuestionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationAnswer")

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
        "label",
        "question_id",
        "question_type",
        "value",
        "answer",
        "answer_company",
        "answer_job_title",
    }
)


@_attrs_define
class RegistrationAnswer(Extras):
    """A guest's answer to one registration question. One object covers every question type, so that a type Luma adds later
    still parses: `question_type` is open and `value` takes the shape the type uses (text for most types, a boolean for
    `agree-check` and `terms`, a list for `multi-select`, an object for `company`; null when unanswered). Read `value`
    first; older deliveries carry `answer` instead (and `answer_company`/`answer_job_title` for company questions).

    Attributes:
        label (str): The question as it was shown to the guest.
        question_id (str): Id of the registration question.
        question_type (QuestionType | str | Unset): The kind of question answered.
        value (bool | list[str] | None | RegistrationAnswerCompanyValue | str | Unset): The answer, in the shape its
            question type uses; null when unanswered.
        answer (bool | list[str] | None | str | Unset): Older name of `value` (company answers give a single string
            here); read `value` first.
        answer_company (None | str | Unset): Older field holding the company name of a company answer.
        answer_job_title (None | str | Unset): Older field holding the job title of a company answer.
    """

    label: str
    question_id: str
    question_type: QuestionType | str | Unset = UNSET
    value: bool | list[str] | None | RegistrationAnswerCompanyValue | str | Unset = UNSET
    answer: bool | list[str] | None | str | Unset = UNSET
    answer_company: None | str | Unset = UNSET
    answer_job_title: None | str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        question_id = self.question_id

        question_type: str | Unset
        if isinstance(self.question_type, Unset):
            question_type = UNSET
        elif isinstance(self.question_type, str):
            question_type = self.question_type
        else:
            question_type = self.question_type

        value: bool | dict[str, Any] | list[str] | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, RegistrationAnswerCompanyValue):
            value = self.value.to_dict()
        else:
            value = self.value

        answer: bool | list[str] | None | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        elif isinstance(self.answer, list):
            answer = self.answer

        else:
            answer = self.answer

        answer_company: None | str | Unset
        if isinstance(self.answer_company, Unset):
            answer_company = UNSET
        else:
            answer_company = self.answer_company

        answer_job_title: None | str | Unset
        if isinstance(self.answer_job_title, Unset):
            answer_job_title = UNSET
        else:
            answer_job_title = self.answer_job_title

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["label"] = label
        field_dict["question_id"] = question_id
        if question_type is not UNSET:
            field_dict["question_type"] = question_type
        if value is not UNSET:
            field_dict["value"] = value
        if answer is not UNSET:
            field_dict["answer"] = answer
        if answer_company is not UNSET:
            field_dict["answer_company"] = answer_company
        if answer_job_title is not UNSET:
            field_dict["answer_job_title"] = answer_job_title
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _label = data["label"]
        _question_id = data["question_id"]
        _question_type = data.get("question_type", UNSET)
        _value = data.get("value", UNSET)
        _answer = data.get("answer", UNSET)
        _answer_company = data.get("answer_company", UNSET)
        _answer_job_title = data.get("answer_job_title", UNSET)
        if not (
            _label.__class__ is _STR
            and _question_id.__class__ is _STR
            and (_question_type is UNSET or (_question_type.__class__ is _STR))
            and (
                _value is UNSET
                or (
                    _value.__class__ is _STR
                    or _value.__class__ is _BOOL
                    or _value.__class__ is _LIST
                    or _value.__class__ is _DICT
                    or _value is None
                )
            )
            and (
                _answer is UNSET
                or (
                    _answer.__class__ is _STR
                    or _answer.__class__ is _BOOL
                    or _answer.__class__ is _LIST
                    or _answer is None
                )
            )
            and (_answer_company is UNSET or (_answer_company.__class__ is _STR or _answer_company is None))
            and (_answer_job_title is UNSET or (_answer_job_title.__class__ is _STR or _answer_job_title is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _label,
            _question_id,
            _question_type,
            _value
            if _value is UNSET
            else RegistrationAnswerCompanyValue.from_dict(_value)
            if isinstance(_value, dict)
            else _value,
            _answer,
            _answer_company,
            _answer_job_title,
        )
        if len(data) > 2 + (_question_type is not UNSET) + (_value is not UNSET) + (_answer is not UNSET) + (
            _answer_company is not UNSET
        ) + (_answer_job_title is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


from ..models.registration_answer_company_value import RegistrationAnswerCompanyValue

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("label", "label", True, str),
    ("question_id", "question_id", True, str),
    (
        "question_type",
        "question_type",
        False,
        (
            "union",
            (
                (
                    "enum",
                    (
                        "agree-check",
                        "company",
                        "dropdown",
                        "github",
                        "instagram",
                        "linkedin",
                        "long-text",
                        "multi-select",
                        "phone-number",
                        "telegram",
                        "terms",
                        "text",
                        "twitter",
                        "url",
                        "youtube",
                    ),
                ),
                str,
            ),
        ),
    ),
    (
        "value",
        "value",
        False,
        (
            "union",
            (
                str,
                bool,
                ("list", str),
                RegistrationAnswerCompanyValue,
                None,
            ),
        ),
    ),
    (
        "answer",
        "answer",
        False,
        (
            "union",
            (
                str,
                bool,
                ("list", str),
                None,
            ),
        ),
    ),
    (
        "answer_company",
        "answer_company",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "answer_job_title",
        "answer_job_title",
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
