"""Timing, statistics, profiles and the result records every figure shares."""

from __future__ import annotations

import cProfile
import gc
import io
import os
import platform
import pstats
import statistics
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version
from typing import Any

from . import _payloads


@dataclass(frozen=True)
class Stats:
    """Per-operation measurements (seconds, bytes, …), one sample per round."""

    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def min(self) -> float:
        return min(self.samples)

    @property
    def max(self) -> float:
        return max(self.samples)


def interleaved(
    contenders: Mapping[str, Callable[[], object]], *, rounds: int, inner: int, warmup: int = 3
) -> dict[str, Stats]:
    """Time each contender ``inner`` times per round, alternating the order every round.

    Interleaving makes every contender share the machine's noise (other processes, CPU
    frequency, the server's state). A sample is the mean time of one operation in one round.
    The garbage collector stays on: allocating many objects is part of what is measured.
    """
    for fn in contenders.values():
        for _ in range(warmup):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for index in range(rounds):
        order = names if index % 2 == 0 else names[::-1]
        for name in order:
            fn = contenders[name]
            gc.collect()
            start = time.perf_counter()
            for _ in range(inner):
                fn()
            samples[name].append((time.perf_counter() - start) / inner)
    return {name: Stats(tuple(values)) for name, values in samples.items()}


def format_seconds(seconds: float) -> str:
    if seconds >= 1.0:
        return f"{seconds:.3f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


def describe_extra(value: float, reference: float, *, per: int = 1) -> str:
    """``value - reference`` (divided by ``per``) in words; within 3 % of ``reference`` is noise."""
    extra = value - reference
    if abs(extra) < 0.03 * reference:
        return f"no measurable cost ({extra / reference:+.1%}, within noise)"
    return f"{format_seconds(extra / per)} ({extra / reference:+.0%})"


def format_bytes(size: float) -> str:
    if abs(size) >= 1024 * 1024:
        return f"{size / (1024 * 1024):.2f} MiB"
    if abs(size) >= 1024:
        return f"{size / 1024:.1f} KiB"
    return f"{size:.0f} B"


@dataclass
class Row:
    """One line of a figure's table; the values are already formatted."""

    label: str
    median: str
    min: str
    max: str
    ratio: float | None = None
    target: str = ""
    met: bool | None = None


def paired_ratio(stats: Stats, baseline: Stats) -> float:
    """Median over rounds of (this round's sample / the baseline's sample in the same round).

    Samples of one round were taken back to back, so a burst of machine noise that spans a
    round cancels out; the median discards rounds where it hit only one of the two.
    """
    if len(stats.samples) != len(baseline.samples):
        return stats.median / baseline.median
    return statistics.median(a / b for a, b in zip(stats.samples, baseline.samples, strict=True))


def time_row(
    label: str, stats: Stats, baseline: Stats | None = None, target: float | None = None
) -> Row:
    """A timing row; ``ratio`` is the paired ratio to the baseline (see ``paired_ratio``)."""
    ratio = None if baseline is None else paired_ratio(stats, baseline)
    met = None if target is None or ratio is None else ratio <= target
    return Row(
        label,
        format_seconds(stats.median),
        format_seconds(stats.min),
        format_seconds(stats.max),
        ratio,
        "" if target is None else f"<= {target:g}x",
        met,
    )


@dataclass
class Figure:
    """What one benchmark found: a table, the verdict, and where the cost goes."""

    key: str
    title: str
    what: str
    rows: list[Row]
    target: str
    met: bool
    headline: str
    notes: list[str] = field(default_factory=list)
    details: list[tuple[str, str]] = field(default_factory=list)  # (caption, preformatted)
    measured_at: str = field(
        default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds")
    )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Figure:
        rows = [Row(**row) for row in data.pop("rows")]
        details = [(caption, text) for caption, text in data.pop("details")]
        return cls(rows=rows, details=details, **data)


def profile(fn: Callable[[], object], *, repeat: int, top: int = 14) -> str:
    """cProfile ``fn`` run ``repeat`` times; the ``top`` functions by own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        fn()
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    return _shorten_paths(_strip_profile_header(out.getvalue()))


def _strip_profile_header(text: str) -> str:
    lines = text.strip("\n").splitlines()
    for index, line in enumerate(lines):
        if line.lstrip().startswith("ncalls"):
            return "\n".join([lines[0].strip(), "", *lines[index:]])
    return text


def _shorten_paths(text: str) -> str:
    prefixes = sorted({p for p in sys.path if p and len(p) > 1}, key=len, reverse=True)
    root = str(_payloads.ROOT) + os.sep
    for prefix in [root, *(p.rstrip(os.sep) + os.sep for p in prefixes)]:
        text = text.replace(prefix, "")
    return text


def environment() -> dict[str, str]:
    """Where the numbers come from: machine, interpreter and library versions."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    bytecode = os.environ.get("PYTHONDONTWRITEBYTECODE")
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return {
        "date (UTC)": datetime.now(UTC).strftime("%Y-%m-%d %H:%M"),
        "machine": f"{platform.system()} {platform.release()}, {platform.machine()}, "
        f"{os.cpu_count()} CPUs ({model})",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "httpx": version("httpx"),
        "attrs": version("attrs"),
        "luma-client": version("luma-client"),
        "PYTHONDONTWRITEBYTECODE": "not set" if bytecode is None else repr(bytecode),
        "load average (1, 5, 15 min) at the end": load,
    }
