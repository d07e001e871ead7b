"""Bulk guest actions that are safe to run: plan, dry run, then serial execution with a log.

- The plan is computed from the guest list as it is now, so guests already in the target state
  (or, for invitations and comps, already on the list) are skipped.
- Execution is serial, paced by the client's rate limiter, and appends one JSONL record per
  guest to the log as soon as Luma has answered. A rerun after an interruption reads that log
  and the guest list again, and repeats nothing that was done.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import luma_client

from ._output import write_json_line

__all__ = ["Plan", "Target", "done_emails", "execute", "read_emails"]


@dataclass(frozen=True)
class Target:
    """One person the action applies to."""

    email: str
    guest_id: str | None = None
    status: str | None = None


@dataclass
class Plan:
    """What an action will do, and what it leaves alone and why."""

    action: str
    event_id: str
    todo: list[Target] = field(default_factory=list)
    skipped: list[Target] = field(default_factory=list)
    skip_reason: str = ""
    missing: list[str] = field(default_factory=list)
    missing_reason: str = ""
    done_before: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"Plan: {self.action} {len(self.todo)} guest(s) of {self.event_id}"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped ({self.skip_reason})")
        if self.missing:
            parts.append(f"{len(self.missing)} skipped ({self.missing_reason})")
        if self.done_before:
            parts.append(f"{len(self.done_before)} already done by an earlier run (log)")
        return "; ".join(parts) + "."

    def sample(self, limit: int = 10) -> list[str]:
        lines = [
            f"  {t.guest_id or '-':<24} {t.email:<40} {t.status or ''}".rstrip()
            for t in self.todo[:limit]
        ]
        if len(self.todo) > limit:
            lines.append(f"  … and {len(self.todo) - limit} more")
        return lines


def read_emails(path: Path) -> list[str]:
    """Emails from a file, one per line (or the first CSV column); blanks and # comments ignored."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"--emails {path}: cannot read it ({exc.strerror})") from None
    emails: list[str] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        value = line.split(",")[0].strip()
        if not value or value.startswith("#") or (number == 1 and value.lower() == "email"):
            continue
        if "@" not in value:
            raise ValueError(f"--emails {path}, line {number}: {value!r} is not an email address")
        if value.lower() not in seen:
            seen.add(value.lower())
            emails.append(value)
    if not emails:
        raise ValueError(f"--emails {path}: no email addresses in it")
    return emails


def done_emails(log: Path, action: str, event_id: str) -> set[str]:
    """Emails an earlier run of this action on this event completed (lower-cased)."""
    done: set[str] = set()
    if not log.exists():
        return done
    for line in log.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a line cut short by an interruption
        if (
            isinstance(record, Mapping)
            and record.get("action") == action
            and record.get("event_id") == event_id
            and record.get("result") == "ok"
        ):
            done.add(str(record.get("email", "")).lower())
    return done


def _batches(items: Sequence[Target], size: int) -> Iterable[Sequence[Target]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def execute(
    plan: Plan,
    apply: Callable[[Sequence[Target]], None],
    log: Path,
    advance: Callable[[int], None],
    *,
    batch_size: int = 1,
) -> int:
    """Apply the plan serially, logging each guest; returns the number of guests Luma refused.

    A refusal of one batch (the API's 4xx) is logged and the run goes on. Running out of rate
    limit or retries raises, leaving the log complete up to the last answered request.
    """
    failures = 0
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as stream:
        for batch in _batches(plan.todo, batch_size):
            result: dict[str, Any] = {"result": "ok"}
            try:
                apply(batch)
            except (luma_client.RateLimitError, luma_client.APIConnectionError):
                raise
            except luma_client.InternalServerError:
                raise
            except luma_client.APIStatusError as exc:
                failures += len(batch)
                result = {"result": "error", "status": exc.status_code, "message": str(exc)}
            at = datetime.now(UTC).isoformat().replace("+00:00", "Z")
            for target in batch:
                record = {
                    "action": plan.action,
                    "event_id": plan.event_id,
                    "email": target.email,
                    "guest_id": target.guest_id,
                    **result,
                    "at": at,
                }
                write_json_line(stream, record)
            stream.flush()
            advance(len(batch))
    return failures
