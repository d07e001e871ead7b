"""The installed console scripts for real: `luma` against `luma-fake`; progress in a terminal."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import luma_client
from luma_client.testing import FakeLuma

from .conftest import KEY, read_csv

BIN = Path(sys.executable).parent


def _script(name: str) -> str:
    path = BIN / name
    if not path.exists():  # the project's own setup installs both scripts
        pytest.fail(f"console script {name} is not installed next to {sys.executable}")
    return str(path)


@pytest.fixture
def fake_server() -> Iterator[str]:
    """`luma-fake` as its own process group on a free port; yields its base URL."""
    process = subprocess.Popen(
        [_script("luma-fake"), "--host", "127.0.0.1", "--port", "0", "--api-key", KEY],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 30
        base_url = ""
        while not base_url and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            if line.startswith("LUMA_BASE_URL="):
                base_url = line.strip().removeprefix("LUMA_BASE_URL=")
        assert base_url.startswith("http://127.0.0.1:"), "luma-fake printed no base URL"
        yield base_url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
        if process.stdout is not None:
            process.stdout.close()


def _seed(base_url: str, guests: int) -> str:
    from luma_api.models import GuestInput

    with luma_client.Luma(api_key=KEY, base_url=base_url, rate_limit=None) as luma:
        event = luma.events.create(
            name="Console", start_at=datetime(2026, 6, 1, 17, tzinfo=UTC), timezone="UTC"
        )
        luma.events.guests.add(
            event_id=event.id,
            guests=[GuestInput(email=f"p{i}@example.org") for i in range(guests)],
        )
        return event.id


def _env(base_url: str) -> dict[str, str]:
    return {**os.environ, "LUMA_API_KEY": KEY, "LUMA_BASE_URL": base_url}


def test_console_script_exports_from_the_fake_server(fake_server: str, tmp_path: Path) -> None:
    event_id = _seed(fake_server, 30)
    out = tmp_path / "guests.csv"
    done = subprocess.run(
        [_script("luma"), "guests", "export", event_id, "--format", "csv", "-o", str(out)],
        env=_env(fake_server),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert len(read_csv(out.read_text(encoding="utf-8"))) == 30
    assert done.stderr == ""  # piped: no progress bar
    wrong = subprocess.run(
        [_script("luma"), "whoami"],
        env={**_env(fake_server), "LUMA_API_KEY": "not-the-key-987654"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert wrong.returncode == 1
    assert wrong.stderr.startswith("luma: error:") and wrong.stderr.count("\n") == 1
    assert "not-the-key-987654" not in wrong.stderr + wrong.stdout


def test_progress_bar_is_drawn_in_a_terminal_only(tmp_path: Path) -> None:
    fake = FakeLuma(api_key=KEY, seed=0)
    with fake.serve(port=0) as base_url:
        event_id = _seed(base_url, 20)
        out = tmp_path / "guests.csv"
        command = [_script("luma"), "guests", "export", event_id, "--format", "csv", "-o", str(out)]
        leader, follower = pty.openpty()
        process = subprocess.Popen(
            command,
            env=_env(base_url),
            stdin=follower,
            stdout=follower,
            stderr=follower,
            start_new_session=True,
        )
        os.close(follower)
        screen = b""
        try:
            while True:
                ready, _, _ = select.select([leader], [], [], 30)
                if not ready:
                    break
                try:
                    chunk = os.read(leader, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                screen += chunk
        finally:
            process.wait(timeout=30)
            os.close(leader)
        assert process.returncode == 0, screen.decode(errors="replace")
        assert b"exporting" in screen and b"20" in screen
        piped = subprocess.run(command, env=_env(base_url), capture_output=True, timeout=60)
        assert piped.returncode == 0 and piped.stderr == b""
