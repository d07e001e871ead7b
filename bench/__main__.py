"""``python -m bench [NAME ...]``: run the benchmarks and write ``bench/RESULTS.md``.

Without names every figure runs, in order. Results of figures not run this time are kept
from the previous run (``bench/results.json``), each with the time it was measured.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from . import (
    _common,
    cli_export,
    decode,
    facade,
    fake,
    imports,
    loopback,
    mock,
    paginate,
    ratelimit,
)

HERE = Path(__file__).resolve().parent
RESULTS_JSON = HERE / "results.json"
RESULTS_MD = HERE / "RESULTS.md"

FIGURES: dict[str, Callable[[], _common.Figure]] = {
    loopback.KEY: loopback.run,
    mock.KEY: mock.run,
    decode.KEY: decode.run,
    paginate.KEY: paginate.run,
    imports.KEY: imports.run,
    ratelimit.KEY: ratelimit.run,
    facade.GET_KEY: facade.run_get,
    facade.PAGINATE_KEY: facade.run_paginate,
    facade.INIT_KEY: facade.run_init,
    fake.KEY: fake.run,
    cli_export.KEY: cli_export.run,
}


def _load_previous() -> dict[str, _common.Figure]:
    try:
        data = json.loads(RESULTS_JSON.read_text(encoding="utf-8"))
        return {
            key: _common.Figure.from_json(figure)
            for key, figure in data["figures"].items()
            if key in FIGURES
        }
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _ratio(row: _common.Row) -> str:
    return "" if row.ratio is None else f"{row.ratio:.2f}x"


def _met(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "**no**")


def render(figures: dict[str, _common.Figure], environment: dict[str, str]) -> str:
    lines = [
        "# Benchmark results",
        "",
        "Written by `python -m bench` (see `bench/README.md` for what each figure means). "
        "Timings are medians over interleaved rounds (min and max over the same rounds). A "
        "timing ratio is the median over rounds of the contender's time divided by the "
        "baseline's time in the same round, in the same process. The machine is shared: a "
        "high load average below means noisier numbers.",
        "",
        "| | |",
        "|---|---|",
        *(f"| {name} | {_cell(value)} |" for name, value in environment.items()),
        "",
        "## Summary",
        "",
        "| figure | result | target | met? |",
        "|---|---|---|---|",
    ]
    ordered = [figures[key] for key in FIGURES if key in figures]
    for figure in ordered:
        lines.append(
            f"| {_cell(figure.title)} | {_cell(figure.headline)} | {_cell(figure.target)} "
            f"| {_met(figure.met)} |"
        )
    for figure in ordered:
        lines += [
            "",
            f"## {figure.title}",
            "",
            figure.what,
            "",
            f"Measured {figure.measured_at}.",
            "",
            "| | median | min | max | ratio | target | met? |",
            "|---|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {_cell(row.label)} | {_cell(row.median)} | {_cell(row.min)} | {_cell(row.max)} "
            f"| {_ratio(row)} | {_cell(row.target)} | {_met(row.met)} |"
            for row in figure.rows
        ]
        if figure.notes:
            lines.append("")
            lines += [f"- {note}" for note in figure.notes]
        for caption, text in figure.details:
            lines += [
                "",
                f"<details><summary>{caption}</summary>",
                "",
                "```",
                text,
                "```",
                "",
                "</details>",
            ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "names",
        nargs="*",
        metavar="NAME",
        help=f"figures to run (default: all): {', '.join(FIGURES)}",
    )
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in FIGURES]
    if unknown:
        parser.error(f"unknown figure {', '.join(unknown)}; choose from {', '.join(FIGURES)}")
    names: list[str] = args.names or list(FIGURES)
    figures = _load_previous()
    started = time.perf_counter()
    for name in names:
        print(f"[bench] {name} ...", flush=True)
        began = time.perf_counter()
        figure = FIGURES[name]()
        figures[name] = figure
        verdict = "met" if figure.met else "NOT met"
        print(
            f"[bench] {name}: {figure.headline} (target {figure.target}: {verdict}) "
            f"in {time.perf_counter() - began:.1f} s",
            flush=True,
        )
    environment = _common.environment()
    RESULTS_JSON.write_text(
        json.dumps(
            {"environment": environment, "figures": {k: f.to_json() for k, f in figures.items()}},
            indent=2,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    RESULTS_MD.write_text(render(figures, environment), encoding="utf-8")
    print(f"[bench] done in {time.perf_counter() - started:.1f} s; wrote {RESULTS_MD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
