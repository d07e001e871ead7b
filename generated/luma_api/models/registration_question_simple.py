from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.simple_question_type import SimpleQuestionType, check_simple_question_type

T = TypeVar("T", bound="RegistrationQuestionSimple")

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
    }
)


@_attrs_define
class RegistrationQuestionSimple(Extras):
    """A question that needs only a label, such as free text, a social handle, a link, a phone number or a checkbox.

    Attributes:
        id (str): Identifier of the question within the event; answers refer to it as `question_id`.
        label (str): The question as shown to registrants.
        required (bool): Whether an answer is mandatory.
        question_type (SimpleQuestionType): The question types that need nothing beyond a label (free text, social
            handles, links, phone number and a single checkbox).
    """

    id: str
    label: str
    required: bool
    question_type: SimpleQuestionType
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        required = self.required

        question_type: str = self.question_type

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["id"] = id
        field_dict["label"] = label
        field_dict["required"] = required
        field_dict["question_type"] = question_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _label = data["label"]
        _required = data["required"]
        _question_type = data["question_type"]
        if not (_id.__class__ is _STR and _label.__class__ is _STR and _required.__class__ is _BOOL):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _label,
            _required,
            check_simple_question_type(_question_type),
        )
        if len(data) > 4:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


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
            "enum",
            (
                "agree-check",
                "github",
                "instagram",
                "linkedin",
                "long-text",
                "phone-number",
                "telegram",
                "text",
                "twitter",
                "url",
                "youtube",
            ),
        ),
    ),
)
