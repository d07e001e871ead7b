"""Fake Luma: a stateful, spec-true stand-in for Luma's API, in-process or as a server.

    fake = FakeLuma(api_key="test-key", seed=0)
    client = fake.client()                      # connect() on the in-process transport
    with fake.serve(port=0) as base_url: ...    # the same state over a real socket
    fake.reset()                                # back to the empty calendar

Parts: ``_openapi`` (the spec, read once per process), ``_routes`` (method and path to
operation, legacy paths included), ``_validate`` (requests checked against the spec, compiled
once), ``_core`` (sans-IO dispatch), ``_fastshape`` / ``_project`` (answers shaped to the
spec: msgspec types built from it, Python as the fallback), ``_store``
(the state), ``handlers/`` (one module per resource group), ``_transport`` (httpx, sync and
async), ``_server`` (ASGI + uvicorn). Choices made where Luma's behaviour is not documented are
listed in ``CHOICES.md`` beside this file.

Clock: by default a ``SteppingClock`` that starts at 2026-01-05T09:00:00.000Z and moves one
second forward per request, so runs are repeatable; pass ``clock=`` any callable returning
an aware ``datetime`` (e.g. ``lambda: datetime.now(UTC)``).

Start-up: the parsed spec is cached on disk (see ``_openapi.load_spec``; ``LUMA_FAKE_CACHE=0``
turns it off), so a process reads it in milliseconds after the first run.

Response checking: ``check_responses=True`` validates every answer against the spec's schema
for its operation and status and raises ``FakeResponseError`` on a mismatch (a bug in the
fake). It costs time per request, so it is off by default; this package's own tests and the
``luma_fake`` fixture turn it on.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .. import MOCK_API_KEY
from ._clock import Clock, FakeClock, OffsetClock, SteppingClock
from ._control import Control, ControlPlane
from ._core import Core, FakeResponseError, Request, Response
from ._store import State, new_state
from ._transport import FakeTransport

if TYPE_CHECKING:
    import luma_client
    from luma_client import RateLimit

__all__ = ["FakeLuma", "FakeResponseError", "Request", "Response", "SteppingClock"]

FAKE_BASE_URL = "http://luma.fake"


class FakeLuma(ControlPlane):  # fake-control hook: keys, faults, journal, deliveries
    """One fake Luma account: a calendar owned by one user, reached by one API key."""

    def __init__(
        self,
        api_key: str = MOCK_API_KEY,
        seed: int = 0,
        *,
        clock: Clock | None = None,
        check_responses: bool = False,
        rate_limit: int | RateLimit | None = None,  # fake-control hook (see _ratelimit)
    ) -> None:
        if not api_key:
            raise ValueError("api_key must be a non-empty string")
        self._api_key = api_key
        self.seed = seed
        self._default_clock = clock is None
        self.clock: FakeClock = (
            SteppingClock()
            if clock is None
            else clock
            if isinstance(clock, SteppingClock | OffsetClock)
            else OffsetClock(clock)
        )
        self._generation = 0
        self._core = Core(self._fresh_state, self._read_clock, check_responses=check_responses)
        self._control = Control(self, rate_limit)  # fake-control hook

    def __repr__(self) -> str:  # never shows the key
        return f"FakeLuma(seed={self.seed}, calendar_id={self.calendar_id!r})"

    @property
    def api_key(self) -> str:
        return self._api_key

    @property
    def state(self) -> State:
        """The store, for assertions and seeding in tests (read it, change it at your risk)."""
        return self._core.state

    @property
    def failures(self) -> list[Exception]:
        """Unexpected errors inside handlers, each answered as a 500 (a bug in the fake)."""
        return self._core.failures

    @property
    def calendar_id(self) -> str:
        return self._core.state.keys[self._api_key].calendar_id

    @property
    def check_responses(self) -> bool:
        return self._core.check_responses

    @check_responses.setter
    def check_responses(self, value: bool) -> None:
        self._core.check_responses = value

    def _fresh_state(self) -> State:
        return new_state(self.seed, self._api_key, self._generation)

    def _read_clock(self) -> Any:
        return self.clock()

    # --- the two ways in -----------------------------------------------------------------

    def handle(self, request: Request) -> Response:
        """The sans-IO entry point: one request in, one response out."""
        return self._control.handle(request)  # fake-control hook

    def transport(self) -> FakeTransport:
        """An httpx transport (sync and async at once) answering from this fake."""
        return FakeTransport(self._control.outcome)

    def client(self, **connect_kwargs: Any) -> luma_client.ConnectedClient:
        """``luma_client.connect`` on this fake's transport, key and base URL."""
        import luma_client

        options: dict[str, Any] = {
            "api_key": self._api_key,
            "base_url": FAKE_BASE_URL,
            "transport": self.transport(),
            "rate_limit": None,
        }
        options.update(connect_kwargs)
        return luma_client.connect(**options)

    @contextlib.contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """This fake over a real HTTP socket; yields the base URL."""
        from . import _server

        with _server.serve(self, host, port) as base_url:
            yield base_url

    # --- control -------------------------------------------------------------------------

    def reset(self) -> None:
        """Back to the empty calendar (old cursors stop working); the default clock restarts."""
        with self._core.lock:
            self._generation += 1
            if self._default_clock and isinstance(self.clock, SteppingClock):
                self.clock.reset()
            self._core.reset()
            self._control.reset()  # fake-control hook

    def populate(self, events: int = 20, guests_per_event: int = 100) -> list[str]:
        """Add realistic, seeded events with guests (names, emails, answers, tickets).

        Returns the new events' ids. The same seed and the same calls give the same data.
        """
        from ._populate import populate

        with self._core.lock:
            return populate(self, events=events, guests_per_event=guests_per_event)

    def load(self, source: str | os.PathLike[str] | Mapping[str, Any]) -> dict[str, str]:
        """Add fixtures from a JSON/YAML file or a mapping; returns event keys to ids.

        The format is described in ``luma_client.testing.fake._load``.
        """
        from ._load import load

        return load(self, source)
