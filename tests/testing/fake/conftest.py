"""Every answer Fake Luma gives in these tests is checked against the spec, independently.

The fake has its own checker (``check_responses``, built on jsonschema-rs). This one uses the
reference ``jsonschema`` implementation instead, wraps the core for every test in this
directory (in-process and server alike), and fails the test on any answer whose status is not
declared for its operation or whose body does not match the schema for that status.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import jsonschema
import msgspec
import pytest
import referencing
import referencing.jsonschema

from luma_client.testing.fake import _core
from luma_client.testing.fake._openapi import load_spec


@functools.cache
def _validator(operation_id: str, status: int) -> jsonschema.Draft202012Validator | None:
    spec = load_spec()
    op = spec.operations[operation_id]
    media = op.responses[status].get("content", {}).get("application/json")
    if media is None:
        return None
    resource = referencing.Resource.from_contents(
        spec.document, default_specification=referencing.jsonschema.DRAFT202012
    )
    registry: referencing.Registry[Any] = referencing.Registry().with_resource("spec", resource)
    schema = dict(media["schema"])
    if "$ref" in schema:
        schema["$ref"] = "spec" + schema["$ref"]
    else:
        schema = {
            "$ref": "spec#/paths/" + _escape(op.path) + f"/{op.method.lower()}"
            f"/responses/{status}/content/application~1json/schema"
        }
    return jsonschema.Draft202012Validator(
        schema, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _escape(path: str) -> str:
    return path.replace("~", "~0").replace("/", "~1")


def problems_of(response: _core.Response) -> list[str]:
    """What is wrong with one answer of the fake (empty when it is valid)."""
    if response.operation is None:
        return []  # unknown route or wrong method: no operation to check against
    op = load_spec().operations[response.operation]
    if response.status not in op.responses:
        return [f"{response.operation}: status {response.status} is not declared"]
    validator = _validator(response.operation, response.status)
    if validator is None:
        return []
    body = msgspec.json.decode(response.body)
    return [
        f"{response.operation} {response.status}: {error.json_path}: {error.message}"
        for error in validator.iter_errors(body)
    ]


@pytest.fixture(autouse=True)
def _every_answer_matches_the_spec(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    seen: list[str] = []
    original = _core.Core.handle

    def checked(self: _core.Core, request: _core.Request) -> _core.Response:
        response = original(self, request)
        found = problems_of(response)
        if response.status == 500 and "prefer" not in request.headers:
            found.append(f"{response.operation}: 500 {response.body[:200]!r}")
        if found:
            seen.extend(found)
            raise AssertionError("Fake Luma answered against the spec: " + "; ".join(found[:3]))
        return response

    checked.__wrapped__ = original  # type: ignore[attr-defined]  # for tests of 500s
    monkeypatch.setattr(_core.Core, "handle", checked)
    yield seen
    assert not seen, f"answers against the spec: {seen[:5]}"
