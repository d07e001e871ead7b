"""``luma events list`` and ``luma events get``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from . import _output
from ._app import reports_errors, session
from ._dates import display_time, parse_instant, zone

app = typer.Typer(help="Events of the calendar.", no_args_is_help=True)

EVENT_COLUMNS = ("id", "name", "start_at", "end_at", "timezone", "url")


class ListFormat(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


def event_row(entry: Mapping[str, Any], tz: Any) -> dict[str, str]:
    """The listed columns of one calendar event entry (Luma-hosted or external)."""
    event = entry.get("event") if isinstance(entry.get("event"), Mapping) else entry
    assert isinstance(event, Mapping)
    return {
        "id": str(event.get("id") or entry.get("id") or ""),
        "name": str(event.get("name") or ""),
        "start_at": display_time(event.get("start_at"), tz),
        "end_at": display_time(event.get("end_at"), tz),
        "timezone": str(event.get("timezone") or ""),
        "url": str(event.get("url") or ""),
    }


@app.command(
    "list",
    help=(
        "List the calendar's events, oldest first.\n\n"
        "Example: luma events list --after 2026-01-01 --format csv -o events.csv"
    ),
)
@reports_errors
def list_events(
    after: Annotated[str | None, typer.Option(help="Only events starting after this date.")] = None,
    before: Annotated[
        str | None, typer.Option(help="Only events starting before this date.")
    ] = None,
    fmt: Annotated[ListFormat, typer.Option("--format", help="Output format.")] = ListFormat.table,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to a file.")] = None,
    tz: Annotated[
        str | None, typer.Option("--tz", help="IANA zone for dates in and out (default UTC).")
    ] = None,
) -> None:
    zone_info = zone(tz)
    filters: dict[str, Any] = {}
    if after is not None:
        filters["after"] = parse_instant(after, zone_info, option="--after")
    if before is not None:
        filters["before"] = parse_instant(before, zone_info, option="--before")
    entries = session().client().calendars.events.list(**filters)
    rows = (event_row(entry.to_dict(), zone_info) for entry in entries)
    if fmt is ListFormat.table:
        _output.print_table(EVENT_COLUMNS, list(rows))
        return
    with _output.atomic_output(output) as stream:
        writer = _output.row_writer(fmt.value, stream, EVENT_COLUMNS)
        for row in rows:
            writer.write(row)


@app.command("get", help="Show one event as JSON.\n\nExample: luma events get evt-AbC123")
@reports_errors
def get_event(event_id: Annotated[str, typer.Argument(help="The event's id (evt-...).")]) -> None:
    event = session().client().events.get(event_id=event_id)
    typer.echo(json.dumps(event.to_dict(), indent=2, ensure_ascii=False))
