from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.question_type import QuestionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationQuestion")

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
        "options",
        "collect_job_title",
        "job_title_label",
        "terms",
    }
)


@_attrs_define
class RegistrationQuestion(Extras):
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
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

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

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
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
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _label = data["label"]
        _required = data["required"]
        _question_type = data["question_type"]
        _options = data.get("options", UNSET)
        _collect_job_title = data.get("collect_job_title", UNSET)
        _job_title_label = data.get("job_title_label", UNSET)
        _terms = data.get("terms", UNSET)
        if not (
            _id.__class__ is _STR
            and _label.__class__ is _STR
            and _required.__class__ is _BOOL
            and (_question_type.__class__ is _STR)
            and (_options is UNSET or _options.__class__ is _LIST)
            and (_collect_job_title is UNSET or (_collect_job_title.__class__ is _BOOL or _collect_job_title is None))
            and (_job_title_label is UNSET or (_job_title_label.__class__ is _STR or _job_title_label is None))
            and (_terms is UNSET or (_terms.__class__ is _DICT or _terms is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _label,
            _required,
            _question_type,
            _options,
            _collect_job_title,
            _job_title_label,
            _terms if _terms is UNSET else _parse_terms(_terms),
        )
        if len(data) > 4 + (_options is not UNSET) + (_collect_job_title is not UNSET) + (
            _job_title_label is not UNSET
        ) + (_terms is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


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

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    ("label", "label", True, str),
    ("required", "required", True, bool),
    (
        "question_type",
        "question_type",
        True,
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
    ("options", "options", False, ("list", str)),
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
    (
        "terms",
        "terms",
        False,
        (
            "union",
            (
                TermsText,
                TermsLink,
                None,
            ),
        ),
    ),
)
