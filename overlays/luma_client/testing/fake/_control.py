"""The control layer around the core: keys, the rate limit, faults, the journal, deliveries.

Every request of both ways in (the in-process transport and the ASGI app) passes here
before and after the core: the control plane under ``/_fake/`` is answered by ``_admin``;
an API request may meet a fault rule, then the rate limit, then the core; its answer gets
the ``X-RateLimit-*`` headers, is written to the journal, and the state changes it made
become webhook deliveries. ``ControlPlane`` gives ``FakeLuma`` the methods to drive it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

from . import _keys
from ._core import Outcome, Request, Response
from ._deliveries import Deliveries
from ._faults import INVALID_BODY, Fault, Faults
from ._journal import Journal, JournalEntry, redacted_headers
from ._ratelimit import Budgets, resolve_rate_limit

if TYPE_CHECKING:
    from luma_client import RateLimit

    from . import FakeLuma
    from ._store import KeyGrant

__all__ = ["Control", "ControlPlane", "InjectedReset"]

ADMIN_PREFIX = "/_fake"
_JSON = (("content-type", "application/json"),)


class InjectedReset(ConnectionResetError):
    """A fault rule cut the connection (raised by ``FakeLuma.handle``)."""


def _now(clock: Any) -> dt.datetime:
    """The fake clock's time without moving a stepping clock."""
    peek = getattr(clock, "peek", None)
    return peek() if callable(peek) else clock()  # type: ignore[no-any-return]


def _params_of(request: Request) -> dict[str, Any]:
    if request.method.upper() == "GET":
        return dict(request.query)
    try:
        body = json.loads(request.body) if request.body else None
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _error(status: int, message: str, headers: tuple[tuple[str, str], ...] = ()) -> bytes:
    return json.dumps({"message": message, "code": None}).encode()


class Control:
    """The per-fake state of the control layer."""

    def __init__(self, fake: FakeLuma, rate_limit: int | RateLimit | None) -> None:
        self.fake = fake
        self.budgets: Budgets | None = resolve_rate_limit(rate_limit)
        self.faults = Faults()
        self.journal = Journal()
        self.deliveries = Deliveries()

    def reset(self) -> None:
        self.faults.clear()
        self.journal.clear()
        self.deliveries.clear()
        if self.budgets is not None:
            self.budgets.clear()

    def handle(self, request: Request) -> Response:
        """The sans-IO entry point: delays block, a reset raises ``InjectedReset``."""
        outcome = self.outcome(request)
        if outcome.delay:
            time.sleep(outcome.delay)
        if outcome.reset:
            raise InjectedReset("Fake Luma reset the connection (a fault rule)")
        return outcome.response

    def outcome(self, request: Request, *, over_http: bool = False) -> Outcome:
        path = request.path
        if path == ADMIN_PREFIX or path.startswith(ADMIN_PREFIX + "/"):
            from ._admin import handle_admin

            with self.fake._core.lock:
                return Outcome(handle_admin(self.fake, self, request))
        core = self.fake._core
        with core.lock:
            now = _now(self.fake.clock)
            route = core._routes.find(request.method.upper(), path)
            operation = route.operation_id if route is not None else None
            fault = None
            if route is not None and len(self.faults):
                fault = self.faults.pick(operation, _params_of(request))
            if fault is not None and (fault.reset or fault.status is not None):
                outcome = self._faulted(fault, operation)
                self._record(request, operation, outcome, now, fault)
                return outcome
            key = request.headers.get("x-luma-api-key") or ""
            grant = core.state.keys.get(key) if key and route is not None else None
            if grant is not None and grant.revoked:
                grant = None
            limit_headers: tuple[tuple[str, str], ...] = ()
            if grant is not None and self.budgets is not None:
                verdict = self.budgets.check(grant, now.timestamp())
                limit_headers = tuple(verdict.headers())
                if not verdict.allowed:
                    body = _error(429, "Too many requests: the rate limit is spent; retry later.")
                    outcome = Outcome(Response(429, (*_JSON, *limit_headers), body, operation))
                    self._record(request, operation, outcome, now, fault)
                    return outcome
            state, emitted_before = core.state, len(core.state.emitted)
            response = core.handle(request)
            if limit_headers:
                response = Response(
                    response.status,
                    (*response.headers, *limit_headers),
                    response.body,
                    response.operation,
                )
            if fault is not None and fault.malformed:
                response = _spoiled(response, fault)
            outcome = Outcome(response, fault.delay) if fault is not None else Outcome(response)
            self._record(request, operation, outcome, now, fault)
            if grant is not None and core.state is state and len(state.emitted) > emitted_before:
                self.deliveries.make(
                    state,
                    self._calendar_of(grant, request),
                    state.emitted[emitted_before:],
                    _now(self.fake.clock),
                    post=over_http,
                )
            return outcome

    @staticmethod
    def _calendar_of(grant: KeyGrant, request: Request) -> str:
        chosen = request.headers.get("x-luma-calendar-id")
        return chosen if chosen and grant.kind != "calendar" else grant.calendar_id

    @staticmethod
    def _faulted(fault: Fault, operation: str | None) -> Outcome:
        if fault.reset:
            return Outcome(Response(0, (), b"", None), fault.delay, reset=True)
        assert fault.status is not None
        if fault.malformed == "invalid":
            body = INVALID_BODY
        elif fault.body is None:
            body = _error(fault.status, f"Fault injected by Fake Luma: status {fault.status}.")
        elif isinstance(fault.body, bytes):
            body = fault.body
        elif isinstance(fault.body, str):
            body = fault.body.encode()
        else:
            body = json.dumps(fault.body).encode()
        if fault.malformed == "truncated":
            body = body[: len(body) // 2]
        # operation=None: an injected answer is outside the spec on purpose
        return Outcome(Response(fault.status, _JSON, body, None), fault.delay)

    def _record(
        self,
        request: Request,
        operation: str | None,
        outcome: Outcome,
        now: dt.datetime,
        fault: Fault | None,
    ) -> None:
        self.journal.append(
            JournalEntry(
                operation=operation,
                method=request.method.upper(),
                path=request.path,
                query=tuple(request.query),
                raw_body=request.body,
                status=outcome.response.status,
                time=now,
                headers=redacted_headers(request.headers),
                fault=fault.describe() if fault is not None else None,
            )
        )


def _spoiled(response: Response, fault: Fault) -> Response:
    if fault.malformed == "truncated":
        body = response.body[: len(response.body) // 2]
    else:
        body = INVALID_BODY
    return Response(response.status, response.headers, body, None)


# --- the ASGI app's way in ----------------------------------------------------------------


Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


async def http_answer(
    outcome_of: Callable[[Request], Outcome], request: Request, send: Send
) -> Response | None:
    """For the ASGI app: the answer to send, or None when the connection was cut here."""
    outcome = outcome_of(request)
    if outcome.delay:
        await asyncio.sleep(outcome.delay)
    if outcome.reset:
        # Promise a body and never send it: the server closes the connection mid-answer.
        await send(
            {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"64")]}
        )
        return None
    return outcome.response


class ControlPlane:
    """``FakeLuma``'s methods for keys, faults, the journal and deliveries."""

    _control: Control

    @property
    def faults(self) -> Faults:
        """Fault rules: ``fake.faults.add(operation="get_event", status=503, times=2)``."""
        return self._control.faults

    @property
    def requests(self) -> Journal:
        """Every API request seen, oldest first: ``fake.requests.filter(operation=...)``."""
        return self._control.journal

    @property
    def deliveries(self) -> Deliveries:
        """Every webhook delivery made, oldest first."""
        return self._control.deliveries

    def add_calendar(self, name: str) -> str:
        """A new calendar (same organization and owner); returns its calendar key."""
        fake: Any = self
        with fake._core.lock:
            return _keys.add_calendar(fake._core.state, name)

    def add_organization_key(self) -> str:
        """A key for the organization: it picks a calendar with ``x-luma-calendar-id``."""
        fake: Any = self
        with fake._core.lock:
            return _keys.add_organization_key(fake._core.state)

    def revoke(self, key: str) -> None:
        """From now on ``key`` is answered 401."""
        fake: Any = self
        with fake._core.lock:
            _keys.revoke(fake._core.state, key)

    def _over_http(self, request: Request) -> Outcome:
        return self._control.outcome(request, over_http=True)
