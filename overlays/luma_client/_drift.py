"""``ResponseDriftWarning``: Luma sent something the spec does not say, and we decoded it anyway.

Luma has changed its response shapes several times. When an object does not fit its model, the
decoder still builds it (see ``_decode.py``) and reports each problem here as a ``Drift``. A drift
is warned about once per (model, field, problem) per process, so a listing of 10,000 guests that
all lack the same field gives one warning, not 10,000. Messages name the operation or webhook
type, the model, the field path and the problem, never the value: it may be personal data.

Clients built with ``connect(strict_responses=True)`` are remembered here, so that ``call()``
raises instead of warning for them.
"""

from __future__ import annotations

import os
import sys
import threading
import warnings
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

__all__ = [
    "BAD_VALUE",
    "MISSING",
    "NULL",
    "WRONG_TYPE",
    "Drift",
    "ResponseDriftWarning",
    "describe",
    "is_strict",
    "mark_strict",
    "warn_once",
]

MISSING: Final = "missing"
NULL: Final = "null"
WRONG_TYPE: Final = "wrong type"
BAD_VALUE: Final = "bad value"

_EXPLAINED = {
    MISSING: "a required field is missing; it is None on the model",
    NULL: "null where the spec does not allow it; it is None on the model",
    WRONG_TYPE: (
        "a value of a JSON type the spec does not declare; it is None on the model and the raw "
        "value is kept in additional_properties"
    ),
    BAD_VALUE: (
        "a value its declared type cannot hold; it is None on the model and the raw value is "
        "kept in additional_properties"
    ),
}


class ResponseDriftWarning(UserWarning):
    """A response or webhook did not fit the spec; the client decoded it tolerantly.

    Turn it into an error with ``warnings.simplefilter("error", ResponseDriftWarning)``, or
    use ``connect(strict_responses=True)`` / ``parse_webhook(..., strict=True)``.
    """


@dataclass(frozen=True, slots=True)
class Drift:
    """One field of one object that did not fit its model."""

    model: str  # the generated model's class name
    field: str  # the field's JSON key
    path: str  # where it sits in the body, e.g. ``entries[3].hosts[0].first_name``
    problem: str  # MISSING, NULL, WRONG_TYPE or BAD_VALUE

    def __str__(self) -> str:
        return f"{self.model}.{self.field} at {self.path}: {_EXPLAINED[self.problem]}"


def describe(source: str, drifts: Sequence[Drift]) -> str:
    """One line naming every drifted field (for strict mode's error)."""
    shown = "; ".join(f"{d.path} ({d.model}.{d.field}: {d.problem})" for d in drifts[:10])
    more = f"; and {len(drifts) - 10} more" if len(drifts) > 10 else ""
    return f"{source}: the body does not fit the spec at {shown}{more}"


_reported: set[tuple[str, str, str]] = set()
_reported_lock = threading.Lock()
_HERE = os.path.dirname(os.path.abspath(__file__))


def warn_once(source: str, drifts: Sequence[Drift]) -> None:
    """Warn about each (model, field, problem) the first time this process meets it."""
    for drift in drifts:
        key = (drift.model, drift.field, drift.problem)
        with _reported_lock:
            if key in _reported:
                continue
        # Recorded only once the warning went out: a warnings filter set to "error" raises here,
        # and the next drift of the same kind must raise too.
        warnings.warn(ResponseDriftWarning(f"{source}: {drift}"), stacklevel=_user_frame())
        with _reported_lock:
            _reported.add(key)


def forget_reported() -> None:
    """Let every kind of drift warn again (tests start each case from a fresh process' view)."""
    with _reported_lock:
        _reported.clear()


def _user_frame() -> int:
    """The ``stacklevel`` of the first caller outside this package, so the warning points there."""
    level = 1
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(_HERE):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


_strict_clients: weakref.WeakSet[object] = weakref.WeakSet()


def mark_strict(*httpx_clients: object) -> None:
    """Make ``call()`` raise instead of warn for responses received through these clients."""
    for client in httpx_clients:
        _strict_clients.add(client)


def is_strict(httpx_client: object) -> bool:
    return httpx_client in _strict_clients
