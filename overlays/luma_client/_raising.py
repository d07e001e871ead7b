"""The outermost transport: every failure leaves the client as a typed ``LumaError``.

It refuses a request with an empty parameter before sending it (``_inputs.py``).

Sitting at the top of the transport stack (above retries and rate limiting) means that even
the raw generated functions raise typed exceptions, that the generated code never sees a
non-2xx response (it would crash on statuses such as 520 that ``http.HTTPStatus`` lacks), and
that the API key is redacted from anything the exception keeps.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Final

import httpx

from ._constants import MAX_ERROR_MESSAGE_CHARS, REDACTED
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    LumaError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    status_line,
)
from ._headers import parse_retry_after
from ._inputs import check_request
from ._redact import redact
from ._transport import WrappingTransport

__all__ = [
    "RaisingTransport",
    "status_error",
    "validation_error",
]

#: Header values dropped whatever they contain: they are credentials by definition.
_SENSITIVE_HEADERS: Final = frozenset(
    {"x-luma-api-key", "authorization", "proxy-authorization", "cookie", "set-cookie"}
)


def _request_error(exc: httpx.RequestError, secrets: Iterable[str]) -> LumaError:
    """The typed error for an httpx failure below us, its text redacted."""
    if isinstance(exc, httpx.DecodingError):
        # A body whose Content-Encoding does not decode (e.g. corrupt gzip): the server answered,
        # but with nothing usable.
        detail = redact(str(exc), secrets)
        return APIResponseValidationError(
            f"the response body could not be decoded (DecodingError: {detail})"
        )
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"request timed out ({type(exc).__name__})")
    detail = redact(str(exc), secrets)
    return APIConnectionError(f"could not reach the server ({type(exc).__name__}: {detail})")


def _is_success(status_code: int) -> bool:
    return 200 <= status_code < 300


class RaisingTransport(WrappingTransport):
    """Wrap a sync and/or async transport; raise typed errors instead of returning failures."""

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        secrets: Callable[[], Iterable[str]],
    ) -> None:
        super().__init__(inner)
        self._secrets = secrets

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._sync_inner()
        check_request(request)
        try:
            response = inner.handle_request(request)
            try:
                response.read()  # JSON API: read here so a broken body is a typed error too
            finally:
                response.close()
        except httpx.RequestError as exc:
            failure = _request_error(exc, self._secrets())
        else:
            return self._settle(request, response)
        raise failure  # outside the handler: the unredacted original is not kept as __context__

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._async_inner()
        check_request(request)
        try:
            response = await inner.handle_async_request(request)
            try:
                await response.aread()
            finally:
                await response.aclose()
        except httpx.RequestError as exc:
            failure = _request_error(exc, self._secrets())
        else:
            return self._settle(request, response)
        raise failure

    def _settle(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        secrets = tuple(self._secrets())
        if not _is_success(response.status_code):
            raise status_error(response, secrets=secrets, request=request)
        return response


# -- building the exceptions ----------------------------------------------------------


_BY_STATUS: Final[dict[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(
    response: httpx.Response, *, secrets: Iterable[str], request: httpx.Request | None = None
) -> APIStatusError:
    """Build the exception for a non-2xx ``response`` whose body has been read.

    The class is chosen by status: the named 4xx subclasses, ``InternalServerError`` for
    every status >= 500, plain ``APIStatusError`` for any other. The message is the server's
    stated cause: Luma's ``message`` (or ``error``) field, a problem+json ``detail`` (with its
    ``title``), the text itself (whitespace collapsed) for a plain-text body, and the mock's
    ``sl-violations`` header when present; with none of these (empty body, HTML error page)
    it is a line naming the status. ``request`` gives the method and path the message names
    (never the query, which may hold personal data). Messages and codes are cut to
    ``MAX_ERROR_MESSAGE_CHARS``; ``body`` is kept whole. Every secret is redacted from
    message, code, body and header values before anything is stored. An unread streaming
    response is treated as having an empty body rather than read here.
    """
    secrets = tuple(secrets)
    status = response.status_code
    try:
        text = response.text
    except httpx.ResponseNotRead:
        text = ""
    cause, code = _message_and_code(response, text)
    violations = _violations(response.headers.get("sl-violations", ""))
    message = "; ".join(part for part in (cause, violations) if part) or status_line(status)
    headers = _redacted_headers(response.headers, secrets)
    message = _shorten(redact(message, secrets))
    code = None if code is None else _shorten(redact(code, secrets))
    body = redact(text, secrets)
    method = None if request is None else request.method
    path = None if request is None else redact(request.url.path, secrets)

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
            method=method,
            path=path,
            retry_after=parse_retry_after(headers),
        )
    return cls(status, message, code=code, headers=headers, body=body, method=method, path=path)


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


def _message_and_code(response: httpx.Response, text: str) -> tuple[str | None, str | None]:
    """The cause the body states, and its code; None when the body states none."""
    stripped = text.strip()
    if not stripped:
        return None, None
    try:
        data = json.loads(stripped)
    except ValueError:
        content_type = response.headers.get("content-type", "")
        if "html" in content_type or stripped.startswith("<"):
            return None, None
        return " ".join(stripped.split()), None
    if not isinstance(data, dict):
        return None, None
    message = next(
        (data[key].strip() for key in ("message", "error") if _text(data.get(key))), None
    )
    if message is None and _text(data.get("detail")):  # RFC 9457 problem+json
        title = data["title"].strip() if _text(data.get("title")) else None
        detail = data["detail"].strip()
        message = detail if title is None or title == detail else f"{title}: {detail}"
    raw_code = data.get("code")
    code = None
    if isinstance(raw_code, str | int) and not isinstance(raw_code, bool):
        code = str(raw_code)
    return message, code


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _violations(header: str) -> str | None:
    """The request problems a Prism mock lists in its ``sl-violations`` header, as one line."""
    try:
        data = json.loads(header) if header.strip() else None
    except ValueError:
        return None
    if not isinstance(data, list):
        return None
    lines = []
    for item in data:
        if not isinstance(item, dict) or not _text(item.get("message")):
            continue
        location = item.get("location")
        where = ".".join(str(p) for p in location) if isinstance(location, list) else ""
        lines.append(f"{where}: {item['message']}" if where else str(item["message"]))
    return "; ".join(lines) or None


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
