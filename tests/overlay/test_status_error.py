"""luma_client._raising.status_error / validation_error: the class, the message, and redaction."""

from __future__ import annotations

import json
import time
from email.utils import formatdate
from urllib.parse import quote

import httpx
import pytest

from luma_client._constants import MAX_ERROR_MESSAGE_CHARS, REDACTED
from luma_client._exceptions import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    LumaError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from luma_client._raising import status_error, validation_error

KEY = "secret-Xk3v9QpL2mN8rT5w"
SECRETS = (KEY,)


def error_response(
    status: int,
    body: bytes | str = b"",
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    content = body.encode() if isinstance(body, str) else body
    return httpx.Response(status, headers=headers, content=content)


def json_response(
    status: int, payload: object, headers: dict[str, str] | None = None
) -> httpx.Response:
    return error_response(
        status, json.dumps(payload), {"content-type": "application/json", **(headers or {})}
    )


# -- which class ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (501, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (504, InternalServerError),
        (520, InternalServerError),  # Cloudflare; not in http.HTTPStatus
        (599, InternalServerError),
        (402, APIStatusError),
        (405, APIStatusError),
        (409, APIStatusError),
        (418, APIStatusError),
        (499, APIStatusError),  # not in http.HTTPStatus either
        (302, APIStatusError),  # "The API never redirects": a redirect is an error too
    ],
)
def test_status_picks_the_exception_class(status: int, cls: type[APIStatusError]) -> None:
    err = status_error(json_response(status, {"message": "boom", "code": None}), secrets=SECRETS)
    assert type(err) is cls
    assert isinstance(err, APIStatusError)
    assert isinstance(err, LumaError)
    assert err.status_code == status
    assert err.message == "boom"


# -- message and code -----------------------------------------------------------------


def test_luma_error_body_gives_message_and_code() -> None:
    err = status_error(
        json_response(404, {"message": "Event not found.", "code": "event_not_found"}),
        secrets=SECRETS,
    )
    assert err.message == "Event not found."
    assert err.code == "event_not_found"
    assert str(err) == "HTTP 404 Not Found: Event not found. (code: event_not_found)"
    assert repr(err) == (
        "NotFoundError(status_code=404, message='Event not found.', code='event_not_found')"
    )
    assert err.args == ("Event not found.",)


def test_null_code_is_none_and_str_has_no_code() -> None:
    err = status_error(
        json_response(400, {"message": "Invalid request.", "code": None}), secrets=()
    )
    assert err.code is None
    assert str(err) == "HTTP 400 Bad Request: Invalid request."


@pytest.mark.parametrize(("raw", "expected"), [(42, "42"), (True, None), ({"a": 1}, None)])
def test_non_string_codes(raw: object, expected: str | None) -> None:
    err = status_error(json_response(400, {"message": "m", "code": raw}), secrets=())
    assert err.code == expected


def test_error_field_is_used_when_message_is_missing() -> None:
    err = status_error(json_response(403, {"error": "Not your calendar"}), secrets=())
    assert err.message == "Not your calendar"


@pytest.mark.parametrize(
    ("status", "body", "headers", "expected"),
    [
        (500, b"", None, "HTTP 500 Internal Server Error"),
        (520, b"", None, "HTTP 520"),
        (502, b"   \n", None, "HTTP 502 Bad Gateway"),
        (
            502,
            b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
            {"content-type": "text/html"},
            "HTTP 502 Bad Gateway",
        ),
        (520, b"<!DOCTYPE html><html>cloudflare</html>", None, "HTTP 520"),
        (
            503,
            b"<html>maintenance</html>",
            {"content-type": "text/html; charset=utf-8"},
            "HTTP 503 Service Unavailable",
        ),
        (400, b'{"detail": 7}', {"content-type": "application/json"}, "HTTP 400 Bad Request"),
        (400, b'{"message": ""}', {"content-type": "application/json"}, "HTTP 400 Bad Request"),
        (400, b'{"message": 12}', {"content-type": "application/json"}, "HTTP 400 Bad Request"),
        (400, b'["a", "b"]', {"content-type": "application/json"}, "HTTP 400 Bad Request"),
        (400, b'"just a string"', {"content-type": "application/json"}, "HTTP 400 Bad Request"),
        (400, b"null", {"content-type": "application/json"}, "HTTP 400 Bad Request"),
    ],
)
def test_bodies_without_a_usable_message_name_the_status(
    status: int, body: bytes, headers: dict[str, str] | None, expected: str
) -> None:
    err = status_error(error_response(status, body, headers), secrets=SECRETS)
    assert err.message == expected
    assert str(err) == expected  # the status line is not repeated
    assert err.body == body.decode()


def test_plain_text_body_becomes_the_message() -> None:
    err = status_error(error_response(503, "upstream connect error\n  reset"), secrets=())
    assert err.message == "upstream connect error reset"
    assert str(err) == "HTTP 503 Service Unavailable: upstream connect error reset"


def test_truncated_json_falls_back_to_its_text() -> None:
    err = status_error(
        error_response(500, '{"message": "Invalid requ', {"content-type": "application/json"}),
        secrets=(),
    )
    assert type(err) is InternalServerError
    assert err.message == '{"message": "Invalid requ'
    assert err.code is None


def test_long_messages_are_shortened_but_body_is_kept() -> None:
    text = "x" * 5000
    err = status_error(error_response(500, text), secrets=())
    assert len(err.message) == MAX_ERROR_MESSAGE_CHARS
    assert err.message.endswith("...")
    assert err.body == text


def test_undecodable_bytes_do_not_break_the_mapping() -> None:
    err = status_error(error_response(500, b"\xff\xfe\x00garbage"), secrets=())
    assert type(err) is InternalServerError
    assert err.status_code == 500


def test_unread_streaming_response_gives_status_line_without_reading() -> None:
    response = httpx.Response(500, stream=httpx.ByteStream(b'{"message": "hidden"}'))
    err = status_error(response, secrets=())
    assert err.message == "HTTP 500 Internal Server Error"
    assert err.body == ""
    assert not response.is_stream_consumed


def test_exceptions_do_not_keep_the_request() -> None:
    request = httpx.Request(
        "GET", "https://api.test/v1/events/get", headers={"x-luma-api-key": KEY}
    )
    response = httpx.Response(404, json={"message": "nope"}, request=request)
    err = status_error(response, secrets=SECRETS)
    assert not any(
        isinstance(value, httpx.Request | httpx.Response) for value in vars(err).values()
    )


# -- retry_after ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "60"}, 60.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250", "Retry-After": "60"}, 0.25),
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": "-5"}, None),
        ({}, None),
    ],
)
def test_rate_limit_error_parses_retry_after(
    headers: dict[str, str], expected: float | None
) -> None:
    err = status_error(json_response(429, {"message": "Too many"}, headers), secrets=())
    assert isinstance(err, RateLimitError)
    assert err.retry_after == expected
    assert f"retry_after={expected!r}" in repr(err)


def test_rate_limit_error_parses_http_date_retry_after() -> None:
    date = formatdate(time.time() + 120, usegmt=True)
    err = status_error(json_response(429, {"message": "slow"}, {"Retry-After": date}), secrets=())
    assert isinstance(err, RateLimitError)
    assert err.retry_after is not None
    assert 100 < err.retry_after <= 120


# -- redaction ------------------------------------------------------------------------


def echoing_response() -> httpx.Response:
    """A 401 whose body and headers echo the key in every way a server might."""
    body = json.dumps(
        {
            "message": f"Invalid API key {KEY}",
            "code": f"bad_key:{KEY}",
            "echo": {"x-luma-api-key": KEY},
        }
    )
    return httpx.Response(
        401,
        headers=[
            ("content-type", "application/json"),
            ("x-echo", f"key={KEY}"),
            ("x-luma-api-key", KEY),
            ("set-cookie", "session=abc"),
            ("www-authenticate", f'apikey realm="luma" key="{KEY}"'),
            ("x-request-id", "req-123"),
        ],
        content=body.encode(),
    )


def assert_no_key(err: BaseException, *, key: str = KEY) -> None:
    texts = [str(err), repr(err), *map(str, err.args)]
    for attr in ("message", "code", "body"):
        value = getattr(err, attr, None)
        if value is not None:
            texts.append(value)
    headers = getattr(err, "headers", None)
    if headers is not None:
        texts.extend(f"{name}: {value}" for name, value in headers.multi_items())
    for text in texts:
        assert key not in text, text


def test_echoed_key_is_redacted_everywhere() -> None:
    err = status_error(echoing_response(), secrets=SECRETS)
    assert type(err) is AuthenticationError
    assert_no_key(err)
    assert err.message == f"Invalid API key {REDACTED}"
    assert err.code == f"bad_key:{REDACTED}"
    assert REDACTED in err.body
    assert json.loads(err.body)["echo"]["x-luma-api-key"] == REDACTED
    assert err.headers["x-echo"] == f"key={REDACTED}"
    assert err.headers["x-luma-api-key"] == REDACTED
    assert err.headers["set-cookie"] == REDACTED  # a credential even without the key in it
    assert err.headers["www-authenticate"] == f'apikey realm="luma" key="{REDACTED}"'
    assert err.headers["x-request-id"] == "req-123"  # harmless headers are kept


def test_key_echoed_in_plain_text_and_html_is_redacted() -> None:
    text_err = status_error(error_response(400, f"bad key {KEY}"), secrets=SECRETS)
    assert_no_key(text_err)
    assert text_err.message == f"bad key {REDACTED}"
    html_err = status_error(
        error_response(500, f"<html>{KEY}</html>", {"content-type": "text/html"}), secrets=SECRETS
    )
    assert_no_key(html_err)


def test_escaped_and_percent_encoded_echoes_are_redacted() -> None:
    key = "secret-ab/cd+ef"
    body = '{"message": "bad key secret-ab\\/cd+ef", "url": "https://x/?k=' + quote(key, safe="")
    err = status_error(error_response(401, body + '"}'), secrets=(key,))
    assert_no_key(err, key=key)
    assert quote(key, safe="") not in err.body
    assert "secret-ab\\/cd+ef" not in err.body
    assert err.message == f"bad key {REDACTED}"


def test_every_secret_is_redacted_old_and_new() -> None:
    old, new = "secret-old-key-000", "secret-new-key-111"
    err = status_error(error_response(400, f"{old} then {new}"), secrets=(new, old))
    assert err.message == f"{REDACTED} then {REDACTED}"


def test_redaction_happens_before_truncation() -> None:
    # If the message were cut first, a prefix of the key would survive the cut.
    text = "x" * (MAX_ERROR_MESSAGE_CHARS - 20) + KEY + "tail"  # the cut falls inside the key
    err = status_error(error_response(400, text), secrets=SECRETS)
    assert KEY[:8] not in err.message
    assert KEY[:8] not in str(err)


def test_rate_limit_error_is_redacted_too() -> None:
    response = json_response(429, {"message": f"slow down {KEY}"}, {"Retry-After": "60"})
    err = status_error(response, secrets=SECRETS)
    assert isinstance(err, RateLimitError)
    assert_no_key(err)
    assert err.retry_after == 60.0


# -- response validation --------------------------------------------------------------


def test_validation_error_from_a_response_is_redacted() -> None:
    response = httpx.Response(200, content=f'{{"event": {{"id": "{KEY}"'.encode())
    err = validation_error(response, f"truncated JSON near {KEY}", secrets=SECRETS)
    assert isinstance(err, APIResponseValidationError)
    assert err.status_code == 200
    assert_no_key(err)
    assert (
        str(err) == f"HTTP 200 OK response does not fit its model: truncated JSON near {REDACTED}"
    )
    assert "status_code=200" in repr(err)


def test_validation_error_with_message_only() -> None:
    err = APIResponseValidationError("list_events: missing field 'entries'")
    assert str(err) == "list_events: missing field 'entries'"
    assert err.status_code is None
    assert err.body == ""


# -- the server's stated cause, and where the request went ---------------------------------


def test_the_message_names_method_path_and_the_mocks_violations() -> None:
    violations = json.dumps(
        [
            {
                "location": ["request", "query"],
                "severity": "Error",
                "code": "required",
                "message": "must have required property 'event_id'",
            }
        ]
    )
    response = error_response(422, b"", {"sl-violations": violations})
    request = httpx.Request("GET", "https://api.test/v1/events/get?event_id=")
    err = status_error(response, secrets=SECRETS, request=request)
    assert err.message == "request.query: must have required property 'event_id'"
    assert str(err) == (
        "HTTP 422 Unprocessable Entity on GET /v1/events/get: "
        "request.query: must have required property 'event_id'"
    )
    assert "event_id=" not in str(err)  # the query string may hold personal data


def test_a_problem_json_detail_is_the_cause() -> None:
    body = {"type": "about:blank", "title": "Not Found", "detail": "No route /v1/v1/events/get"}
    response = error_response(404, json.dumps(body), {"content-type": "application/problem+json"})
    err = status_error(response, secrets=(), request=httpx.Request("GET", "https://x/v1/v1/e"))
    assert err.message == "Not Found: No route /v1/v1/events/get"
    assert str(err).startswith("HTTP 404 Not Found on GET /v1/v1/e: Not Found: No route")


def test_a_message_and_violations_are_both_kept() -> None:
    violations = json.dumps([{"location": ["request", "body"], "message": "must be string"}])
    response = json_response(400, {"message": "Invalid request"}, {"sl-violations": violations})
    err = status_error(response, secrets=())
    assert err.message == "Invalid request; request.body: must be string"


@pytest.mark.parametrize("header", ["not json", "{}", "[1, 2]", '[{"location": 3}]'])
def test_unusable_violations_headers_are_ignored(header: str) -> None:
    err = status_error(error_response(422, b"", {"sl-violations": header}), secrets=())
    assert err.message == "HTTP 422 Unprocessable Entity"
