from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.submission_mode import SubmissionMode, check_submission_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddCalendarEventLumaRequest")

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
        "platform",
        "event_id",
        "submission_mode",
    }
)


@_attrs_define
class AddCalendarEventLumaRequest(Extras):
    """Adds an existing Luma event. Luma's schema leaves `event_id` optional only because the older `event_api_id` field
    could be sent instead; without one of them nothing can be added.

    Attributes:
        platform (Literal['luma']): Marks a Luma event.
        event_id (str): Id of the Luma event to add, starting with `evt-`.
        submission_mode (SubmissionMode | Unset): How an added event enters the calendar: `auto` approves it immediately
            when the caller is allowed to, `pending` always puts it in the review queue.
    """

    platform: Literal["luma"]
    event_id: str
    submission_mode: SubmissionMode | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform

        event_id = self.event_id

        submission_mode: str | Unset = UNSET
        if not isinstance(self.submission_mode, Unset):
            submission_mode = self.submission_mode

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["platform"] = platform
        field_dict["event_id"] = event_id
        if submission_mode is not UNSET:
            field_dict["submission_mode"] = submission_mode
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _platform = data["platform"]
        _event_id = data["event_id"]
        _submission_mode = data.get("submission_mode", UNSET)
        if not (_event_id.__class__ is _STR):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _parse_platform(_platform),
            _event_id,
            _submission_mode if _submission_mode is UNSET else check_submission_mode(_submission_mode),
        )
        if len(data) > 2 + (_submission_mode is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_platform(data: Any) -> Literal["luma"]:
    if data != "luma":
        raise ValueError(f"platform must be 'luma', got {data!r}")
    return cast(Literal["luma"], data)


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("platform", "platform", True, ("const", "luma")),
    ("event_id", "event_id", True, str),
    (
        "submission_mode",
        "submission_mode",
        False,
        (
            "enum",
            (
                "auto",
                "pending",
            ),
        ),
    ),
)
