"""The sans-IO core: a request goes in, a status, headers and body come out.

Order of checks, as on Luma and Prism: route (404 unknown path, 405 wrong method), key (401),
calendar header (403), request validation (400), ``Prefer`` (Prism's forced examples), then
the handler. Nothing before the handler changes state, and handlers check before they write,
so a refused request changes nothing. Every answer is JSON; errors use the spec's ``Error``
shape. One lock serialises requests, so the in-process transport and the server may share a
fake across threads.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import parse_qsl

import msgspec

from ._fastshape import fast_type_for
from ._openapi import Operation
from ._project import projector_for
from ._routes import route_table
from ._store import State
from ._validate import InvalidRequest, check_response, coerce_query, validate_body, validate_query
from .handlers import HANDLERS, Call, FakeError

__all__ = ["Core", "FakeResponseError", "Outcome", "Request", "Response", "query_pairs"]

_JSON_HEADERS: tuple[tuple[str, str], ...] = (("content-type", "application/json"),)
_PREFER_CODE = re.compile(r"^\d{3}$")
_encode = msgspec.json.Encoder().encode
_decode = msgspec.json.Decoder().decode


@dataclass(frozen=True, slots=True)
class Request:
    """An HTTP request as the core needs it. ``headers`` keys are lower-case."""

    method: str
    path: str
    query: Sequence[tuple[str, str]] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    headers: Sequence[tuple[str, str]]
    body: bytes
    operation: str | None = None  # the operationId answered, when the route was known


class Outcome(NamedTuple):
    """The answer to one request, plus what a fault asks the way in to do with it (a named
    tuple: one is made per request)."""

    response: Response
    delay: float = 0.0
    reset: bool = False


def query_pairs(query: str) -> list[tuple[str, str]]:
    """A query string's ``(name, value)`` pairs, blanks kept, as ``parse_qsl`` reads them.

    Most queries hold no escapes; splitting those by hand costs a third of ``parse_qsl``.
    """
    if "%" in query or "+" in query:
        return parse_qsl(query, keep_blank_values=True, errors="replace")
    return [part.partition("=")[::2] for part in query.split("&") if part]


class FakeResponseError(AssertionError):
    """The fake produced an answer the spec does not allow: a bug in the fake."""


class Core:
    """Dispatches requests against one ``State``; ``check_responses`` validates every answer."""

    def __init__(
        self,
        state_factory: Callable[[], State],
        clock: Callable[[], Any],
        *,
        check_responses: bool = False,
    ) -> None:
        self._state_factory = state_factory
        self.state = state_factory()
        self.clock = clock
        self.check_responses = check_responses
        self.lock = threading.RLock()
        self.failures: list[Exception] = []  # unexpected errors of handlers (answered as 500)
        self._routes = route_table()

    def reset(self) -> None:
        with self.lock:
            self.state = self._state_factory()

    def handle(self, request: Request) -> Response:
        op = self._routes.find(request.method.upper(), request.path)
        if op is None:
            return self._unrouted(request)
        with self.lock:  # answers may share objects with the store: encode before unlocking
            status, body = self._answer(op, request)
            encoded = _encode_answer(op.operation_id, status, body)
        if self.check_responses:  # what is checked is what is sent
            problems = check_response(op.operation_id, status, _decode(encoded))
            if problems:
                raise FakeResponseError(
                    f"Fake Luma answered {op.operation_id} with {status} and a body the "
                    f"spec does not allow: {'; '.join(problems[:5])}"
                )
        return Response(status, _JSON_HEADERS, encoded, op.operation_id)

    def _answer(self, op: Operation, request: Request) -> tuple[int, Any]:
        headers = request.headers
        key = headers.get("x-luma-api-key")
        if not key:
            return 401, _error("Missing API key: send it in the x-luma-api-key header.")
        grant = self.state.keys.get(key)
        if grant is None or grant.revoked:  # fake-control hook: revoked keys
            return 401, _error("Invalid API key.")
        calendar_id = grant.calendar_id
        chosen = headers.get("x-luma-calendar-id")
        if chosen and chosen != calendar_id:
            if grant.kind == "calendar" or chosen not in self.state.organizations.get(
                grant.organization_id, ()
            ):  # fake-control hook: a calendar key never chooses another calendar
                return 403, _error(
                    "This API key has no access to the calendar in x-luma-calendar-id."
                )
            calendar_id = chosen
        try:
            params = self._params(op, request)
        except InvalidRequest as exc:
            return 400, _error(str(exc))
        prefer = headers.get("prefer")
        if prefer:
            return _preferred(op, prefer)
        handler = HANDLERS.get(op.operation_id)
        if handler is None:
            return 500, _error(f"Fake Luma does not implement {op.operation_id} yet.")
        call = Call(
            operation=op.operation_id,
            params=params,
            calendar_id=calendar_id,
            state=self.state,
            now=self.clock(),
            organization_id=grant.organization_id,
        )
        try:
            result = handler(call)
        except FakeError as exc:
            return exc.status, _error(exc.message)
        except OverflowError:  # e.g. a date near year 9999 plus a duration
            return 400, _error("Invalid request: a date or number is out of range.")
        except Exception as exc:  # a bug in the fake: a 500, kept for the tests to see
            self.failures.append(exc)
            return 500, _error(f"Fake Luma failed on {op.operation_id}: {type(exc).__name__}")
        return 200, _Unshaped(result if result is not None else {})

    @staticmethod
    def _params(op: Operation, request: Request) -> dict[str, Any]:
        if op.method == "GET":
            params = coerce_query(op, request.query)
            validate_query(op, params)
            return params
        if not request.body:
            raise InvalidRequest("Invalid request: the body is empty; send a JSON object.")
        try:
            body = _decode(request.body)
        except msgspec.DecodeError:
            raise InvalidRequest("Invalid request: the body is not valid JSON.") from None
        validate_body(op, body)
        if not isinstance(body, dict):
            raise InvalidRequest("Invalid request: the body must be a JSON object.")
        return body

    def _unrouted(self, request: Request) -> Response:
        allowed = self._routes.allowed(request.path)
        if allowed:
            body = _error(
                f"{request.method.upper()} is not allowed here; use {', '.join(allowed)}."
            )
            headers = (*_JSON_HEADERS, ("allow", ", ".join(allowed)))
            return Response(405, headers, _encode(body))
        return Response(404, _JSON_HEADERS, _encode(_error("Route not found.")))


class _Unshaped:
    """A handler's result, still to be shaped to the operation's 200 schema."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def _encode_answer(operation_id: str, status: int, body: Any) -> bytes:
    """JSON bytes of an answer; a handler's result is shaped to the spec on the way."""
    if not isinstance(body, _Unshaped):
        return _encode(body)
    fast = fast_type_for(operation_id)
    if fast is not None:
        try:
            return _encode(msgspec.convert(body.value, fast))
        except msgspec.ValidationError:
            pass  # a value of an unexpected type: the Python shaper keeps it, checks see it
    return _encode(projector_for(operation_id)(body.value))


def _error(message: str) -> dict[str, Any]:
    return {"message": message, "code": None}


def _preferred(op: Operation, prefer: str) -> tuple[int, Any]:
    """Prism's ``Prefer: code=NNN`` / ``example=NAME``: a declared example, state untouched."""
    wanted: dict[str, str] = {}
    for part in re.split(r"[,;]", prefer):
        name, sep, value = part.strip().partition("=")
        if sep:
            wanted[name.strip().lower()] = value.strip().strip('"')
    code_text = wanted.get("code")
    if code_text is not None and not _PREFER_CODE.match(code_text):
        return 422, _error(f"Prefer: code must be three digits, got {code_text[:10]!r}.")
    example = wanted.get("example")
    if code_text is None and example is None:
        return 422, _error("Prefer: expected code=NNN and/or example=NAME.")
    status = int(code_text) if code_text is not None else 200
    if status not in op.responses:
        return 404, _error(f"Requested status code {status} is not defined for {op.operation_id}.")
    examples = op.examples(status)
    if example is not None:
        if example not in examples:
            return 404, _error(
                f"Response example {example[:40]!r} is not defined for {op.operation_id} {status}."
            )
        return status, examples[example]
    if examples:
        return status, next(iter(examples.values()))
    if status >= 400:
        return status, _error(f"Status {status} forced by the Prefer header.")
    return 404, _error(f"{op.operation_id} has no example for status {status}.")
