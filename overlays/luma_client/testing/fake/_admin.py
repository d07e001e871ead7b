"""The control plane over HTTP, under ``/_fake/``: the same controls as the Python API.

Answered by the sans-IO layer, so the in-process transport and the server both have it.
It needs no API key (serve the fake on a loopback address) and is not in the journal.

    POST   /_fake/reset                  back to the empty calendar
    POST   /_fake/populate               {"events": 20, "guests_per_event": 100}
    POST   /_fake/load                   a fixtures mapping (as FakeLuma.load takes)
    GET    /_fake/requests               the journal; ?operation=get_event&status=503 filter it
    DELETE /_fake/requests               empty the journal
    GET    /_fake/faults                 the fault rules
    POST   /_fake/faults                 add one, e.g. {"operation": "get_event", "status": 503}
    DELETE /_fake/faults                 remove them all
    POST   /_fake/clock/advance          {"seconds": 60}
    GET    /_fake/webhooks/deliveries    every webhook delivery made
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._clock import iso
from ._core import Request, Response

if TYPE_CHECKING:
    from . import FakeLuma
    from ._control import Control

__all__ = ["handle_admin"]

_JSON = (("content-type", "application/json"),)
_FAULT_FIELDS = frozenset(
    {
        "operation",
        "status",
        "body",
        "delay",
        "reset",
        "malformed",
        "times",
        "every",
        "probability",
        "seed",
        "params",
    }
)


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _answer(status: int, body: Any) -> Response:
    return Response(status, _JSON, json.dumps(body).encode())


def _json_body(request: Request) -> dict[str, Any]:
    if not request.body:
        return {}
    try:
        body = json.loads(request.body)
    except ValueError:
        raise _Refused(400, "the body is not valid JSON") from None
    if not isinstance(body, dict):
        raise _Refused(400, "the body must be a JSON object")
    return body


def handle_admin(fake: FakeLuma, control: Control, request: Request) -> Response:
    route = (request.method.upper(), request.path.rstrip("/"))
    action = _ROUTES.get(route)
    if action is None:
        known = sorted({path for _, path in _ROUTES})
        if any(path == route[1] for path in known):
            return _answer(
                405, {"message": f"{route[0]} is not allowed on {route[1]}", "code": None}
            )
        return _answer(
            404,
            {"message": f"no control route {route[1]}; known: {', '.join(known)}", "code": None},
        )
    try:
        return _answer(200, action(fake, control, request))
    except _Refused as exc:
        return _answer(exc.status, {"message": str(exc), "code": None})
    except (TypeError, ValueError, KeyError) as exc:
        return _answer(400, {"message": str(exc).strip("'\""), "code": None})


def _reset(fake: FakeLuma, control: Control, request: Request) -> Any:
    fake.reset()
    return {"reset": True}


def _populate(fake: FakeLuma, control: Control, request: Request) -> Any:
    options = _json_body(request)
    unknown = set(options) - {"events", "guests_per_event"}
    if unknown:
        raise _Refused(400, f"unknown populate options: {', '.join(sorted(unknown))}")
    for name, value in options.items():
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise _Refused(400, f"{name} must be a whole number >= 0")
    return {"event_ids": fake.populate(**options)}


def _load(fake: FakeLuma, control: Control, request: Request) -> Any:
    return {"events": fake.load(_json_body(request))}


def _requests(fake: FakeLuma, control: Control, request: Request) -> Any:
    query = dict(request.query)
    status = query.get("status")
    if status is not None and not status.isdigit():
        raise _Refused(400, "status must be a number")
    found = control.journal.filter(
        query.get("operation"),
        method=query.get("method"),
        status=int(status) if status is not None else None,
    )
    return {"requests": found.to_json()}


def _clear_requests(fake: FakeLuma, control: Control, request: Request) -> Any:
    control.journal.clear()
    return {"cleared": True}


def _faults(fake: FakeLuma, control: Control, request: Request) -> Any:
    return {"faults": control.faults.to_json()}


def _add_fault(fake: FakeLuma, control: Control, request: Request) -> Any:
    options = _json_body(request)
    unknown = set(options) - _FAULT_FIELDS
    if unknown:
        raise _Refused(400, f"unknown fault fields: {', '.join(sorted(unknown))}")
    return control.faults.add(**options).to_json()


def _clear_faults(fake: FakeLuma, control: Control, request: Request) -> Any:
    control.faults.clear()
    return {"cleared": True}


def _advance(fake: FakeLuma, control: Control, request: Request) -> Any:
    seconds = _json_body(request).get("seconds")
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
        raise _Refused(400, "seconds must be a number >= 0")
    fake.clock.advance(dt.timedelta(seconds=seconds))
    return {"now": iso(fake.clock.peek())}


def _deliveries(fake: FakeLuma, control: Control, request: Request) -> Any:
    return {"deliveries": [d.to_json() for d in control.deliveries]}


_Action = Callable[["FakeLuma", "Control", Request], Any]
_ROUTES: dict[tuple[str, str], _Action] = {
    ("POST", "/_fake/reset"): _reset,
    ("POST", "/_fake/populate"): _populate,
    ("POST", "/_fake/load"): _load,
    ("GET", "/_fake/requests"): _requests,
    ("DELETE", "/_fake/requests"): _clear_requests,
    ("GET", "/_fake/faults"): _faults,
    ("POST", "/_fake/faults"): _add_fault,
    ("DELETE", "/_fake/faults"): _clear_faults,
    ("POST", "/_fake/clock/advance"): _advance,
    ("GET", "/_fake/webhooks/deliveries"): _deliveries,
}
