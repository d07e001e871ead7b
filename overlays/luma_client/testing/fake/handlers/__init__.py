"""Handler modules, one per resource group; importing this package registers them all.

Each module registers its functions with ``@handles("<operationId>")``. A module that is not
written yet is skipped (only when that very module is missing), so the package stays usable
while handlers are added one group at a time.
"""

from __future__ import annotations

import importlib

from ._base import (
    DEFAULT_PAGE_SIZE,
    HANDLERS,
    MAX_PAGE_SIZE,
    Call,
    FakeError,
    Handler,
    Record,
    bad_request,
    handles,
    not_found,
    unprocessable,
)

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "HANDLERS",
    "MAX_PAGE_SIZE",
    "Call",
    "FakeError",
    "Handler",
    "Record",
    "bad_request",
    "handles",
    "not_found",
    "unprocessable",
]

_MODULES = ("events", "guests", "calendars", "commerce", "contacts", "webhooks")

for _name in _MODULES:
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as _exc:
        if _exc.name != f"{__name__}.{_name}":
            raise
