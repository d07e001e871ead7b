"""The ``luma-fake`` command line: bad arguments, the port in use, and running a command.

Serving until a signal is tested in ``test_server.py`` (a real process, stopped by group).
"""

from __future__ import annotations

import socket
import sys
import textwrap
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from luma_client.testing.fake.__main__ import (
    EXIT_FAKE_FAILED,
    EXIT_NOT_FOUND,
    EXIT_SERVER_FAILED,
    main,
)

SECRET = "sk-not-to-be-echoed"


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run ``main(argv)``, expect argparse's exit status 2, return what it said."""
    with pytest.raises(SystemExit) as exited:
        main(list(argv))
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: luma-fake")
    return err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--port", "http"], "argument --port: not a port number: 'http'"),
        (["--port", "70000"], "argument --port: must be between 0 and 65535"),
        (["--port", "-1"], "argument --port: must be between 0 and 65535"),
        (["--host", "localhost"], "argument --host: not an IP address: 'localhost'"),
        (["--seed", "x1"], "argument --seed: not an integer: 'x1'"),
        (["--api-key", ""], "argument --api-key: must be non-empty and contain no whitespace"),
        (["--populate", "events"], "expected NAME=COUNT[,NAME=COUNT...], got 'events'"),
        (["--populate", "venues=3"], "unknown name 'venues'; choose from events, guests_per_event"),
        (["--populate", "events=many"], "events: not an integer: 'many'"),
        (["--populate", "events=-2"], "events: must not be negative, got -2"),
        (["--load", "/nonexistent/fixtures.yaml"], "no such file: '/nonexistent/fixtures.yaml'"),
        (["--clock", "yesterday"], "expected 'real' or an ISO 8601 date-time"),
        (["--clock", "2026-03-01T09:00:00"], "give a time zone (e.g. Z) with '2026-03-01T09"),
        (["--verbose"], "unrecognized arguments: --verbose"),
        (["--port", "0", "--"], "no command after --"),
    ],
)
def test_bad_arguments_are_named(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert message in usage_error(capsys, *argv)


def test_a_bad_api_key_is_not_echoed(capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(capsys, "--api-key", f"{SECRET} ")
    assert "must be non-empty and contain no whitespace" in err
    assert SECRET not in err


def test_a_taken_port_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["--port", str(port)]) == EXIT_SERVER_FAILED
        assert main(["--port", str(port), "--", sys.executable, "-c", "pass"]) == EXIT_FAKE_FAILED
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count(f"luma-fake: cannot listen on 127.0.0.1 port {port}") == 2


LIST_EVENTS = textwrap.dedent(
    """
    import os, sys, httpx
    url, key = os.environ["LUMA_BASE_URL"], os.environ["LUMA_API_KEY"]
    answer = httpx.get(url + "/v1/calendars/events/list",
                       headers={"x-luma-api-key": key}, trust_env=False)
    print(url, key, answer.status_code, *[entry["name"] for entry in answer.json()["entries"]])
    sys.exit(int(sys.argv[1]))
    """
)


def test_a_command_runs_against_the_fake_and_its_status_is_ours(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LUMA_API_KEY", SECRET)  # replaced: the command cannot reach Luma
    monkeypatch.setenv("LUMA_BASE_URL", "https://public-api.luma.com")
    script = tmp_path / "client.py"
    script.write_text(LIST_EVENTS)
    argv = ["--port", "0", "--api-key", "cli-key", "--populate", "events=3,guests_per_event=1"]
    assert main([*argv, "--", sys.executable, str(script), "7"]) == 7
    out, err = capfd.readouterr()
    url, key, status, *names = out.split(maxsplit=3)
    assert url.startswith("http://127.0.0.1:")
    assert (key, status) == ("cli-key", "200")
    assert names  # the populated events are there
    assert "luma-fake: Fake Luma at http://127.0.0.1:" in err
    assert SECRET not in out + err


def test_fixtures_are_loaded_before_the_command_runs(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    fixtures = tmp_path / "fixtures.yaml"
    fixtures.write_text(
        textwrap.dedent(
            """
            events:
              - name: Loaded meetup
                start_at: "2031-03-01T18:00:00Z"
                timezone: Europe/Berlin
            """
        )
    )
    script = tmp_path / "client.py"
    script.write_text(LIST_EVENTS)
    argv = ["--port", "0", "--load", str(fixtures), "--", sys.executable, str(script), "0"]
    assert main(argv) == 0
    assert capfd.readouterr().out.strip().split(maxsplit=3)[2:] == ["200", "Loaded meetup"]


def test_fixtures_that_do_not_load_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fixtures = tmp_path / "fixtures.yaml"
    fixtures.write_text("venues: []\n")
    assert main(["--port", "0", "--load", str(fixtures)]) == 2
    err = capsys.readouterr().err
    assert f"luma-fake: cannot load {str(fixtures)!r}: unknown fixture sections: venues" in err


def test_a_missing_command_is_127(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--port", "0", "--", "/nonexistent/luma-demo"]) == EXIT_NOT_FOUND
    assert "luma-fake: command not found: /nonexistent/luma-demo" in capsys.readouterr().err


def test_a_command_killed_by_a_signal_is_128_plus_n() -> None:
    command = [sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"]
    assert main(["--port", "0", "--", *command]) == 128 + 9


def test_luma_fake_is_the_console_script_of_this_main() -> None:
    (script,) = entry_points(group="console_scripts", name="luma-fake")
    assert script.load() is main


def test_help_names_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for option in ("--host", "--port", "--api-key", "--seed", "--populate", "--load", "--clock"):
        assert option in out
