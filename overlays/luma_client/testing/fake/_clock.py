"""The fake's clock: injectable, and deterministic by default.

A clock is any callable returning an aware UTC ``datetime``. The default, ``SteppingClock``,
starts at a fixed instant (2026-01-05T09:00:00.000Z) and moves one second forward each time
it is read (once per request), so two runs with the same requests see the same timestamps and
every write gets its own ``created_at``. Pass ``clock=lambda: datetime.now(UTC)`` for real time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

__all__ = ["DEFAULT_START", "Clock", "SteppingClock", "iso", "parse_iso", "wire_form"]

Clock = Callable[[], dt.datetime]

DEFAULT_START = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)


def _forward(delta: dt.timedelta | float) -> dt.timedelta:
    """``delta`` (seconds or a ``timedelta``) as a step forward; the clocks never go back."""
    step = delta if isinstance(delta, dt.timedelta) else dt.timedelta(seconds=delta)
    if step < dt.timedelta(0):
        raise ValueError("the clock only moves forward")
    return step


class SteppingClock:
    """Returns ``start``, then ``start + step``, ``start + 2 * step`` … one per reading."""

    def __init__(
        self,
        start: dt.datetime = DEFAULT_START,
        step: dt.timedelta = dt.timedelta(seconds=1),
    ) -> None:
        if start.tzinfo is None:
            raise ValueError("the clock's start must be timezone-aware")
        self.start = start.astimezone(dt.UTC)
        self.step = step
        self._next = self.start

    def __call__(self) -> dt.datetime:
        now = self._next
        self._next = now + self.step
        return now

    def reset(self) -> None:
        self._next = self.start

    def advance(self, delta: dt.timedelta | float) -> None:
        """Jump forward (a ``timedelta`` or seconds), e.g. to let a token expire in a test."""
        self._next += _forward(delta)

    def peek(self) -> dt.datetime:
        """The time the next reading will give, without moving the clock (the rate limit's
        view of "now", so that counting a request does not cost it a step)."""
        return self._next


class OffsetClock:
    """A caller's clock (e.g. the wall clock) that ``advance`` can still move forward: the
    jumps add up to an offset added to every reading, so tests need not sleep."""

    def __init__(self, source: Clock) -> None:
        self._source = source
        self._offset = dt.timedelta(0)

    def __call__(self) -> dt.datetime:
        return self._source() + self._offset

    def reset(self) -> None:
        self._offset = dt.timedelta(0)

    def advance(self, delta: dt.timedelta | float) -> None:
        """Jump forward (a ``timedelta`` or seconds)."""
        self._offset += _forward(delta)

    def peek(self) -> dt.datetime:
        return self()


FakeClock = SteppingClock | OffsetClock
"""The clock a ``FakeLuma`` keeps: readable like a callable, and ``advance(seconds)``."""


def iso(moment: dt.datetime) -> str:
    """Luma's wire form: UTC, milliseconds, ``Z``."""
    if moment.tzinfo is not dt.UTC:
        moment = moment.astimezone(dt.UTC)
    return moment.isoformat(timespec="milliseconds")[:-6] + "Z"  # "+00:00" becomes "Z"


#: Luma's wire form exactly: what ``iso`` writes.
_WIRE_FORM = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


def wire_form(text: str, moment: dt.datetime) -> str:
    """``iso(moment)`` for ``moment`` read from ``text``: ``text`` itself when it already is
    in the wire form, as clients mostly send it (matching costs a fifth of formatting)."""
    return text if _WIRE_FORM.fullmatch(text) else iso(moment)


_FRACTION = re.compile(r"(\.\d{6})\d+")


def parse_iso(text: str) -> dt.datetime:
    """An RFC 3339 date-time from a request (``Z`` or an offset) as an aware UTC datetime.

    Raises ``ValueError`` for text Python cannot read (the spec's check came first).
    """
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:  # RFC 3339 that Python does not read as it is
        text = _FRACTION.sub(r"\1", text.upper())
        if text[17:19] == "60":  # a leap second: Python has none
            text = text[:17] + "59" + text[19:]
        moment = dt.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)
