"""Atomic files, CSV and JSONL writers, and dates on the command line."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from luma_client.cli import _dates, _output


def test_atomic_output_appears_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("previous\n", encoding="utf-8")
    with pytest.raises(RuntimeError), _output.atomic_output(target) as stream:
        stream.write("half a fi")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
    with _output.atomic_output(target) as stream:
        stream.write("new\n")
    assert target.read_text(encoding="utf-8") == "new\n"


def test_csv_writer_writes_the_header_first(tmp_path: Path) -> None:
    target = tmp_path / "rows.csv"
    with _output.atomic_output(target) as stream:
        writer = _output.row_writer("csv", stream, ["id", "name"])
        writer.write({"id": "1", "name": 'Zoë, "Z"'})
    with target.open(encoding="utf-8", newline="") as stream:
        assert list(csv.reader(stream)) == [["id", "name"], ["1", 'Zoë, "Z"']]


def test_jsonl_writer_writes_one_object_per_line(tmp_path: Path) -> None:
    target = tmp_path / "rows.jsonl"
    with _output.atomic_output(target) as stream:
        writer = _output.row_writer("jsonl", stream, ["id"])
        writer.write({"id": "1"})
        writer.write({"id": "2", "x": "ü"})
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [{"id": "1"}, {"id": "2", "x": "ü"}]


def test_progress_draws_nothing_when_stderr_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with _output.progress("export") as advance:
        advance(5)
    assert capsys.readouterr().err == ""


def test_dates_accept_iso_dates_and_datetimes_in_a_zone() -> None:
    berlin = _dates.zone("Europe/Berlin")
    assert _dates.parse_instant("2026-05-01", UTC, option="--after") == datetime(
        2026, 5, 1, tzinfo=UTC
    )
    assert _dates.parse_instant("2026-05-01T12:00", berlin, option="--after") == datetime(
        2026, 5, 1, 10, tzinfo=UTC
    )
    assert _dates.parse_instant("2026-05-01T12:00+00:00", berlin, option="--after") == datetime(
        2026, 5, 1, 12, tzinfo=UTC
    )


def test_bad_dates_and_zones_name_the_option() -> None:
    with pytest.raises(ValueError, match="--before 'next week'"):
        _dates.parse_instant("next week", UTC, option="--before")
    with pytest.raises(ValueError, match="--tz 'Mars/Olympus'"):
        _dates.zone("Mars/Olympus")
