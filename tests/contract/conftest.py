"""Shared setup of the contract tests: the spec, the schemathesis config, the mock, two checks.

The check exclusions and their reasons live in ``schemathesis.toml`` next to this file.
Two of the checks it switches off are replaced by the wrappers below, which tolerate one
precisely described Prism behaviour each and delegate everything else to the built-in.
They are passed per call (``additional_checks=``), not registered globally, so no other
schemathesis run in the process picks them up.
"""

from __future__ import annotations

import copy
import re
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Final
from urllib.parse import parse_qs, urlsplit

import pytest
from schemathesis import Case, CheckContext, CheckFunction, Response
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import AcceptedNegativeData
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import (
    negative_data_rejection,
    response_schema_conformance,
)

from luma_client.testing import mock_server
from tests.specdoc import SPEC_PATH

CONFIG_PATH: Final = Path(__file__).with_name("schemathesis.toml")

#: Prism 5.14.2's answer to a request body that is not JSON. It is hard-coded in Prism,
#: not taken from the spec, and does not fit the spec's ``Error`` schema.
PRISM_INVALID_JSON_BODY: Final = {"error": {"code": "invalid_json", "message": "Invalid JSON"}}


def load_config_dict() -> dict[str, Any]:
    """The contents of ``schemathesis.toml`` as a dict, to derive variants from."""
    with CONFIG_PATH.open("rb") as file:
        return tomllib.load(file)


def make_config(overrides: Mapping[str, Any] | None = None) -> SchemathesisConfig:
    """``schemathesis.toml`` with ``overrides`` merged in.

    Tables merge key by key, other values replace, and ``None`` removes a key.
    """
    data = load_config_dict()
    if overrides:
        data = _merged(data, overrides)
    return SchemathesisConfig.from_dict(data, base_dir=str(CONFIG_PATH.parent))


def _merged(base: Mapping[str, Any], overrides: Mapping[str, Any]) -> dict[str, Any]:
    result = copy.deepcopy(dict(base))
    for key, value in overrides.items():
        current = result.get(key)
        if value is None:
            result.pop(key, None)
        elif isinstance(value, Mapping) and isinstance(current, Mapping):
            result[key] = _merged(current, value)
        else:
            result[key] = copy.deepcopy(value)
    return result


def is_prism_invalid_json_answer(response: Response) -> bool:
    """Whether ``response`` is Prism's hard-coded 400 for a body that is not JSON."""
    if response.status_code != 400:
        return False
    try:
        body = response.json()
    except Exception:  # not JSON at all: not Prism's answer
        return False
    return bool(body == PRISM_INVALID_JSON_BODY)


def response_schema_conformance_prism(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """``response_schema_conformance``, except for Prism's hard-coded invalid-JSON 400."""
    if is_prism_invalid_json_answer(response):
        return None
    return response_schema_conformance(ctx, response, case)


def negative_data_rejection_prism(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """``negative_data_rejection``, except for "invalid" query strings that are valid as sent.

    An accepted invalid request is tolerated only when its invalid values are all in the
    query string and the query string actually sent is valid as Prism reads it:

    - an empty value (``?before=``) is an absent parameter, so ``""`` for an optional
      ``format: date-time`` parameter is no error;
    - repeated values are an array and every value is text, so the "non-array" values
      schemathesis generates for an array of strings (``?tags=false``, or an object sent as
      ``?tags=a&tags=b``) are a valid array once serialized.

    Invalid bodies and headers, and any query value that is invalid as sent, stay checked.
    """
    try:
        return negative_data_rejection(ctx, response, case)
    except AcceptedNegativeData:
        if _only_query_is_negative(case) and _sent_query_is_valid_for_prism(case, response):
            return None
        raise


def _only_query_is_negative(case: Case[Any]) -> bool:
    meta = case.meta
    if meta is None:
        return False
    negative = {location for location in ParameterLocation if meta.is_negative_at(location)}
    return negative == {ParameterLocation.QUERY}


def _sent_query_is_valid_for_prism(case: Case[Any], response: Response) -> bool:
    sent = parse_qs(urlsplit(response.request.url or "").query, keep_blank_values=True)
    for parameter in case.operation.query:
        values = [value for value in sent.get(parameter.name, []) if value != ""]
        if not values:
            if parameter.is_required:
                return False
            continue
        schema = parameter.validation_schema
        candidate: object
        if "array" in _types(schema):
            item_types = _types(schema.get("items", {}))
            candidate = [_from_text(value, item_types) for value in values]
        elif len(values) == 1:
            candidate = _from_text(values[0], _types(schema))
        else:
            return False
        if not parameter.get_validator().is_valid(candidate):
            return False
    return True


def _types(schema: object) -> list[str]:
    declared = schema.get("type") if isinstance(schema, Mapping) else None
    if isinstance(declared, str):
        return [declared]
    return (
        [item for item in declared if isinstance(item, str)] if isinstance(declared, list) else []
    )


def _from_text(text: str, types: list[str]) -> object:
    """The JSON value a query value stands for, given the types its schema declares."""
    if "integer" in types and _INTEGER.fullmatch(text):
        return int(text)
    if "number" in types and _NUMBER.fullmatch(text):
        return float(text)
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    return text


_INTEGER: Final = re.compile(r"-?[0-9]+")
_NUMBER: Final = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


#: What every call against the mock runs in addition to the checks ``schemathesis.toml`` enables.
MOCK_ADDITIONAL_CHECKS: Final[list[CheckFunction]] = [
    response_schema_conformance_prism,
    negative_data_rejection_prism,
]


@pytest.fixture(scope="session")
def contract_mock_url() -> Iterator[str]:
    """A Prism mock serving ``spec/luma.openapi.yaml`` for the whole session."""
    # The curated spec itself, not the copy packaged in luma_api: it is what is under test.
    with mock_server(spec=SPEC_PATH) as url:
        yield url
