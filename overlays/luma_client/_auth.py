"""API-key authentication as an ``httpx.Auth``, so the key is applied per request.

The generated ``AuthenticatedClient`` freezes its token into the client's headers the
first time it builds an httpx client; an auth flow reads the key on every request
instead, which is what makes rotation at runtime possible.
"""

from __future__ import annotations

import threading
from collections.abc import Generator
from typing import Final

import httpx

from ._constants import REDACTED
from ._exceptions import ConfigurationError

__all__ = ["API_KEY_HEADER", "CALENDAR_ID_HEADER", "MIN_API_KEY_LENGTH", "LumaAuth"]

API_KEY_HEADER: Final = "x-luma-api-key"
CALENDAR_ID_HEADER: Final = "x-luma-calendar-id"
#: Shorter keys are refused: they are not real keys, and redacting them would mangle messages.
MIN_API_KEY_LENGTH: Final = 8


class LumaAuth(httpx.Auth):
    """Sends ``x-luma-api-key`` on every request, and ``x-luma-calendar-id`` when set.

    The calendar id selects a calendar for organization keys. ``rotate()`` swaps the key
    for all later requests, including those of other threads and tasks: the key and
    calendar id live in one tuple that is replaced whole, so a request never sees half
    of a change. ``secrets`` lists every key this object has held, so that a response to
    a request sent just before a rotation is still redacted. The key never appears in
    ``repr()`` or in validation errors.
    """

    def __init__(self, api_key: str, *, calendar_id: str | None = None) -> None:
        _check_api_key(api_key)
        if calendar_id is not None:
            _check_calendar_id(calendar_id)
        self._lock = threading.Lock()
        self._state: tuple[str, str | None] = (api_key, calendar_id)
        self._secrets: tuple[str, ...] = (api_key,)

    def rotate(self, api_key: str) -> None:
        """Use ``api_key`` for every request sent from now on."""
        _check_api_key(api_key)
        with self._lock:
            if api_key not in self._secrets:
                # Publish the new secret before the key itself, so that no response to a
                # request carrying it can be redacted without it.
                self._secrets = (api_key, *self._secrets)
            self._state = (api_key, self._state[1])

    @property
    def calendar_id(self) -> str | None:
        """The calendar organization-key requests act on; None sends no header."""
        return self._state[1]

    @calendar_id.setter
    def calendar_id(self, calendar_id: str | None) -> None:
        if calendar_id is not None:
            _check_calendar_id(calendar_id)
        with self._lock:
            self._state = (self._state[0], calendar_id)

    @property
    def secrets(self) -> tuple[str, ...]:
        """Every API key this object has sent, newest first, for redaction."""
        return self._secrets

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        api_key, calendar_id = self._state
        request.headers[API_KEY_HEADER] = api_key
        if calendar_id is not None:
            request.headers[CALENDAR_ID_HEADER] = calendar_id
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_key={REDACTED!r}, calendar_id={self.calendar_id!r})"


def _check_api_key(api_key: object) -> None:
    # Messages describe the problem but never quote the value: it is a secret.
    if not isinstance(api_key, str):
        raise ConfigurationError(f"The Luma API key must be a str, not {type(api_key).__name__}.")
    if not api_key.strip():
        raise ConfigurationError("The Luma API key is empty.")
    if len(api_key) < MIN_API_KEY_LENGTH:
        # Luma's keys are long; redacting a very short one would mangle every message it
        # occurs in ("Event" -> "Ev[REDACTED]nt").
        raise ConfigurationError(
            f"The Luma API key is {len(api_key)} characters long; real keys have at least "
            f"{MIN_API_KEY_LENGTH}. Is it truncated?"
        )
    problem = _header_problem(api_key)
    if problem:
        raise ConfigurationError(f"The Luma API key {problem}; it cannot be sent in a header.")


def _check_calendar_id(calendar_id: object) -> None:
    if not isinstance(calendar_id, str):
        raise ConfigurationError(f"calendar_id must be a str, not {type(calendar_id).__name__}.")
    if not calendar_id.strip():
        raise ConfigurationError("calendar_id is empty; pass None to send no calendar id.")
    problem = _header_problem(calendar_id)
    if problem:
        raise ConfigurationError(f"calendar_id {problem}; it cannot be sent in a header.")


def _header_problem(value: str) -> str | None:
    """Why ``value`` is unfit for an HTTP header, or None. Keys are visible ASCII only."""
    if any(char in "\r\n" for char in value):
        return "contains a line break (a trailing newline from a file or env var?)"
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in value):
        return "contains a control character"
    if any(char.isspace() for char in value):
        return "contains whitespace"
    if not value.isascii():
        return "contains non-ASCII characters"
    return None
