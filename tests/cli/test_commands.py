"""Every command against Fake Luma in-process: output, dry runs, calls made, resume, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from luma_client.cli._rows import FIXED_COLUMNS

from .conftest import KEY, World, read_csv


def test_whoami_names_the_key_owner(world: World) -> None:
    result = world.run("whoami")
    assert result.exit_code == 0, result.output
    assert "@" in result.output and "usr-" in result.output


def test_events_list_formats(world: World, tmp_path: Path) -> None:
    table = world.run("events", "list")
    assert table.exit_code == 0, table.output
    assert "Robotics Meetup" in table.output
    out = tmp_path / "events.csv"
    result = world.run("events", "list", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = read_csv(out.read_text(encoding="utf-8"))
    assert [(r["id"], r["name"], r["start_at"]) for r in rows] == [
        (world.event_id, "Robotics Meetup", "2026-06-01T17:00:00Z")
    ]
    assert world.run("events", "list", "--after", "2026-07-01", "--format", "jsonl").output == ""
    berlin = world.run("events", "list", "--format", "jsonl", "--tz", "Europe/Berlin")
    assert json.loads(berlin.output)["start_at"] == "2026-06-01T19:00:00+02:00"


def test_events_get_prints_the_event_as_json(world: World) -> None:
    result = world.run("events", "get", world.event_id)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["id"] == world.event_id


def test_guest_export_csv_has_the_documented_header_and_one_row_per_guest(
    world: World, tmp_path: Path
) -> None:
    out = tmp_path / "guests.csv"
    result = world.run("guests", "export", world.event_id, "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0].split(",")[: len(FIXED_COLUMNS)] == list(FIXED_COLUMNS)
    rows = read_csv(text)
    assert sorted(r["email"] for r in rows) == sorted(world.emails[:10])
    assert {r["approval_status"] for r in rows} == {"pending_approval", "approved"}
    assert all(r["id"].startswith("gst-") and r["name"] for r in rows)


def test_guest_export_jsonl_filters_by_status(world: World) -> None:
    result = world.run(
        "guests", "export", world.event_id, "--format", "jsonl", "--status", "approved"
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert sorted(r["email"] for r in records) == world.emails[8:10]


def test_sync_reports_exactly_the_changes_between_runs(world: World, tmp_path: Path) -> None:
    state = tmp_path / "state"
    first = world.run("guests", "sync", world.event_id, "--state", str(state), "--format", "jsonl")
    assert first.exit_code == 0, first.output
    assert len(first.output.splitlines()) == 10
    assert world.run("guests", "sync", world.event_id, "--state", str(state)).output == ""
    approve = world.run(
        "guests",
        "approve",
        world.event_id,
        "--emails",
        str(_emails(tmp_path, world.emails[:2])),
        "--yes",
        "--log",
        str(tmp_path / "log.jsonl"),
    )
    assert approve.exit_code == 0, approve.output
    second = world.run("guests", "sync", world.event_id, "--state", str(state), "--format", "jsonl")
    changes = [json.loads(line) for line in second.output.splitlines()]
    assert sorted((c["kind"], c["email"], c["new_status"]) for c in changes) == [
        ("status", world.emails[0], "approved"),
        ("status", world.emails[1], "approved"),
    ]


def _emails(tmp_path: Path, emails: list[str]) -> Path:
    path = tmp_path / "emails.txt"
    path.write_text("\n".join(emails) + "\n", encoding="utf-8")
    return path


def test_approve_dry_run_changes_nothing(world: World, tmp_path: Path) -> None:
    before = world.statuses()
    seen = len(world.fake.requests)
    result = world.run("guests", "approve", world.event_id, "--status", "pending_approval")
    assert result.exit_code == 0, result.output
    assert "Plan: approve 8 guest(s)" in result.output
    assert "Luma emails every guest" in result.output and "Dry run" in result.output
    sent = list(world.fake.requests)[seen:]  # the fake's journal: what the command sent
    assert sent and {entry.method for entry in sent} == {"GET"}
    assert world.statuses() == before


def test_approve_yes_makes_exactly_the_planned_calls(world: World, tmp_path: Path) -> None:
    log = tmp_path / "log.jsonl"
    result = world.run(
        "guests",
        "approve",
        world.event_id,
        "--status",
        "pending_approval",
        "--yes",
        "--log",
        str(log),
    )
    assert result.exit_code == 0, result.output
    posts = [e.body for e in world.fake.requests.filter("update_event_guest_status")]
    assert len(posts) == 8
    assert {p["status"] for p in posts} == {"approved"}
    assert len({p["guest_id"] for p in posts}) == 8
    assert set(world.statuses().values()) == {"approved"}
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [r["result"] for r in records] == ["ok"] * 8


def test_decline_by_email_skips_guests_already_declined_and_unknown_emails(
    world: World, tmp_path: Path
) -> None:
    emails = _emails(tmp_path, [world.emails[0], world.emails[11]])
    log = str(tmp_path / "log.jsonl")
    first = world.run(
        "guests", "decline", world.event_id, "--emails", str(emails), "--yes", "--log=" + log
    )
    assert first.exit_code == 0, first.output
    assert "1 skipped (not on the guest list)" in first.output
    changed = len(world.fake.requests.filter("update_event_guest_status"))
    again = world.run(
        "guests", "decline", world.event_id, "--emails", str(emails), "--yes", "--log=" + log
    )
    assert again.exit_code == 0, again.output
    assert "Nothing to do." in again.output
    assert len(world.fake.requests.filter("update_event_guest_status")) == changed == 1


def test_an_interrupted_run_resumes_without_repeating(world: World, tmp_path: Path) -> None:
    log = str(tmp_path / "log.jsonl")
    # A fault rule: the 4th status change answers 503 (not retried for a POST), once.
    world.fake.faults.add(operation="update_event_guest_status", status=503, every=4, times=1)
    first = world.run(
        "guests", "approve", world.event_id, "--status", "pending_approval", "--yes", "--log", log
    )
    assert first.exit_code == 3, first.output
    assert "luma: error:" in first.output
    changes = world.fake.requests.filter("update_event_guest_status")
    assert [entry.status for entry in changes] == [200, 200, 200, 503]
    second = world.run(
        "guests", "approve", world.event_id, "--status", "pending_approval", "--yes", "--log", log
    )
    assert second.exit_code == 0, second.output
    changes = world.fake.requests.filter("update_event_guest_status", status=200)
    changed = [entry.params["guest_id"] for entry in changes]
    assert len(changed) == len(set(changed)) == 8  # nobody twice, nobody left out
    assert set(world.statuses().values()) == {"approved"}


def test_invite_explains_invite_versus_add_and_skips_existing_guests(
    world: World, tmp_path: Path
) -> None:
    emails = _emails(tmp_path, [world.emails[0], world.emails[10], world.emails[11]])
    dry = world.run("guests", "invite", world.event_id, "--emails", str(emails))
    assert dry.exit_code == 0, dry.output
    assert "invitation" in dry.output and "comp" in dry.output
    assert "Plan: invite 2 guest(s)" in dry.output
    done = world.run(
        "guests",
        "invite",
        world.event_id,
        "--emails",
        str(emails),
        "--yes",
        "--log",
        str(tmp_path / "invite.jsonl"),
    )
    assert done.exit_code == 0, done.output
    bodies = [e.body for e in world.fake.requests.filter("send_event_invites")]
    assert [g["email"] for b in bodies for g in b["guests"]] == world.emails[10:12]


def test_add_requires_a_ticket_type(world: World, tmp_path: Path) -> None:
    emails = _emails(tmp_path, [world.emails[11]])
    result = world.run("guests", "add", world.event_id, "--emails", str(emails), "--yes")
    assert result.exit_code == 2
    assert "--ticket-type" in result.output


def test_exit_codes_and_one_line_errors(world: World, tmp_path: Path) -> None:
    missing = world.run("events", "get", "evt-doesnotexist")
    assert missing.exit_code == 1
    assert missing.output.count("\n") == 1 and missing.output.startswith("luma: error:")
    assert "Traceback" not in missing.output
    usage = world.run("guests", "approve", world.event_id)
    assert usage.exit_code == 2 and "exactly one of --status or --emails" in usage.output
    bad_date = world.run("events", "list", "--after", "soon")
    assert bad_date.exit_code == 2 and "--after 'soon'" in bad_date.output

    world.fake.faults.add(operation="get_event", status=429, body={"message": "slow down"})
    limited = world.run("events", "get", world.event_id)
    assert limited.exit_code == 3 and "rate limit" in limited.output


def test_a_revoked_key_gives_one_clean_line_without_the_key(world: World) -> None:
    world.fake.revoke(KEY)
    result = world.run("whoami")
    assert result.exit_code == 1
    assert result.output.startswith("luma: error:") and result.output.count("\n") == 1
    assert "401" in result.output and KEY not in result.output
    wrong = "wrong-key-abcdef-123456"
    unknown = world.run("whoami", key=wrong)
    assert unknown.exit_code == 1 and wrong not in unknown.output


def test_debug_shows_the_traceback(world: World) -> None:
    result = world.run("--debug", "events", "get", "evt-doesnotexist")
    assert result.exit_code == 1
    assert result.exception is not None


def test_every_command_has_help_with_an_example(world: World) -> None:
    for command in (
        ["whoami"],
        ["events", "list"],
        ["events", "get"],
        ["guests", "export"],
        ["guests", "sync"],
        ["guests", "approve"],
        ["guests", "decline"],
        ["guests", "invite"],
        ["guests", "add"],
        ["fake", "serve"],
    ):
        result = world.run(*command, "--help")
        assert result.exit_code == 0, (command, result.output)
        assert "Example:" in result.output, command
