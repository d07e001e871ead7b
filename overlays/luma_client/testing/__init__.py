"""A Prism mock of the Luma API for tests: start it, use its URL, and it is stopped for you.

::

    from luma_client.testing import mock_server

    with mock_server() as base_url:          # e.g. "http://127.0.0.1:38211"
        client = luma_client.connect(api_key="test-key", base_url=base_url)
        ...

The mock is `Stoplight Prism <https://github.com/stoplightio/prism>`_ 5.14.2 serving the
OpenAPI document shipped with this package (:func:`luma_client.spec_path`). It is
stateless: it validates every request against the spec (a missing or empty
``x-luma-api-key`` gets 401, an invalid request the spec's 400/422) and answers with the
spec's examples. Any non-empty API key is accepted.

Prism is a Node.js program and is not shipped in the wheel. It is looked up, in order:
the ``prism`` argument, the ``LUMA_PRISM_BIN`` environment variable,
``mock/node_modules/.bin/prism`` in a checkout of this repository (searched upwards from
the current directory and from this file), and ``prism`` on ``PATH``.

For pytest there are the fixtures ``luma_mock_url`` and ``luma_mock_client`` (see
:mod:`luma_client.testing.plugin`); for any other command there is
``python -m luma_client.testing.run -- CMD ...`` (see :mod:`luma_client.testing.run`).

POSIX only: Prism runs in its own process group, which is what gets stopped.
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any, Final

import httpx

from .._exceptions import LumaError
from .._signing import sign_webhook
from .._spec import spec_path

if TYPE_CHECKING:
    from .fake import FakeLuma

__all__ = ["FakeLuma", "MockServerError", "mock_server", "sign_webhook"]


def __getattr__(name: str) -> Any:
    """``FakeLuma`` is imported on first use: it needs the ``fake`` extra, Prism does not."""
    if name == "FakeLuma":
        from .fake import FakeLuma

        return FakeLuma
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: The Prism release this package is tested with (the newest that runs on Node 20).
PRISM_VERSION: Final = "5.14.2"

#: Environment variable naming the Prism executable to use.
PRISM_ENV_VAR: Final = "LUMA_PRISM_BIN"

_HOST: Final = "127.0.0.1"
_READY_PATH: Final = "/v1/users/get-self"
_READY_HEADERS: Final = {"x-luma-api-key": "test"}
_REPO_PRISM: Final = pathlib.Path("mock", "node_modules", ".bin", "prism")
_POLL_INTERVAL: Final = 0.05
_STOP_TIMEOUT: Final = 5.0
_LOG_TAIL_BYTES: Final = 4000
#: How often a free port is picked again when another process takes it first.
_PORT_ATTEMPTS: Final = 3

_INSTALL_HINT: Final = (
    "In a checkout of the luma-client repository run `npm ci` in its mock/ directory "
    "(or `make setup`). Anywhere else run "
    f"`npm install --save-exact @stoplight/prism-cli@{PRISM_VERSION}` and set "
    f"{PRISM_ENV_VAR} to the path of node_modules/.bin/prism it creates."
)


class MockServerError(LumaError):
    """The mock server could not be found, started or reached."""


@contextlib.contextmanager
def mock_server(
    *,
    spec: str | os.PathLike[str] | None = None,
    port: int | None = None,
    prism: str | os.PathLike[str] | None = None,
    startup_timeout: float = 30.0,
    dynamic: bool = False,
    seed: int | None = None,
) -> Iterator[str]:
    """Run a Prism mock of the Luma API on 127.0.0.1 for the duration of a ``with`` block.

    Yields the base URL (``http://127.0.0.1:<port>``) once the server answers requests,
    and stops the server when the block ends, also when it raises or is interrupted.

    Args:
        spec: OpenAPI document to serve; defaults to the one shipped with this package.
        port: Port to listen on; ``None`` picks a free one.
        prism: Prism executable; defaults to the lookup described in the module docstring.
        startup_timeout: Seconds to wait for the first answer before giving up.
        dynamic: Generate responses from the schemas (Prism ``--dynamic``) instead of
            returning the spec's examples. Generated objects carry no extra properties.
        seed: Seed for dynamic responses, making them repeatable (Prism ``--seed``).

    Raises:
        MockServerError: Node.js or Prism is missing, the spec does not exist, or the
            server did not come up; the message includes the end of Prism's output.
    """
    executable = _find_prism(prism)
    _require_node(executable)
    spec_file = pathlib.Path(spec) if spec is not None else spec_path()
    if not spec_file.is_file():
        raise MockServerError(f"the OpenAPI document {str(spec_file)!r} does not exist")
    if startup_timeout <= 0:
        raise ValueError(f"startup_timeout must be positive, got {startup_timeout!r}")

    options = ["--verboseLevel", "warn"]
    if dynamic:
        options += ["--dynamic", "--json-schema-faker-fillProperties=false"]
    if seed is not None:
        options += ["--seed", str(seed)]

    with tempfile.TemporaryFile(prefix="luma-prism-", suffix=".log") as log:
        attempts = 1 if port is not None else _PORT_ATTEMPTS
        for attempt in range(1, attempts + 1):
            chosen = port if port is not None else _free_port()
            command = [
                os.fspath(executable),
                "mock",
                os.fspath(spec_file),
                "--host",
                _HOST,
                "--port",
                str(chosen),
                *options,
            ]
            process = _spawn(command, log)
            try:
                url = f"http://{_HOST}:{chosen}"
                try:
                    _wait_until_ready(process, url, startup_timeout, log)
                except _PortTaken:
                    if attempt == attempts:
                        raise MockServerError(
                            f"Prism could not listen on {url}: the port is in use." + _log_tail(log)
                        ) from None
                    continue
                yield url
                return
            finally:
                _stop(process)


class _PortTaken(Exception):
    """Prism exited because another process holds the port."""


def _spawn(command: list[str], log: IO[bytes]) -> subprocess.Popen[bytes]:
    log.seek(0)
    log.truncate()
    try:
        return subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stopping it stops every child
            close_fds=True,
        )
    except OSError as exc:
        raise MockServerError(
            f"could not start Prism ({command[0]}): {exc}. {_INSTALL_HINT}"
        ) from exc


def _wait_until_ready(
    process: subprocess.Popen[bytes], url: str, timeout: float, log: IO[bytes]
) -> None:
    deadline = time.monotonic() + timeout
    # trust_env=False: a proxy configured in the environment must not see 127.0.0.1 traffic.
    with httpx.Client(base_url=url, trust_env=False, timeout=2.0) as http:
        while True:
            code = process.poll()
            if code is not None:
                tail = _log_tail(log)
                if "EADDRINUSE" in tail:
                    raise _PortTaken
                raise MockServerError(f"Prism exited with status {code} before answering.{tail}")
            try:
                response = http.get(_READY_PATH, headers=_READY_HEADERS)
            except httpx.TransportError:
                pass
            else:
                if response.status_code == 200:
                    return
                raise MockServerError(
                    f"Prism at {url} answered GET {_READY_PATH} with {response.status_code} "
                    "instead of 200: is the document it serves the Luma API spec?" + _log_tail(log)
                )
            if time.monotonic() >= deadline:
                raise MockServerError(
                    f"Prism did not answer on {url} within {timeout:g} s." + _log_tail(log)
                )
            time.sleep(_POLL_INTERVAL)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop Prism's whole process group: SIGTERM, then SIGKILL if it lingers."""
    try:
        _signal_group(process, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=_STOP_TIMEOUT)
    finally:
        # Also reached on KeyboardInterrupt while waiting, and kills any child left behind.
        _signal_group(process, signal.SIGKILL)
        process.wait()


def _signal_group(process: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    # start_new_session=True made the process a group leader: its pid is the group id.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, sig)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((_HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def _log_tail(log: IO[bytes]) -> str:
    log.flush()
    size = log.seek(0, os.SEEK_END)
    log.seek(max(0, size - _LOG_TAIL_BYTES))
    text = log.read().decode("utf-8", errors="replace").strip()
    if not text:
        return " Prism wrote nothing."
    return f"\nPrism's output (last {_LOG_TAIL_BYTES} bytes at most):\n{text}"


def _find_prism(explicit: str | os.PathLike[str] | None) -> pathlib.Path:
    """Resolve the Prism executable; see the module docstring for the order."""
    if explicit is not None:
        return _checked(pathlib.Path(explicit), "the `prism` argument")
    from_env = os.environ.get(PRISM_ENV_VAR)
    if from_env:
        return _checked(pathlib.Path(from_env), f"{PRISM_ENV_VAR}")
    searched: list[pathlib.Path] = []
    for start in (pathlib.Path.cwd(), pathlib.Path(__file__).resolve().parent):
        for directory in (start, *start.parents):
            candidate = directory / _REPO_PRISM
            if candidate in searched:
                continue
            searched.append(candidate)
            if _is_executable(candidate):
                return candidate
    on_path = shutil.which("prism")
    if on_path is not None:
        return pathlib.Path(on_path)
    raise MockServerError(
        f"Prism {PRISM_VERSION} (the mock server) was not found: {PRISM_ENV_VAR} is not set, "
        f"there is no {_REPO_PRISM} above the current directory or the luma_client package, "
        f"and `prism` is not on PATH. {_INSTALL_HINT}"
    )


def _checked(path: pathlib.Path, source: str) -> pathlib.Path:
    if not _is_executable(path):
        raise MockServerError(
            f"Prism was not found at {str(path)!r} (from {source}): "
            f"no executable file there. {_INSTALL_HINT}"
        )
    return path


def _is_executable(path: pathlib.Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def _require_node(executable: pathlib.Path) -> None:
    """Fail early, with advice, when Prism is a Node.js script and there is no ``node``."""
    try:
        with executable.open("rb") as file:
            first_line = file.readline(200)
    except OSError:
        return
    if first_line.startswith(b"#!") and b"node" in first_line and shutil.which("node") is None:
        raise MockServerError(
            f"Node.js is not installed (no `node` on PATH), and Prism ({executable}) needs it. "
            f"Install Node.js 20 or later, then Prism {PRISM_VERSION} if it is missing. "
            f"{_INSTALL_HINT}"
        )
