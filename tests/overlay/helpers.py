"""What several overlay test modules share: the test key, a fixed-answer server, a connected
client, a secrecy check."""

from __future__ import annotations

import json
import traceback
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx

from luma_api import Client
from luma_client import ResponseDriftWarning, connect
from luma_client._drift import forget_reported

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


def client_for(handler: Handler, *, strict: bool = False) -> Client:
    """A ``connect()`` client answered in-process by ``handler``: no limiter, no retries."""
    return connect(
        KEY,
        base_url="https://api.test",
        rate_limit=None,
        max_retries=0,
        transport=httpx.MockTransport(handler),
        strict_responses=strict,
    )


@contextmanager
def drift_warnings() -> Iterator[list[str]]:
    """Collect the ``ResponseDriftWarning`` messages raised inside, as a fresh process would.

    Any other warning inside fails the test, as ``filterwarnings = error`` would outside.
    """
    forget_reported()
    messages: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield messages
    others = [w for w in caught if not issubclass(w.category, ResponseDriftWarning)]
    assert not others, [str(w.message) for w in others]
    messages.extend(str(w.message) for w in caught)


def no_secret(exc: BaseException) -> None:
    """``KEY`` appears nowhere an exception shows or keeps."""
    text = "\n".join(
        [str(exc), repr(exc), "".join(traceback.format_exception(exc)), repr(vars(exc))]
    )
    assert KEY not in text
