"""Dates on the command line: ISO dates or datetimes in, UTC (or ``--tz``) ISO strings out."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["display_time", "parse_instant", "zone"]

_UTC_ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z")


def zone(name: str | None) -> tzinfo:
    """The IANA zone ``name`` (UTC when None); a clear error for an unknown name."""
    if name is None:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"--tz {name!r} is not an IANA time zone (e.g. Europe/Berlin)") from None


def parse_instant(text: str, tz: tzinfo, *, option: str) -> datetime:
    """``2026-05-01`` (midnight) or ``2026-05-01T18:30[+02:00]``; no offset means ``tz``."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        try:
            value = datetime.combine(date.fromisoformat(text), datetime.min.time())
        except ValueError:
            raise ValueError(
                f"{option} {text!r} is not an ISO date or datetime (e.g. 2026-05-01 or "
                "2026-05-01T18:30)"
            ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(UTC)


def display_time(value: object, tz: tzinfo) -> str:
    """An API timestamp shown in ``tz`` as ISO 8601 (seconds precision); '' when absent."""
    if value is None or value == "":
        return ""
    if tz is UTC and isinstance(value, str) and _UTC_ISO.fullmatch(value):
        return value[:19] + "Z"  # already UTC: skip parsing (exports format thousands)
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    shown = moment.astimezone(tz).replace(microsecond=0)
    return shown.isoformat().replace("+00:00", "Z") if tz is UTC else shown.isoformat()
