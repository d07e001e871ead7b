"""Run a command against a Prism mock of the Luma API, then stop the mock.

::

    python -m luma_client.testing.run [--port N] [--spec PATH] [--dynamic] [--seed N] \\
        -- CMD [ARG ...]

Starts the mock (:func:`luma_client.testing.mock_server`), runs ``CMD`` with
``LUMA_BASE_URL`` set to the mock's URL and ``LUMA_API_KEY`` set to a key the mock accepts
(both replace any values already in the environment, so the command cannot reach the real
API by accident), and exits with the command's exit status. The mock is stopped in every
case, also on Ctrl-C and SIGTERM.

Exit status: the command's; ``128 + N`` when it was killed by signal ``N``; ``125`` when the
mock could not be started; ``126``/``127`` when the command cannot be executed / is not found.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from types import FrameType
from typing import Final

from . import MOCK_API_KEY, MockServerError, mock_server

__all__ = ["MOCK_API_KEY", "main"]

EXIT_MOCK_FAILED: Final = 125
EXIT_CANNOT_EXECUTE: Final = 126
EXIT_NOT_FOUND: Final = 127

_PROG: Final = "python -m luma_client.testing.run"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        usage=f"{_PROG} [--port N] [--spec PATH] [--dynamic] [--seed N] -- CMD [ARG ...]",
        description=(
            "Start a Prism mock of the Luma API on 127.0.0.1, run CMD with LUMA_BASE_URL and "
            "LUMA_API_KEY pointing at it, stop the mock, and exit with CMD's status."
        ),
    )
    parser.add_argument("--port", type=int, default=None, help="port to listen on (default: free)")
    parser.add_argument(
        "--spec", default=None, help="OpenAPI document to serve (default: the packaged spec)"
    )
    parser.add_argument(
        "--dynamic", action="store_true", help="generate responses instead of using examples"
    )
    parser.add_argument("--seed", type=int, default=None, help="seed for --dynamic responses")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command to run, after --")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status instead of exiting."""
    args = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    if "--" in args:
        split = args.index("--")
        options = parser.parse_args(args[:split])
        command = args[split + 1 :]
    else:
        options = parser.parse_args(args)
        command = list(options.command)
    if not command:
        parser.error("no command given; put it after --")

    try:
        with mock_server(
            spec=options.spec, port=options.port, dynamic=options.dynamic, seed=options.seed
        ) as url:
            print(f"{_PROG}: Prism mock at {url}", file=sys.stderr, flush=True)
            env = {**os.environ, "LUMA_BASE_URL": url, "LUMA_API_KEY": MOCK_API_KEY}
            return _run(command, env)
    except MockServerError as exc:
        print(f"{_PROG}: {exc}", file=sys.stderr)
        return EXIT_MOCK_FAILED


def _run(command: list[str], env: dict[str, str]) -> int:
    try:
        process = subprocess.Popen(command, env=env)
    except FileNotFoundError:
        print(f"{_PROG}: command not found: {command[0]}", file=sys.stderr)
        return EXIT_NOT_FOUND
    except PermissionError:
        print(f"{_PROG}: cannot execute: {command[0]}", file=sys.stderr)
        return EXIT_CANNOT_EXECUTE

    def forward(signum: int, _frame: FrameType | None) -> None:
        # The command decides what SIGTERM means; we wait for it, then stop the mock.
        if process.poll() is None:
            process.send_signal(signum)

    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, forward) if in_main_thread else None
    try:
        interrupts = 0
        while True:
            try:
                code = process.wait()
                break
            except KeyboardInterrupt:
                # Ctrl-C reached the command too (same process group): let it finish,
                # unless this is the second one.
                interrupts += 1
                if interrupts > 1:
                    process.kill()
    finally:
        if in_main_thread:
            signal.signal(signal.SIGTERM, previous)
    return 128 - code if code < 0 else code


if __name__ == "__main__":
    sys.exit(main())
