"""``Luma`` and ``AsyncLuma``: the resource-style client, ``luma.events.get(event_id=...)``.

The resource classes (names, signatures, docstrings) are generated into
``luma_api.resources``; this module supplies the behaviour they call (the invokers), the
client's lifecycle, ``with_options`` copies, raw responses, ``rotate_key`` and the escape hatch
for routes the spec does not know yet. Everything a request goes through (auth, retries, rate
limit, typed errors) is what ``connect()`` builds: the facade forwards its arguments there.

A client and its ``with_options`` copies share one ``_Family``: the connection pools, the rate
limiter and the API key, so copies never multiply the request budget and a rotated key
reaches all of them.
"""

from __future__ import annotations

import enum
import sys
import threading
import weakref
from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from luma_api.resources import (
    AsyncLumaResources,
    AsyncRawLumaResources,
    LumaResources,
    Page,
    Parsed,
    RawLumaResources,
)

from ._auth import LumaAuth
from ._call import acall, call
from ._client import connect
from ._connected import network_pools
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_RATE_LIMIT, DEFAULT_TIMEOUT
from ._pagination import AsyncPaginator, Paginator, apaginate, paginate
from ._raising import validation_error
from ._ratelimit import RateLimit, RateLimitTransport
from ._raw import RawResponse, raw_response
from ._settings import resolve_base_url, resolve_limiter

if TYPE_CHECKING:
    from luma_api import Client

__all__ = ["AsyncLuma", "Luma"]

T = TypeVar("T")


class _Keep(enum.Enum):
    KEEP = "keep"


KEEP = _Keep.KEEP
"""``with_options`` default: keep the original's value."""


class _Pools(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """httpx's sync and async connection pools as one transport, shared by a family."""

    def __init__(self, url: str) -> None:
        self._sync, self._async = network_pools(url)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


class _Family:
    """What a client shares with its ``with_options`` copies. Holds the key: never printed."""

    __slots__ = ("_auths", "_key", "_lock", "transport")

    def __init__(self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
        self.transport = transport
        self._auths: weakref.WeakSet[LumaAuth] = weakref.WeakSet()
        self._key = ""
        self._lock = threading.Lock()

    def join(self, client: Client) -> None:
        auth = _auth_of(client)
        with self._lock:
            if self._key:  # a rotation may have happened since the copy read the key
                auth.rotate(self._key)
            else:
                self._key = auth.secrets[0]
            self._auths.add(auth)

    @property
    def key(self) -> str:
        return self._key

    def rotate(self, api_key: str) -> None:
        with self._lock:
            for auth in list(self._auths):
                auth.rotate(api_key)  # checks the key first: a bad one changes nothing
            self._key = api_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.transport!r})"


def _auth_of(client: Client) -> LumaAuth:
    auth = client.get_httpx_client().auth
    if not isinstance(auth, LumaAuth):  # pragma: no cover - connect() always installs one
        raise TypeError(f"expected the client connect() builds, got auth {auth!r}")
    return auth


def _operation_module(operation: Callable[..., object]) -> ModuleType:
    return sys.modules[operation.__module__]


def _relative_path(path: str) -> str:
    """Refuse anything but a path on the API's host: an absolute URL would carry the key away."""
    if not isinstance(path, str) or not path.startswith("/") or path.startswith("//"):
        raise ValueError(f"path must start with a single '/', e.g. '/v1/events/get'; got {path!r}")
    return path


def _decode_json(response: httpx.Response, secrets: tuple[str, ...]) -> Any:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError as exc:
        failure = validation_error(response, f"the body is not JSON ({exc})", secrets=secrets)
    raise failure


class _Invoker:
    """What the generated sync resources call: ``call``/``paginate`` on one client."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def call(self, operation: Callable[..., Parsed[T]], arguments: dict[str, Any], /) -> T:
        return call(operation, client=self._client, **arguments)

    def paginate(
        self, operation: Callable[..., Parsed[Page[T]]], arguments: dict[str, Any], /
    ) -> Paginator[T]:
        return paginate(operation, client=self._client, **arguments)

    def raw(
        self, operation: Callable[..., Parsed[T]], arguments: dict[str, Any], /
    ) -> RawResponse[T]:
        module = _operation_module(operation)
        http = self._client.get_httpx_client()
        response = http.request(**module._get_kwargs(**arguments))
        return raw_response(response, operation, self._client, http)


class _AsyncInvoker:
    """What the generated async resources call: ``acall``/``apaginate`` on one client."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def call(
        self, operation: Callable[..., Awaitable[Parsed[T]]], arguments: dict[str, Any], /
    ) -> T:
        return await acall(operation, client=self._client, **arguments)

    def paginate(
        self, operation: Callable[..., Awaitable[Parsed[Page[T]]]], arguments: dict[str, Any], /
    ) -> AsyncPaginator[T]:
        return apaginate(operation, client=self._client, **arguments)

    async def raw(
        self, operation: Callable[..., Awaitable[Parsed[T]]], arguments: dict[str, Any], /
    ) -> RawResponse[T]:
        module = _operation_module(operation)
        http = self._client.get_async_httpx_client()
        response = await http.request(**module._get_kwargs(**arguments))
        return raw_response(response, operation, self._client, http)


class _Facade:
    """Construction, copies and key rotation, shared by ``Luma`` and ``AsyncLuma``."""

    _client: Client
    _family: _Family
    _options: dict[str, Any]

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        calendar_id: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: int | RateLimit | None = DEFAULT_RATE_LIMIT,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        strict_responses: bool = False,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Take ``connect()``'s arguments: ``api_key`` from ``$LUMA_API_KEY`` when omitted."""
        # Every option connect() takes per copy; with_options overrides some of them.
        options: dict[str, Any] = {
            "base_url": base_url,
            "calendar_id": calendar_id,
            "timeout": timeout,
            "max_retries": max_retries,
            "strict_responses": strict_responses,
            "headers": dict(headers) if headers is not None else None,
        }
        limiter = resolve_limiter(rate_limit)
        if transport is None:
            bottom: httpx.BaseTransport | httpx.AsyncBaseTransport = _Pools(
                resolve_base_url(base_url)
            )
        else:
            bottom = transport
        # The limiter sits where connect() would put it, but is shared by every copy.
        shared = bottom if limiter is None else RateLimitTransport(bottom, limiter)
        family = _Family(shared)
        self._join(connect(api_key, rate_limit=None, transport=shared, **options), family, options)

    def _join(self, client: Client, family: _Family, options: dict[str, Any]) -> None:
        family.join(client)
        self._client, self._family, self._options = client, family, options
        self._start(client)

    def _start(self, client: Client) -> None:
        raise NotImplementedError

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | _Keep | None = KEEP,
        max_retries: int | _Keep = KEEP,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other settings, sharing pools, rate limit and key; ``self`` is unchanged.

        ``headers`` are added to this client's own (e.g. ``{"Prefer": "code=404"}`` on a mock).
        """
        changes = {"timeout": timeout, "max_retries": max_retries}
        options = {**self._options, **{k: v for k, v in changes.items() if v is not KEEP}}
        if headers is not None:
            options["headers"] = {**(self._options["headers"] or {}), **headers}
        family = self._family
        client = connect(family.key, rate_limit=None, transport=family.transport, **options)
        copy = object.__new__(type(self))
        copy._join(client, family, options)
        return copy

    def rotate_key(self, api_key: str) -> None:
        """Send ``api_key`` from now on, from this client and every copy of it."""
        self._family.rotate(api_key)

    @property
    def client(self) -> Client:
        """The generated ``luma_api.Client`` underneath, for the lower-level functions."""
        return self._client

    def _secrets(self) -> tuple[str, ...]:
        return _auth_of(self._client).secrets

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self._client.get_httpx_client().base_url)!r})"


class Luma(_Facade, LumaResources):
    """The Luma API as resources: ``luma.events.guests.list(event_id=...)``.

    Methods return the success model (lists: a :class:`Paginator`) and raise the
    ``APIStatusError`` family otherwise. ``with Luma() as luma:`` closes the pools at the end.
    """

    def _start(self, client: Client) -> None:
        LumaResources.__init__(self, _Invoker(client))

    @cached_property
    def with_raw_response(self) -> RawLumaResources:
        """The same resources, returning each call's :class:`RawResponse` instead of the model."""
        return RawLumaResources(self._invoker)

    def get(self, path: str, *, params: Mapping[str, Any] | None = None) -> Any:
        """GET any route (``/v1/...``) and return its decoded JSON, with the same auth,
        retries, rate limit and typed errors as every other call."""
        http = self._client.get_httpx_client()
        response = http.get(_relative_path(path), params=params)
        return _decode_json(response, self._secrets())

    def post(self, path: str, *, json: Any = None) -> Any:
        """POST ``json`` to any route and return the decoded JSON answer (``None`` if empty)."""
        http = self._client.get_httpx_client()
        response = http.post(_relative_path(path), json=json)
        return _decode_json(response, self._secrets())

    def close(self) -> None:
        """Close the connection pool (shared with ``with_options`` copies)."""
        self._client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncLuma(_Facade, AsyncLumaResources):
    """The async twin of :class:`Luma`: ``await aluma.events.get(...)``, ``async for`` lists."""

    def _start(self, client: Client) -> None:
        AsyncLumaResources.__init__(self, _AsyncInvoker(client))

    @cached_property
    def with_raw_response(self) -> AsyncRawLumaResources:
        """The same resources, returning each call's :class:`RawResponse` instead of the model."""
        return AsyncRawLumaResources(self._invoker)

    async def get(self, path: str, *, params: Mapping[str, Any] | None = None) -> Any:
        """GET any route (``/v1/...``) and return its decoded JSON (see :meth:`Luma.get`)."""
        http = self._client.get_async_httpx_client()
        response = await http.get(_relative_path(path), params=params)
        return _decode_json(response, self._secrets())

    async def post(self, path: str, *, json: Any = None) -> Any:
        """POST ``json`` to any route and return the decoded JSON answer (``None`` if empty)."""
        http = self._client.get_async_httpx_client()
        response = await http.post(_relative_path(path), json=json)
        return _decode_json(response, self._secrets())

    async def close(self) -> None:
        """Close both connection pools (shared with ``with_options`` copies)."""
        await self._client.get_async_httpx_client().aclose()
        self._client.get_httpx_client().close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()
