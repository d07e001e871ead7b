"""The exception hierarchy, and the one function that maps an error response onto it.

Luma has been seen echoing the submitted API key in error bodies, so everything an
exception stores (message, code, body, headers) is redacted before it is stored. No
exception keeps the ``httpx.Request``: its headers carry the key.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from http import HTTPStatus
from typing import Final
from urllib.parse import quote

import httpx

from ._constants import MAX_ERROR_MESSAGE_CHARS, REDACTED
from ._retry import parse_retry_after

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
    "redact",
    "status_error",
    "validation_error",
]

#: Header values dropped whatever they contain: they are credentials by definition.
_SENSITIVE_HEADERS: Final = frozenset(
    {"x-luma-api-key", "authorization", "proxy-authorization", "cookie", "set-cookie"}
)


class LumaError(Exception):
    """Base class of every exception raised by ``luma_client``."""


class ConfigurationError(LumaError):
    """The client was set up wrongly (missing or malformed API key, bad base URL ...)."""


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
        return f"{_status_line(self.status_code)} response does not fit its model: {self.message}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class APIStatusError(LumaError):
    """A non-2xx response. Subclasses exist for the statuses worth catching by type.

    ``message`` and ``code`` come from Luma's ``{"message": ..., "code": ...}`` error
    body when there is one. ``body`` is the full response text and ``headers`` the
    response headers, both with secrets replaced by ``[REDACTED]``.
    """

    def __init__(
        self,
        status_code: int,
        message: str,
        *,
        code: str | None = None,
        headers: httpx.Headers | None = None,
        body: str = "",
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message
        self.code = code
        self.headers = headers if headers is not None else httpx.Headers()
        self.body = body

    def __str__(self) -> str:
        line = _status_line(self.status_code)
        text = self.message if self.message.startswith(line) else f"{line}: {self.message}"
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
        retry_after: float | None = None,
    ) -> None:
        super().__init__(status_code, message, code=code, headers=headers, body=body)
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return f"{super().__repr__()[:-1]}, retry_after={self.retry_after!r})"


class InternalServerError(APIStatusError):
    """5xx, including statuses outside the standard list such as Cloudflare's 520."""


_BY_STATUS: Final[dict[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def redact(text: str, secrets: Iterable[str]) -> str:
    """Replace every occurrence of each secret in ``text`` with ``[REDACTED]``.

    Besides the literal value this also catches the forms a server may echo it in: JSON
    with escaped slashes or non-ASCII, and percent-encoding. Empty secrets are ignored.
    """
    variants: set[str] = set()
    for secret in secrets:
        if secret:
            variants.update(_echo_forms(secret))
    for variant in sorted(variants, key=len, reverse=True):
        text = text.replace(variant, REDACTED)
    return text


def _echo_forms(secret: str) -> set[str]:
    as_json = json.dumps(secret)[1:-1]
    return {
        secret,
        as_json,
        as_json.replace("/", "\\/"),
        json.dumps(secret, ensure_ascii=False)[1:-1],
        quote(secret, safe=""),
    }


def status_error(response: httpx.Response, *, secrets: Iterable[str]) -> APIStatusError:
    """Build the exception for a non-2xx ``response`` whose body has been read.

    The class is chosen by status: the named 4xx subclasses, ``InternalServerError`` for
    every status >= 500, plain ``APIStatusError`` for any other. The message is Luma's
    ``message`` (or ``error``) field when the body is a JSON object that has one, the
    text itself (whitespace collapsed) when the body is plain text, and otherwise (empty
    body, HTML error page, JSON without a message) a line naming the status. Messages
    and codes are cut to ``MAX_ERROR_MESSAGE_CHARS``; ``body`` is kept whole. Every
    secret is redacted from message, code, body and header values before anything is
    stored. An unread streaming response is treated as having an empty body rather
    than read here.
    """
    secrets = tuple(secrets)
    status = response.status_code
    try:
        text = response.text
    except httpx.ResponseNotRead:
        text = ""
    message, code = _message_and_code(response, text)
    headers = _redacted_headers(response.headers, secrets)
    message = _shorten(redact(message, secrets))
    code = None if code is None else _shorten(redact(code, secrets))
    body = redact(text, secrets)

    if status >= 500:
        cls: type[APIStatusError] = InternalServerError
    else:
        cls = _BY_STATUS.get(status, APIStatusError)
    if cls is RateLimitError:
        return RateLimitError(
            status,
            message,
            code=code,
            headers=headers,
            body=body,
            retry_after=parse_retry_after(headers),
        )
    return cls(status, message, code=code, headers=headers, body=body)


def validation_error(
    response: httpx.Response, reason: str, *, secrets: Iterable[str]
) -> APIResponseValidationError:
    """Build the exception for a 2xx ``response`` that does not decode into its model.

    ``reason`` says what is wrong (e.g. the decoder's error message); it and the body are
    redacted like everything in ``status_error``.
    """
    secrets = tuple(secrets)
    try:
        text = response.text
    except httpx.ResponseNotRead:
        text = ""
    return APIResponseValidationError(
        _shorten(redact(reason, secrets)),
        status_code=response.status_code,
        body=redact(text, secrets),
    )


def _message_and_code(response: httpx.Response, text: str) -> tuple[str, str | None]:
    fallback = _status_line(response.status_code)
    stripped = text.strip()
    if not stripped:
        return fallback, None
    try:
        data = json.loads(stripped)
    except ValueError:
        content_type = response.headers.get("content-type", "")
        if "html" in content_type or stripped.startswith("<"):
            return fallback, None
        return " ".join(stripped.split()), None
    if not isinstance(data, dict):
        return fallback, None
    message = next(
        (data[key] for key in ("message", "error") if isinstance(data.get(key), str)), None
    )
    raw_code = data.get("code")
    code = None
    if isinstance(raw_code, str | int) and not isinstance(raw_code, bool):
        code = str(raw_code)
    return (message.strip() or fallback) if message else fallback, code


def _status_line(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def _shorten(text: str) -> str:
    if len(text) <= MAX_ERROR_MESSAGE_CHARS:
        return text
    return text[: MAX_ERROR_MESSAGE_CHARS - 3] + "..."


def _redacted_headers(headers: httpx.Headers, secrets: tuple[str, ...]) -> httpx.Headers:
    return httpx.Headers(
        [
            (name, REDACTED if name.lower() in _SENSITIVE_HEADERS else redact(value, secrets))
            for name, value in headers.multi_items()
        ]
    )
