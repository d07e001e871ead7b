from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddMemberRequest")

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
        "email",
        "membership_tier_id",
        "registration_answers",
        "skip_payment",
    }
)


@_attrs_define
class AddMemberRequest(Extras):
    """Who to add to which membership tier.

    Attributes:
        email (str): Email address of the person to add; Luma finds or creates the user for it.
        membership_tier_id (str): Id of the tier to add the person to, from `list_membership_tiers`.
        registration_answers (list[RegistrationAnswerInput] | Unset): Answers to the tier's sign-up questions, if it has
            any.
        skip_payment (bool | Unset): Set to true to add the member to a paid tier without charging them, for example
            when they already paid outside Luma. Needed for paid tiers in that case.
    """

    email: str
    membership_tier_id: str
    registration_answers: list[RegistrationAnswerInput] | Unset = UNSET
    skip_payment: bool | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        membership_tier_id = self.membership_tier_id

        registration_answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.registration_answers, Unset):
            registration_answers = []
            for registration_answers_item_data in self.registration_answers:
                registration_answers_item = registration_answers_item_data.to_dict()
                registration_answers.append(registration_answers_item)

        skip_payment = self.skip_payment

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["email"] = email
        field_dict["membership_tier_id"] = membership_tier_id
        if registration_answers is not UNSET:
            field_dict["registration_answers"] = registration_answers
        if skip_payment is not UNSET:
            field_dict["skip_payment"] = skip_payment
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _email = data["email"]
        _membership_tier_id = data["membership_tier_id"]
        _registration_answers = data.get("registration_answers", UNSET)
        _skip_payment = data.get("skip_payment", UNSET)
        if not (
            _email.__class__ is _STR
            and _membership_tier_id.__class__ is _STR
            and (_registration_answers is UNSET or _registration_answers.__class__ is _LIST)
            and (_skip_payment is UNSET or _skip_payment.__class__ is _BOOL)
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _email,
            _membership_tier_id,
            _registration_answers
            if _registration_answers is UNSET
            else list(map(RegistrationAnswerInput.from_dict, _registration_answers)),
            _skip_payment,
        )
        if len(data) > 2 + (_registration_answers is not UNSET) + (_skip_payment is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


from ..models.registration_answer_input import RegistrationAnswerInput

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("email", "email", True, str),
    ("membership_tier_id", "membership_tier_id", True, str),
    ("registration_answers", "registration_answers", False, ("list", RegistrationAnswerInput)),
    ("skip_payment", "skip_payment", False, bool),
)
