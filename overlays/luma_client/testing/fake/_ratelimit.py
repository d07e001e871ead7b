"""Luma's rate limit, on the fake's clock.

Luma allows 200 requests a minute per calendar for calendar keys and 500 a minute per
organization for organization keys; GET and POST share the budget. The fake counts in
fixed windows: a window opens with the first request and lasts one period. The request over
the limit is answered 429 and the budget holder is blocked for one more period from then,
answered 429 with ``Retry-After`` until it ends. Every authenticated answer carries
``X-RateLimit-Limit``, ``-Remaining`` and ``-Reset``.

``X-RateLimit-Reset`` is sent as seconds until the window (or block) ends (whole seconds
for Luma's minute; milliseconds are kept for shorter test windows): Luma does
not document the format, and a delta stays right even when the fake's clock is not the
caller's wall clock (the default clock starts in January 2026).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from luma_client import RateLimit

from ._store import KeyGrant

__all__ = [
    "CALENDAR_KEY_LIMIT",
    "ORGANIZATION_KEY_LIMIT",
    "Budgets",
    "Verdict",
    "resolve_rate_limit",
]

CALENDAR_KEY_LIMIT = RateLimit(200, 60)
ORGANIZATION_KEY_LIMIT = RateLimit(500, 60)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The rate limit's answer to one request."""

    allowed: bool
    limit: int
    remaining: int
    reset_seconds: float

    def headers(self) -> list[tuple[str, str]]:
        left = max(0.0, self.reset_seconds)
        headers = [
            ("x-ratelimit-limit", str(self.limit)),
            ("x-ratelimit-remaining", str(self.remaining)),
            # milliseconds kept, so that a window shorter than a second (tests) stays exact
            ("x-ratelimit-reset", f"{math.ceil(left * 1000) / 1000:g}"),
        ]
        if not self.allowed:
            headers.append(("retry-after", str(math.ceil(left))))  # HTTP: whole seconds
        return headers


@dataclass(slots=True)
class _Window:
    start: float
    count: int = 0
    blocked_until: float = -math.inf


@dataclass
class Budgets:
    """The windows of every budget holder: a calendar (calendar keys) or an organization
    (organization keys, all of its keys together).

    ``calendar`` overrides Luma's 200/min for calendar keys; organization keys get
    ``organization`` (Luma's 500/min scaled by the same factor when only ``calendar`` is
    given, so a custom limit keeps the two in Luma's proportion).
    """

    calendar: RateLimit
    organization: RateLimit
    _windows: dict[str, _Window] = field(default_factory=dict, repr=False)

    def clear(self) -> None:
        self._windows.clear()

    def check(self, grant: KeyGrant, now: float) -> Verdict:
        if grant.kind == "organization":  # Luma: 500 a minute per organization
            limit, holder = self.organization, "organization:" + grant.organization_id
        else:
            limit, holder = self.calendar, "calendar:" + grant.calendar_id
        period = limit.period_seconds
        window = self._windows.get(holder)
        if window is None or (now >= window.start + period and now >= window.blocked_until):
            window = self._windows[holder] = _Window(start=now)
        if now < window.blocked_until:
            return Verdict(False, limit.requests, 0, window.blocked_until - now)
        if window.count >= limit.requests:
            window.blocked_until = now + period
            return Verdict(False, limit.requests, 0, period)
        window.count += 1
        return Verdict(
            True, limit.requests, limit.requests - window.count, window.start + period - now
        )


def resolve_rate_limit(rate_limit: int | RateLimit | None) -> Budgets | None:
    """``FakeLuma(rate_limit=...)``: requests per minute, a ``RateLimit``, or None (off)."""
    if rate_limit is None:
        return None
    if isinstance(rate_limit, bool) or not isinstance(rate_limit, int | RateLimit):
        raise TypeError(
            "rate_limit must be requests per minute (int), a luma_client.RateLimit or None, "
            f"got {rate_limit!r}"
        )
    if isinstance(rate_limit, int):
        if rate_limit < 1:
            raise ValueError(f"rate_limit must be at least 1 request per minute, got {rate_limit}")
        rate_limit = RateLimit(rate_limit, 60)
    organization = RateLimit(
        max(1, round(rate_limit.requests * ORGANIZATION_KEY_LIMIT.requests / 200)),
        rate_limit.period_seconds,
    )
    if rate_limit == CALENDAR_KEY_LIMIT:
        organization = ORGANIZATION_KEY_LIMIT
    return Budgets(calendar=rate_limit, organization=organization)


def rate_limit_option(text: str) -> int | None:
    """``--rate-limit N``: requests per minute per calendar key, ``0`` for off."""
    import argparse

    if not text.isdigit():
        raise argparse.ArgumentTypeError(
            f"--rate-limit must be a whole number of requests per minute (0: off), got {text!r}"
        )
    return int(text) or None
