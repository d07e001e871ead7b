"""Webhook deliveries: what Luma would POST to each webhook after a state change.

Handlers record each change as ``(type, data)``; after a request, every active webhook of
the calendar the request acted for that subscribes to the type (or to ``*``) gets one
delivery. The body is ``{"type": ..., "data": ...}`` with ``data`` shaped to the spec's
``webhooks`` schema for the type, and it is signed with the webhook's secret, the Standard
Webhooks way, at the fake clock's time.

Every delivery is kept in ``fake.deliveries`` and handed to the listeners added with
``fake.deliveries.add_listener(fn)``. When the request came over HTTP (server mode), the
delivery is also POSTed to the webhook's URL from a background thread, only when the URL's
host is a loopback address (127.0.0.0/8 or ::1), with up to ``MAX_ATTEMPTS`` attempts while
the answer is not 2xx. Deliveries to other hosts are kept but never sent.
"""

from __future__ import annotations

import functools
import hashlib
import ipaddress
import json
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, overload
from urllib.parse import urlsplit

from ._openapi import load_spec
from ._project import _Builder
from ._store import Record, State

__all__ = ["MAX_ATTEMPTS", "Deliveries", "Delivery", "is_loopback_url"]

MAX_ATTEMPTS = 3
RETRY_DELAYS = (0.05, 0.2)
_TIMEOUT = 5.0


@dataclass
class Delivery:
    """One webhook delivery: the exact bytes and headers Luma would send."""

    webhook_id: str
    url: str
    type: str
    headers: dict[str, str]
    body: bytes
    time: datetime
    attempts: list[int | str] = field(default_factory=list)  # statuses or errors, if POSTed

    def __repr__(self) -> str:
        return f"Delivery({self.type!r} to webhook {self.webhook_id!r}, {len(self.body)} bytes)"

    def to_json(self) -> dict[str, Any]:
        return {
            "webhook_id": self.webhook_id,
            "url": self.url,
            "type": self.type,
            "headers": self.headers,
            "body": self.body.decode(),
            "attempts": self.attempts,
        }


@functools.cache
def _webhook_types() -> dict[str, Callable[[Any], Any]]:
    """Each webhook type of the spec and the projector for its ``data``."""
    spec = load_spec()
    types: dict[str, Callable[[Any], Any]] = {}
    builder = _Builder()
    for name, item in spec.document.get("webhooks", {}).items():
        schema = item["post"]["requestBody"]["content"]["application/json"]["schema"]
        types[name] = builder.build(schema)
    return types


def is_loopback_url(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Deliveries(Sequence[Delivery]):
    """Every delivery made, oldest first, plus listeners and the HTTP sender."""

    def __init__(self) -> None:
        self._items: list[Delivery] = []
        self._listeners: list[Callable[[Delivery], None]] = []
        self._counter = 0
        self._pending: list[threading.Thread] = []
        self._lock = threading.Lock()

    @overload
    def __getitem__(self, index: int) -> Delivery: ...
    @overload
    def __getitem__(self, index: slice) -> list[Delivery]: ...
    def __getitem__(self, index: int | slice) -> Delivery | list[Delivery]:
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Delivery]:
        return iter(list(self._items))

    def __repr__(self) -> str:
        return f"Deliveries({len(self._items)})"

    def add_listener(self, listener: Callable[[Delivery], None]) -> None:
        """Call ``listener(delivery)`` for every new delivery, in-process and in server mode."""
        self._listeners.append(listener)

    def clear(self) -> None:
        self._items.clear()
        self._counter = 0

    def filter(self, type: str | None = None, webhook_id: str | None = None) -> list[Delivery]:
        return [
            d
            for d in self._items
            if (type is None or d.type == type)
            and (webhook_id is None or d.webhook_id == webhook_id)
        ]

    def wait(self, timeout: float = 10.0) -> None:
        """Wait until every HTTP POST started so far has finished (server mode)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            pending, self._pending = self._pending, []
        for thread in pending:
            thread.join(max(0.0, deadline - time.monotonic()))

    def make(
        self,
        state: State,
        calendar_id: str,
        changes: Sequence[tuple[str, Record]],
        now: datetime,
        *,
        post: bool,
    ) -> list[Delivery]:
        """The deliveries for ``changes`` made on ``calendar_id``; POSTed when ``post``."""
        webhooks = list(state.table(calendar_id, "webhooks").values())
        if not webhooks or not changes:
            return []
        from luma_client.testing import sign_webhook

        projectors = _webhook_types()
        made: list[Delivery] = []
        for kind, data in changes:
            project = projectors.get(kind)
            if project is None:
                continue  # a change no public webhook type announces
            for webhook in webhooks:
                types = webhook.get("event_types") or []
                if webhook.get("status") != "active" or not ("*" in types or kind in types):
                    continue
                body = json.dumps(
                    project({"type": kind, "data": data}), separators=(",", ":")
                ).encode()
                self._counter += 1
                msg_id = (
                    "msg_"
                    + hashlib.blake2b(
                        f"{state.seed}:{state.generation}:{self._counter}".encode(), digest_size=12
                    ).hexdigest()
                )
                headers = {"content-type": "application/json"}
                headers.update(sign_webhook(body, webhook["secret"], msg_id=msg_id, timestamp=now))
                made.append(Delivery(webhook["id"], webhook["url"], kind, headers, body, now))
        for delivery in made:
            self._items.append(delivery)
            for listener in self._listeners:
                listener(delivery)
        if post:
            sendable = [d for d in made if is_loopback_url(d.url)]
            if sendable:
                thread = threading.Thread(
                    target=_post_all, args=(sendable,), name="luma-fake webhooks", daemon=True
                )
                with self._lock:
                    self._pending.append(thread)
                thread.start()
        return made


def _post_all(deliveries: list[Delivery]) -> None:
    import httpx

    with httpx.Client(timeout=_TIMEOUT, trust_env=False) as client:
        for delivery in deliveries:
            for attempt in range(MAX_ATTEMPTS):
                try:
                    status = client.post(
                        delivery.url, content=delivery.body, headers=delivery.headers
                    ).status_code
                    delivery.attempts.append(status)
                    if 200 <= status < 300:
                        break
                except httpx.HTTPError as exc:
                    delivery.attempts.append(type(exc).__name__)
                if attempt < len(RETRY_DELAYS):
                    time.sleep(RETRY_DELAYS[attempt])
