"""``RawResponse``: the HTTP response of one call, decoded only when asked.

``luma.with_raw_response.events.get(...)`` returns it, for callers who need the status, the
headers (``X-RateLimit-*``) or the body as sent, and the typed model only sometimes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

import httpx

from ._call import DECODE_ERRORS, decode_failure

__all__ = ["RawResponse", "raw_response"]

T = TypeVar("T")


class _Parser(Protocol):
    """The ``_parse_response`` of a generated operation module."""

    def __call__(self, *, client: Any, response: httpx.Response) -> Any: ...


class RawResponse(httpx.Response, Generic[T]):
    """The ``httpx.Response`` itself (status, headers, ``.json()``), plus :meth:`parse`."""

    _decode: Callable[[], T]

    def parse(self) -> T:
        """The operation's success model, or ``APIResponseValidationError`` if it does not fit."""
        return self._decode()


def raw_response(
    response: httpx.Response,
    operation: Callable[..., object],
    parser: _Parser,
    client: Any,
    secrets: tuple[str, ...],
) -> RawResponse[Any]:
    """Wrap ``response`` (already read) so that ``parse()`` decodes it with ``parser``."""

    def decode() -> Any:
        try:
            parsed = parser(client=client, response=response)
        except DECODE_ERRORS as exc:
            failure = decode_failure(operation, f"{type(exc).__name__}: {exc}", (response, secrets))
        else:
            if parsed is not None:
                return parsed
            failure = decode_failure(operation, "no success model for this status", None)
        raise failure  # outside the handler: the decoder's error may quote the body

    raw: RawResponse[Any] = RawResponse.__new__(RawResponse)
    raw.__dict__.update(response.__dict__)  # the same response, every field, as this subclass
    raw._decode = decode
    return raw
