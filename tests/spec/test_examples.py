"""Every example in the spec validates against the schema it illustrates (JSON Schema 2020-12).

Prism serves these examples as mock responses and schemathesis sends the request examples, so an
example that contradicts its schema would make the mock lie. Formats (date-time, email, uri, date)
are checked too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from tests.specdoc import load_spec

SCHEMA_KEYWORDS_WITH_DATA = ("examples", "example", "const", "default", "enum")


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _examples(
    node: Any, pointer: str = "", in_schema: bool = False
) -> Iterator[tuple[str, str, Any]]:
    """Yield (example location, JSON pointer of its schema, example value)."""
    if isinstance(node, list):
        for index, child in enumerate(node):
            yield from _examples(child, f"{pointer}/{index}", in_schema)
        return
    if not isinstance(node, dict):
        return
    if not in_schema and "schema" in node:  # a media type or a parameter
        for name, example in (node.get("examples") or {}).items():
            if isinstance(example, dict) and "value" in example:
                yield f"{pointer}/examples/{name}", f"{pointer}/schema", example["value"]
        if "example" in node:
            yield f"{pointer}/example", f"{pointer}/schema", node["example"]
    if in_schema and isinstance(node.get("examples"), list):
        for index, example in enumerate(node["examples"]):
            yield f"{pointer}/examples/{index}", pointer, example
    for key, child in node.items():
        if key in ("examples", "example") and not in_schema:
            continue
        if in_schema and key in SCHEMA_KEYWORDS_WITH_DATA:
            continue
        child_in_schema = in_schema or key == "schema" or pointer == "/components/schemas"
        yield from _examples(child, f"{pointer}/{_escape(str(key))}", child_in_schema)


ALL_EXAMPLES = list(_examples(load_spec()))
REGISTRY: Registry[Any] = Registry().with_resource(
    "urn:luma-spec", DRAFT202012.create_resource(load_spec())
)


def test_the_spec_has_examples_everywhere_it_needs_them() -> None:
    spec = load_spec()
    missing = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            body = op.get("requestBody", {}).get("content", {}).get("application/json")
            if body is not None and not body.get("examples"):
                missing.append(f"{method.upper()} {path} request body")
            for status, response in op["responses"].items():
                if not str(status).startswith("2"):
                    continue
                media = response.get("content", {}).get("application/json")
                if media is None or not media.get("examples"):
                    missing.append(f"{method.upper()} {path} {status} response")
    for name, hook in spec.get("webhooks", {}).items():
        media = hook["post"]["requestBody"]["content"]["application/json"]
        if not media.get("examples"):
            missing.append(f"webhook {name}")
    assert not missing, missing


@pytest.mark.parametrize(
    ("where", "schema_pointer", "value"), ALL_EXAMPLES, ids=[e[0] for e in ALL_EXAMPLES]
)
def test_example_matches_its_schema(where: str, schema_pointer: str, value: Any) -> None:
    validator = Draft202012Validator(
        {"$ref": f"urn:luma-spec#{schema_pointer}"},
        registry=REGISTRY,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]
    assert not errors, errors


def test_the_validator_rejects_a_wrong_example() -> None:
    """Guards the test above: a mistyped example must not pass."""
    validator = Draft202012Validator(
        {"$ref": "urn:luma-spec#/components/schemas/Error"},
        registry=REGISTRY,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    assert not validator.is_valid({"code": None})
    assert not validator.is_valid({"message": 3})


def test_the_mock_serves_a_last_page_for_every_list() -> None:
    """Prism answers with the first example whatever the cursor, so a first example with
    ``has_more: true`` would send every paginating client round the same page forever."""
    spec = load_spec()
    for item in spec["paths"].values():
        for op in item.values():
            examples = op["responses"]["200"]["content"]["application/json"]["examples"]
            first = next(iter(examples.values()))["value"]
            if isinstance(first, dict) and "has_more" in first:
                assert first["has_more"] is False, op["operationId"]
                assert "next_cursor" not in first, op["operationId"]
