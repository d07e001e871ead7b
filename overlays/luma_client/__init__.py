"""luma_client: the hand-written layer that makes the generated ``luma_api`` client safe to use.

    client = luma_client.connect()                      # key from $LUMA_API_KEY
    event = luma_client.call(get_event.sync_detailed, client=client, event_id="evt-...")
    for guest in luma_client.paginate(list_event_guests.sync_detailed, client=client, event_id=...):
        ...

Everything not listed in ``__all__`` is private.
"""

import typing as _typing

from ._call import acall, call
from ._client import connect
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
)
from ._pagination import AsyncPaginator, Paginator, apaginate, paginate
from ._ratelimit import RateLimit
from ._spec import spec_path
from ._time import format_duration, parse_duration, to_luma_datetime
from ._version import __version__
from ._webhooks import WebhookEvent, parse_webhook

if _typing.TYPE_CHECKING:
    from ._connected import ConnectedClient

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConnectedClient",
    "InternalServerError",
    "LumaError",
    "NotFoundError",
    "PaginationError",
    "Paginator",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "UnprocessableEntityError",
    "WebhookEvent",
    "WebhookParseError",
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
]


def __getattr__(name: str) -> _typing.Any:
    # ConnectedClient subclasses the generated client; importing it on first use keeps
    # `import luma_client` from importing the generated package.
    if name == "ConnectedClient":
        from ._connected import ConnectedClient

        globals()[name] = ConnectedClient
        return ConnectedClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
