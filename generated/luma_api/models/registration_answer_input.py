from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="RegistrationAnswerInput")

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
        "question_id",
        "value",
    }
)


@_attrs_define
class RegistrationAnswerInput(Extras):
    """A pre-filled answer to one of the event's registration questions, sent when adding guests. The value's shape follows
    the question type: a string for text-like, dropdown and phone questions, a boolean for check-boxes, a list of
    strings for multi-select questions, and a company object for company questions.

    Attributes:
        question_id (str): Id of the registration question being answered (see the event's `registration_questions`).
        value (bool | list[str] | RegistrationAnswerCompanyValue | str): The answer.
    """

    question_id: str
    value: bool | list[str] | RegistrationAnswerCompanyValue | str
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        question_id = self.question_id

        value: bool | dict[str, Any] | list[str] | str
        if isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, RegistrationAnswerCompanyValue):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["question_id"] = question_id
        field_dict["value"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _question_id = data["question_id"]
        _value = data["value"]
        if not (
            _question_id.__class__ is _STR
            and (
                _value.__class__ is _STR
                or _value.__class__ is _BOOL
                or _value.__class__ is _LIST
                or _value.__class__ is _DICT
            )
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _question_id,
            RegistrationAnswerCompanyValue.from_dict(_value) if isinstance(_value, dict) else _value,
        )
        if len(data) > 2:
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


from ..models.registration_answer_company_value import RegistrationAnswerCompanyValue

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("question_id", "question_id", True, str),
    (
        "value",
        "value",
        True,
        (
            "union",
            (
                str,
                bool,
                ("list", str),
                RegistrationAnswerCompanyValue,
            ),
        ),
    ),
)
