"""Call a generated operation and get its success model, or a typed exception.

Non-2xx statuses and transport failures are already raised as typed exceptions by the
transport ``connect()`` installs (see ``_raising.py``); what is left here is the success path:
a 2xx body the generated parser could not decode becomes ``APIResponseValidationError``.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import ParamSpec, Protocol, TypeVar

from ._exceptions import APIResponseValidationError
from ._raising import Received, last_received, reset_last_received, validation_error

__all__ = ["DECODE_ERRORS", "acall", "call", "decode_failure", "unwrap"]

P = ParamSpec("P")
T_co = TypeVar("T_co", covariant=True)

# What the generated from_dict/fromisoformat code raises on a body that does not fit the model.
DECODE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, json.JSONDecodeError)


class _Parsed(Protocol[T_co]):
    """The generated ``Response[T]``, seen read-only so that ``T`` can be inferred."""

    @property
    def parsed(self) -> T_co | None: ...


def unwrap(response: _Parsed[T_co], operation: Callable[..., object]) -> T_co:
    """The parsed model of a generated ``Response``; a status without one is a decode failure."""
    parsed = response.parsed
    if parsed is None:
        raise decode_failure(
            operation,
            "the spec documents no success model for this status; nothing was decoded",
            last_received(),
        )
    return parsed


def decode_failure(
    operation: Callable[..., object], reason: str, received: Received | None
) -> APIResponseValidationError:
    """The error for a body ``operation`` could not decode, quoting ``received`` redacted."""
    message = f"{_name(operation)}: the response body does not match the spec's model ({reason})"
    if received is None:
        return APIResponseValidationError(message)
    response, secrets = received
    return validation_error(response, message, secrets=secrets)


def _name(operation: Callable[..., object]) -> str:
    module = getattr(operation, "__module__", "") or ""
    return module.rsplit(".", 1)[-1] or getattr(operation, "__name__", "operation")


def call(operation: Callable[P, _Parsed[T_co]], /, *args: P.args, **kwargs: P.kwargs) -> T_co:
    """Run a generated ``sync_detailed`` function and return its parsed success model.

    Raises the ``APIStatusError`` family for non-2xx statuses, ``APIConnectionError`` /
    ``APITimeoutError`` when the server cannot be reached in time, and
    ``APIResponseValidationError`` when a 2xx body does not decode into the model.
    """
    token = reset_last_received()
    try:
        try:
            response = operation(*args, **kwargs)
        except DECODE_ERRORS as exc:
            received = last_received()
            if received is None:
                raise  # raised while building the request: the caller's input, not the server
            failure = decode_failure(operation, f"{type(exc).__name__}: {exc}", received)
        else:
            return unwrap(response, operation)
        # Raised outside the handler so the original error (which may quote the raw body and
        # an echoed key) is not kept as __context__.
        raise failure
    finally:
        token.var.reset(token)


async def acall(
    operation: Callable[P, Awaitable[_Parsed[T_co]]], /, *args: P.args, **kwargs: P.kwargs
) -> T_co:
    """Async twin of :func:`call` for a generated ``asyncio_detailed`` function."""
    token = reset_last_received()
    try:
        try:
            response = await operation(*args, **kwargs)
        except DECODE_ERRORS as exc:
            received = last_received()
            if received is None:
                raise
            failure = decode_failure(operation, f"{type(exc).__name__}: {exc}", received)
        else:
            return unwrap(response, operation)
        raise failure
    finally:
        token.var.reset(token)
