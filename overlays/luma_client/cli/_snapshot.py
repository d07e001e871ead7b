"""``guests sync``'s memory: the last seen state of an event's guests, and what changed since.

Luma has no "updated since" filter, so a sync lists every guest and compares with the previous
snapshot. The snapshot is one JSON file per event in the state directory, replaced atomically
only after a complete listing, so an interrupted run leaves the previous one intact.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

__all__ = ["Change", "GuestState", "diff", "load", "save"]

_VERSION = 1


@dataclass(frozen=True)
class GuestState:
    """What a sync tracks of one guest."""

    email: str
    name: str
    approval_status: str
    checked_in_at: str | None


@dataclass(frozen=True)
class Change:
    """One difference: ``new``, ``status`` (old -> new), ``checked_in`` or ``removed``."""

    kind: str
    guest_id: str
    email: str
    name: str
    old_status: str | None = None
    new_status: str | None = None
    checked_in_at: str | None = None

    def record(self) -> dict[str, Any]:
        return {key: value for key, value in asdict(self).items() if value is not None}

    def line(self) -> str:
        who = f"{self.guest_id} {self.email}"
        if self.kind == "new":
            return f"new        {who} ({self.new_status})"
        if self.kind == "status":
            return f"status     {who} {self.old_status} -> {self.new_status}"
        if self.kind == "checked_in":
            return f"checked-in {who} at {self.checked_in_at}"
        return f"removed    {who}"


def _path(state_dir: Path, event_id: str) -> Path:
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in event_id)
    return state_dir / f"guests-{safe}.json"


def load(state_dir: Path, event_id: str) -> dict[str, GuestState] | None:
    """The previous snapshot, or None on the first run."""
    path = _path(state_dir, event_id)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise ValueError(
            f"state file {path} is unreadable ({exc}); move it away to start over"
        ) from None
    if not isinstance(document, Mapping) or document.get("version") != _VERSION:
        raise ValueError(f"state file {path} is not a luma guests snapshot (version {_VERSION})")
    return {gid: GuestState(**fields) for gid, fields in document["guests"].items()}


def save(state_dir: Path, event_id: str, guests: Mapping[str, GuestState]) -> None:
    """Replace the snapshot atomically (temporary file, fsync, rename)."""
    state_dir.mkdir(parents=True, exist_ok=True)
    path = _path(state_dir, event_id)
    document = {
        "version": _VERSION,
        "event_id": event_id,
        "guests": {gid: asdict(state) for gid, state in guests.items()},
    }
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=state_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            json.dump(document, stream, ensure_ascii=False, sort_keys=True)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def diff(
    previous: Mapping[str, GuestState] | None, current: Mapping[str, GuestState]
) -> list[Change]:
    """What changed, in a stable order: by kind (new, status, checked_in, removed), then id.

    On the first run (no previous snapshot) every guest is reported as new.
    """
    before = previous or {}
    changes: list[Change] = []
    for gid in sorted(current):
        now = current[gid]
        old = before.get(gid)
        if old is None:
            changes.append(Change("new", gid, now.email, now.name, new_status=now.approval_status))
            continue
        if old.approval_status != now.approval_status:
            changes.append(
                Change(
                    "status",
                    gid,
                    now.email,
                    now.name,
                    old_status=old.approval_status,
                    new_status=now.approval_status,
                )
            )
        if now.checked_in_at and not old.checked_in_at:
            changes.append(
                Change("checked_in", gid, now.email, now.name, checked_in_at=now.checked_in_at)
            )
    changes.extend(
        Change("removed", gid, before[gid].email, before[gid].name)
        for gid in sorted(set(before) - set(current))
    )
    order = {"new": 0, "status": 1, "checked_in": 2, "removed": 3}
    return sorted(changes, key=lambda c: (order[c.kind], c.guest_id))
