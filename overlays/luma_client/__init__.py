"""luma_client: the hand-written layer that makes the generated ``luma_api`` client safe to use.

    luma = luma_client.Luma()                           # key from $LUMA_API_KEY
    event = luma.events.get(event_id="evt-...")
    for guest in luma.events.guests.list(event_id=event.id):
        ...

Lower level, on the generated functions: ``connect()``, ``call()``, ``paginate()``.
Everything not listed in ``__all__`` is private.
"""

import typing

from ._call import acall, call
from ._client import connect
from ._drift import ResponseDriftWarning
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InternalServerError,
    LumaError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    WebhookParseError,
    WebhookVerificationError,
)
from ._pagination import AsyncPaginator, Paginator, apaginate, paginate
from ._ratelimit import RateLimit
from ._raw import RawResponse
from ._signing import verify_webhook
from ._spec import spec_path
from ._time import format_duration, parse_duration, to_luma_datetime
from ._version import __version__
from ._webhooks import WebhookEvent, parse_webhook

if typing.TYPE_CHECKING:
    from ._connected import ConnectedClient
    from ._facade import AsyncLuma, Luma

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncLuma",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConnectedClient",
    "InternalServerError",
    "Luma",
    "LumaError",
    "NotFoundError",
    "PaginationError",
    "Paginator",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "ResponseDriftWarning",
    "UnprocessableEntityError",
    "WebhookEvent",
    "WebhookParseError",
    "WebhookVerificationError",
    "__version__",
    "acall",
    "apaginate",
    "call",
    "connect",
    "format_duration",
    "paginate",
    "parse_duration",
    "parse_webhook",
    "spec_path",
    "to_luma_datetime",
    "verify_webhook",
]


if not typing.TYPE_CHECKING:  # hidden from type checkers, which would accept any name through it

    def __getattr__(name: str) -> object:
        """``Luma``, ``AsyncLuma`` and ``ConnectedClient`` build on the generated package, so
        they load on first use: ``import luma_client`` stays as cheap as the functions it offers."""
        if name in {"Luma", "AsyncLuma"}:
            from . import _facade

            return getattr(_facade, name)
        if name == "ConnectedClient":
            from ._connected import ConnectedClient

            return ConnectedClient
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
