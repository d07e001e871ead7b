"""Figure 2: one ``get_event`` through ``httpx.MockTransport`` (no network at all)."""

from __future__ import annotations

import httpx

from . import _common, _get_event, _payloads

KEY = "mock"
TARGET = 2.0


def _handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200, content=_payloads.event_body(), headers={"content-type": "application/json"}
    )


def run() -> _common.Figure:
    contenders = _get_event.Contenders("http://luma.test", httpx.MockTransport(_handler))
    try:
        return _get_event.measure(
            contenders,
            key=KEY,
            title="2. get_event in-process (httpx.MockTransport)",
            what=(
                "The same request answered by an `httpx.MockTransport` handler in the same "
                "process: no socket, so this isolates the client-side cost. Time per request."
            ),
            target=TARGET,
            rounds=25,
            inner=200,
        )
    finally:
        contenders.close()
