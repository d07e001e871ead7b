"""What every handler sees: the ``Call``, the error it may raise, and the registry.

A handler is a function taking a ``Call`` and returning the success body (a dict, possibly a
whole stored record: the core shapes it to the operation's 200 schema) or ``None`` for an
empty body. It runs only after the request passed validation, and it must check everything
before it changes anything, so a refused request leaves the store as it was.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from .._clock import iso
from .._store import Record, State

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "HANDLERS",
    "MAX_PAGE_SIZE",
    "Call",
    "FakeError",
    "Handler",
    "Record",
    "bad_request",
    "handles",
    "not_found",
    "unprocessable",
]

#: Page size when ``pagination_limit`` is not sent, and the most the fake returns per page.
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 100


class FakeError(Exception):
    """Raised by a handler: becomes an answer with ``status`` in the spec's ``Error`` shape."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def not_found(kind: str, ident: str) -> FakeError:
    return FakeError(404, f"{kind} {ident} not found")


def bad_request(message: str) -> FakeError:
    return FakeError(400, message)


def unprocessable(message: str) -> FakeError:
    """Well-formed but refused by Luma's rules (a taken slug, a wrong token …)."""
    return FakeError(422, message)


@dataclass
class Call:
    """One validated request, as a handler sees it."""

    operation: str
    params: dict[str, Any]
    calendar_id: str
    state: State
    now: datetime
    organization_id: str = ""
    _now_iso: str = field(default="", repr=False)

    @property
    def now_iso(self) -> str:
        """``now`` in Luma's wire form."""
        if not self._now_iso:
            self._now_iso = iso(self.now)
        return self._now_iso

    def table(self, name: str) -> dict[str, Record]:
        """The calling calendar's table ``name`` (created empty on first use)."""
        return self.state.table(self.calendar_id, name)

    def new_id(self, prefix: str) -> str:
        return self.state.ids.new(prefix)

    def emit(self, webhook_type: str, data: Record) -> None:
        """Record a state change a webhook would announce."""
        self.state.emitted.append((webhook_type, data))

    def page(self, items: Sequence[Record], *, limit_max: int = MAX_PAGE_SIZE) -> Record:
        """One page of ``items`` per ``pagination_cursor`` / ``pagination_limit``.

        Cursors are opaque and signed: they carry the list they belong to (operation, calendar,
        filters), the position, and the id of the last entry served, so a page starts right
        after that entry even when earlier entries were removed. A cursor from another list,
        another fake or before a reset is a 400.
        """
        limit = min(int(self.params.get("pagination_limit") or DEFAULT_PAGE_SIZE), limit_max)
        start = 0
        cursor = self.params.get("pagination_cursor")
        if cursor:
            offset, last_id = _open_cursor(cursor, self._list_key())
            start = _resume(items, offset, last_id)
        entries = list(items[start : start + limit])
        end = start + len(entries)
        has_more = end < len(items)
        body: Record = {"entries": entries, "has_more": has_more}
        if has_more:
            last = entries[-1].get("id") if entries else None
            body["next_cursor"] = _make_cursor(self._list_key(), end, last, self.state)
        return body

    def _list_key(self) -> tuple[str, bytes]:
        filters = sorted(
            (k, repr(v)) for k, v in self.params.items() if not k.startswith("pagination_")
        )
        digest = hashlib.blake2b(
            repr((self.operation, self.calendar_id, filters)).encode(), digest_size=6
        ).digest()
        return self.state.cursor_secret.hex(), digest


Handler = Callable[[Call], Record | None]
HANDLERS: dict[str, Handler] = {}

F = TypeVar("F", bound=Handler)


def handles(operation_id: str) -> Callable[[F], F]:
    """Register the decorated function as the handler of ``operation_id``."""

    def register(function: F) -> F:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = function
        return function

    return register


_STALE = "pagination_cursor is not a cursor of this list (stale, foreign or altered)"


def _make_cursor(key: tuple[str, bytes], offset: int, last_id: Any, state: State) -> str:
    payload = key[1] + offset.to_bytes(4, "big") + str(last_id or "").encode()
    mac = hmac.new(state.cursor_secret, payload, "blake2s").digest()[:8]
    return base64.urlsafe_b64encode(payload + mac).decode().rstrip("=")


def _open_cursor(cursor: str, key: tuple[str, bytes]) -> tuple[int, str]:
    secret = bytes.fromhex(key[0])
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    except (binascii.Error, ValueError):
        raise bad_request(_STALE) from None
    payload, mac = raw[:-8], raw[-8:]
    expected = hmac.new(secret, payload, "blake2s").digest()[:8]
    if len(raw) < 18 or not hmac.compare_digest(mac, expected) or payload[:6] != key[1]:
        raise bad_request(_STALE)
    return int.from_bytes(payload[6:10], "big"), payload[10:].decode()


def _resume(items: Sequence[Record], offset: int, last_id: str) -> int:
    """Index after the last entry served; its old position is only a hint."""
    if not last_id:
        return min(offset, len(items))
    if 0 < offset <= len(items) and items[offset - 1].get("id") == last_id:
        return offset
    for index, item in enumerate(items):
        if item.get("id") == last_id:
            return index + 1
    return min(offset, len(items))
