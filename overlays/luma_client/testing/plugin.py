"""pytest fixtures for testing code that talks to Luma, against a local Prism mock.

Registered automatically (``pytest11`` entry point) when luma-client is installed::

    def test_my_sync(luma_mock_client):
        me = luma_client.call(get_self.sync_detailed, client=luma_mock_client)
        assert me.email

    def test_raw_http(luma_mock_url):
        httpx.get(f"{luma_mock_url}/v1/users/get-self", headers={"x-luma-api-key": "k"})

- ``luma_mock_url`` (session scope): base URL of one mock started for the whole session.
- ``luma_mock_client`` (function scope): ``luma_client.connect(...)`` pointed at it, with an
  API key the mock accepts, no client-side rate limit and no retries; closed afterwards.

Needs Prism; see :mod:`luma_client.testing` for how it is found.

Fake Luma (stateful, in-process, no Node; needs the ``fake`` extra):

- ``luma_fake`` (function scope): a fresh ``FakeLuma`` for each test, checking its own answers.
- ``luma_fake_client`` (function scope): ``luma_client.connect(...)`` on ``luma_fake``'s
  in-process transport, no retries; closed afterwards.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

import pytest

from . import mock_server

if TYPE_CHECKING:
    import luma_api

    from .fake import FakeLuma

__all__ = [
    "MOCK_API_KEY",
    "luma_fake",
    "luma_fake_client",
    "luma_mock_client",
    "luma_mock_url",
]

#: The API key ``luma_mock_client`` sends; the mock accepts any non-empty key.
MOCK_API_KEY: Final = "test-key"


@pytest.fixture(scope="session")
def luma_mock_url() -> Iterator[str]:
    """Base URL (``http://127.0.0.1:<port>``) of a Prism mock of the Luma API."""
    with mock_server() as url:
        yield url


@pytest.fixture
def luma_mock_client(luma_mock_url: str) -> Iterator[luma_api.Client]:
    """A ``luma_api.Client`` from ``luma_client.connect`` talking to the mock."""
    from luma_client import connect

    client = connect(api_key=MOCK_API_KEY, base_url=luma_mock_url, rate_limit=None, max_retries=0)
    try:
        yield client
    finally:
        client.get_httpx_client().close()
        _close_async_client(client)


def _close_async_client(client: luma_api.Client) -> None:
    """Best effort: its connections may belong to an event loop that no longer runs."""
    async_client = client.get_async_httpx_client()
    if async_client.is_closed:
        return
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass  # no loop running in this thread: we can run one
    else:
        return  # called from inside an event loop, which must not be blocked
    with contextlib.suppress(Exception):
        asyncio.run(async_client.aclose())


# --- Fake Luma fixtures (need the `fake` extra; imported only when a test asks for them) ---


@pytest.fixture
def luma_fake() -> FakeLuma:
    """A fresh, empty ``FakeLuma`` (seed 0, key ``test-key``) for each test.

    It checks every answer against the spec (``check_responses=True``), so a test fails
    loudly if the fake ever answers something Luma's spec does not allow.
    """
    from .fake import FakeLuma

    return FakeLuma(api_key=MOCK_API_KEY, seed=0, check_responses=True)


@pytest.fixture
def luma_fake_client(luma_fake: FakeLuma) -> Iterator[luma_api.Client]:
    """``luma_client.connect`` on ``luma_fake``'s in-process transport: no socket, no retries."""
    client = luma_fake.client(max_retries=0)
    try:
        yield client
    finally:
        client.get_httpx_client().close()
        _close_async_client(client)
