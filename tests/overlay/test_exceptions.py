"""luma_client._exceptions: the hierarchy, and what each exception shows."""

from __future__ import annotations

import httpx

from luma_client._exceptions import (
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


def test_hierarchy_matches_the_design() -> None:
    for cls in (ConfigurationError, PaginationError, APIConnectionError, APIStatusError):
        assert issubclass(cls, LumaError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIResponseValidationError, LumaError)
    assert not issubclass(APIResponseValidationError, APIStatusError)
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        UnprocessableEntityError,
        RateLimitError,
        InternalServerError,
    ):
        assert issubclass(cls, APIStatusError)


def test_bad_arguments_are_value_errors_too() -> None:
    assert issubclass(ConfigurationError, ValueError)
    assert issubclass(ConfigurationError, LumaError)
    assert issubclass(WebhookParseError, ValueError)


def test_status_error_names_method_path_and_cause() -> None:
    err = NotFoundError(404, "Event not found", method="GET", path="/v1/v1/events/get")
    assert str(err) == "HTTP 404 Not Found on GET /v1/v1/events/get: Event not found"
    assert (err.method, err.path) == ("GET", "/v1/v1/events/get")


def test_status_error_without_a_cause_shows_the_status_line_once() -> None:
    err = APIStatusError(418, "HTTP 418 I'm a Teapot", method="POST", path="/v1/x")
    assert str(err) == "HTTP 418 I'm a Teapot on POST /v1/x"
    err = RateLimitError(429, "slow", code="rate", headers=httpx.Headers(), retry_after=2.0)
    assert str(err) == "HTTP 429 Too Many Requests: slow (code: rate)"


def test_connection_errors_have_useful_messages() -> None:
    assert str(APIConnectionError()) == "Connection error."
    assert str(APITimeoutError()) == "Request timed out."
    assert APITimeoutError("read timed out").message == "read timed out"
