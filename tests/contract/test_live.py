"""The contract tests against the real Luma API: opt-in, read-only, few examples, throttled.

Runs only when both ``LUMA_API_KEY`` and ``LUMA_CONTRACT_LIVE=1`` are set, so never in
normal CI. Base URL: ``LUMA_BASE_URL`` or https://public-api.luma.com. ::

    LUMA_CONTRACT_LIVE=1 LUMA_API_KEY=... .venv/bin/pytest tests/contract/test_live.py

Starts from ``schemathesis.toml`` and changes only what differs for the real API (below).
"""

from __future__ import annotations

import os
from typing import Any, Final

import pytest
import schemathesis
from schemathesis import Case

from tests.specdoc import SPEC_PATH

from .conftest import make_config

API_KEY: Final = os.environ.get("LUMA_API_KEY", "")
ENABLED: Final = bool(API_KEY) and os.environ.get("LUMA_CONTRACT_LIVE") == "1"
BASE_URL: Final = os.environ.get("LUMA_BASE_URL") or "https://public-api.luma.com"

pytestmark = pytest.mark.skipif(
    not ENABLED,
    reason="live contract tests need both LUMA_API_KEY and LUMA_CONTRACT_LIVE=1",
)

LIVE_OVERRIDES: Final[dict[str, Any]] = {
    "base-url": BASE_URL,
    # At most 2 requests per second (120 per minute) against Luma's 200 per minute per
    # calendar, leaving room for anything else using the key. Applies to the checks'
    # own extra requests too.
    "rate-limit": "2/s",
    "request-timeout": 30.0,
    "auth": {"openapi": {"apiKeyAuth": {"api_key": API_KEY}}},
    "generation": {"max-examples": 3},
    "phases": {
        # The coverage phase sends dozens of boundary cases per operation and probes
        # undeclared methods (POST, PUT, DELETE ...) on each path: neither few nor read-only.
        "coverage": {"enabled": False},
    },
    "checks": {
        # The mock-only exclusions of schemathesis.toml do not apply to the real API.
        "ignored_auth": {"enabled": True},  # Luma does authenticate keys
        "response_schema_conformance": {"enabled": True},  # no Prism invalid-JSON body here
        "negative_data_rejection": {"enabled": True},  # no Prism empty-value leniency here
        # Generated ids do not exist on the key's calendar (404), and some operations need
        # an organization key or Luma Plus (403). A missing or bad key (401) still fails.
        "positive_data_acceptance": {"expected-statuses": ["2xx", "403", "404"]},
    },
}

schema = schemathesis.openapi.from_path(SPEC_PATH, config=make_config(LIVE_OVERRIDES)).include(
    method="GET"  # read-only: every write in this API is a POST
)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Unique node ids under pytest 9.2; see test_schemathesis.py.
    if "server" in metafunc.fixturenames:
        metafunc.parametrize("server", ["luma"])


@schema.parametrize()
def test_live_operation_conforms(case: Case[Any], server: str) -> None:
    case.call_and_validate()
