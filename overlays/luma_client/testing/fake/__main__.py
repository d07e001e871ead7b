"""``python -m luma_client.testing.fake`` (also ``luma-fake``): Fake Luma as an HTTP server.

::

    luma-fake [--host 127.0.0.1] [--port 4010] [--api-key KEY] [--seed N]
              [--populate events=20,guests_per_event=100] [--load FIXTURES]
              [--clock real|START] [--check-responses] [-- CMD [ARG ...]]

Without a command it serves until SIGINT (Ctrl-C) or SIGTERM, then exits with status 0.
It prints the base URL and the API key it accepts once it answers requests, as
``LUMA_BASE_URL=...`` and ``LUMA_API_KEY=...`` lines a shell or CI step can use.

With a command after ``--`` it serves only while the command runs: the command gets
``LUMA_BASE_URL`` and ``LUMA_API_KEY`` pointing at the fake (replacing any real values, so it
cannot reach Luma by accident), and its exit status becomes ours. ``make demo`` uses this.

Exit status: 0 after a signal; 1 when the server cannot start (e.g. the port is taken);
2 for bad arguments or fixtures that do not load; with a command, the command's status,
``128 + N`` when it was killed by signal ``N``, 125 when the fake cannot start, 126/127 when
the command cannot be executed / is not found.
"""

from __future__ import annotations

import argparse
import inspect
import ipaddress
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Final

import yaml

from .. import MOCK_API_KEY
from . import FakeLuma, SteppingClock
from ._clock import Clock
from ._ratelimit import rate_limit_option
from ._server import ServerError, serve

__all__ = ["main"]

PROG: Final = "luma-fake"
DEFAULT_PORT: Final = 4010
DEFAULT_API_KEY: Final = MOCK_API_KEY

EXIT_SERVER_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_FAKE_FAILED: Final = 125
EXIT_CANNOT_EXECUTE: Final = 126
EXIT_NOT_FOUND: Final = 127

_STOP_SIGNALS: Final = (signal.SIGINT, signal.SIGTERM)


def _host(text: str) -> str:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an IP address: {text!r} (e.g. 127.0.0.1, or 0.0.0.0 for every interface)"
        ) from None
    return text


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"must be between 0 and 65535 (0: a free port): {value}")
    return value


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None


def _api_key(text: str) -> str:
    # The value itself is never repeated in a message: it may be a real key pasted by mistake.
    if not text or text != text.strip() or any(ch.isspace() for ch in text):
        raise argparse.ArgumentTypeError("must be non-empty and contain no whitespace")
    return text


def _populate_options() -> frozenset[str]:
    parameters = inspect.signature(FakeLuma.populate).parameters
    return frozenset(name for name in parameters if name != "self")


def _populate(text: str) -> dict[str, int]:
    allowed = _populate_options()
    counts: dict[str, int] = {}
    for item in text.split(","):
        name, sep, number = item.strip().partition("=")
        name = name.strip()
        if not sep or not name:
            raise argparse.ArgumentTypeError(f"expected NAME=COUNT[,NAME=COUNT...], got {item!r}")
        if name not in allowed:
            raise argparse.ArgumentTypeError(
                f"unknown name {name!r}; choose from {', '.join(sorted(allowed))}"
            )
        try:
            count = int(number)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{name}: not an integer: {number!r}") from None
        if count < 0:
            raise argparse.ArgumentTypeError(f"{name}: must not be negative, got {count}")
        counts[name] = count
    return counts


def _clock(text: str) -> Clock:
    if text == "real":
        return _wall_clock
    try:
        start = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected 'real' or an ISO 8601 date-time such as 2026-03-01T09:00:00Z, got {text!r}"
        ) from None
    if start.tzinfo is None:
        raise argparse.ArgumentTypeError(f"give a time zone (e.g. Z) with {text!r}")
    return SteppingClock(start)


def _wall_clock() -> datetime:
    return datetime.now(UTC)


def _fixtures(text: str) -> Path:
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"no such file: {text!r}")
    return path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=(
            f"{PROG} [--host HOST] [--port PORT] [--api-key KEY] [--seed N] "
            "[--populate NAME=COUNT,...] [--load FILE] [--clock real|START] [--check-responses] "
            "[--rate-limit N] "
            "[-- CMD [ARG ...]]"
        ),
        description=(
            "Serve Fake Luma, a stateful stand-in for Luma's public API, over HTTP until "
            "SIGINT/SIGTERM; or, with a command after --, only while that command runs."
        ),
    )
    parser.add_argument(
        "--host", type=_host, default="127.0.0.1", help="IP address (default: 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, help="port, 0 for a free one (default: 4010)"
    )
    parser.add_argument(
        "--api-key",
        type=_api_key,
        default=DEFAULT_API_KEY,
        help=f"the key it accepts (default: {DEFAULT_API_KEY})",
    )
    parser.add_argument("--seed", type=_seed, default=0, help="seed for ids and data (default: 0)")
    parser.add_argument(
        "--populate",
        type=_populate,
        default=None,
        metavar="NAME=COUNT,...",
        help="generate data first, e.g. events=20,guests_per_event=100",
    )
    parser.add_argument(
        "--clock",
        type=_clock,
        default=None,
        metavar="real|START",
        help=(
            "'real' for the wall clock; or the instant a clock stepping one second per "
            "request starts at (default: 2026-01-05T09:00:00Z, repeatable runs)"
        ),
    )
    parser.add_argument(
        "--check-responses",
        action="store_true",
        help="check every answer against the spec; a mismatch (a bug in the fake) answers 500",
    )
    parser.add_argument(  # fake-control hook
        "--rate-limit",
        type=rate_limit_option,
        default=None,
        metavar="N",
        help="Luma's rate limit: N requests/minute per calendar key, 0 for off (default: off)",
    )
    parser.add_argument(
        "--load", type=_fixtures, default=None, metavar="FILE", help="load JSON/YAML fixtures first"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``luma-fake``; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    command: list[str] = []
    if "--" in args:
        split = args.index("--")
        args, command = args[:split], args[split + 1 :]
        if not command:
            _parser().error("no command after --")
    options = _parser().parse_args(args)

    fake = FakeLuma(
        api_key=options.api_key,
        seed=options.seed,
        clock=options.clock,
        check_responses=options.check_responses,
        rate_limit=options.rate_limit,
    )
    if options.load is not None:
        try:
            fake.load(options.load)
        except (ValueError, yaml.YAMLError) as exc:
            print(f"{PROG}: cannot load {str(options.load)!r}: {exc}", file=sys.stderr)
            return EXIT_USAGE
    if options.populate:
        fake.populate(**options.populate)

    if command:
        return _run_command(fake, options.host, options.port, command)
    return _serve_until_signal(fake, options.host, options.port)


def _serve_until_signal(fake: FakeLuma, host: str, port: int) -> int:
    stop = threading.Event()
    with _on_stop_signals(lambda _signum: stop.set()):
        try:
            with serve(fake, host, port) as url:
                print(f"Fake Luma serving on {url}; stop with Ctrl-C or SIGTERM", flush=True)
                print(f"LUMA_BASE_URL={url}", flush=True)
                print(f"LUMA_API_KEY={fake.api_key}", flush=True)
                stop.wait()
        except ServerError as exc:
            print(f"{PROG}: {exc}", file=sys.stderr)
            return EXIT_SERVER_FAILED
    print(f"{PROG}: stopped", file=sys.stderr, flush=True)
    return 0


@contextmanager
def _on_stop_signals(action: Callable[[int], None]) -> Iterator[None]:
    """Run ``action(signum)`` on SIGINT/SIGTERM for the block's duration (main thread only)."""

    def handler(signum: int, _frame: FrameType | None) -> None:
        action(signum)

    previous = {sig: signal.signal(sig, handler) for sig in _STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _run_command(fake: FakeLuma, host: str, port: int, command: list[str]) -> int:
    try:
        with serve(fake, host, port) as url:
            print(f"{PROG}: Fake Luma at {url}", file=sys.stderr, flush=True)
            env = {**os.environ, "LUMA_BASE_URL": url, "LUMA_API_KEY": fake.api_key}
            return _run(command, env)
    except ServerError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_FAKE_FAILED


def _run(command: list[str], env: dict[str, str]) -> int:
    try:
        process = subprocess.Popen(command, env=env)
    except FileNotFoundError:
        print(f"{PROG}: command not found: {command[0]}", file=sys.stderr)
        return EXIT_NOT_FOUND
    except PermissionError:
        print(f"{PROG}: cannot execute: {command[0]}", file=sys.stderr)
        return EXIT_CANNOT_EXECUTE

    interrupts = 0

    def forward(signum: int) -> None:
        # The command decides when it is done; the fake stops after it. SIGTERM is passed
        # on. Ctrl-C reached the command already (same process group), so it is not sent
        # again; a second one kills the command.
        nonlocal interrupts
        if process.poll() is not None:
            return
        if signum == signal.SIGTERM:
            process.send_signal(signal.SIGTERM)
            return
        interrupts += 1
        if interrupts > 1:
            process.kill()

    with _on_stop_signals(forward):
        code = process.wait()
    return 128 - code if code < 0 else code


if __name__ == "__main__":
    sys.exit(main())
