"""Property-based contract tests: every operation of the spec against the Prism mock.

One test per operation (``test_operation_conforms[GET /v1/events/get]`` ...). Each runs
schemathesis' examples, coverage and fuzzing phases with every check except those
``schemathesis.toml`` excludes (each with its reason). The run is deterministic.
"""

from __future__ import annotations

import datetime
from typing import Any, Final

import httpx
import hypothesis
import pytest
import schemathesis
from schemathesis import Case, GenerationMode
from schemathesis.core.failures import AcceptedNegativeData, FailureGroup
from schemathesis.core.parameters import ParameterLocation
from schemathesis.core.result import Ok
from schemathesis.openapi.checks import RejectedPositiveData

from tests.specdoc import SPEC_PATH

from .conftest import (
    MOCK_ADDITIONAL_CHECKS,
    PRISM_INVALID_JSON_BODY,
    make_config,
    negative_data_rejection_prism,
)

schema = schemathesis.openapi.from_path(SPEC_PATH, config=make_config())


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # pytest 9.2 derives a node id from the function name plus its parametrization only, and
    # schemathesis 4.32.5 puts the operation into the item's name, so all 66 items would share
    # the node id `test_operation_conforms` (ambiguous reports, no --deselect). With one more
    # parametrization schemathesis builds the id from the full name:
    # `test_operation_conforms[GET /v1/events/get][prism]`.
    if "server" in metafunc.fixturenames:
        metafunc.parametrize("server", ["prism"])


@schema.parametrize()
def test_operation_conforms(case: Case[Any], contract_mock_url: str, server: str) -> None:
    case.call_and_validate(base_url=contract_mock_url, additional_checks=MOCK_ADDITIONAL_CHECKS)


def test_every_operation_is_tested() -> None:
    """The parametrized test covers all operations: none is skipped or filtered out."""
    results = list(schema.get_all_operations())
    operations = [result.ok() for result in results if isinstance(result, Ok)]
    assert len(operations) == len(results) == 66
    assert len({op.label for op in operations}) == len(operations)


# --- The suite cannot pass silently without a key --------------------------------------

GET_SELF: Final = ("/v1/users/get-self", "GET")

#: Variants of schemathesis.toml that lose the key, as a broken CI secret would.
KEYLESS_CONFIGS: Final[dict[str, dict[str, Any]]] = {
    "blank key": {"auth": {"openapi": {"apiKeyAuth": {"api_key": ""}}}},
    # No auth block and no generated stand-in: the header is simply not sent.
    "missing key": {"auth": None, "generation": {"with-security-parameters": False}},
}


@pytest.mark.parametrize("variant", sorted(KEYLESS_CONFIGS))
def test_checks_fail_without_a_key(variant: str, contract_mock_url: str) -> None:
    """With the key blank or missing, valid requests get 401 and the checks report it."""
    keyless = schemathesis.openapi.from_path(
        SPEC_PATH, config=make_config(KEYLESS_CONFIGS[variant])
    )
    path, method = GET_SELF
    operation = keyless[path][method]
    failures: list[FailureGroup] = []

    @hypothesis.given(case=operation.as_strategy())
    @hypothesis.settings(max_examples=3, derandomize=True, database=None)
    def exercise(case: Case[Any]) -> None:
        response = case.call(base_url=contract_mock_url)
        assert response.status_code == 401
        with pytest.raises(FailureGroup) as excinfo:
            case.validate_response(response, additional_checks=MOCK_ADDITIONAL_CHECKS)
        assert any(isinstance(exc, RejectedPositiveData) for exc in excinfo.value.exceptions)
        failures.append(excinfo.value)

    exercise()
    assert failures, "no case was generated"


# --- The invalid-JSON wrapper is narrow ------------------------------------------------


def _answer_400(body: object) -> httpx.Response:
    request = httpx.Request("POST", "http://127.0.0.1/v1/events/create")
    response = httpx.Response(400, json=body, request=request)
    response.elapsed = datetime.timedelta(0)
    return response


def test_only_prisms_invalid_json_body_escapes_the_schema_check() -> None:
    case = schema["/v1/events/create"]["POST"].Case(body={}, media_type="application/json")
    case.validate_response(
        _answer_400(PRISM_INVALID_JSON_BODY), additional_checks=MOCK_ADDITIONAL_CHECKS
    )
    other = _answer_400({"error": {"code": "invalid_json", "message": "Something else"}})
    with pytest.raises(FailureGroup):
        case.validate_response(other, additional_checks=MOCK_ADDITIONAL_CHECKS)


def _negative_only_in(operation: Any, location: ParameterLocation) -> Case[Any]:
    """A case schemathesis generated as invalid in ``location`` and nowhere else."""
    strategy = operation.as_strategy(generation_mode=GenerationMode.NEGATIVE)

    def only_there(case: Case[Any]) -> bool:
        meta = case.meta
        return meta is not None and {
            where for where in ParameterLocation if meta.is_negative_at(where)
        } == {location}

    settings = hypothesis.settings(database=None, derandomize=True, max_examples=500)
    found: Case[Any] = hypothesis.find(strategy, only_there, settings=settings)
    return found


def test_the_loosened_negative_check_still_fails_when_a_bad_body_is_accepted() -> None:
    # negative_data_rejection_prism forgives some accepted invalid query strings; a request
    # with an invalid body that gets 2xx must still fail, and fail for that reason.
    case = _negative_only_in(schema["/v1/events/create"]["POST"], ParameterLocation.BODY)
    request = httpx.Request("POST", "http://127.0.0.1/v1/events/create")
    accepted = httpx.Response(200, json={}, request=request)
    accepted.elapsed = datetime.timedelta(0)
    with pytest.raises((FailureGroup, AcceptedNegativeData)) as info:
        case.validate_response(accepted, checks=[negative_data_rejection_prism])
    failures = info.value.exceptions if isinstance(info.value, FailureGroup) else (info.value,)
    assert [type(failure) for failure in failures] == [AcceptedNegativeData]


def test_only_the_stateful_phase_is_skipped() -> None:
    """Against the stateless mock every phase runs but the stateful one (reason in the toml)."""
    phases = make_config().projects.default.phases
    assert not phases.stateful.enabled
    assert phases.examples.enabled and phases.coverage.enabled and phases.fuzzing.enabled
