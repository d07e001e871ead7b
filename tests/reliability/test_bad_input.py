"""The bad-input catalogue: each mistake raises its own error, early, with a clear message.

``ROWS`` is the table the README's "Bad input" section shows (``markdown()`` renders it). Each
row is checked against a live faulty server: the error is raised before any request reaches it
(count 0), or, for bad responses, as soon as the one response is read (count 1, no retry).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from luma_api.api.calendar_events import list_calendar_events
from luma_api.api.events import create_event, get_event
from luma_api.api.guests import list_event_guests
from luma_api.models import CreateEventRequest
from luma_client import (
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    WebhookParseError,
    call,
    paginate,
    parse_webhook,
    to_luma_datetime,
)
from tests.reliability.conftest import Connect
from tests.reliability.data import GET_EVENT, event_id
from tests.reliability.faulty_server import FaultyServer, Reply

README = Path(__file__).resolve().parents[2] / "README.md"
BEFORE = "before any request"
ON_RESPONSE = "when the response is read"


@dataclass(frozen=True)
class Row:
    input: str  # as a user would write it
    where: str
    error: type[Exception]
    message: str  # a fragment of str(error)
    run: Callable[[FaultyServer, Connect], object]
    when: str = BEFORE
    note: str = ""

    @property
    def sends(self) -> int:
        return 0 if self.when == BEFORE else 1


def _connect_with(**kwargs: object) -> Callable[[FaultyServer, Connect], object]:
    return lambda server, connect: connect(server, **kwargs)


def _page_size(limit: int) -> Callable[[FaultyServer, Connect], object]:
    def run(server: FaultyServer, connect: Connect) -> object:
        client = connect(server)
        return paginate(
            list_event_guests.sync_detailed,
            client=client,
            event_id=event_id(),
            pagination_limit=limit,
        )

    return run


NAIVE = datetime(2025, 7, 8, 13)


def _naive_query(server: FaultyServer, connect: Connect) -> object:
    return call(list_calendar_events.sync_detailed, client=connect(server), after=NAIVE)


def _naive_body(server: FaultyServer, connect: Connect) -> object:
    body = CreateEventRequest(name="Coffee", start_at=NAIVE, timezone="America/Los_Angeles")
    return call(create_event.sync_detailed, client=connect(server), body=body)


def _empty_event_id(server: FaultyServer, connect: Connect) -> object:
    return call(get_event.sync_detailed, client=connect(server), event_id="")


def _empty_error_body(status: int) -> Callable[[FaultyServer, Connect], object]:
    def run(server: FaultyServer, connect: Connect) -> object:
        server.script("GET", GET_EVENT, Reply(status, b"", content_type=None))
        client = connect(server, max_retries=0)
        return call(get_event.sync_detailed, client=client, event_id=event_id())

    return run


def _pure(action: Callable[[], object]) -> Callable[[FaultyServer, Connect], object]:
    return lambda server, connect: action()


ROWS = [
    Row(
        'api_key=""',
        "connect()",
        ConfigurationError,
        "The Luma API key is empty",
        _connect_with(api_key=""),
    ),
    Row(
        'api_key="   "',
        "connect()",
        ConfigurationError,
        "The Luma API key is empty",
        _connect_with(api_key="   "),
    ),
    Row(
        'api_key="secret-…\\n"',
        "connect()",
        ConfigurationError,
        "contains a line break",
        _connect_with(api_key="secret-lk_live_R9vXq2Lw7Tz4\n"),
        note="trailing newline",
    ),
    Row(
        'api_key="secret- lk…"',
        "connect()",
        ConfigurationError,
        "contains whitespace",
        _connect_with(api_key="secret- lk_live_R9vXq2Lw7Tz4"),
        note="inner space",
    ),
    Row(
        'base_url="public-api.luma.com"',
        "connect()",
        ConfigurationError,
        "must be an http(s) URL with a host",
        _connect_with(base_url="public-api.luma.com"),
        note="no scheme",
    ),
    Row(
        'base_url="localhost:4010"',
        "connect()",
        ConfigurationError,
        "must be an http(s) URL with a host",
        _connect_with(base_url="localhost:4010"),
        note="no scheme",
    ),
    Row(
        "rate_limit=0",
        "connect()",
        ConfigurationError,
        "RateLimit.requests must be a whole number >= 1",
        _connect_with(rate_limit=0),
    ),
    Row(
        "max_retries=-1",
        "connect()",
        ConfigurationError,
        "max_retries must be an integer >= 0",
        _connect_with(max_retries=-1),
    ),
    Row(
        'api_key="abc"',
        "connect()",
        ConfigurationError,
        "The Luma API key is 3 characters long",
        _connect_with(api_key="abc"),
        note="too short",
    ),
    Row(
        'event_id=""',
        "call(get_event…)",
        ConfigurationError,
        "event_id is empty in GET /v1/events/get",
        _empty_event_id,
    ),
    Row(
        "timeout=0",
        "connect()",
        ConfigurationError,
        "timeout must be a positive",
        _connect_with(timeout=0),
    ),
    Row(
        'datetime(2025, 7, 8, 13), "America/New_Yrok"',
        "to_luma_datetime()",
        ConfigurationError,
        "unknown time zone 'America/New_Yrok'",
        _pure(lambda: to_luma_datetime(datetime(2025, 7, 8, 13), "America/New_Yrok")),
        note="unknown IANA zone",
    ),
    Row(
        "datetime(2025, 7, 8, 13)",
        "to_luma_datetime()",
        ConfigurationError,
        "naive datetime 2025-07-08T13:00:00 is ambiguous",
        _pure(lambda: to_luma_datetime(datetime(2025, 7, 8, 13))),
        note="naive, no zone",
    ),
    Row(
        'datetime(2025, 3, 9, 2, 30), "America/New_York"',
        "to_luma_datetime()",
        ConfigurationError,
        "does not exist in America/New_York",
        _pure(lambda: to_luma_datetime(datetime(2025, 3, 9, 2, 30), "America/New_York")),
        note="DST gap",
    ),
    Row(
        "after=datetime(2025, 7, 8, 13)",
        "call(list_calendar_events…)",
        ValueError,
        "after: naive datetime 2025-07-08T13:00:00 has no UTC offset",
        _naive_query,
        note="naive, in a query",
    ),
    Row(
        "CreateEventRequest(start_at=datetime(2025, 7, 8, 13), …)",
        "call(create_event…)",
        ValueError,
        "start_at: naive datetime 2025-07-08T13:00:00 has no UTC offset",
        _naive_body,
        note="naive, in a body",
    ),
    Row(
        "pagination_limit=0",
        "paginate()",
        ConfigurationError,
        "pagination_limit must be at least 1, got 0",
        _page_size(0),
    ),
    Row(
        "pagination_limit=-5",
        "paginate()",
        ConfigurationError,
        "pagination_limit must be at least 1, got -5",
        _page_size(-5),
    ),
    Row(
        'b\'{"type": "event.created", "data": \'',
        "parse_webhook()",
        WebhookParseError,
        "webhook body is not valid JSON",
        _pure(lambda: parse_webhook(b'{"type": "event.created", "data": ')),
        note="truncated JSON",
    ),
    Row(
        'b""',
        "parse_webhook()",
        WebhookParseError,
        "webhook body is empty",
        _pure(lambda: parse_webhook(b"")),
    ),
    Row(
        'b"[1, 2]"',
        "parse_webhook()",
        WebhookParseError,
        "webhook body must be a JSON object, not list",
        _pure(lambda: parse_webhook(b"[1, 2]")),
        note="not an object",
    ),
    Row(
        '{"type": "event.deleted", "data": {}}',
        "parse_webhook()",
        WebhookParseError,
        "unknown webhook type 'event.deleted'",
        _pure(lambda: parse_webhook({"type": "event.deleted", "data": {}})),
        note="unknown type",
    ),
    Row(
        '{"data": {}}',
        "parse_webhook()",
        WebhookParseError,
        'webhook body has no string "type" field',
        _pure(lambda: parse_webhook({"data": {}})),
        note="no type",
    ),
    Row(
        "401, empty body",
        "call()",
        AuthenticationError,
        "HTTP 401 Unauthorized on GET /v1/events/get",
        _empty_error_body(401),
        ON_RESPONSE,
    ),
    Row(
        "404, empty body",
        "call()",
        NotFoundError,
        "HTTP 404 Not Found on GET /v1/events/get",
        _empty_error_body(404),
        ON_RESPONSE,
    ),
    Row(
        "409, empty body",
        "call()",
        APIStatusError,
        "HTTP 409 Conflict on GET /v1/events/get",
        _empty_error_body(409),
        ON_RESPONSE,
    ),
    Row(
        "500, empty body",
        "call()",
        InternalServerError,
        "HTTP 500 Internal Server Error on GET /v1/events/get",
        _empty_error_body(500),
        ON_RESPONSE,
        note="max_retries=0",
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.where}:{row.input}")
def test_bad_input_raises_its_error_early(row: Row, server: FaultyServer, connect: Connect) -> None:
    with pytest.raises(Exception) as info:
        row.run(server, connect)

    assert type(info.value) is row.error, repr(info.value)
    assert row.message in str(info.value)
    assert server.count() == row.sends, f"expected the error {row.when}"
    if isinstance(info.value, APIStatusError):
        assert info.value.body == ""
        assert str(info.value) == row.message, "an empty body still gives a clear message"


def _cell(text: str, note: str = "") -> str:
    code = "`" + text.replace("|", "\\|") + "`"
    return f"{code} ({note})" if note else code


def markdown() -> str:
    """The README's "Bad input" section: heading and table, nothing else."""
    lines = [
        "### Bad input",
        "",
        "| Input | Where | Raises | Message contains | When |",
        "|---|---|---|---|---|",
    ]
    lines.extend(
        f"| {_cell(row.input, row.note)} | `{row.where}` | `{row.error.__name__}` | "
        f"{_cell(row.message)} | {row.when} |"
        for row in ROWS
    )
    return "\n".join(lines) + "\n"


def _readme_table() -> list[str]:
    """The table lines of the README's "Bad input" section (none while it is a placeholder)."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if re.fullmatch(r"#+ Bad input", line)), None)
    if start is None:
        return []
    section = itertools.takewhile(lambda line: not line.startswith("#"), lines[start + 1 :])
    return [line for line in section if line.startswith("|")]


def test_readme_table_matches_the_catalogue() -> None:
    # The section is pasted into the README by hand; once it is there it must stay in step.
    table = _readme_table()
    if table:
        assert table == [line for line in markdown().splitlines() if line.startswith("|")]


if __name__ == "__main__":  # write the section for the README
    import sys

    Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/readme-bad-input.md").write_text(
        markdown(), encoding="utf-8"
    )
