from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationAnswerCompanyValue")

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
        "company",
        "job_title",
    }
)


@_attrs_define
class RegistrationAnswerCompanyValue(Extras):
    """The answer to a company question: the company and, when the question asks for it, the job title. Both parts are
    optional.

    Attributes:
        company (None | str | Unset): The company name.
        job_title (None | str | Unset): The job title at that company.
    """

    company: None | str | Unset = UNSET
    job_title: None | str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        if company is not UNSET:
            field_dict["company"] = company
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _company = data.get("company", UNSET)
        _job_title = data.get("job_title", UNSET)
        if not (
            (_company is UNSET or (_company.__class__ is _STR or _company is None))
            and (_job_title is UNSET or (_job_title.__class__ is _STR or _job_title is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _company,
            _job_title,
        )
        if len(data) > 0 + (_company is not UNSET) + (_job_title is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    (
        "company",
        "company",
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
        "job_title",
        "job_title",
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
