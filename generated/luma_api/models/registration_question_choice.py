from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.choice_question_type import ChoiceQuestionType, check_choice_question_type

T = TypeVar("T", bound="RegistrationQuestionChoice")

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
    }
)


@_attrs_define
class RegistrationQuestionChoice(Extras):
    """Asks the registrant to pick one option (`dropdown`) or any number of options (`multi-select`).

    Attributes:
        id (str): Identifier of the question within the event; answers refer to it as `question_id`.
        label (str): The question as shown to registrants.
        required (bool): Whether an answer is mandatory.
        question_type (ChoiceQuestionType): The question types that offer a fixed list of options (pick one or pick
            several).
        options (list[str]): The options to choose from (at most 250).
    """

    id: str
    label: str
    required: bool
    question_type: ChoiceQuestionType
    options: list[str]
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        required = self.required

        question_type: str = self.question_type

        options = self.options

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["id"] = id
        field_dict["label"] = label
        field_dict["required"] = required
        field_dict["question_type"] = question_type
        field_dict["options"] = options
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _label = data["label"]
        _required = data["required"]
        _question_type = data["question_type"]
        _options = data["options"]
        if not (
            _id.__class__ is _STR
            and _label.__class__ is _STR
            and _required.__class__ is _BOOL
            and _options.__class__ is _LIST
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _label,
            _required,
            check_choice_question_type(_question_type),
            _options,
        )
        if len(data) > 5:
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
                "dropdown",
                "multi-select",
            ),
        ),
    ),
    ("options", "options", True, ("list", str)),
)
