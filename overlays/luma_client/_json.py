"""JSON decoding of response bodies: msgspec for speed, the standard library as the referee.

Parsing a 100-guest page with ``json.loads`` costs about as much as building its models, so
responses that pass through the overlay's transports decode with msgspec's JSON decoder: about
twice as fast, building the Python objects directly (no intermediate document, so no transient
memory beyond the result, unlike orjson). msgspec is stricter than the standard library (no
``NaN``, no numbers beyond a double's range), so whatever it refuses is handed to
``json.loads``: the result, or the error, is always what ``json.loads`` would give.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import msgspec

__all__ = ["JSONResponse", "loads", "use_fast_json"]


_decoder = msgspec.json.Decoder()


def loads(content: bytes | str) -> Any:
    """Decode a JSON document exactly as ``json.loads`` would, but faster."""
    try:
        return _decoder.decode(content)
    except msgspec.DecodeError:
        return json.loads(content)


class JSONResponse(httpx.Response):
    """An ``httpx.Response`` whose ``json()`` decodes with :func:`loads`.

    The generated code decodes every success body with ``response.json()``; this is where the
    overlay can make that faster without touching generated code.
    """

    def json(self, **kwargs: Any) -> Any:
        if kwargs:  # options only the standard library understands
            return super().json(**kwargs)
        return loads(self.content)


def use_fast_json(response: httpx.Response) -> httpx.Response:
    """Make ``response.json()`` use :func:`loads`; a caller's own subclass is left alone."""
    if type(response) is httpx.Response:
        response.__class__ = JSONResponse
    return response
