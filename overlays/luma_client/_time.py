"""Turn Python dates and durations into what Luma expects, failing before anything is sent.

Luma reads and writes instants as UTC ISO 8601 strings with milliseconds and ``Z``
(``2025-07-08T17:00:00.000Z``) and durations as ISO 8601 durations, expanded in
responses (``P0Y0M0DT1H0M0S``) and usually short in requests (``PT2H``).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Final

from ._exceptions import ConfigurationError

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

__all__ = ["format_duration", "parse_duration", "to_luma_datetime"]


def to_luma_datetime(value: datetime, timezone: str | None = None) -> str:
    """Format an instant the way Luma wants it: UTC, milliseconds, ``Z``.

    Pass either an aware datetime (any offset; ``timezone`` must then be None) or a
    naive wall-clock time plus the IANA ``timezone`` it is in, e.g.
    ``to_luma_datetime(datetime(2025, 7, 8, 13), "America/New_York")``.

    Wall-clock times around daylight-saving changes are handled deliberately. A time
    that does not exist (skipped when clocks spring forward, e.g. 02:30 on the US spring
    change) raises ``ConfigurationError``: guessing would silently move an event by an hour. A
    time that exists twice (when clocks fall back) means its first occurrence, the one
    still on summer time (``fold=0``); pass an aware datetime to choose the second.
    Precision below a millisecond is truncated.
    """
    if not isinstance(value, datetime):
        raise ConfigurationError(f"expected a datetime, got {type(value).__name__}")
    if value.utcoffset() is not None:
        if timezone is not None:
            raise ConfigurationError(
                f"got an aware datetime and timezone={timezone!r}; pass a naive datetime "
                "with a timezone, or an aware datetime alone"
            )
        instant = value
    else:
        if timezone is None:
            raise ConfigurationError(
                f"naive datetime {value.isoformat()} is ambiguous: pass the IANA time zone "
                "it is in (e.g. timezone='America/New_York') or an aware datetime"
            )
        instant = _localize(value, _zone(timezone), timezone)
    try:
        utc = instant.astimezone(UTC)
    except OverflowError:
        raise ConfigurationError(
            f"{value.isoformat()} is out of range once converted to UTC"
        ) from None
    return utc.replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"


def _zone(name: str) -> ZoneInfo:
    # Imported here: zoneinfo pulls in sysconfig (~2.5 ms) and only time conversions need it.
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not isinstance(name, str):
        raise ConfigurationError(
            f"timezone must be an IANA zone name (str), got {type(name).__name__}"
        )
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigurationError(
            f"unknown time zone {name!r}: expected an IANA name such as 'Europe/Berlin'"
        ) from None


def _localize(naive: datetime, zone: ZoneInfo, name: str) -> datetime:
    local = naive.replace(tzinfo=zone, fold=0)
    # A wall-clock time inside a spring-forward gap does not survive a round trip
    # through UTC; one inside a fall-back overlap does, with fold=0 picking the first.
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive.replace(fold=0):
        raise ConfigurationError(
            f"{naive.isoformat()} does not exist in {name}: clocks skip it when "
            "daylight-saving time starts; pick another time or pass an aware datetime"
        )
    return local


_DURATION: Final = re.compile(
    r"P(?!$)"
    r"(?:(?P<years>\d+(?:[.,]\d+)?)Y)?"
    r"(?:(?P<months>\d+(?:[.,]\d+)?)M)?"
    r"(?:(?P<weeks>\d+(?:[.,]\d+)?)W)?"
    r"(?:(?P<days>\d+(?:[.,]\d+)?)D)?"
    r"(?:T(?!$)"
    r"(?:(?P<hours>\d+(?:[.,]\d+)?)H)?"
    r"(?:(?P<minutes>\d+(?:[.,]\d+)?)M)?"
    r"(?:(?P<seconds>\d+(?:[.,]\d+)?)S)?"
    r")?",
    re.ASCII,
)

_MICROSECONDS: Final = {
    "weeks": 7 * 86_400_000_000,
    "days": 86_400_000_000,
    "hours": 3_600_000_000,
    "minutes": 60_000_000,
    "seconds": 1_000_000,
}


def parse_duration(text: str) -> timedelta:
    """Parse an ISO 8601 duration such as ``PT2H``, ``P1DT12H30M`` or ``P0Y0M0DT1H0M0S``.

    Weeks and decimal fractions (on the last component only, as ISO 8601 requires) are
    accepted. Years and months have no fixed length, so a non-zero value raises
    ``ConfigurationError``; zeros, as in Luma's expanded form, are fine. Negative durations are
    not ISO 8601 and are rejected. Sub-microsecond digits are rounded half to even.
    """
    if not isinstance(text, str):
        raise ConfigurationError(f"expected an ISO 8601 duration string, got {type(text).__name__}")
    match = _DURATION.fullmatch(text)
    if match is None:
        raise ConfigurationError(
            f"invalid ISO 8601 duration {text!r}: expected a form such as 'PT2H', 'P7D' "
            "or 'P1DT12H30M'"
        )
    parts = {name: value for name, value in match.groupdict().items() if value is not None}
    if any(("." in value or "," in value) for value in list(parts.values())[:-1]):
        raise ConfigurationError(
            f"invalid ISO 8601 duration {text!r}: only the last component may have a fraction"
        )
    amounts = {name: Decimal(value.replace(",", ".")) for name, value in parts.items()}
    for unit in ("years", "months"):
        if amounts.pop(unit, 0):
            raise ConfigurationError(
                f"duration {text!r} has a non-zero number of {unit}, whose length varies; "
                "it cannot be a timedelta (express it in days instead)"
            )
    total = sum((amount * _MICROSECONDS[name] for name, amount in amounts.items()), Decimal(0))
    try:
        return timedelta(microseconds=int(total.to_integral_value()))
    except (OverflowError, InvalidOperation):
        raise ConfigurationError(f"duration {text!r} is too large for a timedelta") from None


def format_duration(value: timedelta) -> str:
    """Format a non-negative timedelta as a short ISO 8601 duration.

    Zero components are left out (``PT2H``, ``P1DT12H30M``, ``PT0.5S``; zero is
    ``PT0S``) and days are not folded into weeks. ``parse_duration`` reverses it exactly.
    """
    if not isinstance(value, timedelta):
        raise ConfigurationError(f"expected a timedelta, got {type(value).__name__}")
    if value < timedelta(0):
        raise ConfigurationError(f"ISO 8601 durations cannot be negative, got {value!r}")
    if not value:
        return "PT0S"
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    date = f"{value.days}D" if value.days else ""
    time = ""
    if hours:
        time += f"{hours}H"
    if minutes:
        time += f"{minutes}M"
    if seconds or value.microseconds:
        fraction = f".{value.microseconds:06d}".rstrip("0") if value.microseconds else ""
        time += f"{seconds}{fraction}S"
    return f"P{date}" + (f"T{time}" if time else "")
