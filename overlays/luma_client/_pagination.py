"""Cursor pagination over any generated list operation, sync and async.

Luma pages with ``pagination_cursor``/``pagination_limit`` in and ``entries``/``has_more``/
``next_cursor`` out. The paginators below follow ``next_cursor`` while ``has_more`` holds, keep
every other keyword argument (the caller's filters) on every page, hold one page at a time, and
refuse to loop forever when a server hands back a cursor it has already given. Each page is
fetched and decoded by ``call()``/``acall()``, so entries that drifted from the spec arrive
decoded tolerantly (with a warning) and the loop goes on.

Typing: ``Parsed`` and ``_Page`` are read-only protocols, so for
``paginate(list_event_guests.sync_detailed, ...)`` mypy infers ``Guest`` as the item type while
``ParamSpec`` keeps the operation's own keyword arguments checked.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, ParamSpec, Protocol, TypeVar

from ._call import Parsed, acall, call
from ._exceptions import ConfigurationError, PaginationError

__all__ = ["AsyncPaginator", "Paginator", "apaginate", "paginate"]

P = ParamSpec("P")
ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)

CURSOR_ARG = "pagination_cursor"
LIMIT_ARG = "pagination_limit"


class _Page(Protocol[ItemT_co]):
    """What every generated list response has in common."""

    @property
    def entries(self) -> Sequence[ItemT_co]: ...

    @property
    def has_more(self) -> bool: ...

    @property
    def next_cursor(self) -> object: ...


def _is_unset(value: object) -> bool:
    """Whether ``value`` is the generated client's ``UNSET`` (an omitted argument).

    Compared by class name so that importing the overlay does not import ``luma_api`` (and
    attrs) before a client is built.
    """
    return type(value).__name__ == "Unset"


def _check_arguments(kwargs: dict[str, Any]) -> str | None:
    """Validate the paging arguments before any request and return the start cursor."""
    limit = kwargs.get(LIMIT_ARG)
    if limit is not None and not _is_unset(limit):
        if isinstance(limit, bool) or not isinstance(limit, int):
            raise ConfigurationError(f"{LIMIT_ARG} must be an int, got {type(limit).__name__}")
        if limit < 1:
            raise ConfigurationError(f"{LIMIT_ARG} must be at least 1, got {limit}")
    cursor = kwargs.get(CURSOR_ARG)
    if cursor is None or _is_unset(cursor):
        return None
    if not isinstance(cursor, str):
        raise ConfigurationError(f"{CURSOR_ARG} must be a str, got {type(cursor).__name__}")
    return cursor


class _Cursor:
    """Where a listing stands.

    ``fetch`` fetches the page in hand, ``resume`` is where a new listing would continue without
    losing anything that has not been handed out yet, and ``after`` fetches the next page.
    """

    __slots__ = ("_seen", "after", "done", "error", "fetch", "finished", "resume")

    def __init__(self, start: str | None) -> None:
        self.fetch = start
        self.resume = start
        self.after: str | None = start
        self.done = False
        self.finished = False
        self.error: PaginationError | None = None
        self._seen: set[str] = set() if start is None else {start}

    def next_request(self) -> str | None:
        """The cursor for the next request; raises the deferred error if the server broke paging."""
        if self.error is not None:
            raise self.error
        self.fetch = self.after
        return self.fetch

    def settle(self, page: _Page[Any]) -> None:
        """Work out what follows ``page``. Errors wait until the next page is actually needed,
        so the entries of a good page are always delivered first."""
        if not page.has_more or not page.entries:
            self.done = True
            return
        cursor = page.next_cursor
        if not isinstance(cursor, str) or not cursor:
            self.error = PaginationError(
                "the server reported has_more=true without a next_cursor; cannot continue"
            )
        elif cursor in self._seen:
            self.error = PaginationError(
                f"the server repeated the cursor {cursor!r}; stopping instead of looping"
            )
        else:
            self._seen.add(cursor)
            self.after = cursor

    def handed_out(self, whole_page: bool) -> None:
        """Record that the page in hand (or only part of it) reached the caller."""
        if not whole_page:
            self.resume = self.fetch
        elif self.done:
            self.resume = None
            self.finished = True
        elif self.error is None:
            self.resume = self.after


class _Base(Generic[ItemT]):
    """State shared by the sync and async paginators."""

    def __init__(self, kwargs: dict[str, Any]) -> None:
        self._kwargs = kwargs
        self._cursor = _Cursor(_check_arguments(kwargs))
        self._started = False

    def _hand_out(self, entries: Sequence[ItemT]) -> Iterator[ItemT]:
        """Yield a page's entries, moving the cursor twice per page rather than per entry:
        mid-page before all but the last entry, whole-page once the last one is in hand."""
        if len(entries) > 1:
            self._cursor.handed_out(whole_page=False)
            yield from itertools.islice(entries, len(entries) - 1)
        if not entries:
            self._cursor.handed_out(whole_page=True)
            return
        last = entries[-1]
        self._cursor.handed_out(whole_page=True)
        yield last

    @property
    def cursor(self) -> str | None:
        """Pass this as ``pagination_cursor`` to resume: nothing not yet handed out is lost.

        Mid-page it is the current page's own cursor (that page comes again); once a whole
        page has been handed out it is the next page's cursor. ``None`` before the first page
        and after the last one (see ``finished``).
        """
        return self._cursor.resume

    @property
    def finished(self) -> bool:
        """True once the last page has been handed out."""
        return self._cursor.finished

    def _claim(self) -> None:
        if self._started:
            raise RuntimeError("a paginator can be iterated once; call paginate() again")
        self._started = True

    def _request_kwargs(self) -> dict[str, Any]:
        kwargs = dict(self._kwargs)
        cursor = self._cursor.next_request()
        if cursor is not None:
            kwargs[CURSOR_ARG] = cursor
        return kwargs


class Paginator(_Base[ItemT]):
    """Iterate every entry of a list operation; ``.pages()`` yields whole pages instead."""

    def __init__(
        self, operation: Callable[..., Parsed[_Page[ItemT]]], kwargs: dict[str, Any]
    ) -> None:
        super().__init__(kwargs)
        self._operation = operation

    def _fetch_all(self) -> Iterator[_Page[ItemT]]:
        """Fetch page after page."""
        self._claim()
        while not self._cursor.done:
            page = call(self._operation, **self._request_kwargs())
            self._cursor.settle(page)
            yield page
            del page  # release it before fetching the next: one page in memory at a time

    def pages(self) -> Iterator[_Page[ItemT]]:
        """Fetch and yield one page at a time."""
        for page in self._fetch_all():
            self._cursor.handed_out(whole_page=True)
            yield page
            del page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self._fetch_all():
            yield from self._hand_out(page.entries or ())  # None after drift: nothing to hand out
            del page


class AsyncPaginator(_Base[ItemT]):
    """The async twin of :class:`Paginator`: ``async for`` entries, or ``.pages()``."""

    def __init__(
        self, operation: Callable[..., Awaitable[Parsed[_Page[ItemT]]]], kwargs: dict[str, Any]
    ) -> None:
        super().__init__(kwargs)
        self._operation = operation

    async def _fetch_all(self) -> AsyncIterator[_Page[ItemT]]:
        self._claim()
        while not self._cursor.done:
            page = await acall(self._operation, **self._request_kwargs())
            self._cursor.settle(page)
            yield page
            del page

    async def pages(self) -> AsyncIterator[_Page[ItemT]]:
        """Fetch and yield one page at a time."""
        async for page in self._fetch_all():
            self._cursor.handed_out(whole_page=True)
            yield page
            del page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self._fetch_all():
            for entry in self._hand_out(page.entries or ()):
                yield entry
            del page


def paginate(
    operation: Callable[P, Parsed[_Page[ItemT]]], /, *args: P.args, **kwargs: P.kwargs
) -> Paginator[ItemT]:
    """Iterate every entry of ``operation`` (a generated ``sync_detailed`` list function).

    Keyword arguments are the operation's own; ``pagination_limit`` sets the page size and
    ``pagination_cursor`` the page to start from. Bad paging arguments raise before any request.
    """
    if args:
        raise TypeError("generated operations take keyword arguments only")
    return Paginator(operation, dict(kwargs))


def apaginate(
    operation: Callable[P, Awaitable[Parsed[_Page[ItemT]]]], /, *args: P.args, **kwargs: P.kwargs
) -> AsyncPaginator[ItemT]:
    """Async twin of :func:`paginate` for a generated ``asyncio_detailed`` list function."""
    if args:
        raise TypeError("generated operations take keyword arguments only")
    return AsyncPaginator(operation, dict(kwargs))
