"""guests sync's snapshot: exact differences, atomic replacement, unreadable state refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from luma_client.cli import _snapshot
from luma_client.cli._snapshot import GuestState


def state(status: str = "approved", checked: str | None = None) -> GuestState:
    return GuestState("a@example.org", "A", status, checked)


def test_first_run_reports_everyone_as_new() -> None:
    changes = _snapshot.diff(None, {"gst-2": state(), "gst-1": state("pending_approval")})
    assert [(c.kind, c.guest_id, c.new_status) for c in changes] == [
        ("new", "gst-1", "pending_approval"),
        ("new", "gst-2", "approved"),
    ]


def test_diff_names_new_status_check_in_and_removed() -> None:
    before = {"gst-1": state("pending_approval"), "gst-2": state(), "gst-3": state()}
    after = {
        "gst-1": state("approved"),
        "gst-2": state(checked="2026-03-02T18:30:00.000Z"),
        "gst-4": state(),
    }
    changes = _snapshot.diff(before, after)
    assert [(c.kind, c.guest_id) for c in changes] == [
        ("new", "gst-4"),
        ("status", "gst-1"),
        ("checked_in", "gst-2"),
        ("removed", "gst-3"),
    ]
    assert changes[1].record() == {
        "kind": "status",
        "guest_id": "gst-1",
        "email": "a@example.org",
        "name": "A",
        "old_status": "pending_approval",
        "new_status": "approved",
    }
    assert "pending_approval -> approved" in changes[1].line()


def test_no_change_means_no_output() -> None:
    same = {"gst-1": state()}
    assert _snapshot.diff(same, dict(same)) == []


def test_save_then_load_round_trips_and_leaves_no_temporary(tmp_path: Path) -> None:
    guests = {"gst-1": state(checked="2026-03-02T18:30:00.000Z")}
    _snapshot.save(tmp_path / "state", "evt-1", guests)
    assert _snapshot.load(tmp_path / "state", "evt-1") == guests
    assert [p.name for p in (tmp_path / "state").iterdir()] == ["guests-evt-1.json"]


def test_a_failed_save_keeps_the_previous_snapshot(tmp_path: Path) -> None:
    _snapshot.save(tmp_path, "evt-1", {"gst-1": state()})
    with pytest.raises(TypeError):
        _snapshot.save(tmp_path, "evt-1", {"gst-2": GuestState(object(), "B", "x", None)})  # type: ignore[arg-type]
    assert _snapshot.load(tmp_path, "evt-1") == {"gst-1": state()}
    assert len(list(tmp_path.iterdir())) == 1


def test_unreadable_state_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "guests-evt-1.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="unreadable"):
        _snapshot.load(tmp_path, "evt-1")
    (tmp_path / "guests-evt-1.json").write_text('{"version": 99}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a luma guests snapshot"):
        _snapshot.load(tmp_path, "evt-1")
