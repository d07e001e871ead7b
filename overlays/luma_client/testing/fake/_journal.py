"""The request journal: every request the fake saw, for assertions about what was sent.

Each entry holds the operation id (None for an unknown route or the control plane), method,
path, query, decoded JSON body (the raw text when it is not JSON), the status answered and
the fake clock's time. Headers are kept except the API key, which is never stored.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple, overload

from ._clock import iso

__all__ = ["Journal", "JournalEntry"]

REDACTED = "[REDACTED]"
_SECRET_HEADERS = ("x-luma-api-key", "authorization")


class JournalEntry(NamedTuple):
    """One request as the fake saw it; immutable. A named tuple: one is made per request,
    and building one costs less than half of what a frozen dataclass does."""

    operation: str | None
    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    raw_body: bytes  # as sent; ``body`` decodes it when asked (not on the request's path)
    status: int
    time: dt.datetime
    headers: dict[str, str]
    fault: str | None = None  # what an injected fault did to this request, if one did

    @property
    def body(self) -> Any:
        """The JSON body decoded, its text when it is not JSON, or None when empty."""
        return decoded_body(self.raw_body)

    @property
    def params(self) -> dict[str, Any]:
        """Query parameters (GET) or the JSON body's fields (POST), whichever were sent."""
        body = self.body
        if isinstance(body, dict):
            return body
        return dict(self.query)

    def to_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "method": self.method,
            "path": self.path,
            "query": [list(pair) for pair in self.query],
            "body": self.body,
            "status": self.status,
            "time": iso(self.time),
            "headers": self.headers,
            "fault": self.fault,
        }


def redacted_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of the request's headers (names lower-case, as the core gets them), key hidden."""
    copy = dict(headers)
    for name in _SECRET_HEADERS:
        if name in copy:
            copy[name] = REDACTED
    return copy


def decoded_body(body: bytes) -> Any:
    if not body:
        return None
    try:
        return json.loads(body)
    except ValueError:
        return body.decode("utf-8", "replace")


class Journal(Sequence[JournalEntry]):
    """A read-only list of ``JournalEntry`` with filters; the fake appends to it."""

    def __init__(self, entries: list[JournalEntry] | None = None) -> None:
        self._entries: list[JournalEntry] = entries if entries is not None else []

    def __repr__(self) -> str:
        return f"Journal({len(self._entries)} requests)"

    @overload
    def __getitem__(self, index: int) -> JournalEntry: ...
    @overload
    def __getitem__(self, index: slice) -> list[JournalEntry]: ...
    def __getitem__(self, index: int | slice) -> JournalEntry | list[JournalEntry]:
        return self._entries[index]

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[JournalEntry]:
        return iter(list(self._entries))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Journal):
            return self._entries == other._entries
        if isinstance(other, list):
            return self._entries == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def append(self, entry: JournalEntry) -> None:
        self._entries.append(entry)

    def clear(self) -> None:
        self._entries.clear()

    def filter(
        self,
        operation: str | None = None,
        *,
        method: str | None = None,
        status: int | None = None,
        path: str | None = None,
    ) -> Journal:
        """The entries matching every criterion given."""
        return Journal(
            [
                entry
                for entry in self._entries
                if (operation is None or entry.operation == operation)
                and (method is None or entry.method == method.upper())
                and (status is None or entry.status == status)
                and (path is None or entry.path == path)
            ]
        )

    @property
    def operations(self) -> list[str | None]:
        """The operation ids in the order the requests came, e.g. to assert a retry."""
        return [entry.operation for entry in self._entries]

    def to_json(self) -> list[dict[str, Any]]:
        return [entry.to_json() for entry in self._entries]
