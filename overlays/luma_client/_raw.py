"""``RawResponse``: the HTTP response of one call, decoded only when asked.

``luma.with_raw_response.events.get(...)`` returns it, for callers who need the status, the
headers (``X-RateLimit-*``) or the body as sent, and the typed model only sometimes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from ._call import decode_response

__all__ = ["RawResponse", "raw_response"]

T = TypeVar("T")


class RawResponse(httpx.Response, Generic[T]):
    """The ``httpx.Response`` itself (status, headers, ``.json()``), plus :meth:`parse`."""

    _decode: Callable[[], T]

    def parse(self) -> T:
        """The operation's success model, or ``APIResponseValidationError`` if it does not fit."""
        return self._decode()


def raw_response(
    response: httpx.Response, operation: Callable[..., object], client: Any, http: Any
) -> RawResponse[Any]:
    """Wrap ``response`` (already read) so that ``parse()`` decodes it as ``call()`` would."""

    def decode() -> Any:
        return decode_response(operation, client, http, response)

    raw: RawResponse[Any] = RawResponse.__new__(RawResponse)
    raw.__dict__.update(response.__dict__)  # the same response, every field, as this subclass
    raw._decode = decode
    return raw
