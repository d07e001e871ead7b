"""Stateful contract suite: schemathesis' stateful phase against the fake, with state checks.

The spec's OpenAPI links chain Luma's operations the way a client does: create an event,
then read, update, fill and cancel it; create a ticket type, webhook, tag or coupon, then
read, change and delete it; list guests, then read one or change its status. Schemathesis
walks those chains (ids travel in query parameters or request bodies, as Luma's RPC-style
paths need) against the in-process fake's ASGI app, one fresh fake per scenario, one
state machine per resource (``GROUPS``) so that steps follow links rather than start over.
The Prism suite runs the same spec but skips this phase: a stateless mock cannot pass it.

Besides every built-in check, three custom ones (``tests/contract/stateful_checks.py``)
read each successful write back at once: what was created can be read, what was updated
reads back updated, what was deleted or cancelled reads as gone. The built-in stateful
checks cannot do this on Luma's POST-only paths. Each custom check has a guard test below
that runs the same machine against a fake with one handler broken and expects the failure.

The run is derandomized (the same requests on every run while the machine class's source
is unchanged: Hypothesis seeds from it), keeps no example database and is bounded by
``SETTINGS``; each group's run also asserts that every custom check verified every write
of the group at least once, so a run that never reaches a write cannot pass.
"""

from __future__ import annotations

import collections
import copy
import functools
import zoneinfo
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final

import httpx
import hypothesis
import pytest
import schemathesis
import yaml
from schemathesis import Case, Response
from schemathesis.core.failures import FailureGroup
from schemathesis.generation.stateful.state_machine import APIStateMachine

from luma_client.testing.fake import FakeLuma, Request
from luma_client.testing.fake import Response as FakeResponse
from luma_client.testing.fake._server import FakeASGIApp
from luma_client.testing.fake.handlers import HANDLERS, Call, FakeError
from tests.specdoc import SPEC_PATH

from .conftest import load_config_dict, make_config
from .stateful_checks import CHECKED, Reader, operation_id, stateful_checks

API_KEY: Final = str(load_config_dict()["auth"]["openapi"]["apiKeyAuth"]["api_key"])
BASE_URL: Final = "http://luma.fake"

#: ``schemathesis.toml`` (written for the stateless Prism mock) turned towards a stateful fake.
FAKE_OVERRIDES: Final[dict[str, Any]] = {
    "phases": {
        "stateful": {
            "enabled": True,
            # Only the spec's own links: inferred ones would add chains nobody reviewed.
            "inference": {"algorithms": []},
            # Valid requests only: the fake's input validation is covered by its own tests
            # and by the Prism suite, and an invalid step only ends its chain early.
            "generation": {"mode": "positive"},
        }
    },
    "checks": {
        # Everything the mock cannot pass, the fake must: back on.
        "ignored_auth": {"enabled": True},
        "unsupported_method": {"enabled": True},
        "use_after_free": {"enabled": True},
        "response_schema_conformance": {"enabled": True},
        "negative_data_rejection": {"enabled": True},
        # A schema-valid request may still break a rule the schema cannot state (an IANA
        # time zone, an end after the start, a name that is not blank, a slug nobody has,
        # the latest cancellation token): the fake answers 400, as Luma does. And an id that
        # schemathesis made up instead of taking it from a link is a 404.
        "positive_data_acceptance": {"expected-statuses": ["2xx", "400", "404"]},
    },
}

#: Bounds each group's run: 6 to 15 s each, about 100 s for the module on a busy 2-core machine.
#: The draws are the same on every run of this module in a process of its own (``make test``
#: runs it so); after other schemathesis suites were imported they differ, and a group may then
#: miss one of its writes.
SETTINGS: Final = hypothesis.settings(
    max_examples=30,
    stateful_step_count=10,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(hypothesis.HealthCheck),
)

#: The linked operations, one state machine per resource. Every root rule of a machine
#: competes with its links for the steps, so small machines follow links far more often
#: than one machine over the 66 operations would.
GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "events": (
        "create_event",
        "get_event",
        "update_event",
        "request_event_cancellation",
        "cancel_event",
        "list_calendar_events",
    ),
    # A host's role and visibility are not readable through the API (get_event lists hosts
    # without them), so update_event_host is exercised but has no read-back check.
    "hosts": (
        "create_event",
        "add_event_host",
        "update_event_host",
        "remove_event_host",
        "get_event",
    ),
    "guests": (
        "create_event",
        "add_event_guests",
        "list_event_guests",
        "get_event_guest",
        "update_event_guest_status",
    ),
    "ticket-types": (
        "create_event",
        "create_ticket_type",
        "get_ticket_type",
        "update_ticket_type",
    ),
    "ticket-type-deletes": (
        "create_event",
        "create_ticket_type",
        "get_ticket_type",
        "delete_ticket_type",
        "list_ticket_types",
    ),
    "event-coupons": (
        "create_event",
        "create_event_coupon",
        "update_event_coupon",
        "list_event_coupons",
    ),
    "calendar-coupons": (
        "create_calendar_coupon",
        "update_calendar_coupon",
        "list_calendar_coupons",
    ),
    "tags": (
        "create_contact_tag",
        "update_contact_tag",
        "delete_contact_tag",
        "list_contact_tags",
        "create_event_tag",
        "update_event_tag",
        "delete_event_tag",
        "list_event_tags",
    ),
    "webhooks": (
        "create_webhook",
        "get_webhook",
        "update_webhook",
        "delete_webhook",
        "list_webhooks",
    ),
}


@functools.cache
def spec_document() -> dict[str, Any]:
    """The spec, parsed once per session (each machine gets its own copy)."""
    with SPEC_PATH.open(encoding="utf-8") as file:
        document: dict[str, Any] = yaml.safe_load(file)
    return document


class Target:
    """The fake the current scenario talks to (a new one per scenario), and what was checked."""

    def __init__(self) -> None:
        self.verified: collections.Counter[tuple[str, str]] = collections.Counter()
        self.fake = self._new_fake()
        self._client = httpx.Client(transport=self.fake.transport(), base_url=BASE_URL)

    @staticmethod
    def _new_fake() -> FakeLuma:
        return FakeLuma(API_KEY, check_responses=True, rate_limit=None)  # the suite runs unlimited

    def renew(self) -> None:
        """A fresh fake, so every scenario starts from the same state (deterministic ids)."""
        self.fake = self._new_fake()
        self._client.close()
        self._client = httpx.Client(transport=self.fake.transport(), base_url=BASE_URL)

    def close(self) -> None:
        self._client.close()

    def handle(self, request: Request) -> FakeResponse:
        return self.fake.handle(request)

    def read(self, path: str, params: Mapping[str, str]) -> httpx.Response:
        return self._client.get(path, params=dict(params), headers={"x-luma-api-key": API_KEY})

    def reader(self) -> Reader:
        return self.read

    def record(self, check: str, operation: str) -> None:
        self.verified[check, operation] += 1


def realistic(case: Case[Any]) -> None:
    """Make a generated request meet two rules the schema cannot state, deterministically.

    - An event's time zone must be an IANA name, which random text almost never is:
      without a real one nearly every ``create_event`` is a 400 and no chain starts.
    - A pagination cursor must be one the server issued for that list: a made-up one is a
      400 by design, and a list that answers 400 feeds no id to the steps after it.
    """
    body = case.body
    if operation_id(case) in ("create_event", "update_event") and isinstance(body, dict):
        zone = body.get("timezone")
        if isinstance(zone, str) and zone not in zoneinfo.available_timezones():
            body["timezone"] = "America/New_York"
    if isinstance(case.query, dict):
        case.query.pop("pagination_cursor", None)


def build_machine(target: Target, operations: tuple[str, ...]) -> type[APIStateMachine]:
    """The spec's state machine over ``operations``, calling ``target``'s fake in-process."""
    config = make_config(FAKE_OVERRIDES)
    document = copy.deepcopy(spec_document())
    schema = schemathesis.openapi.from_dict(document, config=config).include(
        operation_id=list(operations)
    )
    # Set on the schema, not per call: schemathesis' auth probes send through the schema's
    # transport and would hand a per-call ``app`` on to ``requests``.
    schema.app = FakeASGIApp(target.handle)
    checks = stateful_checks(target.reader, target.record)

    class FakeLumaMachine(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            target.renew()

        def before_call(self, case: Case[Any]) -> None:
            realistic(case)

        def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
            return {"base_url": BASE_URL}

        def validate_response(
            self, response: Response, case: Case[Any], additional_checks: Any = None, **kwargs: Any
        ) -> None:
            super().validate_response(response, case, additional_checks=checks, **kwargs)

    return FakeLumaMachine


@pytest.fixture
def target() -> Iterator[Target]:
    made = Target()
    yield made
    made.close()


def expected_checks(operations: tuple[str, ...]) -> set[tuple[str, str]]:
    """The (check, operation) pairs a group's run must have verified at least once."""
    return {(name, op) for name, rules in CHECKED.items() for op in rules if op in operations}


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_stateful_phase_passes_on_the_fake(group: str, target: Target) -> None:
    """Zero failures, and every custom check verified every write of the group at least once."""
    build_machine(target, GROUPS[group]).run(settings=SETTINGS)
    assert target.fake.failures == []
    assert expected_checks(GROUPS[group]) <= set(target.verified)


def test_groups_cover_every_linked_operation() -> None:
    """Every operation with links, and every link target, runs in some group."""
    linked: set[str] = set()
    for item in spec_document()["paths"].values():
        for operation in item.values():
            for response in operation.get("responses", {}).values():
                links = response.get("links", {}) if isinstance(response, dict) else {}
                if links:
                    linked.add(operation["operationId"])
                linked.update(link["operationId"] for link in links.values())
    assert len(linked) > 30
    assert linked == {op for operations in GROUPS.values() for op in operations}


# --- Guards: each custom check fails on a fake that breaks its property ------------------

#: Guards stop at the first failure: no shrinking, which could take minutes.
GUARD_SETTINGS: Final = hypothesis.settings(
    SETTINGS, phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate]
)


def _loses_everything(call: Call) -> Any:
    """A read of a fake that loses what it created: every id is unknown."""
    raise FakeError(404, "not found")


def _changes_nothing(call: Call) -> Any:
    """A write of a fake that answers success and changes nothing."""
    return {}


#: A broken fake per case: the check that must fail, the operation whose handler is
#: replaced, the replacement, and the operations the machine runs.
BROKEN: Final[dict[str, tuple[str, str, Callable[[Call], Any], tuple[str, ...]]]] = {
    "webhooks are lost": (
        "created_can_be_read",
        "get_webhook",
        _loses_everything,
        ("create_webhook", "get_webhook"),
    ),
    "ticket types are lost": (
        "created_can_be_read",
        "get_ticket_type",
        _loses_everything,
        ("create_event", "create_ticket_type", "get_ticket_type"),
    ),
    "tag updates are forgotten": (
        "updates_read_back",
        "update_event_tag",
        _changes_nothing,
        ("create_event_tag", "update_event_tag", "list_event_tags"),
    ),
    "event updates are forgotten": (
        "updates_read_back",
        "update_event",
        _changes_nothing,
        ("create_event", "update_event", "get_event"),
    ),
    "webhook deletes are ignored": (
        "deleted_reads_as_gone",
        "delete_webhook",
        _changes_nothing,
        ("create_webhook", "delete_webhook", "get_webhook"),
    ),
    "cancelled events stay": (
        "deleted_reads_as_gone",
        "cancel_event",
        _changes_nothing,
        ("create_event", "request_event_cancellation", "cancel_event"),
    ),
}


def test_every_check_has_a_guard() -> None:
    assert {check for check, *_ in BROKEN.values()} == set(CHECKED)


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_check_fails_on_a_broken_fake(
    case: str, target: Target, monkeypatch: pytest.MonkeyPatch
) -> None:
    check, operation, broken, operations = BROKEN[case]
    monkeypatch.setitem(HANDLERS, operation, broken)
    with pytest.raises(FailureGroup) as caught:
        build_machine(target, operations).run(settings=GUARD_SETTINGS)
    failed = [str(failure) for failure in caught.value.exceptions]
    assert any(f"`{check}`" in text for text in failed), failed
