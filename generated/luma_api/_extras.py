"""Unknown keys of a model's JSON object, shared by every model.

Written once in ``generated/templates/extras.py.jinja`` and copied as it is into the package
as ``luma_api/_extras.py`` by ``generated/build.py``.

Each model keeps the keys its schema does not declare in its ``_additional_properties`` attrs
field, which stays None until the first one is stored: most models have none, and a dict per
instance would be one more allocation each, all of them counted by the cyclic garbage
collector while a page of models is alive.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Extras", "no_extras_as_empty", "show_extras"]


def no_extras_as_empty(extras: dict[str, Any] | None) -> dict[str, Any]:
    """How models compare their unknown keys: "none stored yet" (None) equals an empty dict."""
    return extras or {}


def show_extras(extras: dict[str, Any] | None) -> str:
    """How models print their unknown keys: as a dict, empty when none were stored."""
    return repr(extras or {})


class Extras:
    """Base of every model: ``additional_properties`` and mapping access to it."""

    # The storage is declared here; each model makes it an attrs field (default None, compared
    # and printed with the helpers above), and attrs reuses this slot.
    __slots__ = ("_additional_properties",)

    _additional_properties: dict[str, Any] | None

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys of the JSON object this model does not declare, with their values."""
        extras = self._additional_properties
        if extras is None:
            extras = self._additional_properties = {}
        return extras

    @additional_properties.setter
    def additional_properties(self, extras: dict[str, Any]) -> None:
        self._additional_properties = extras

    @property
    def additional_keys(self) -> list[str]:
        return list(self._additional_properties or ())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in (self._additional_properties or ())
