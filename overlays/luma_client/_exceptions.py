"""The exception classes of ``luma_client``, and nothing else.

Building them from a response (choosing the class, quoting the server's cause, redacting the
key) is done in ``_raising.py``; the key itself is removed by ``_redact.py``. No exception keeps
an ``httpx.Request`` or ``httpx.Response``: their headers carry the key.

    LumaError
    ├── ConfigurationError (also a ValueError)   bad argument or setting, raised before sending
    ├── PaginationError                          the server's cursors cannot be followed safely
    ├── WebhookParseError (also a ValueError)    a webhook body this package cannot parse
    ├── APIConnectionError                       no usable response arrived
    │   └── APITimeoutError
    ├── APIResponseValidationError               a 2xx body that does not fit its model
    └── APIStatusError                           a non-2xx response
        ├── BadRequestError            400
        ├── AuthenticationError        401
        ├── PermissionDeniedError      403
        ├── NotFoundError              404
        ├── UnprocessableEntityError   422
        ├── RateLimitError             429 (retry_after)
        └── InternalServerError        5xx
"""

from __future__ import annotations

from http import HTTPStatus

import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "InternalServerError",
    "LumaError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "WebhookParseError",
    "WebhookVerificationError",
    "status_line",
]


class LumaError(Exception):
    """Base class of every exception raised by ``luma_client``."""


class ConfigurationError(LumaError, ValueError):
    """A bad argument or setting (missing or malformed API key, bad base URL, bad limit ...).

    Raised before anything is sent. It is also a ``ValueError``, so code that already catches
    ``ValueError`` for bad input keeps working.
    """


class PaginationError(LumaError):
    """The server's pagination cannot be followed safely (e.g. it repeats a cursor)."""


class WebhookParseError(LumaError, ValueError):
    """A webhook delivery is not a payload this package knows how to parse."""


class WebhookVerificationError(LumaError, ValueError):
    """A webhook delivery's signature headers do not prove it was sent with the secret.

    A sibling of ``WebhookParseError``, not a kind of it: a forged or replayed request is
    refused before its body is read. ``reason`` is a stable code for logs and metrics
    (``missing_header``, ``malformed_header``, ``timestamp_too_old``, ``timestamp_in_future``,
    ``no_matching_signature``, ``bad_secret``); the message never holds the secret or body.
    """

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason

    def __repr__(self) -> str:
        return f"{type(self).__name__}(reason={self.reason!r}, message={self.message!r})"


class APIConnectionError(LumaError):
    """No usable response arrived: DNS, TCP, TLS or protocol failure."""

    def __init__(self, message: str = "Connection error.") -> None:
        super().__init__(message)
        self.message = message


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""

    def __init__(self, message: str = "Request timed out.") -> None:
        super().__init__(message)


class APIResponseValidationError(LumaError):
    """A 2xx response whose body does not decode into the expected model.

    Raised for invalid or truncated JSON, missing fields and wrong types: the server and
    the spec disagree, and returning half a model would hide it.
    """

    def __init__(self, message: str, *, status_code: int | None = None, body: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.body = body

    def __str__(self) -> str:
        if self.status_code is None:
            return self.message
        return f"{status_line(self.status_code)} response does not fit its model: {self.message}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class APIStatusError(LumaError):
    """A non-2xx response. Subclasses exist for the statuses worth catching by type.

    ``message`` is the server's stated cause (Luma's ``{"message": ..., "code": ...}`` body,
    a problem+json ``detail``, a mock's ``sl-violations``) or the status line when it states
    none; ``code`` is Luma's code. ``method`` and ``path`` name the request (no query
    string). ``body`` is the full response text and ``headers`` the response headers, both
    with secrets replaced by ``[REDACTED]``. ``str()`` puts all of it on one line.
    """

    def __init__(
        self,
        status_code: int,
        message: str,
        *,
        code: str | None = None,
        headers: httpx.Headers | None = None,
        body: str = "",
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message
        self.code = code
        self.headers = headers if headers is not None else httpx.Headers()
        self.body = body
        self.method = method
        self.path = path

    def __str__(self) -> str:
        status = status_line(self.status_code)
        line = f"{status} on {self.method} {self.path}" if self.method and self.path else status
        text = line if self.message == status else f"{line}: {self.message}"
        return text if self.code is None else f"{text} (code: {self.code})"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, "
            f"message={self.message!r}, code={self.code!r})"
        )


class BadRequestError(APIStatusError):
    """400: the request is malformed or was refused as invalid."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key is valid but may not do this (other calendar, no Luma Plus ...)."""


class NotFoundError(APIStatusError):
    """404: no such route or object."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but its content was rejected."""


class RateLimitError(APIStatusError):
    """429: too many requests. Luma then blocks the key for a minute.

    ``retry_after`` is the delay in seconds the server asked for (``retry-after-ms`` or
    ``Retry-After``), or None when it gave none.
    """

    def __init__(
        self,
        status_code: int,
        message: str,
        *,
        code: str | None = None,
        headers: httpx.Headers | None = None,
        body: str = "",
        method: str | None = None,
        path: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            status_code, message, code=code, headers=headers, body=body, method=method, path=path
        )
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return f"{super().__repr__()[:-1]}, retry_after={self.retry_after!r})"


class InternalServerError(APIStatusError):
    """5xx, including statuses outside the standard list such as Cloudflare's 520."""


def status_line(status: int) -> str:
    """``HTTP 404 Not Found``, or ``HTTP 520`` for a status without a standard phrase."""
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"
