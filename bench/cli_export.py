"""Figure 11: ``luma guests export`` to CSV vs a hand-written httpx + json + csv loop.

Both export the same 10,000 guests, with the same columns, from one Fake Luma server in a
child process (``luma-fake --populate``, seeded realistic guests), over loopback. The command
runs in this process (``luma_client.cli.app``, as the console script would, with
``--rate-limit 0``: the baseline has no limiter either). Memory: the peak Python heap growth
(``tracemalloc``) of exporting 1,000 and 10,000 populated guests (two servers, same seed);
flat means the two are about the same.
"""

from __future__ import annotations

import contextlib
import csv
import os
import signal
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

from . import _common

KEY = "cli_export"
TARGET = 1.3
GUESTS = 10_000
SMALL = 1_000
API_KEY = "bench-cli-key-0123456789"
BASELINE = "hand-written loop: httpx pages of 100, `json.loads`, `csv.DictWriter` (baseline)"
CONTENDER = "`luma guests export EVENT --format csv -o FILE --rate-limit 0`"


@contextlib.contextmanager
def _fake_server(guests: int) -> Iterator[str]:
    """``luma-fake`` with one populated event, in its own process group; yields its base URL."""
    command = [
        str(Path(sys.executable).parent / "luma-fake"),
        *("--port", "0", "--api-key", API_KEY),
        *("--populate", f"events=1,guests_per_event={guests}"),
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert process.stdout is not None
        base_url = ""
        for line in process.stdout:
            if line.startswith("LUMA_BASE_URL="):
                base_url = line.strip().removeprefix("LUMA_BASE_URL=")
                break
        if not base_url:
            raise RuntimeError("luma-fake printed no base URL")
        yield base_url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()


def _headers() -> dict[str, str]:
    return {"x-luma-api-key": API_KEY, "accept": "application/json"}


def _the_event(base_url: str) -> str:
    with httpx.Client(base_url=base_url, headers=_headers()) as http:
        entries = http.get("/v1/calendars/events/list").json()["entries"]
        return str(entries[0]["id"])


def _name(guest: dict[str, Any]) -> str:
    name = (guest.get("user_name") or "").strip()
    if name:
        return name
    parts = [guest.get("user_first_name") or "", guest.get("user_last_name") or ""]
    return " ".join(p.strip() for p in parts if p.strip()) or guest.get("user_email") or ""


def _answer(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(str(v) for v in (value.get("company"), value.get("job_title")) if v)
    return str(value)


def _utc(value: Any) -> str:
    """Luma's ``…T18:00:00.000Z`` as the command prints it, ``…T18:00:00Z``."""
    return "" if not value else str(value).replace(".000Z", "Z")


def baseline_export(http: httpx.Client, event_id: str, path: Path) -> None:
    """What a careful script would do by hand, with the command's columns."""
    event = http.get("/v1/events/get", params={"event_id": event_id}).json()
    questions = [(q["id"], q["label"]) for q in event.get("registration_questions") or []]
    columns = [
        "id", "email", "name", "approval_status", "registered_at", "checked_in_at",
        "ticket_types", *(label for _, label in questions),
    ]  # fmt: skip
    params: dict[str, Any] = {"event_id": event_id, "pagination_limit": 100}
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=columns)
        writer.writeheader()
        while True:
            page = http.get("/v1/events/guests/list", params=params).json()
            for guest in page["entries"]:
                tickets = guest.get("event_tickets") or []
                checked = [t["checked_in_at"] for t in tickets if t.get("checked_in_at")]
                answers = {
                    a["question_id"]: _answer(a.get("value", a.get("answer")))
                    for a in guest.get("registration_answers") or []
                }
                row = {
                    "id": guest["id"],
                    "email": guest["user_email"],
                    "name": _name(guest),
                    "approval_status": guest["approval_status"],
                    "registered_at": _utc(guest.get("registered_at")),
                    "checked_in_at": _utc(min(checked)) if checked else "",
                    "ticket_types": "; ".join(t.get("name") or "" for t in tickets),
                }
                for question_id, label in questions:
                    row[label] = answers.get(question_id, "")
                writer.writerow(row)
            if not page.get("has_more") or not page.get("next_cursor"):
                break
            params["pagination_cursor"] = page["next_cursor"]


def command_export(event_id: str, path: Path) -> None:
    from luma_client.cli import app

    app(
        ["--rate-limit", "0", "guests", "export", event_id, "--format", "csv", "-o", str(path)],
        standalone_mode=False,
    )


def _peak(fn: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        fn()
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def run() -> _common.Figure:
    os.environ["LUMA_API_KEY"] = API_KEY
    with tempfile.TemporaryDirectory() as scratch, _fake_server(GUESTS) as base_url:
        os.environ["LUMA_BASE_URL"] = base_url
        big = _the_event(base_url)
        out = Path(scratch)
        with httpx.Client(base_url=base_url, headers=_headers()) as http:
            baseline_export(http, big, out / "baseline.csv")
            command_export(big, out / "command.csv")
            rows_by_hand = (out / "baseline.csv").read_text(encoding="utf-8").count("\n")
            rows_by_command = (out / "command.csv").read_text(encoding="utf-8").count("\n")
            assert rows_by_hand == rows_by_command == GUESTS + 1, (rows_by_hand, rows_by_command)
            stats = _common.interleaved(
                {
                    BASELINE: lambda: baseline_export(http, big, out / "baseline.csv"),
                    CONTENDER: lambda: command_export(big, out / "command.csv"),
                },
                rounds=5,
                inner=1,
                warmup=1,
            )
        peak_big = _peak(lambda: command_export(big, out / "big.csv"))
        with _fake_server(SMALL) as small_url:
            os.environ["LUMA_BASE_URL"] = small_url
            small = _the_event(small_url)
            peak_small = _peak(lambda: command_export(small, out / "small.csv"))
    rows = [
        _common.time_row(BASELINE, stats[BASELINE]),
        _common.time_row(CONTENDER, stats[CONTENDER], stats[BASELINE], TARGET),
    ]
    judged = rows[1]
    assert judged.ratio is not None and judged.met is not None
    growth = peak_big / max(peak_small, 1)
    flat = growth <= 1.5
    return _common.Figure(
        key=KEY,
        title=f"`luma guests export` of {GUESTS:,} guests to CSV",
        what=(
            "The command line against Fake Luma over loopback, vs a hand-written httpx loop "
            "writing the same columns; and its peak heap growth for 1,000 vs 10,000 guests."
        ),
        rows=rows,
        target=f"<= {TARGET:g}x; memory flat",
        met=judged.met and flat,
        headline=(
            f"{judged.ratio:.2f}x; peak heap {_common.format_bytes(peak_small)} for {SMALL:,} "
            f"guests, {_common.format_bytes(peak_big)} for {GUESTS:,}"
        ),
        notes=[
            f"Peak heap growth of one export: {_common.format_bytes(peak_small)} ({SMALL:,} "
            f"guests) vs {_common.format_bytes(peak_big)} ({GUESTS:,} guests): "
            f"{growth:.2f}x for 10x the guests ({'flat' if flat else 'NOT flat'})."
        ],
    )
