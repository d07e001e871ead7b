"""``luma guests``: export, incremental sync, and bulk approve / decline / invite / add."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

import luma_client

from . import _bulk, _output, _rows, _snapshot
from ._app import EXIT_REFUSED, reports_errors, session
from ._dates import zone

if TYPE_CHECKING:
    from luma_api.models import GuestStatusUpdate
    from luma_client import Luma

app = typer.Typer(help="Guests of an event.", no_args_is_help=True)

PAGE_SIZE = 100  # Luma's largest page: fewer requests against the rate limit

EVENT_ID = Annotated[str, typer.Argument(help="The event's id (evt-...).")]
EMAILS_HELP = "File of email addresses, one per line (or a CSV whose first column is the email)."


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"


class SyncFormat(StrEnum):
    text = "text"
    jsonl = "jsonl"


def _guests(luma: Luma, event_id: str, status: str | None = None) -> Iterator[Mapping[str, Any]]:
    """Every guest of the event as Luma sent it (wire form), one page in memory at a time.

    Pages are read raw (``with_raw_response``): exports and snapshots write what Luma sent, and
    skipping the models makes a 10,000-guest export cost about what a hand-written loop does.
    """
    params: dict[str, Any] = {"event_id": event_id, "pagination_limit": PAGE_SIZE}
    if status:
        params["approval_status"] = status
    cursors: set[str] = set()
    while True:
        page = luma.with_raw_response.events.guests.list(**params).json()
        entries = page.get("entries") if isinstance(page, Mapping) else None
        if not isinstance(entries, list):
            raise luma_client.APIResponseValidationError(
                "list_event_guests: the page has no list of entries"
            )
        yield from (entry for entry in entries if isinstance(entry, Mapping))
        cursor = page.get("next_cursor")
        if not page.get("has_more") or not cursor or not entries:
            return
        if cursor in cursors:
            raise luma_client.PaginationError(
                f"list_event_guests: the server repeated the cursor {cursor!r}"
            )
        cursors.add(cursor)
        params["pagination_cursor"] = cursor


@app.command(
    "export",
    help=(
        "Export an event's guests to CSV or JSONL, one row per guest, streamed page by page.\n\n"
        "Columns: id, email, name, approval_status, registered_at, checked_in_at, ticket_types,"
        " then one per registration question (by label). Times are UTC unless --tz.\n\n"
        "Example: luma guests export evt-AbC123 --format csv -o guests.csv"
    ),
)
@reports_errors
def export(
    event_id: EVENT_ID,
    fmt: Annotated[ExportFormat, typer.Option("--format", help="Output format.")],
    status: Annotated[str | None, typer.Option(help="Only guests with this status.")] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to a file.")] = None,
    tz: Annotated[str | None, typer.Option("--tz", help="IANA zone for times.")] = None,
) -> None:
    zone_info = zone(tz)
    luma = session().client()
    event = luma.events.get(event_id=event_id).to_dict()
    questions = _rows.questions_of(event)
    columns = _rows.guest_columns(questions)
    with (
        _output.atomic_output(output) as stream,
        _output.progress(f"exporting {event_id}") as advance,
    ):
        writer = _output.row_writer(fmt.value, stream, columns)
        for guest in _guests(luma, event_id, status):
            writer.write(_rows.guest_row(guest, questions, zone_info))
            advance(1)


@app.command(
    "sync",
    help=(
        "Report what changed in an event's guest list since the last run: new guests, status"
        " changes, check-ins, removals. The snapshot lives in --state; the first run reports"
        " every guest as new. Safe for cron: a run with no change prints nothing.\n\n"
        "Example: luma guests sync evt-AbC123 --state ~/.luma-sync"
    ),
)
@reports_errors
def sync(
    event_id: EVENT_ID,
    state: Annotated[Path, typer.Option(help="Directory that keeps the snapshot.")],
    fmt: Annotated[SyncFormat, typer.Option("--format", help="text or jsonl.")] = SyncFormat.text,
) -> None:
    previous = _snapshot.load(state, event_id)
    current: dict[str, _snapshot.GuestState] = {}
    with _output.progress(f"reading {event_id}") as advance:
        for guest in _guests(session().client(), event_id):
            current[str(guest["id"])] = _snapshot.GuestState(
                email=str(guest.get("user_email") or ""),
                name=_rows.guest_name(guest),
                approval_status=str(guest.get("approval_status") or ""),
                checked_in_at=_rows.checked_in_at(guest),
            )
            advance(1)
    for change in _snapshot.diff(previous, current):
        if fmt is SyncFormat.jsonl:
            typer.echo(_output.json_line(change.record()))
        else:
            typer.echo(change.line())
    _snapshot.save(state, event_id, current)


# ---- bulk actions ------------------------------------------------------------------------


def _select(
    luma: Luma, event_id: str, status: str | None, emails: Path | None
) -> tuple[list[_bulk.Target], list[str]]:
    """Guests chosen by status or by email list; returns (targets, emails not on the list)."""
    if (status is None) == (emails is None):
        raise ValueError("give exactly one of --status or --emails")
    if status is not None:
        found = [
            _bulk.Target(str(g.get("user_email")), str(g["id"]), str(g.get("approval_status")))
            for g in _guests(luma, event_id, status)
        ]
        return found, []
    assert emails is not None
    wanted = _bulk.read_emails(emails)
    by_email = {
        str(g.get("user_email", "")).lower(): _bulk.Target(
            str(g.get("user_email")), str(g["id"]), str(g.get("approval_status"))
        )
        for g in _guests(luma, event_id)
    }
    targets = [by_email[e.lower()] for e in wanted if e.lower() in by_email]
    return targets, [e for e in wanted if e.lower() not in by_email]


def _log_path(log: Path | None, action: str, event_id: str) -> Path:
    return log or Path(f"luma-{action}-{event_id}.jsonl")


def _confirm_or_show(plan: _bulk.Plan, yes: bool, warning: str) -> bool:
    """Print the plan; True when it should run now."""
    typer.echo(plan.summary())
    for line in plan.sample():
        typer.echo(line)
    typer.echo(warning)
    if not plan.todo:
        typer.echo("Nothing to do.")
        return False
    if not yes:
        typer.echo("Dry run: nothing was changed. Run again with --yes to apply.")
        return False
    return True


def _run(
    plan: _bulk.Plan,
    apply: Any,
    log: Path,
    *,
    batch_size: int = 1,
) -> None:
    with _output.progress(f"{plan.action} {plan.event_id}", total=len(plan.todo)) as advance:
        failures = _bulk.execute(plan, apply, log, advance, batch_size=batch_size)
    done = len(plan.todo) - failures
    typer.echo(f"Done: {done} of {len(plan.todo)}; log: {log}")
    if failures:
        typer.echo(f"luma: error: Luma refused {failures} guest(s); see {log}", err=True)
        raise typer.Exit(EXIT_REFUSED)


def _status_action(
    action: str,
    target_status: GuestStatusUpdate,
    event_id: str,
    status: str | None,
    emails: Path | None,
    message: str | None,
    yes: bool,
    log: Path | None,
) -> None:
    if message is not None and len(message) > 200:
        raise ValueError("--message is limited to 200 characters by Luma")
    luma = session().client()
    log_path = _log_path(log, action, event_id)
    targets, missing = _select(luma, event_id, status, emails)
    done = _bulk.done_emails(log_path, action, event_id)
    plan = _bulk.Plan(
        action,
        event_id,
        skip_reason=f"already {target_status}",
        missing_reason="not on the guest list",
        missing=missing,
    )
    for target in targets:
        if target.status == target_status:
            plan.skipped.append(target)
        elif target.email.lower() in done:
            plan.done_before.append(target.email)
        else:
            plan.todo.append(target)
    warning = "Luma emails every guest whose status changes."
    if not _confirm_or_show(plan, yes, warning):
        return
    extra: dict[str, Any] = {"message": message} if message else {}

    def apply(batch: Sequence[_bulk.Target]) -> None:
        for target in batch:
            luma.events.guests.update_status(
                event_id=event_id, guest_id=str(target.guest_id), status=target_status, **extra
            )

    _run(plan, apply, log_path)


STATUS_OPT = Annotated[
    str | None, typer.Option(help="Select guests with this status, e.g. pending_approval.")
]
EMAILS_OPT = Annotated[Path | None, typer.Option(help=EMAILS_HELP)]
MESSAGE_OPT = Annotated[str | None, typer.Option(help="Note added to Luma's email (≤200 chars).")]
YES_OPT = Annotated[bool, typer.Option("--yes", help="Apply the plan (default: dry run).")]
LOG_OPT = Annotated[
    Path | None,
    typer.Option(help="JSONL result log (default luma-ACTION-EVENT.jsonl); reruns resume from it."),
]


@app.command(
    "approve",
    help=(
        "Approve guests, selected by --status or --emails. A dry run unless --yes; guests already"
        " approved are skipped; Luma emails each approved guest.\n\n"
        "Example: luma guests approve evt-AbC123 --status pending_approval --yes"
    ),
)
@reports_errors
def approve(
    event_id: EVENT_ID,
    status: STATUS_OPT = None,
    emails: EMAILS_OPT = None,
    message: MESSAGE_OPT = None,
    yes: YES_OPT = False,
    log: LOG_OPT = None,
) -> None:
    _status_action("approve", "approved", event_id, status, emails, message, yes, log)


@app.command(
    "decline",
    help=(
        "Decline guests, selected by --status or --emails. A dry run unless --yes; guests already"
        " declined are skipped; Luma emails each declined guest.\n\n"
        "Example: luma guests decline evt-AbC123 --emails spam.txt --yes"
    ),
)
@reports_errors
def decline(
    event_id: EVENT_ID,
    status: STATUS_OPT = None,
    emails: EMAILS_OPT = None,
    message: MESSAGE_OPT = None,
    yes: YES_OPT = False,
    log: LOG_OPT = None,
) -> None:
    _status_action("decline", "declined", event_id, status, emails, message, yes, log)


INVITE_VS_ADD = (
    "`invite` sends an invitation: the person still registers (and pays, and waits for approval"
    " when the event requires it). `add` comps them: they become guests at once with a free"
    " ticket, bypassing payment and approval, and Luma emails them."
)


def _newcomers(luma: Luma, action: str, event_id: str, emails: Path, log: Path) -> _bulk.Plan:
    wanted = _bulk.read_emails(emails)
    present = {str(g.get("user_email", "")).lower() for g in _guests(luma, event_id)}
    done = _bulk.done_emails(log, action, event_id)
    plan = _bulk.Plan(action, event_id, missing_reason="already on the guest list")
    for email in wanted:
        if email.lower() in present:
            plan.missing.append(email)
        elif email.lower() in done:
            plan.done_before.append(email)
        else:
            plan.todo.append(_bulk.Target(email))
    return plan


@app.command(
    "invite",
    help=(
        f"Invite people by email. {INVITE_VS_ADD} A dry run unless --yes; people already on the"
        " guest list are skipped.\n\n"
        "Example: luma guests invite evt-AbC123 --emails people.txt --yes"
    ),
)
@reports_errors
def invite(
    event_id: EVENT_ID,
    emails: Annotated[Path, typer.Option(help=EMAILS_HELP)],
    message: MESSAGE_OPT = None,
    yes: YES_OPT = False,
    log: LOG_OPT = None,
    batch_size: Annotated[int, typer.Option(min=1, max=100, help="Emails per request.")] = 25,
) -> None:
    from luma_api.models import GuestInput

    if message is not None and len(message) > 200:
        raise ValueError("--message is limited to 200 characters by Luma")
    luma = session().client()
    log_path = _log_path(log, "invite", event_id)
    plan = _newcomers(luma, "invite", event_id, emails, log_path)
    if not _confirm_or_show(
        plan, yes, f"Luma emails an invitation to each person. {INVITE_VS_ADD}"
    ):
        return
    extra: dict[str, Any] = {"message": message} if message else {}

    def apply(batch: Sequence[_bulk.Target]) -> None:
        guests = [GuestInput(email=t.email) for t in batch]
        luma.events.guests.send_invites(event_id=event_id, guests=guests, **extra)

    _run(plan, apply, log_path, batch_size=batch_size)


@app.command(
    "add",
    help=(
        f"Add people as guests (a comp). {INVITE_VS_ADD} Requires --ticket-type; a dry run unless"
        " --yes; people already on the guest list are skipped.\n\n"
        "Example: luma guests add evt-AbC123 --emails speakers.txt --ticket-type evtticktyp-X --yes"
    ),
)
@reports_errors
def add(
    event_id: EVENT_ID,
    emails: Annotated[Path, typer.Option(help=EMAILS_HELP)],
    ticket_type: Annotated[
        str, typer.Option(help="Ticket type every added guest gets (required: no silent default).")
    ],
    yes: YES_OPT = False,
    log: LOG_OPT = None,
    batch_size: Annotated[int, typer.Option(min=1, max=100, help="Emails per request.")] = 25,
) -> None:
    from luma_api.models import GuestInput, TicketTypeRef

    luma = session().client()
    log_path = _log_path(log, "add", event_id)
    plan = _newcomers(luma, "add", event_id, emails, log_path)
    warning = (
        f"Each person becomes a guest with a {ticket_type} ticket and is emailed. {INVITE_VS_ADD}"
    )
    if not _confirm_or_show(plan, yes, warning):
        return
    ticket = TicketTypeRef(event_ticket_type_id=ticket_type)

    def apply(batch: Sequence[_bulk.Target]) -> None:
        guests = [GuestInput(email=t.email) for t in batch]
        luma.events.guests.add(event_id=event_id, guests=guests, ticket=ticket)

    _run(plan, apply, log_path, batch_size=batch_size)
