"""Figure 5: ``import luma_client`` vs ``import httpx`` in fresh interpreters."""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

from . import _common, _payloads

KEY = "imports"
TARGET = 1.5
RUNS = 15

BARE = "pass"
HTTPX = "import httpx"
LUMA = "import luma_client"
TYPICAL = (
    "import luma_client; from luma_api.api.events import get_event; "
    "from luma_api.api.guests import list_event_guests"
)
STATEMENTS = (BARE, HTTPX, LUMA, TYPICAL)
LABELS = {
    BARE: "`python -c pass` (bare interpreter)",
    HTTPX: "`import httpx` (baseline)",
    LUMA: "`import luma_client`",
    TYPICAL: "`import luma_client` + `get_event` + `list_event_guests` modules",
}


def _run(statement: str, env: Mapping[str, str], *, importtime: bool = False) -> tuple[float, str]:
    command = [sys.executable, *(["-X", "importtime"] if importtime else []), "-c", statement]
    start = time.perf_counter()
    done = subprocess.run(
        command, env=env, cwd=_payloads.ROOT, capture_output=True, text=True, check=True
    )
    return time.perf_counter() - start, done.stderr


def _interleaved(env: Mapping[str, str]) -> dict[str, _common.Stats]:
    """RUNS fresh interpreters per statement, rotating the order every round."""
    samples: dict[str, list[float]] = {statement: [] for statement in STATEMENTS}
    for index in range(RUNS):
        shift = index % len(STATEMENTS)
        for statement in STATEMENTS[shift:] + STATEMENTS[:shift]:
            samples[statement].append(_run(statement, env)[0])
    return {statement: _common.Stats(tuple(values)) for statement, values in samples.items()}


def _parse_importtime(stderr: str) -> tuple[dict[str, tuple[int, int]], int]:
    """({module: (self µs, cumulative µs)}, total µs) from ``-X importtime`` output."""
    modules: dict[str, tuple[int, int]] = {}
    total = 0
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative, name = line.split(":", 1)[1].split("|")
        modules[name.strip()] = (int(self_us), int(cumulative))
        if not name[1:].startswith(" "):  # a top-level import: its cumulative time counts once
            total += int(cumulative)
    return modules, total


def _bytecode_state() -> str:
    """Whether the modules compared are imported from cached bytecode in this environment."""
    parts = []
    for name in ("httpx", "luma_client", "luma_api"):
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        if origin is None:
            continue
        cached = Path(importlib.util.cache_from_source(origin)).exists()
        parts.append(f"`{name}` {'has' if cached else 'has no'} `.pyc` beside its source")
    writes = "off" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "on"
    return f"bytecode writing {writes} (PYTHONDONTWRITEBYTECODE); " + ", ".join(parts)


def _rows(
    stats: dict[str, _common.Stats], *, suffix: str, judged: bool
) -> tuple[list[_common.Row], float]:
    bare = stats[BARE].median
    httpx_net = stats[HTTPX].median - bare
    rows = []
    luma_ratio = float("nan")
    for statement in STATEMENTS:
        series = stats[statement]
        net = series.median - bare
        ratio = None if statement in (BARE, HTTPX) else net / httpx_net
        target = statement == LUMA
        if statement == LUMA and ratio is not None:
            luma_ratio = ratio
        rows.append(
            _common.Row(
                label=f"{LABELS[statement]}, {suffix}",
                median=_common.format_seconds(series.median)
                + ("" if statement == BARE else f" (net {_common.format_seconds(net)})"),
                min=_common.format_seconds(series.min),
                max=_common.format_seconds(series.max),
                ratio=ratio,
                target=f"<= {TARGET:g}x" if target else "",
                met=(ratio is not None and ratio <= TARGET) if target and judged else None,
            )
        )
    return rows, luma_ratio


class _ImportTimes:
    """Medians over RUNS ``-X importtime`` runs of ``import httpx`` and ``import luma_client``."""

    def __init__(self, env: Mapping[str, str]) -> None:
        selfs: dict[str, dict[str, list[int]]] = {HTTPX: defaultdict(list), LUMA: defaultdict(list)}
        totals: dict[str, list[int]] = {HTTPX: [], LUMA: []}
        cli: list[int] = []
        for _ in range(RUNS):
            for statement in (HTTPX, LUMA):
                modules, total = _parse_importtime(_run(statement, env, importtime=True)[1])
                totals[statement].append(total)
                for name, (self_us, _cumulative) in modules.items():
                    selfs[statement][name].append(self_us)
                if statement == HTTPX:
                    cli.append(modules.get("httpx._main", (0, 0))[1])
        self.httpx_total = statistics.median(totals[HTTPX]) / 1e6
        self.luma_total = statistics.median(totals[LUMA]) / 1e6
        #: httpx imports its command line (click, rich, pygments) when they are installed.
        self.httpx_cli = statistics.median(cli) / 1e6
        self.report = _extra_modules_report(selfs[HTTPX], selfs[LUMA])


def _extra_modules_report(
    httpx_selfs: Mapping[str, list[int]], luma_selfs: Mapping[str, list[int]]
) -> str:
    extra = {
        name: statistics.median(values)
        for name, values in luma_selfs.items()
        if name not in httpx_selfs
    }
    ranked = sorted(extra.items(), key=lambda item: item[1], reverse=True)
    lines = [
        f"median of {RUNS} runs of `-X importtime`; modules `import luma_client` loads that "
        "`import httpx` does not, by own (self) time",
        "",
        f"{'self µs':>8}  module",
    ]
    lines += [f"{value:8.0f}  {name}" for name, value in ranked[:15]]
    lines.append(f"{sum(extra.values()):8.0f}  total over {len(extra)} modules")
    return "\n".join(lines)


def run() -> _common.Figure:
    as_is = dict(os.environ)
    state = _bytecode_state()
    stats_as_is = _interleaved(as_is)
    rows, ratio = _rows(stats_as_is, suffix="environment as is", judged=True)
    with tempfile.TemporaryDirectory(prefix="luma-bench-pycache-") as cache:
        warm = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        warm["PYTHONPYCACHEPREFIX"] = cache
        for statement in STATEMENTS:
            _run(statement, warm)  # compile everything once into the private cache
        warm_rows, warm_ratio = _rows(
            _interleaved(warm), suffix="warm bytecode cache", judged=False
        )
    times = _ImportTimes(as_is)
    without_cli = (times.luma_total - times.httpx_cli) / (times.httpx_total - times.httpx_cli)
    met = ratio <= TARGET
    notes = [
        f"Bytecode in the environment as is: {state}.",
        '"Warm bytecode cache" reruns everything with `PYTHONPYCACHEPREFIX` pointing at a '
        "private temporary directory (primed by one run of each statement) and bytecode "
        "writing on: what an installed wheel sees. Nothing is written into the repository.",
        "Ratios are of net import time (median wall time minus the bare interpreter's median); "
        f"warm-cache `import luma_client` ratio: {warm_ratio:.2f}x.",
        f"`-X importtime` totals (median, environment as is): `import httpx` "
        f"{_common.format_seconds(times.httpx_total)}, `import luma_client` "
        f"{_common.format_seconds(times.luma_total)}.",
        "Caveat on the baseline: `import httpx` also imports its command line (`httpx._main`: "
        "click, rich, pygments) when those are installed, as they are in this dev venv "
        f"(schemathesis and typer bring them): {_common.format_seconds(times.httpx_cli)} of "
        "it. In an environment without them both imports lose that time and the ratio "
        f"becomes about {without_cli:.2f}x.",
    ]
    return _common.Figure(
        key=KEY,
        title="5. Import time in a fresh interpreter",
        what=(
            f"Wall time of `python -c STATEMENT` in a fresh subprocess, {RUNS} runs each, "
            "interleaved (rotating order). Net = minus the bare interpreter's median."
        ),
        rows=rows + warm_rows,
        target=f"<= {TARGET:g}x (net, environment as is)",
        met=met,
        headline=f"{ratio:.2f}x",
        notes=notes,
        details=[
            ("Where `import luma_client` spends its time beyond `import httpx`", times.report)
        ],
    )
