"""pytest fixtures for testing code that talks to Luma, against a local Prism mock.

Registered automatically (``pytest11`` entry point) when luma-client is installed::

    def test_my_sync(luma_mock_client):
        me = luma_client.call(get_self.sync_detailed, client=luma_mock_client)
        assert me.email

    @pytest.mark.anyio                       # or pytest-asyncio's marker
    async def test_my_async(luma_mock_async_client):
        me = await luma_client.acall(get_self.asyncio_detailed, client=luma_mock_async_client)

    def test_raw_http(luma_mock_url):
        httpx.get(f"{luma_mock_url}/v1/users/get-self", headers={"x-luma-api-key": "test-key"})

- ``luma_mock_url`` (session scope): base URL of one mock started for the whole session.
- ``luma_mock_client`` (function scope): ``luma_client.connect(...)`` pointed at it, with an
  API key the mock accepts, no client-side rate limit and no retries; closed afterwards.
- ``luma_mock_async_client`` (function scope, async): the same, opened and closed on the
  test's own event loop, for async tests (needs an async test plugin such as anyio's).

When the mock cannot start (e.g. Prism is not installed) each test that needs it fails with
one line, and the full explanation is printed once, at the end of the session.

Needs Prism; see :mod:`luma_client.testing` for how it is found.

Fake Luma (stateful, in-process, no Node; needs the ``fake`` extra):

- ``luma_fake`` (function scope): a fresh ``FakeLuma`` for each test, checking its own answers.
- ``luma_fake_client`` (function scope): ``luma_client.connect(...)`` on ``luma_fake``'s
  in-process transport, no retries; closed afterwards.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

from . import MOCK_API_KEY, MockServerError, mock_server

if TYPE_CHECKING:
    from luma_client import ConnectedClient

    from .fake import FakeLuma

__all__ = [
    "MOCK_API_KEY",
    "luma_fake",
    "luma_fake_client",
    "luma_mock_async_client",
    "luma_mock_client",
    "luma_mock_url",
]

#: Why the mock could not start, reported once in the terminal summary.
_startup_failures: list[str] = []


@pytest.fixture(scope="session")
def luma_mock_url() -> Iterator[str]:
    """Base URL (``http://127.0.0.1:<port>``) of a Prism mock of the Luma API."""
    try:
        with mock_server() as url:
            yield url
        return
    except MockServerError as exc:
        _startup_failures.append(str(exc))
        summary = str(exc).splitlines()[0].split(". ")[0]
    # Outside the handler, so the long original is not shown again as the failure's context.
    pytest.fail(
        f"the Luma mock could not start: {summary} (details at the end of the run)",
        pytrace=False,
    )


def _connect(url: str) -> ConnectedClient:
    from luma_client import connect

    return connect(api_key=MOCK_API_KEY, base_url=url, rate_limit=None, max_retries=0)


@pytest.fixture
def luma_mock_client(luma_mock_url: str) -> Iterator[ConnectedClient]:
    """A client from ``luma_client.connect`` talking to the mock; both pools closed afterwards."""
    with _connect(luma_mock_url) as client:
        yield client


@pytest.fixture
async def luma_mock_async_client(luma_mock_url: str) -> AsyncIterator[ConnectedClient]:
    """The same client for async tests, closed on the test's own event loop."""
    async with _connect(luma_mock_url) as client:
        yield client


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _startup_failures:
        terminalreporter.section("Luma mock (luma_client.testing)")
        terminalreporter.write_line(_startup_failures[0])


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
def luma_fake_client(luma_fake: FakeLuma) -> Iterator[ConnectedClient]:
    """``luma_client.connect`` on ``luma_fake``'s in-process transport: no socket, no retries."""
    with luma_fake.client(max_retries=0) as client:
        yield client
