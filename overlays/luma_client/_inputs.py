"""Refuse a request whose parameters are empty before it is sent.

The generated functions send whatever string they are given, so ``event_id=""`` reaches the
server and comes back as an unhelpful 4xx. No Luma query parameter means anything when empty,
and neither does an empty identifier in a JSON body (``id``, ``*_id``), so those are refused
here, by name. Other body fields may legitimately be empty (a description cleared on purpose).
"""

from __future__ import annotations

import json

import httpx

from ._exceptions import ConfigurationError

__all__ = ["check_request"]


def check_request(request: httpx.Request) -> None:
    """Raise ``ConfigurationError`` naming the first empty parameter or identifier."""
    for name, value in request.url.params.multi_items():
        if not value.strip():
            raise ConfigurationError(_message(name, value, request))
    if request.method != "GET" and "json" in request.headers.get("content-type", ""):
        try:
            body = json.loads(request.content) if request.content else None
        except (ValueError, httpx.RequestNotRead):
            return
        if isinstance(body, dict):
            for name, value in body.items():
                is_identifier = name == "id" or name.endswith("_id")
                if is_identifier and isinstance(value, str) and not value.strip():
                    raise ConfigurationError(_message(name, value, request))


def _message(name: str, value: str, request: httpx.Request) -> str:
    state = "empty" if not value else "only whitespace"
    return (
        f"{name} is {state} in {request.method} {request.url.path}; pass a real value "
        "(nothing was sent)"
    )
