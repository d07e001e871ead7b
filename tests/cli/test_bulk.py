"""Bulk actions' inputs: email files and the resume log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from luma_client.cli import _bulk


def test_email_files_take_lines_or_a_first_csv_column(tmp_path: Path) -> None:
    path = tmp_path / "emails.csv"
    path.write_text(
        "email,name\n# comment\na@example.org,A\n\nB@example.org\nb@example.org\n",
        encoding="utf-8",
    )
    assert _bulk.read_emails(path) == ["a@example.org", "B@example.org"]


def test_email_files_are_checked_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "emails.txt"
    path.write_text("a@example.org\nnot-an-email\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2: 'not-an-email'"):
        _bulk.read_emails(path)
    with pytest.raises(ValueError, match="cannot read it"):
        _bulk.read_emails(tmp_path / "missing.txt")
    (tmp_path / "empty.txt").write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no email addresses"):
        _bulk.read_emails(tmp_path / "empty.txt")


def test_the_log_tells_what_an_earlier_run_completed(tmp_path: Path) -> None:
    log = tmp_path / "log.jsonl"
    records = [
        {"action": "approve", "event_id": "evt-1", "email": "A@example.org", "result": "ok"},
        {"action": "approve", "event_id": "evt-1", "email": "b@example.org", "result": "error"},
        {"action": "decline", "event_id": "evt-1", "email": "c@example.org", "result": "ok"},
        {"action": "approve", "event_id": "evt-2", "email": "d@example.org", "result": "ok"},
    ]
    log.write_text("".join(json.dumps(r) + "\n" for r in records) + '{"action": "appr', "utf-8")
    assert _bulk.done_emails(log, "approve", "evt-1") == {"a@example.org"}
    assert _bulk.done_emails(tmp_path / "none.jsonl", "approve", "evt-1") == set()
