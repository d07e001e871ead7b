"""Every ``Luma`` method against Fake Luma: the request the fake's journal saw is the right one.

The arguments are the spec's examples, whose ids the fake does not hold, so many calls are
refused (404, 400): what is checked here is what was sent (method, path, query, body), which
the journal records whatever the answer.
"""

from __future__ import annotations

from typing import Any

import pytest

import luma_client
from luma_api.types import Unset
from luma_client.testing import FakeLuma
from tests.integration.test_every_operation import (
    OPS,
    _facade_method,
    arguments,
    facade_arguments,
)
from tests.specdoc import Operation

KEY = "facade-fake-key-0123"


def _send(luma: luma_client.Luma, op: Operation) -> None:
    try:
        result = _facade_method(luma, op)(**facade_arguments(op))
        if isinstance(result, luma_client.Paginator):
            next(iter(result.pages()), None)
    except luma_client.APIStatusError:
        pass  # refused: the spec's example ids are not in the fake


def _query_sent(op: Operation) -> dict[str, str]:
    """The query parameters the generated function sends for the example arguments."""
    sent: dict[str, str] = {}
    for name, value in arguments(op).items():
        if name == "body" or isinstance(value, Unset) or value is None:
            continue
        wire = name.removesuffix("_query").removesuffix("_")
        sent[wire] = value if isinstance(value, str) else str(value)
    return sent


@pytest.mark.parametrize("op", OPS, ids=[op.operation_id for op in OPS])
def test_the_fake_sees_the_request_the_method_stands_for(op: Operation) -> None:
    fake = FakeLuma(api_key=KEY)
    with luma_client.Luma(
        KEY, base_url="http://luma.fake", transport=fake.transport(), rate_limit=None
    ) as luma:
        _send(luma, op)
    entry = fake.requests[-1]
    assert (entry.method, entry.path, entry.operation) == (
        op.method.upper(),
        op.path,
        op.operation_id,
    )
    if op.method.upper() == "POST":
        assert entry.body == arguments(op)["body"].to_dict()
    else:
        query = dict(entry.query)
        expected = _query_sent(op)
        assert set(query) == set(expected)
        strings = {k: v for k, v in expected.items() if k.endswith("_id") or k == "id"}
        assert {k: query[k] for k in strings} == strings


def test_per_copy_headers_reach_the_server_and_leave_the_original_alone() -> None:
    fake = FakeLuma(api_key=KEY)
    with luma_client.Luma(
        KEY, base_url="http://luma.fake", transport=fake.transport(), rate_limit=None
    ) as luma:
        created = luma.events.create(name="Headers", start_at=_start(), timezone="UTC")
        forced = luma.with_options(headers={"Prefer": "code=404"})
        with pytest.raises(luma_client.NotFoundError):
            forced.events.get(event_id=created.id)
        assert luma.events.get(event_id=created.id).name == "Headers"
    prefer = [entry.headers.get("prefer") for entry in fake.requests.filter("get_event")]
    assert prefer == ["code=404", None]


def _start() -> Any:
    import datetime as dt

    return dt.datetime(2027, 3, 1, 18, tzinfo=dt.UTC)
