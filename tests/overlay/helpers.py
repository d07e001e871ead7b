"""What several overlay test modules share: the test key, a fixed-answer server, a connected
client, a secrecy check."""

from __future__ import annotations

import json
import traceback
from collections.abc import Callable

import httpx

from luma_api import Client
from luma_client import connect

KEY = "secret-Xk3v9QpL2mN8rT5w"

Handler = Callable[[httpx.Request], httpx.Response]


class Server:
    """Answers every request with one fixed response and records what it received."""

    def __init__(
        self, status: int = 200, *, json_body: object = None, content: bytes = b""
    ) -> None:
        self.status = status
        self.content = json.dumps(json_body).encode() if json_body is not None else content
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(
            self.status, content=self.content, headers={"content-type": "application/json"}
        )


def client_for(handler: Handler) -> Client:
    """A ``connect()`` client answered in-process by ``handler``: no limiter, no retries."""
    return connect(
        KEY,
        base_url="https://api.test",
        rate_limit=None,
        max_retries=0,
        transport=httpx.MockTransport(handler),
    )


def no_secret(exc: BaseException) -> None:
    """``KEY`` appears nowhere an exception shows or keeps."""
    text = "\n".join(
        [str(exc), repr(exc), "".join(traceback.format_exception(exc)), repr(vars(exc))]
    )
    assert KEY not in text
