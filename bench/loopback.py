"""Figure 1: one ``get_event`` over loopback HTTP, client vs raw httpx."""

from __future__ import annotations

from . import _common, _get_event, _server

KEY = "loopback"
TARGET = 1.15


def run() -> _common.Figure:
    with _server.serve() as base_url:
        contenders = _get_event.Contenders(base_url)
        try:
            return _get_event.measure(
                contenders,
                key=KEY,
                title="1. get_event over loopback HTTP",
                what=(
                    "One `GET /v1/events/get` returning the spec's example event (1.6 KB of JSON) "
                    "from a keep-alive HTTP/1.1 server in a child process on 127.0.0.1. Every "
                    "client reuses one connection. Time per request."
                ),
                target=TARGET,
                rounds=25,
                inner=120,
            )
        finally:
            contenders.close()
