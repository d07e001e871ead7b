"""Figure 7: Fake Luma against Prism, and against what httpx itself costs.

Three requests (``get_event``, a 50-guest page of ``list_event_guests``, ``create_event``)
are sent one after another, by the same raw ``httpx.Client`` + ``json.loads``, to five
answerers, interleaved round by round:

- the floor: an ``httpx.MockTransport`` handler returning the fake's own answer bytes, so
  it does nothing at all and only httpx is left;
- the fake in-process (``FakeLuma.transport()``);
- the fake over loopback: ``python -m luma_client.testing.fake`` in a child process;
- Prism 5.14.2, started as the tests start it (``luma_client.testing.mock_server``);
- the server floor: uvicorn with the fake's settings around an ASGI app that only returns
  the fake's bytes (``bench._asgi_floor``, child process): what uvicorn alone costs.

Then start-up: each server process from its start to its first answer, and a new in-process
``FakeLuma`` to its first answer (what a per-test fixture pays).
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import httpx

from luma_client.testing import mock_server
from luma_client.testing.fake import FakeLuma

from . import _common, _payloads

KEY = "fake"
TITLE = "7. Fake Luma vs Prism vs the httpx floor"

API_KEY: Final = _payloads.API_KEY
GET_SELF: Final = "/v1/users/get-self"
CREATE_PATH: Final = "/v1/events/create"
ADD_GUESTS_PATH: Final = "/v1/events/guests/add"
PAGE: Final = 50
_JSON: Final = {"content-type": "application/json"}

#: What the figure is judged on.
INPROCESS_VS_FLOOR: Final = 1.5  # time per request, at most
INPROCESS_VS_PRISM: Final = 8.0  # requests per second, at least
SERVER_VS_PRISM: Final = 3.0  # requests per second, at least
SERVER_STARTUP_SHARE: Final = 0.20  # of Prism's start-up, at most
FIXTURE_STARTUP_SHARE: Final = 0.01  # of Prism's start-up, at most

FLOOR = "floor: `httpx.MockTransport` returning the same bytes"
INPROCESS = "Fake Luma in-process (`FakeLuma.transport()`)"
SERVER = "Fake Luma over loopback (`python -m luma_client.testing.fake`)"
PRISM = "Prism 5.14.2 over loopback"
SERVER_FLOOR = "server floor: uvicorn as the fake runs it, an app returning the same bytes"

_READY_TIMEOUT: Final = 60.0
ROUNDS: Final = 12
INNER: Final = 40
WARMUP: Final = 3  # _common.interleaved's warm-up calls per contender

CREATE_BODY: Final = json.dumps(
    {
        "name": "Benchmark meetup",
        "start_at": "2031-05-04T18:00:00.000Z",
        "end_at": "2031-05-04T20:00:00.000Z",
        "timezone": "Europe/Berlin",
    }
).encode()


@dataclass
class Endpoint:
    """One answerer: a client aimed at it and the event the reads ask for."""

    client: httpx.Client
    event_id: str

    def get_event(self) -> Any:
        return _ok(self.client.get(_payloads.EVENT_PATH, params={"event_id": self.event_id}))

    def list_guests(self) -> Any:
        params: dict[str, str | int] = {"event_id": self.event_id, "pagination_limit": PAGE}
        return _ok(self.client.get(_payloads.GUESTS_PATH, params=params))

    def create_event(self) -> Any:
        return _ok(self.client.post(CREATE_PATH, content=CREATE_BODY, headers=_JSON))


OPERATIONS: Final[dict[str, Callable[[Endpoint], Any]]] = {
    "get_event": Endpoint.get_event,
    f"list_event_guests (page of {PAGE})": Endpoint.list_guests,
    "create_event": Endpoint.create_event,
}


def _ok(response: httpx.Response) -> Any:
    if response.status_code != 200:
        raise RuntimeError(f"{response.request.url.path} answered {response.status_code}")
    return json.loads(response.content)


def _client(base_url: str, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    headers = {"x-luma-api-key": API_KEY, "accept": "application/json"}
    # trust_env=False: no proxy from the environment may see loopback traffic.
    return httpx.Client(base_url=base_url, headers=headers, transport=transport, trust_env=False)


def _fill(client: httpx.Client) -> str:
    """One event with 60 guests, made through the API itself; returns the event id."""
    event_id: str = _ok(client.post(CREATE_PATH, content=CREATE_BODY, headers=_JSON))["id"]
    guests = [{"email": f"guest{n}@example.com", "name": f"Guest {n}"} for n in range(60)]
    body = json.dumps({"event_id": event_id, "guests": guests}).encode()
    _ok(client.post(ADD_GUESTS_PATH, content=body, headers=_JSON))
    return event_id


def _answers(fake: Endpoint) -> dict[str, str]:
    """The fake's JSON answer per path, re-encoded: what both floors send back."""
    return {
        _payloads.EVENT_PATH: json.dumps(fake.get_event()),
        _payloads.GUESTS_PATH: json.dumps(fake.list_guests()),
        CREATE_PATH: json.dumps(fake.create_event()),
    }


def _floor(answers: dict[str, str], event_id: str) -> Endpoint:
    """A do-nothing transport that answers each path with the fake's bytes for it."""
    bodies = {path: text.encode() for path, text in answers.items()}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=bodies[request.url.path], headers=_JSON)

    return Endpoint(_client("http://luma.floor", httpx.MockTransport(handler)), event_id)


@dataclass
class Served:
    url: str
    pid: int

    def cpu_seconds(self) -> float:
        """CPU time all threads of the server process have run so far (Linux schedstat, ns)."""
        total = 0
        for task in Path(f"/proc/{self.pid}/task").iterdir():
            with contextlib.suppress(OSError):  # a thread may end while we read
                total += int((task / "schedstat").read_text(encoding="ascii").split()[0])
        return total / 1e9


@contextlib.contextmanager
def fake_process(*, seed: int = 0) -> Iterator[Served]:
    """``python -m luma_client.testing.fake`` on a free port in its own process group."""
    command = [sys.executable, "-m", "luma_client.testing.fake", "--port", "0"]
    command += ["--api-key", API_KEY, "--seed", str(seed)]
    with _child(command) as served:
        yield served


@contextlib.contextmanager
def server_floor(answers: dict[str, str]) -> Iterator[Served]:
    """``bench._asgi_floor``: uvicorn as the fake runs it, answering with the fake's bytes."""
    with tempfile.TemporaryDirectory() as folder:
        bodies = Path(folder) / "bodies.json"
        bodies.write_text(json.dumps(answers), encoding="utf-8")
        with _child([sys.executable, "-m", "bench._asgi_floor", str(bodies)]) as served:
            yield served


@contextlib.contextmanager
def _child(command: list[str]) -> Iterator[Served]:
    """A server process in its own process group, until it announces its URL; then stopped."""
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,  # closed at the end: the floor server stops on it
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        bufsize=0,  # unbuffered: select() must see every line the server prints
    )
    try:
        yield Served(_announced_url(process), process.pid)
    finally:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.close()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        process.stdout.close()


def _announced_url(process: subprocess.Popen[bytes]) -> str:
    """The ``LUMA_BASE_URL=`` line the fake prints once it answers."""
    assert process.stdout is not None
    deadline = time.monotonic() + _READY_TIMEOUT
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], deadline - time.monotonic())
        if not ready:
            break
        line = process.stdout.readline().decode()
        if not line:
            break
        if line.startswith("LUMA_BASE_URL="):
            return line.split("=", 1)[1].strip()
    raise RuntimeError(f"the fake's server did not announce itself (exit code {process.poll()})")


def _first_answer(base_url: str) -> None:
    with _client(base_url) as client:
        _ok(client.get(GET_SELF))


def _startup_fake_server() -> float:
    start = time.perf_counter()
    with fake_process() as served:
        _first_answer(served.url)
        return time.perf_counter() - start


def _startup_prism() -> float:
    start = time.perf_counter()
    with mock_server():  # returns once Prism has answered GET /v1/users/get-self
        return time.perf_counter() - start


def _startup_fixture() -> float:
    start = time.perf_counter()
    fake = FakeLuma(api_key=API_KEY, seed=0)
    with _client("http://luma.fake", fake.transport()) as client:
        _ok(client.get(GET_SELF))
    return time.perf_counter() - start


def _startup_fresh_interpreter() -> float:
    """Import, spec loading and the first answer, in a new interpreter (what one CI job pays)."""
    code = (
        "import time; t = time.perf_counter()\n"
        "import httpx\n"
        "from luma_client.testing.fake import FakeLuma\n"
        f"fake = FakeLuma(api_key={API_KEY!r}, seed=0)\n"
        "c = httpx.Client(base_url='http://luma.fake', transport=fake.transport())\n"
        f"r = c.get({GET_SELF!r}, headers={{'x-luma-api-key': {API_KEY!r}}})\n"
        "assert r.status_code == 200\n"
        "print(time.perf_counter() - t)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, text=True)
    return float(out.stdout.strip())


def _ratio_row(
    label: str, ratio: float, target: float, *, at_least: bool, judged: bool = True
) -> _common.Row:
    """A ratio with its target; ``judged=False`` shows the target for comparison only."""
    if not judged:
        return _common.Row(label, "", "", "", ratio, f"(for {target:g}x)", None)
    met = ratio >= target if at_least else ratio <= target
    sign = ">=" if at_least else "<="
    return _common.Row(label, "", "", "", ratio, f"{sign} {target:g}x", met)


def _raw(request: Callable[[Endpoint], Any], endpoint: Endpoint) -> bytes:
    """The answer's bytes, for the size note."""
    return json.dumps(request(endpoint)).encode()


def _inverse(stats: _common.Stats, baseline: _common.Stats) -> float:
    """How many times faster ``stats`` is than ``baseline``, paired by round."""
    return 1.0 / _common.paired_ratio(stats, baseline)


def run() -> _common.Figure:
    rows: list[_common.Row] = []
    notes: list[str] = []
    details: list[tuple[str, str]] = []
    verdicts: list[bool] = []
    worst: dict[str, float] = {}
    sizes: dict[str, tuple[int, int]] = {}

    fake = FakeLuma(api_key=API_KEY, seed=0)
    inprocess_client = _client("http://luma.fake", fake.transport())
    inprocess = Endpoint(inprocess_client, _fill(inprocess_client))
    answers = _answers(inprocess)  # one set of bytes for both floors
    floor = _floor(answers, inprocess.event_id)
    with (
        fake_process() as served,
        server_floor(answers) as canned,
        mock_server() as prism_url,
    ):
        server_client = _client(served.url)
        server = Endpoint(server_client, _fill(server_client))
        prism = Endpoint(_client(prism_url), _payloads.EVENT_ID)
        uvicorn_floor = Endpoint(_client(canned.url), server.event_id)
        endpoints = {
            FLOOR: floor,
            INPROCESS: inprocess,
            SERVER_FLOOR: uvicorn_floor,
            SERVER: server,
            PRISM: prism,
        }
        try:
            for operation, request in OPERATIONS.items():
                contenders = {name: _bound(request, ep) for name, ep in endpoints.items()}
                cpu_before = served.cpu_seconds(), canned.cpu_seconds()
                stats = _common.interleaved(contenders, rounds=ROUNDS, inner=INNER)
                calls = ROUNDS * INNER + WARMUP
                server_cpu = (served.cpu_seconds() - cpu_before[0]) / calls
                floor_cpu = (canned.cpu_seconds() - cpu_before[1]) / calls
                sizes[operation] = (len(_raw(request, inprocess)), len(_raw(request, prism)))
                base = stats[FLOOR]
                vs_floor = _common.paired_ratio(stats[INPROCESS], base)
                vs_prism = _inverse(stats[INPROCESS], stats[PRISM])
                server_vs_prism = _inverse(stats[SERVER], stats[PRISM])
                rows += [
                    _common.time_row(f"{operation}: {FLOOR}", base),
                    _common.time_row(
                        f"{operation}: {INPROCESS}", stats[INPROCESS], base, INPROCESS_VS_FLOOR
                    ),
                    _common.time_row(f"{operation}: {SERVER_FLOOR}", stats[SERVER_FLOOR], base),
                    _common.time_row(f"{operation}: {SERVER}", stats[SERVER], base),
                    _common.time_row(f"{operation}: {PRISM}", stats[PRISM], base),
                    _ratio_row(
                        f"{operation}: ceiling set by httpx: floor vs Prism, requests/s",
                        _inverse(base, stats[PRISM]),
                        INPROCESS_VS_PRISM,
                        at_least=True,
                        judged=False,
                    ),
                    _ratio_row(
                        f"{operation}: ceiling set by uvicorn: server floor vs Prism, requests/s",
                        _inverse(stats[SERVER_FLOOR], stats[PRISM]),
                        SERVER_VS_PRISM,
                        at_least=True,
                        judged=False,
                    ),
                    _common.Row(
                        f"{operation}: CPU time of the fake's server process per request",
                        _common.format_seconds(server_cpu),
                        "",
                        "",
                    ),
                    _common.Row(
                        f"{operation}: CPU time of the server floor's process per request",
                        _common.format_seconds(floor_cpu),
                        "",
                        "",
                    ),
                    _ratio_row(
                        f"{operation}: in-process vs Prism, requests/s",
                        vs_prism,
                        INPROCESS_VS_PRISM,
                        at_least=True,
                    ),
                    _ratio_row(
                        f"{operation}: server vs Prism, requests/s",
                        server_vs_prism,
                        SERVER_VS_PRISM,
                        at_least=True,
                    ),
                ]
                verdicts += [
                    vs_floor <= INPROCESS_VS_FLOOR,
                    vs_prism >= INPROCESS_VS_PRISM,
                    server_vs_prism >= SERVER_VS_PRISM,
                ]
                worst["floor"] = max(worst.get("floor", 0.0), vs_floor)
                worst["prism"] = min(worst.get("prism", float("inf")), vs_prism)
                worst["server"] = min(worst.get("server", float("inf")), server_vs_prism)
                if vs_floor > INPROCESS_VS_FLOOR:
                    details.append(
                        (
                            f"cProfile of {operation} in-process (top functions by own time)",
                            _common.profile(_bound(request, inprocess), repeat=400),
                        )
                    )
        finally:
            for endpoint in endpoints.values():
                endpoint.client.close()

    notes.append(
        "The ceiling rows are a floor's speed over Prism's. httpx's: the most any in-process "
        "fake can reach here, since httpx itself costs the floor's time; on a loaded machine "
        "it falls below the 8x target by itself. uvicorn's: the most any fake served by "
        "uvicorn (with the fake's settings: httptools, uvloop, no access log) can reach over "
        "loopback, since the client's httpx and uvicorn itself cost the server floor's time. "
        "A server's CPU time per request (from `/proc`, all its threads, measured over the "
        "whole interleaved run) depends far less on the machine's load than wall time does."
    )
    notes.append(
        "Answer sizes (JSON as decoded and re-encoded), fake vs Prism: "
        + "; ".join(
            f"{operation} {_common.format_bytes(fake_size)} vs {_common.format_bytes(prism_size)}"
            for operation, (fake_size, prism_size) in sizes.items()
        )
        + ". Prism returns the spec's example page whatever `pagination_limit` asks for, so "
        "its list answers are smaller than the fake's 50 guests."
    )
    startup = _startup_rows()
    rows += startup.rows
    verdicts += startup.verdicts
    notes += startup.notes
    notes.append(
        "Every contender is the same raw `httpx.Client` + `json.loads`; only what answers "
        "differs. The floor answers with the fake's own bytes, so the in-process ratio is "
        "what the fake's core (routing, key check, validation, handler, shaping, encoding) "
        "adds to httpx. The fake's state grows by one event per `create_event` call."
    )
    headline = (
        f"in-process {worst['floor']:.2f}x the floor (worst op); "
        f"{worst['prism']:.1f}x Prism's requests/s in-process, {worst['server']:.1f}x over "
        f"loopback; start-up {startup.server_share:.0%} (server) and "
        f"{startup.fixture_share:.2%} (new FakeLuma) of Prism's"
    )
    return _common.Figure(
        key=KEY,
        title=TITLE,
        what=__doc__.split("\n\n", 1)[1].strip() if __doc__ else TITLE,
        rows=rows,
        target=(
            f"in-process <= {INPROCESS_VS_FLOOR:g}x floor; >= {INPROCESS_VS_PRISM:g}x Prism "
            f"in-process, >= {SERVER_VS_PRISM:g}x over loopback; start-up <= "
            f"{SERVER_STARTUP_SHARE:.0%} (server), <= {FIXTURE_STARTUP_SHARE:.0%} (new FakeLuma)"
        ),
        met=all(verdicts),
        headline=headline,
        notes=notes,
        details=details,
    )


def _bound(request: Callable[[Endpoint], Any], endpoint: Endpoint) -> Callable[[], Any]:
    return lambda: request(endpoint)


@dataclass
class _Startup:
    rows: list[_common.Row]
    verdicts: list[bool]
    notes: list[str]
    server_share: float
    fixture_share: float


def _startup_rows() -> _Startup:
    prism: list[float] = []
    server: list[float] = []
    for index in range(3):  # interleaved, alternating which goes first
        order = (_startup_prism, _startup_fake_server)
        for measure in order if index % 2 == 0 else order[::-1]:
            (prism if measure is _startup_prism else server).append(measure())
    fixture = [_startup_fixture() for _ in range(30)]
    fresh = [_startup_fresh_interpreter() for _ in range(3)]
    prism_stats, server_stats = _common.Stats(tuple(prism)), _common.Stats(tuple(server))
    fixture_stats, fresh_stats = _common.Stats(tuple(fixture)), _common.Stats(tuple(fresh))
    server_share = server_stats.median / prism_stats.median
    fixture_share = fixture_stats.median / prism_stats.median
    rows = [
        _common.time_row("start-up: Prism, process start to first answer", prism_stats),
        _common.time_row("start-up: Fake Luma server, process start to first answer", server_stats),
        _common.time_row(
            "start-up: a new `FakeLuma` in a warm process to first answer", fixture_stats
        ),
        _common.time_row(
            "start-up: the first `FakeLuma` in a fresh interpreter (imports, spec) to first answer",
            fresh_stats,
        ),
        _common.Row(
            "start-up: Fake Luma server / Prism",
            f"{server_share:.1%}",
            "",
            "",
            None,
            f"<= {SERVER_STARTUP_SHARE:.0%}",
            server_share <= SERVER_STARTUP_SHARE,
        ),
        _common.Row(
            "start-up: new `FakeLuma` / Prism",
            f"{fixture_share:.2%}",
            "",
            "",
            None,
            f"<= {FIXTURE_STARTUP_SHARE:.0%}",
            fixture_share <= FIXTURE_STARTUP_SHARE,
        ),
    ]
    notes = [
        f"Start-up medians over {len(prism)} interleaved starts of each server, "
        f"{len(fixture)} new `FakeLuma`s and {len(fresh)} fresh interpreters. Prism's is "
        "timed as `mock_server()` takes it (it polls every 50 ms); the fake's until the "
        "`LUMA_BASE_URL=` line it prints once it listens, plus one request.",
        f"The first `FakeLuma` of a process also pays for imports and loading the spec "
        f"({_common.format_seconds(statistics.median(fresh))} in a fresh interpreter, "
        "interpreter start excluded); later ones, as a per-test fixture creates them, do not.",
    ]
    return _Startup(
        rows,
        [server_share <= SERVER_STARTUP_SHARE, fixture_share <= FIXTURE_STARTUP_SHARE],
        notes,
        server_share,
        fixture_share,
    )
