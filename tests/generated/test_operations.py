"""One generated module per spec operation, calling the spec's method and path."""

from __future__ import annotations

import inspect
import pkgutil
from typing import Any

import pytest

import luma_api.api
from tests.generated.helpers import (
    JSON,
    body_ref,
    json_differences,
    model_class,
    operation_module,
    query_sample,
)
from tests.specdoc import Operation, operations, resolve

OPERATIONS = operations()
ENTRY_POINTS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def _by_id(op: Operation) -> str:
    return op.operation_id


def _generated_api_modules() -> set[tuple[str, str]]:
    found = set()
    for tag in pkgutil.iter_modules(luma_api.api.__path__):
        assert tag.ispkg, f"luma_api.api.{tag.name} is a module, expected one package per tag"
        package = __import__(f"luma_api.api.{tag.name}", fromlist=["__path__"])
        for module in pkgutil.iter_modules(package.__path__):
            assert not module.ispkg, f"unexpected subpackage luma_api.api.{tag.name}.{module.name}"
            found.add((tag.name, module.name))
    return found


def test_operation_ids_are_unique_and_tagged() -> None:
    ids = [op.operation_id for op in OPERATIONS]
    assert len(ids) == len(set(ids)) >= 66
    assert all(op.tag for op in OPERATIONS)


def test_generated_api_modules_are_exactly_the_spec_operations() -> None:
    expected = {(op.tag, op.operation_id) for op in OPERATIONS}
    generated = _generated_api_modules()
    assert generated - expected == set(), "generated modules without a spec operation"
    assert expected - generated == set(), "spec operations without a generated module"


@pytest.mark.parametrize("op", OPERATIONS, ids=_by_id)
def test_module_has_the_four_entry_points(op: Operation) -> None:
    module = operation_module(op)
    for name in ENTRY_POINTS:
        assert callable(getattr(module, name, None)), f"{module.__name__}.{name} missing"
    assert inspect.iscoroutinefunction(module.asyncio)
    assert inspect.iscoroutinefunction(module.asyncio_detailed)
    assert not inspect.iscoroutinefunction(module.sync)
    assert not inspect.iscoroutinefunction(module.sync_detailed)
    expected_params = set(inspect.signature(module._get_kwargs).parameters) | {"client"}
    for name in ENTRY_POINTS:
        assert set(inspect.signature(getattr(module, name)).parameters) == expected_params, name


def _python_names(op: Operation) -> dict[str, str]:
    """Spec query parameter name -> keyword of the generated functions.

    The generator keeps the spec name unless it clashes with a name of its own; then it appends
    the location (``url`` -> ``url_query``, because ``url`` is a key of the request kwargs).
    """
    accepted = set(inspect.signature(operation_module(op)._get_kwargs).parameters)
    names = {}
    for param in map(resolve, op.raw.get("parameters", [])):
        name = param["name"]
        names[name] = name if name in accepted else f"{name}_{param['in']}"
    return names


def test_only_the_url_query_parameter_is_renamed() -> None:
    renamed = {
        f"{op.operation_id}.{spec}": python
        for op in OPERATIONS
        for spec, python in _python_names(op).items()
        if spec != python
    }
    assert renamed == {"lookup_calendar_event.url": "url_query"}


@pytest.mark.parametrize("op", OPERATIONS, ids=_by_id)
def test_get_kwargs_parameters_match_the_spec(op: Operation) -> None:
    signature = inspect.signature(operation_module(op)._get_kwargs)
    spec_params = {p["name"]: p for p in map(resolve, op.raw.get("parameters", []))}
    assert all(p["in"] == "query" for p in spec_params.values()), "only query params are expected"
    python_names = _python_names(op)
    generated = {name: p for name, p in signature.parameters.items() if name != "body"}
    assert set(generated) == set(python_names.values())
    for spec_name, python_name in python_names.items():
        required = generated[python_name].default is inspect.Parameter.empty
        assert required == bool(spec_params[spec_name].get("required")), spec_name
    assert ("body" in signature.parameters) == ("requestBody" in op.raw)


@pytest.mark.parametrize("op", OPERATIONS, ids=_by_id)
def test_get_kwargs_uses_the_spec_method_path_query_and_body(op: Operation) -> None:
    module = operation_module(op)
    arguments: dict[str, Any] = {}
    expected_params: dict[str, Any] = {}
    python_names = _python_names(op)
    for param in map(resolve, op.raw.get("parameters", [])):
        name = param["name"]
        arguments[python_names[name]], expected_params[name] = query_sample(name, param["schema"])
    example: Any = None
    if "requestBody" in op.raw:
        media = op.raw["requestBody"]["content"][JSON]
        example = next(iter(media["examples"].values()))["value"]
        arguments["body"] = model_class(body_ref(op, example)).from_dict(example)

    kwargs = module._get_kwargs(**arguments)

    assert kwargs["method"] == op.method
    assert kwargs["url"] == op.path
    assert kwargs.get("params", {}) == expected_params
    if example is None:
        assert "json" not in kwargs
    else:
        assert kwargs["headers"]["Content-Type"] == JSON
        assert json_differences(example, kwargs["json"]) == []
