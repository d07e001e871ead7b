"""Where the command line writes: tables, CSV and JSONL rows, atomic files and progress bars.

Files are written to a temporary sibling and renamed into place only when the command
succeeded, so an interrupted export never leaves half a file behind. Progress goes to stderr
and only when stderr is a terminal, so piped or redirected output stays clean.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, TextIO

__all__ = [
    "RowWriter",
    "atomic_output",
    "json_line",
    "print_table",
    "progress",
    "row_writer",
    "write_json_line",
]


@contextlib.contextmanager
def atomic_output(path: Path | None) -> Iterator[TextIO]:
    """Yield stdout when ``path`` is None, else a file that appears only on success."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    directory = path.parent if str(path.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def json_line(record: Mapping[str, Any]) -> str:
    """One compact JSON object (no newline), keys in the order given."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def write_json_line(stream: TextIO, record: Mapping[str, Any]) -> None:
    """One compact JSON object per line."""
    stream.write(json_line(record) + "\n")


class RowWriter(Protocol):
    def write(self, row: Mapping[str, Any]) -> None: ...


class _CsvWriter:
    def __init__(self, stream: TextIO, columns: Sequence[str]) -> None:
        self._writer = csv.DictWriter(stream, fieldnames=list(columns), extrasaction="ignore")
        self._writer.writeheader()

    def write(self, row: Mapping[str, Any]) -> None:
        self._writer.writerow(row)


class _JsonLinesWriter:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, row: Mapping[str, Any]) -> None:
        write_json_line(self._stream, row)


def row_writer(fmt: str, stream: TextIO, columns: Sequence[str]) -> RowWriter:
    """A CSV writer (header first) or a JSONL writer for ``fmt``."""
    if fmt == "csv":
        return _CsvWriter(stream, columns)
    return _JsonLinesWriter(stream)


def print_table(columns: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> None:
    """A readable table on stdout (rich), for people rather than programs."""
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns)
    for row in rows:
        table.add_row(*(str(row.get(column, "") or "") for column in columns))
    Console().print(table)


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


@contextlib.contextmanager
def progress(label: str, *, total: int | None = None) -> Iterator[Callable[[int], None]]:
    """Yield ``advance(n)``; draws a bar with count and rate on stderr when it is a terminal."""
    if not stderr_is_terminal():
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    started = time.monotonic()
    columns = (
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn() if total is not None else TextColumn("{task.completed}"),
        TextColumn("{task.fields[rate]}/s"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(label, total=total, rate="0")

        def advance(n: int) -> None:
            bar.advance(task, n)
            done = bar.tasks[task].completed
            elapsed = max(time.monotonic() - started, 1e-6)
            bar.update(task, rate=f"{done / elapsed:.0f}")

        yield advance
