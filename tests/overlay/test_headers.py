"""Tests for luma_client._headers: every rate-limit header the server may send, parsed once."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import formatdate

import httpx
import pytest

from luma_client._headers import parse_remaining, parse_reset, parse_retry_after

NOW = 1_750_000_000.0  # injected wall clock (epoch seconds) for absolute dates
WALL = NOW


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "7"}, 7.0),
        ({"retry-after": "7.25"}, 7.25),
        ({"RETRY-AFTER-MS": "1500"}, 1.5),
        ({"Retry-After": " 7 "}, 7.0),
        ({"Retry-After": formatdate(NOW + 90, usegmt=True)}, 90.0),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),
        ({"Retry-After": "1e3"}, None),
        ({"Retry-After": "nan"}, None),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": "9" * 400}, None),  # float() of it is inf
        ({"retry-after-ms": "9" * 400, "Retry-After": "5"}, None),
        ({"Retry-After": ""}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers), now=lambda: NOW) == expected


def test_parse_retry_after_wants_ascii_digits() -> None:
    headers = httpx.Headers({b"Retry-After": "\u0661\u0662".encode()})  # Arabic-Indic "12"
    assert headers["retry-after"] == "\u0661\u0662"
    assert parse_retry_after(headers, now=lambda: NOW) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("30", 30.0),
        (str(int(WALL + 30)), 30.0),
        (str(int(WALL + 30) * 1000), 30.0),
        ("2025-06-15T15:07:00Z", datetime(2025, 6, 15, 15, 7, tzinfo=UTC).timestamp() - WALL),
        ("2025-06-15T17:07:00+02:00", datetime(2025, 6, 15, 15, 7, tzinfo=UTC).timestamp() - WALL),
        ("yesterday", None),
        ("1e3", None),
        ("nan", None),
        ("", None),
    ],
)
def test_parse_reset(value: str, expected: float | None) -> None:
    result = parse_reset(value, now=WALL)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(max(expected, 0.0))


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0", 0.0), ("12", 12.0), (" 3 ", 3.0), ("-1", None), ("many", None), ("", None)],
)
def test_parse_remaining(value: str, expected: float | None) -> None:
    assert parse_remaining(httpx.Headers({"X-RateLimit-Remaining": value})) == expected


def test_an_http_date_reset_is_read_like_a_retry_after_date() -> None:
    date = formatdate(NOW + 42, usegmt=True)
    assert parse_reset(date, now=NOW) == pytest.approx(42.0)
    assert parse_retry_after(httpx.Headers({"Retry-After": date}), now=lambda: NOW) == 42.0
