"""Property-based contract tests: every operation of the spec against Fake Luma, in-process.

The same schemathesis configuration as the Prism suite (``schemathesis.toml``), with every
check switched back on: the fake keeps state and checks keys, so the exclusions that exist
for a stateless mock do not apply, and the built-in response-schema and negative-data checks
run unwrapped (the fake has none of Prism's quirks). One check is narrowed, as the Prism
suite narrows two: a schema-valid request may still break a rule of Luma's that a schema
cannot state (``end_at`` before ``start_at``, a slug or coupon code already taken, a cursor
this fake never issued, a calendar the key may not act for), and the fake refuses it as Luma
does, with a 400 or 403 that names the rule. Refusals by the fake's request validation
(``Invalid request: ...``) still fail the check. Requests reach the fake through its ASGI
app, in this process: no socket, no Node. Few examples per operation keep it quick; the run
is deterministic (derandomized, no example database).
"""

from __future__ import annotations

import datetime
import json
from typing import Any, Final

import httpx
import hypothesis
import pytest
import schemathesis
from schemathesis import Case, CheckContext, CheckFunction, Response
from schemathesis.core.failures import FailureGroup
from schemathesis.core.result import Ok
from schemathesis.openapi.checks import RejectedPositiveData
from schemathesis.specs.openapi.checks import positive_data_acceptance

from luma_client.testing import FakeLuma
from luma_client.testing.fake._server import asgi_app
from tests.specdoc import SPEC_PATH

from .conftest import load_config_dict, make_config

API_KEY: Final = load_config_dict()["auth"]["openapi"]["apiKeyAuth"]["api_key"]

#: The fake's settings on top of schemathesis.toml: every check on, a few examples each.
FAKE_OVERRIDES: Final[dict[str, Any]] = {
    "generation": {"max-examples": 5},
    "checks": {
        # The fake authenticates: an unknown key is a 401.
        "ignored_auth": {"enabled": True},
        # Undeclared methods get 405 with an Allow header.
        "unsupported_method": {"enabled": True},
        # A stateful check (schemathesis' stateful phase only); on, so nothing is excluded.
        "use_after_free": {"enabled": True},
        "response_schema_conformance": {"enabled": True},
        "negative_data_rejection": {"enabled": True},
        # Replaced, not dropped: positive_data_acceptance_fake below. A valid request about
        # an id the store does not hold is Luma's 404, not a failure.
        "positive_data_acceptance": {"enabled": False, "expected-statuses": ["2xx", "404"]},
    },
}

#: Where the fake's request validation puts its refusals; a rule refusal never starts so.
VALIDATION_PREFIX: Final = "Invalid request"
RULE_STATUSES: Final = frozenset({400, 403})


def positive_data_acceptance_fake(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """``positive_data_acceptance``, except for a 400/403 that names a rule of Luma's."""
    try:
        return positive_data_acceptance(ctx, response, case)
    except RejectedPositiveData:
        if response.status_code in RULE_STATUSES and _is_rule_refusal(response.content):
            return None
        raise


def _is_rule_refusal(content: bytes) -> bool:
    try:
        body = json.loads(content)
    except ValueError:
        return False
    message = body.get("message") if isinstance(body, dict) else None
    return isinstance(message, str) and bool(message) and not message.startswith(VALIDATION_PREFIX)


FAKE_ADDITIONAL_CHECKS: Final[list[CheckFunction]] = [positive_data_acceptance_fake]

#: One fake for the module, with data in it, so that listings have entries to page through.
FAKE: Final = FakeLuma(api_key=API_KEY, seed=0, check_responses=True)
FAKE.populate(events=3, guests_per_event=5)

schema = schemathesis.openapi.from_path(SPEC_PATH, config=make_config(FAKE_OVERRIDES))
schema.app = asgi_app(FAKE)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Distinct node ids from the Prism suite's: `test_operation_conforms[GET ...][fake]`.
    if "server" in metafunc.fixturenames:
        metafunc.parametrize("server", ["fake"])


@schema.parametrize()
def test_operation_conforms(case: Case[Any], server: str) -> None:
    case.call_and_validate(additional_checks=FAKE_ADDITIONAL_CHECKS)


def test_every_operation_is_tested() -> None:
    results = list(schema.get_all_operations())
    operations = [result.ok() for result in results if isinstance(result, Ok)]
    assert len(operations) == len(results) == 66


def test_every_check_is_on() -> None:
    """Nothing schemathesis.toml switches off for Prism stays off for the fake."""
    switched_off = {
        name
        for name, settings in load_config_dict()["checks"].items()
        if isinstance(settings, dict) and settings.get("enabled") is False
    }
    assert switched_off <= set(FAKE_OVERRIDES["checks"])
    assert all(FAKE_OVERRIDES["checks"][name]["enabled"] for name in switched_off)
    # The one check the fake's config turns off runs through its narrow replacement.
    assert FAKE_OVERRIDES["checks"]["positive_data_acceptance"]["enabled"] is False
    assert positive_data_acceptance_fake in FAKE_ADDITIONAL_CHECKS


# --- The rule-refusal replacement is narrow ----------------------------------------------


def _answer(status: int, body: object) -> httpx.Response:
    request = httpx.Request("GET", "http://testserver/v1/users/get-self")
    response = httpx.Response(status, json=body, request=request)
    response.elapsed = datetime.timedelta(0)
    return response


def _judge(answer: httpx.Response) -> list[FailureGroup]:
    """Validate ``answer`` as the reply to generated valid cases; the failures raised."""
    failures: list[FailureGroup] = []
    seen: list[Case[Any]] = []

    @hypothesis.given(case=schema["/v1/users/get-self"]["GET"].as_strategy())
    @hypothesis.settings(max_examples=3, derandomize=True, database=None)
    def judge(case: Case[Any]) -> None:
        seen.append(case)
        try:
            case.validate_response(answer, additional_checks=FAKE_ADDITIONAL_CHECKS)
        except FailureGroup as group:
            failures.append(group)

    judge()
    assert seen, "no case was generated"
    return failures


@pytest.mark.parametrize(
    ("status", "message"),
    [(400, "end_at must be after start_at"), (403, "This API key has no access to the calendar")],
)
def test_a_refusal_naming_a_rule_passes(status: int, message: str) -> None:
    assert _judge(_answer(status, {"message": message, "code": None})) == []


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (400, {"message": "Invalid request: name: 3 is not of type 'string'", "code": None}),
        (400, {"message": "", "code": None}),
        (500, {"message": "end_at must be after start_at", "code": None}),
    ],
)
def test_other_refusals_of_valid_data_still_fail(status: int, body: object) -> None:
    failures = _judge(_answer(status, body))
    assert failures
    for group in failures:
        assert any(isinstance(exc, RejectedPositiveData) for exc in group.exceptions)
