"""List pages whose entries are decoded one at a time, as the paginator hands them out.

A page of 100 guests decoded at once is about 700 objects that CPython's cyclic collector
tracks (guests, their answers, tickets and lists), all alive together. That makes the collector
run several times per page and promote them all to its oldest generation, whose collections
walk every object in the process: in the 10,000-guest benchmark, iterating whole pages takes
1.29x the raw loop, and streaming them 1.07x (``bench/RESULTS.md``). Iterating entries needs one
model at a time, so ``Paginator.__iter__`` fetches its pages here. The envelope (``has_more``,
``next_cursor``, unknown keys) is decoded and checked when a page arrives, each entry when it
is reached; a bad entry raises the same ``APIResponseValidationError`` as ``call()``, after the
entries before it. ``.pages()`` and ``call()`` still decode whole pages.

Streaming needs a generated list function's request builder and its page's entry decoder,
found once per operation. Anything else (a wrapper, another callable) goes through ``call()``.
"""

from __future__ import annotations

import sys
import typing
from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, NamedTuple, TypeVar, overload

import httpx

from ._call import DECODE_ERRORS, acall, call, decode_failure, unwrap
from ._raising import Received, last_received, reset_last_received

__all__ = ["LazyEntries", "Plan", "StreamedPage", "afetch", "fetch", "plan_for"]

T = TypeVar("T")

_PACKAGE = "luma_api.api."
#: The generated functions that can be streamed, and whether each one is the async twin.
_FUNCTIONS = {"sync_detailed": False, "asyncio_detailed": True}
#: Where the model template puts the decoder of a list whose items are a union of models.
_UNION_ITEM_DECODER = "_parse_entries_item"


class Plan(NamedTuple):
    """What streaming one generated list operation needs from its module."""

    get_kwargs: Callable[..., dict[str, Any]]
    build_response: Callable[..., Any]
    page_model: Any
    decode_entry: Callable[[Any], Any]


_plans: dict[Callable[..., object], Plan | None] = {}


def plan_for(operation: Callable[..., object], *, asynchronous: bool) -> Plan | None:
    """The streaming plan of a generated list function, or ``None`` to use ``call()``."""
    name = str(getattr(operation, "__name__", ""))
    module = str(getattr(operation, "__module__", ""))
    if _FUNCTIONS.get(name) is not asynchronous or not module.startswith(_PACKAGE):
        return None
    try:
        return _plans[operation]
    except KeyError:
        plan = _plans[operation] = _resolve(operation, module, name)
        return plan


def _resolve(operation: Callable[..., object], module_name: str, name: str) -> Plan | None:
    module = sys.modules.get(module_name)
    if module is None or getattr(module, name, None) is not operation:
        return None  # not the function its module defines (replaced or wrapped)
    get_kwargs = getattr(module, "_get_kwargs", None)
    build_response = getattr(module, "_build_response", None)
    parse_response = getattr(module, "_parse_response", None)
    if not (callable(get_kwargs) and callable(build_response) and callable(parse_response)):
        return None
    try:
        returned = typing.get_type_hints(parse_response)["return"]
        (page_model,) = [arg for arg in typing.get_args(returned) if arg is not type(None)]
        fields = typing.get_type_hints(page_model)
        entries = fields["entries"]
    except (KeyError, NameError, TypeError, ValueError):
        return None
    if "has_more" not in fields:
        return None  # a list that does not page
    if typing.get_origin(entries) is not list:
        return None
    (item,) = typing.get_args(entries)
    decode_entry = getattr(item, "from_dict", None)
    if decode_entry is None:
        decode_entry = getattr(sys.modules[page_model.__module__], _UNION_ITEM_DECODER, None)
    if not callable(decode_entry):
        return None
    return Plan(get_kwargs, build_response, page_model, decode_entry)


class LazyEntries(Sequence[T]):
    """A page's entries as the server sent them, each decoded into its model when read."""

    __slots__ = ("_decode", "_operation", "_raw", "_received")

    def __init__(
        self,
        raw: list[Any],
        decode: Callable[[Any], T],
        operation: Callable[..., object],
        received: Received | None,
    ) -> None:
        self._raw = raw
        self._decode = decode
        self._operation = operation
        self._received = received

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return list(self._decoded(self._raw[index]))
        return next(self._decoded((self._raw[index],)))

    def __iter__(self) -> Iterator[T]:
        return self._decoded(self._raw)

    def _decoded(self, raw: Sequence[Any]) -> Iterator[T]:
        decode = self._decode
        for item in raw:
            try:
                entry = decode(item)
            except DECODE_ERRORS as exc:
                if self._received is None:
                    raise  # no overlay transport: reported like call() does
                failure = decode_failure(
                    self._operation, f"an entry: {type(exc).__name__}: {exc}", self._received
                )
            else:
                yield entry
                continue
            raise failure  # outside the handler: the original (quoting the body) is not kept


class StreamedPage(Generic[T]):
    """A list page: its envelope decoded, its entries decoded as they are read."""

    __slots__ = ("entries", "envelope")

    def __init__(self, envelope: Any, entries: LazyEntries[T]) -> None:
        self.envelope = envelope
        self.entries = entries

    @property
    def has_more(self) -> bool:
        return bool(self.envelope.has_more)

    @property
    def next_cursor(self) -> object:
        return self.envelope.next_cursor


def fetch(
    plan: Plan, operation: Callable[..., object], kwargs: dict[str, Any]
) -> StreamedPage[Any] | Any:
    """Send one page request the way the generated function would, and open the page."""
    built = _build(plan, kwargs)
    if built is None:  # the operation raises its own error for the bad arguments
        return call(typing.cast(Callable[..., Any], operation), **kwargs)
    client, request = built
    token = reset_last_received()
    try:
        response = client.get_httpx_client().request(**request)
        return _open(plan, operation, client, response, last_received())
    finally:
        token.var.reset(token)


async def afetch(
    plan: Plan, operation: Callable[..., object], kwargs: dict[str, Any]
) -> StreamedPage[Any] | Any:
    """Async twin of :func:`fetch`."""
    built = _build(plan, kwargs)
    if built is None:  # the operation raises its own error for the bad arguments
        return await acall(typing.cast(Callable[..., Awaitable[Any]], operation), **kwargs)
    client, request = built
    token = reset_last_received()
    try:
        response = await client.get_async_httpx_client().request(**request)
        return _open(plan, operation, client, response, last_received())
    finally:
        token.var.reset(token)


def _build(plan: Plan, kwargs: dict[str, Any]) -> tuple[Any, dict[str, Any]] | None:
    """The client, and the request the generated function would build from the other
    arguments; ``None`` when they do not build one, so that the operation reports why."""
    arguments = dict(kwargs)
    client = arguments.pop("client", None)
    if client is None:
        return None
    try:
        return client, plan.get_kwargs(**arguments)
    except Exception:  # the operation itself raises it again, under its own name
        return None


def _open(
    plan: Plan,
    operation: Callable[..., object],
    client: Any,
    response: httpx.Response,
    received: Received | None,
) -> StreamedPage[Any] | Any:
    try:
        if response.status_code != 200:  # not the documented page: exactly what call() does
            return unwrap(plan.build_response(client=client, response=response), operation)
        data = response.json()
        raw = data["entries"]
        if not isinstance(raw, list):
            raise TypeError(f"entries is a {type(raw).__name__}, not a list")
        envelope = plan.page_model.from_dict({**data, "entries": []})
    except DECODE_ERRORS as exc:
        if received is None:
            raise
        failure = decode_failure(operation, f"{type(exc).__name__}: {exc}", received)
    else:
        return StreamedPage(envelope, LazyEntries(raw, plan.decode_entry, operation, received))
    raise failure
