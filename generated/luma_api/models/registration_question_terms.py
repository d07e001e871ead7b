from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="RegistrationQuestionTerms")

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
        "terms",
    }
)


@_attrs_define
class RegistrationQuestionTerms(Extras):
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
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

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

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["id"] = id
        field_dict["label"] = label
        field_dict["required"] = required
        field_dict["question_type"] = question_type
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
        _terms = data["terms"]
        if not (
            _id.__class__ is _STR
            and _label.__class__ is _STR
            and _required.__class__ is _BOOL
            and (_terms.__class__ is _DICT)
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _label,
            _required,
            _parse_question_type(_question_type),
            _parse_terms(_terms),
        )
        if len(data) > 5:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


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

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    ("label", "label", True, str),
    ("required", "required", True, bool),
    ("question_type", "question_type", True, ("const", "terms")),
    (
        "terms",
        "terms",
        True,
        (
            "union",
            (
                TermsText,
                TermsLink,
            ),
        ),
    ),
)
