"""Datetimes to Luma's UTC strings (including DST edges), and ISO 8601 durations."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from luma_client import ConfigurationError
from luma_client._time import format_duration, parse_duration, to_luma_datetime

NEW_YORK = "America/New_York"
BERLIN = "Europe/Berlin"

# -- to_luma_datetime -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2025, 7, 8, 17, 0, tzinfo=UTC), "2025-07-08T17:00:00.000Z"),
        (
            datetime(2025, 7, 8, 19, 0, tzinfo=timezone(timedelta(hours=2))),
            "2025-07-08T17:00:00.000Z",
        ),
        (
            datetime(2025, 7, 8, 23, 30, tzinfo=timezone(timedelta(hours=-5))),
            "2025-07-09T04:30:00.000Z",
        ),
        (
            datetime(2025, 7, 8, 17, 0, 5, 123999, tzinfo=UTC),
            "2025-07-08T17:00:05.123Z",
        ),  # truncated
        (datetime(2025, 7, 8, 23, 59, 59, 999999, tzinfo=UTC), "2025-07-08T23:59:59.999Z"),
        (datetime(2025, 7, 8, 13, 0, tzinfo=ZoneInfo(NEW_YORK)), "2025-07-08T17:00:00.000Z"),
        (datetime(5, 1, 2, 3, 4, 5, tzinfo=UTC), "0005-01-02T03:04:05.000Z"),
    ],
)
def test_aware_datetimes_become_utc_with_milliseconds(value: datetime, expected: str) -> None:
    assert to_luma_datetime(value) == expected


@pytest.mark.parametrize(
    ("value", "zone", "expected"),
    [
        (datetime(2025, 7, 8, 13, 0), NEW_YORK, "2025-07-08T17:00:00.000Z"),  # EDT, UTC-4
        (datetime(2025, 1, 8, 13, 0), NEW_YORK, "2025-01-08T18:00:00.000Z"),  # EST, UTC-5
        (datetime(2025, 7, 8, 19, 0), BERLIN, "2025-07-08T17:00:00.000Z"),  # CEST, UTC+2
        (datetime(2025, 1, 8, 19, 0), BERLIN, "2025-01-08T18:00:00.000Z"),  # CET, UTC+1
        (datetime(2025, 12, 31, 23, 30), BERLIN, "2025-12-31T22:30:00.000Z"),
        (datetime(2025, 1, 1, 0, 30), NEW_YORK, "2025-01-01T05:30:00.000Z"),
        (datetime(2025, 7, 8, 17, 0), "UTC", "2025-07-08T17:00:00.000Z"),
        # Just outside the gaps and overlaps: ordinary times.
        (datetime(2025, 3, 9, 1, 59, 59), NEW_YORK, "2025-03-09T06:59:59.000Z"),
        (datetime(2025, 3, 9, 3, 0), NEW_YORK, "2025-03-09T07:00:00.000Z"),
        (datetime(2025, 3, 30, 3, 0), BERLIN, "2025-03-30T01:00:00.000Z"),
    ],
)
def test_naive_wall_time_in_a_zone(value: datetime, zone: str, expected: str) -> None:
    assert to_luma_datetime(value, zone) == expected


@pytest.mark.parametrize(
    ("value", "zone"),
    [
        (datetime(2025, 3, 9, 2, 0), NEW_YORK),  # clocks jump 02:00 -> 03:00
        (datetime(2025, 3, 9, 2, 30), NEW_YORK),
        (datetime(2025, 3, 9, 2, 59, 59, 999999), NEW_YORK),
        (datetime(2025, 3, 30, 2, 30), BERLIN),
        (datetime(2025, 3, 30, 2, 30, fold=1), BERLIN),
    ],
)
def test_time_in_a_dst_gap_is_rejected(value: datetime, zone: str) -> None:
    with pytest.raises(ValueError, match=f"does not exist in {zone}"):
        to_luma_datetime(value, zone)


@pytest.mark.parametrize(
    ("value", "zone", "first"),
    [
        # 01:30 happens twice in New York on 2025-11-02: EDT (05:30Z), then EST (06:30Z).
        (datetime(2025, 11, 2, 1, 30), NEW_YORK, "2025-11-02T05:30:00.000Z"),
        (datetime(2025, 11, 2, 1, 30, fold=1), NEW_YORK, "2025-11-02T05:30:00.000Z"),
        # 02:30 happens twice in Berlin on 2025-10-26: CEST (00:30Z), then CET (01:30Z).
        (datetime(2025, 10, 26, 2, 30), BERLIN, "2025-10-26T00:30:00.000Z"),
    ],
)
def test_time_in_a_fold_means_its_first_occurrence(value: datetime, zone: str, first: str) -> None:
    assert to_luma_datetime(value, zone) == first


def test_second_occurrence_of_a_fold_needs_an_aware_datetime() -> None:
    second = datetime(2025, 11, 2, 1, 30, fold=1, tzinfo=ZoneInfo(NEW_YORK))
    assert to_luma_datetime(second) == "2025-11-02T06:30:00.000Z"


def test_naive_without_zone_is_rejected_with_a_hint() -> None:
    with pytest.raises(ValueError, match="timezone=") as caught:
        to_luma_datetime(datetime(2025, 7, 8, 13, 0))
    assert "aware datetime" in str(caught.value)
    assert "2025-07-08T13:00:00" in str(caught.value)


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "EST5EDT6", "", "../../etc/passwd", "/abs"])
def test_unknown_zone_is_named(zone: str) -> None:
    with pytest.raises(ValueError, match="unknown time zone") as caught:
        to_luma_datetime(datetime(2025, 7, 8, 13, 0), zone)
    assert repr(zone) in str(caught.value)


def test_aware_datetime_with_a_zone_is_ambiguous() -> None:
    with pytest.raises(ValueError, match="aware datetime"):
        to_luma_datetime(datetime(2025, 7, 8, 17, 0, tzinfo=UTC), NEW_YORK)


def test_wrong_types_are_rejected() -> None:
    with pytest.raises(ConfigurationError, match="expected a datetime, got date"):
        to_luma_datetime(date(2025, 7, 8))  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="IANA zone name"):
        to_luma_datetime(datetime(2025, 7, 8), ZoneInfo(NEW_YORK))  # type: ignore[arg-type]


def test_overflow_is_a_value_error() -> None:
    late = datetime.max.replace(tzinfo=timezone(timedelta(hours=-5)))
    with pytest.raises(ValueError, match="out of range"):
        to_luma_datetime(late)


# -- parse_duration -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("P0Y0M0DT1H0M0S", timedelta(hours=1)),  # Luma's expanded response form
        ("P0Y0M1DT2H3M4S", timedelta(days=1, hours=2, minutes=3, seconds=4)),
        ("P0Y0M0DT0H0M0S", timedelta(0)),
        ("PT2H", timedelta(hours=2)),
        ("PT0M", timedelta(0)),
        ("P7D", timedelta(days=7)),
        ("P1DT12H30M", timedelta(days=1, hours=12, minutes=30)),
        ("PT36H", timedelta(hours=36)),
        ("PT90M", timedelta(minutes=90)),
        ("PT1.5S", timedelta(seconds=1.5)),
        ("PT0,25S", timedelta(milliseconds=250)),
        ("PT0.000001S", timedelta(microseconds=1)),
        ("PT0.0000005S", timedelta(0)),  # half a microsecond rounds half to even
        ("PT0.0000015S", timedelta(microseconds=2)),
        ("PT1.5H", timedelta(minutes=90)),  # a fraction on the last component
        ("P1.5D", timedelta(hours=36)),
        ("P2W", timedelta(days=14)),
        ("P0Y", timedelta(0)),
        ("P0M", timedelta(0)),
        ("PT1M", timedelta(minutes=1)),  # minutes, not months, after the T
    ],
)
def test_parse_duration(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "P",
        "PT",
        "P1DT",
        "2H",
        "T2H",
        "pt2h",
        " PT2H",
        "PT2H ",
        "-PT1H",
        "PT-1H",
        "P1H",  # hours belong after the T
        "PT1D",
        "P1M2Y",  # out of order
        "PT1S2M",
        "PT1.S",
        "PT.5S",
        "PT1.5H30M",  # a fraction on a component that is not the last
        "P1.5DT2H",
        "PT\uff11H",  # full-width digit
        "P1Y2M3W4DT5H6M7S8",
        "1 hour",
    ],
)
def test_malformed_durations_name_the_input(text: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_duration(text)
    assert repr(text) in str(caught.value)


@pytest.mark.parametrize(
    ("text", "unit"), [("P1Y", "years"), ("P0Y2M", "months"), ("P1YT1H", "years")]
)
def test_years_and_months_cannot_be_a_timedelta(text: str, unit: str) -> None:
    with pytest.raises(ValueError, match=f"non-zero number of {unit}"):
        parse_duration(text)


def test_durations_beyond_timedelta_are_value_errors() -> None:
    with pytest.raises(ValueError, match="too large"):
        parse_duration("P99999999999D")


def test_parse_duration_wants_a_string() -> None:
    with pytest.raises(ConfigurationError):
        parse_duration(3600)  # type: ignore[arg-type]


# -- format_duration ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (timedelta(0), "PT0S"),
        (timedelta(hours=2), "PT2H"),
        (timedelta(days=7), "P7D"),
        (timedelta(days=1, hours=12, minutes=30), "P1DT12H30M"),
        (timedelta(minutes=90), "PT1H30M"),
        (timedelta(seconds=90), "PT1M30S"),
        (timedelta(days=1, seconds=1), "P1DT1S"),
        (timedelta(milliseconds=500), "PT0.5S"),
        (timedelta(microseconds=1), "PT0.000001S"),
        (timedelta(hours=1, microseconds=250_000), "PT1H0.25S"),
        (timedelta(days=400), "P400D"),
    ],
)
def test_format_duration(value: timedelta, expected: str) -> None:
    assert format_duration(value) == expected


def test_negative_durations_are_rejected() -> None:
    with pytest.raises(ValueError, match="cannot be negative"):
        format_duration(timedelta(seconds=-1))
    with pytest.raises(ConfigurationError):
        format_duration(60)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("luma", "short"),
    [("P0Y0M0DT1H0M0S", "PT1H"), ("P0Y0M2DT0H30M0S", "P2DT30M"), ("P0Y0M0DT0H0M0S", "PT0S")],
)
def test_luma_expanded_form_formats_back_short(luma: str, short: str) -> None:
    assert format_duration(parse_duration(luma)) == short


def test_round_trip() -> None:
    rng = random.Random(7)
    samples = [timedelta(0), timedelta(microseconds=1), timedelta.max]
    samples += [
        timedelta(
            days=rng.randrange(0, 1000),
            seconds=rng.randrange(0, 86400),
            microseconds=rng.choice([0, 0, rng.randrange(0, 1_000_000)]),
        )
        for _ in range(500)
    ]
    for value in samples:
        text = format_duration(value)
        assert parse_duration(text) == value, text
