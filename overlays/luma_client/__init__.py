"""luma_client: the hand-written layer that makes the generated ``luma_api`` client safe to use.

    client = luma_client.connect()                      # key from $LUMA_API_KEY
    event = luma_client.call(get_event.sync_detailed, client=client, event_id="evt-...")
    for guest in luma_client.paginate(list_event_guests.sync_detailed, client=client, event_id=...):
        ...

Everything not listed in ``__all__`` is private.
"""

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
    WebhookVerificationError,
)
from ._pagination import AsyncPaginator, Paginator, apaginate, paginate
from ._ratelimit import RateLimit
from ._signing import verify_webhook
from ._spec import spec_path
from ._time import format_duration, parse_duration, to_luma_datetime
from ._version import __version__
from ._webhooks import WebhookEvent, parse_webhook

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
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
