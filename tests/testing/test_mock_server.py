"""Tests of luma_client.testing: the Prism launcher, the runner module and the pytest plugin."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import httpx
import pytest

import luma_client.testing as testing
from luma_client._exceptions import LumaError
from luma_client.testing import MockServerError, mock_server

GET_SELF = "/v1/users/get-self"
KEY = {"x-luma-api-key": "test-key"}


# --- helpers ---------------------------------------------------------------------------


@pytest.fixture
def spawned(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen[bytes]]:
    """Every Prism process mock_server starts during the test, in order."""
    processes: list[subprocess.Popen[bytes]] = []
    original: Callable[[list[str], IO[bytes]], subprocess.Popen[bytes]] = testing._spawn

    def spy(command: list[str], log: IO[bytes]) -> subprocess.Popen[bytes]:
        process = original(command, log)
        processes.append(process)
        return process

    monkeypatch.setattr(testing, "_spawn", spy)
    return processes


def group_exists(pgid: int, *, grace: float = 5.0) -> bool:
    """Whether the process group still has members after ``grace`` seconds.

    Children killed with the group are reaped by init, not by us: allow a moment for that.
    """
    deadline = time.monotonic() + grace
    while True:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:  # exists, owned by someone else
            pass
        if time.monotonic() >= deadline:
            return True
        time.sleep(0.05)


def assert_stopped(process: subprocess.Popen[bytes], url: str) -> None:
    assert process.poll() is not None, "Prism is still running"
    assert not group_exists(process.pid), "Prism's process group still has members"
    with pytest.raises(httpx.TransportError):
        httpx.get(url + GET_SELF, headers=KEY, timeout=2.0)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def fake_prism(directory: Path, body: str) -> Path:
    """An executable standing in for Prism, running ``body`` as a shell script."""
    path = directory / "prism"
    path.write_text("#!/bin/sh\n" + textwrap.dedent(body))
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.fixture(scope="module")
def shared_mock() -> Iterator[str]:
    with mock_server() as url:
        yield url


# --- the launcher ----------------------------------------------------------------------


def test_yields_a_url_that_answers(shared_mock: str) -> None:
    assert shared_mock.startswith("http://127.0.0.1:")
    response = httpx.get(shared_mock + GET_SELF, headers=KEY)
    assert response.status_code == 200
    assert response.json()["id"].startswith("usr-")


def test_stops_the_process_group_on_exit(spawned: list[subprocess.Popen[bytes]]) -> None:
    port = free_port()
    with mock_server(port=port) as url:
        assert url == f"http://127.0.0.1:{port}"
        (process,) = spawned
        assert os.getpgid(process.pid) == process.pid  # leads its own group
        assert httpx.get(url + GET_SELF, headers=KEY).status_code == 200
    assert_stopped(process, url)


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_stops_when_the_body_raises(
    error: type[BaseException], spawned: list[subprocess.Popen[bytes]]
) -> None:
    urls: list[str] = []
    with pytest.raises(error), mock_server() as url:
        urls.append(url)
        raise error("boom")
    (process,) = spawned
    assert_stopped(process, urls[0])


def test_picks_a_free_port_for_each_server() -> None:
    with mock_server() as first, mock_server() as second:
        assert first != second
        for url in (first, second):
            assert httpx.get(url + GET_SELF, headers=KEY).status_code == 200


def test_a_port_in_use_fails_fast() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(MockServerError, match="in use"), mock_server(port=port):
            pass


def test_missing_key_gets_401(shared_mock: str) -> None:
    response = httpx.get(shared_mock + GET_SELF)
    assert response.status_code == 401
    assert set(response.json()) == {"message", "code"}
    assert httpx.get(shared_mock + GET_SELF, headers={"x-luma-api-key": ""}).status_code == 401


def test_invalid_body_gets_the_specs_error_status(shared_mock: str) -> None:
    # The operation declares both 400 and 422; Prism answers a schema violation with 422.
    response = httpx.post(shared_mock + "/v1/events/create", headers=KEY, json={"name": 5})
    assert response.status_code == 422
    assert set(response.json()) == {"message", "code"}
    assert "sl-violations" in response.headers


def test_malformed_json_gets_prisms_own_400(shared_mock: str) -> None:
    # Documented Prism quirk (not the spec's Error body); the contract tests tolerate it.
    response = httpx.post(
        shared_mock + "/v1/events/create",
        headers={**KEY, "content-type": "application/json"},
        content=b"{not json",
    )
    assert response.status_code == 400
    assert response.json() == {"error": {"code": "invalid_json", "message": "Invalid JSON"}}


def test_mock_server_error_is_a_luma_error() -> None:
    assert issubclass(MockServerError, LumaError)


@pytest.mark.parametrize("via", ["argument", "environment"])
def test_missing_prism_names_the_fix(
    via: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "nowhere" / "prism"
    if via == "environment":
        monkeypatch.setenv("LUMA_PRISM_BIN", str(missing))
        context = mock_server()
    else:
        context = mock_server(prism=missing)
    with pytest.raises(MockServerError) as excinfo, context:
        pass
    message = str(excinfo.value)
    assert str(missing) in message
    assert "LUMA_PRISM_BIN" in message
    assert "npm ci" in message
    assert "@stoplight/prism-cli@5.14.2" in message


def test_prism_found_nowhere_names_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LUMA_PRISM_BIN", raising=False)
    monkeypatch.setattr(testing, "_REPO_PRISM", Path("no-such-dir", "prism"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(MockServerError, match="LUMA_PRISM_BIN") as excinfo, mock_server():
        pass
    assert "npm ci" in str(excinfo.value)


def test_finds_the_repositorys_prism_from_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LUMA_PRISM_BIN", raising=False)
    binary = tmp_path / "mock" / "node_modules" / ".bin"
    binary.mkdir(parents=True)
    expected = fake_prism(binary, "exit 0\n")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    monkeypatch.chdir(nested)
    assert testing._find_prism(None) == expected


def test_missing_node_names_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "prism"
    script.write_text("#!/usr/bin/env node\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(MockServerError, match=r"Node\.js") as excinfo, mock_server(prism=script):
        pass
    assert "LUMA_PRISM_BIN" in str(excinfo.value)


def test_prism_exiting_early_reports_its_output(tmp_path: Path) -> None:
    prism = fake_prism(tmp_path, "echo 'cannot parse the document' >&2\nexit 3\n")
    with pytest.raises(MockServerError) as excinfo, mock_server(prism=prism):
        pass
    assert "status 3" in str(excinfo.value)
    assert "cannot parse the document" in str(excinfo.value)


def test_startup_timeout_kills_the_group(
    tmp_path: Path, spawned: list[subprocess.Popen[bytes]]
) -> None:
    # The child `sleep` shares the group: it must be gone as well.
    prism = fake_prism(tmp_path, "echo starting\nsleep 60 &\nwait\n")
    with (
        pytest.raises(MockServerError, match="did not answer") as excinfo,
        mock_server(prism=prism, startup_timeout=0.5),
    ):
        pass
    assert "starting" in str(excinfo.value)
    (process,) = spawned
    assert process.poll() is not None
    assert not group_exists(process.pid)


def test_missing_spec_is_reported(tmp_path: Path) -> None:
    with pytest.raises(MockServerError, match="does not exist"), mock_server(spec=tmp_path / "x"):
        pass


# --- python -m luma_client.testing.run -------------------------------------------------


def run_module(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "luma_client.testing.run", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.mark.parametrize("exit_code", [0, 3])
def test_run_passes_the_url_and_the_exit_code(exit_code: int) -> None:
    script = (
        "import os, sys, urllib.request\n"
        "url = os.environ['LUMA_BASE_URL']\n"
        "print(url)\n"
        "request = urllib.request.Request(url + '/v1/users/get-self',\n"
        "    headers={'x-luma-api-key': os.environ['LUMA_API_KEY']})\n"
        "print(urllib.request.urlopen(request).status)\n"
        f"sys.exit({exit_code})\n"
    )
    env = {**os.environ, "LUMA_BASE_URL": "https://public-api.luma.com", "LUMA_API_KEY": "real"}
    result = run_module("--", sys.executable, "-c", script, env=env)
    assert result.returncode == exit_code, result.stderr
    url, status = result.stdout.split()
    assert url.startswith("http://127.0.0.1:")
    assert status == "200"
    with pytest.raises(httpx.TransportError):  # the mock is stopped afterwards
        httpx.get(url + GET_SELF, headers=KEY, timeout=2.0)


def test_run_reports_a_command_that_does_not_exist() -> None:
    result = run_module("--", "no-such-command-for-luma-tests")
    assert result.returncode == 127
    assert "command not found" in result.stderr


def test_run_reports_a_mock_that_cannot_start(tmp_path: Path) -> None:
    env = {**os.environ, "LUMA_PRISM_BIN": str(tmp_path / "missing")}
    result = run_module("--", sys.executable, "-c", "pass", env=env)
    assert result.returncode == 125
    assert "LUMA_PRISM_BIN" in result.stderr


def test_run_without_a_command_is_a_usage_error() -> None:
    result = run_module("--port", "4010")
    assert result.returncode == 2
    assert "no command given" in result.stderr


# --- the pytest plugin -----------------------------------------------------------------


def test_plugin_fixtures_work_in_a_downstream_suite(tmp_path: Path) -> None:
    (tmp_path / "test_downstream.py").write_text(
        textwrap.dedent(
            """
            import httpx

            def test_url(luma_mock_url):
                response = httpx.get(luma_mock_url + "/v1/users/get-self",
                                     headers={"x-luma-api-key": "k"})
                assert response.status_code == 200

            def test_client(luma_mock_client):
                response = luma_mock_client.get_httpx_client().get("/v1/users/get-self")
                assert response.status_code == 200
                assert response.request.headers["x-luma-api-key"] == "test-key"
            """
        )
    )
    # Explicit -p with autoloading off: the same whether or not the entry point is installed.
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "luma_client.testing.plugin", "-q",
         "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def test_importing_luma_client_testing_does_not_import_pytest() -> None:
    code = (
        "import sys, luma_client, luma_client.testing, luma_client.testing.run\n"
        "assert 'pytest' not in sys.modules, 'pytest imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_finds_prism_installed_with_npm_in_the_users_own_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LUMA_PRISM_BIN", raising=False)
    binary = tmp_path / "node_modules" / ".bin"
    binary.mkdir(parents=True)
    expected = fake_prism(binary, "exit 0\n")
    nested = tmp_path / "src" / "app"
    nested.mkdir(parents=True)
    monkeypatch.chdir(nested)
    assert testing._find_prism(None) == expected


def run_downstream(tmp_path: Path, *options: str, env: dict[str, str] | None = None) -> str:
    """Run pytest on ``tmp_path`` with the plugin (and anyio's), as a downstream suite would."""
    environment = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", **(env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "luma_client.testing.plugin",
         "-p", "anyio.pytest_plugin", "-q", "-p", "no:cacheprovider", "-W", "error",
         *options, str(tmp_path)],
        capture_output=True, text=True, timeout=180, cwd=tmp_path, env=environment,
    )  # fmt: skip
    return f"exit {result.returncode}\n{result.stdout}{result.stderr}"


def test_a_missing_prism_is_reported_once_per_session(tmp_path: Path) -> None:
    tests = "\n".join(
        f"def test_{n}(luma_mock_client):\n    assert luma_mock_client\n" for n in range(6)
    )
    (tmp_path / "test_downstream.py").write_text(tests)
    output = run_downstream(tmp_path, env={"LUMA_PRISM_BIN": str(tmp_path / "no-prism")})

    assert output.startswith("exit 1"), output
    assert "6 errors" in output
    assert output.count("npm install --save-exact") == 1, output
    assert "Traceback" not in output
    assert len(output.splitlines()) < 60, output


def test_the_async_fixture_and_asyncio_run_leave_no_socket_open(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(
        "import pytest\n\n@pytest.fixture\ndef anyio_backend():\n    return 'asyncio'\n"
    )
    (tmp_path / "test_downstream.py").write_text(
        textwrap.dedent(
            """
            import asyncio, gc
            import pytest
            import luma_client
            from luma_api.api.users import get_self

            @pytest.mark.anyio
            async def test_async_fixture(luma_mock_async_client):
                me = await luma_client.acall(get_self.asyncio_detailed,
                                             client=luma_mock_async_client)
                assert me.id

            def test_asyncio_run_on_the_sync_fixture(luma_mock_client):
                for _ in range(2):  # two loops, one after the other
                    asyncio.run(luma_client.acall(get_self.asyncio_detailed,
                                                  client=luma_mock_client))

            def test_later(luma_mock_client):
                gc.collect()  # a socket left open above would warn here, and fail (-W error)
                luma_client.call(get_self.sync_detailed, client=luma_mock_client)
            """
        )
    )
    output = run_downstream(tmp_path)
    assert output.startswith("exit 0"), output
    assert "3 passed" in output
