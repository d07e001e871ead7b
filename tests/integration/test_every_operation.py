"""Every operation of the spec, called through the generated client and the overlay, sync and async,
against the Prism mock, comes back as its typed success model.

The same holds through the resource-style ``Luma``/``AsyncLuma`` clients. The list of operations,
their arguments and the expected model are all derived from the spec, so a new operation is
covered without touching this file.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Callable, Iterator
from types import ModuleType
from typing import Any, cast

import attrs
import pytest

import luma_client
from luma_api import Client
from luma_api import models as generated_models
from tests.generated.helpers import resource_name
from tests.specdoc import Operation, operations, resolve

OPS = operations()


def _schema_name(schema: dict[str, Any]) -> str:
    ref = schema.get("$ref", "")
    assert ref.startswith("#/components/schemas/"), f"body schemas are named components: {schema}"
    return str(ref.rsplit("/", 1)[1])


def _variants(name: str) -> Iterator[type[Any]]:
    """The generated classes a named schema can decode into (one, or each oneOf variant)."""
    schema = resolve({"$ref": f"#/components/schemas/{name}"})
    if "oneOf" in schema:
        for variant in schema["oneOf"]:
            yield from _variants(_schema_name(variant))
    else:
        yield getattr(generated_models, name)


def _build_body(media: dict[str, Any]) -> Any:
    example = next(iter(media["examples"].values()))["value"]
    errors = []
    for model in _variants(_schema_name(media["schema"])):
        try:
            return model.from_dict(example)
        except (KeyError, TypeError, ValueError) as exc:
            errors.append(f"{model.__name__}: {exc}")
    raise AssertionError(f"no body model accepts the spec's example: {errors}")


def _parameter_value(parameter: dict[str, Any]) -> Any:
    if "example" in parameter:
        return parameter["example"]
    examples = parameter.get("examples") or {}
    if examples:
        return next(iter(examples.values()))["value"]
    schema = resolve(parameter["schema"])
    raise AssertionError(f"required parameter {parameter['name']} has no example: {schema}")


def arguments(op: Operation) -> dict[str, Any]:
    """Keyword arguments for the generated function: required parameters and the example body."""
    kwargs: dict[str, Any] = {}
    for raw in op.raw.get("parameters", []):
        parameter = resolve(raw)
        if parameter.get("required"):
            kwargs[parameter["name"]] = _parameter_value(parameter)
    body = op.raw.get("requestBody")
    if body is not None:
        kwargs["body"] = _build_body(body["content"]["application/json"])
    return kwargs


def expected_models(op: Operation) -> tuple[type[Any], ...]:
    media = op.raw["responses"][op.success_status]["content"]["application/json"]
    return tuple(_variants(_schema_name(media["schema"])))


def generated_module(op: Operation) -> ModuleType:
    return importlib.import_module(f"luma_api.api.{op.tag}.{op.operation_id}")


def _connect(url: str) -> luma_client.ConnectedClient:
    # Strict: a mock answer that does not fit the spec fails here instead of warning.
    return luma_client.connect(
        api_key="test-key", base_url=url, rate_limit=None, max_retries=0, strict_responses=True
    )


@pytest.fixture
def client(luma_mock_url: str) -> Iterator[Client]:
    with _connect(luma_mock_url) as client:
        yield client


@pytest.fixture
async def aclient(luma_mock_url: str) -> AsyncIterator[Client]:
    async with _connect(luma_mock_url) as client:
        yield client


def test_every_spec_operation_is_exercised() -> None:
    assert len(OPS) == 66
    assert all(callable(generated_module(op).sync_detailed) for op in OPS)


@pytest.mark.parametrize("op", OPS, ids=[op.operation_id for op in OPS])
def test_operation_returns_its_typed_model_sync(op: Operation, client: Client) -> None:
    function: Callable[..., Any] = generated_module(op).sync_detailed
    result = luma_client.call(function, client=client, **arguments(op))
    assert isinstance(result, expected_models(op))


@pytest.mark.anyio
@pytest.mark.parametrize("op", OPS, ids=[op.operation_id for op in OPS])
async def test_operation_returns_its_typed_model_async(op: Operation, aclient: Client) -> None:
    function: Callable[..., Any] = generated_module(op).asyncio_detailed
    result = await luma_client.acall(function, client=aclient, **arguments(op))
    assert isinstance(result, expected_models(op))


def test_the_mock_rejects_a_request_without_its_required_parameter(client: Client) -> None:
    """The mock validates requests, and the overlay turns its answer into a typed error that
    states the mock's reason. (An empty ``event_id`` never gets that far: it is refused first.)"""
    from luma_api.api.events import get_event

    with pytest.raises(luma_client.APIStatusError) as caught:
        client.get_httpx_client().get("/v1/events/get")  # the parameter left out altogether
    assert caught.value.status_code in {400, 422}
    assert "event_id" in str(caught.value)
    assert "GET /v1/events/get" in str(caught.value)
    with pytest.raises(luma_client.ConfigurationError, match="event_id is empty"):
        luma_client.call(get_event.sync_detailed, client=client, event_id="")


def facade_arguments(op: Operation) -> dict[str, Any]:
    """:func:`arguments` as the ``Luma`` methods take them: a body model's fields flattened to
    their wire names, unless the body is a union (passed whole as ``body=``)."""
    kwargs = arguments(op)
    body = kwargs.get("body")
    media = op.raw.get("requestBody", {}).get("content", {}).get("application/json", {})
    if body is not None and "oneOf" not in resolve(media["schema"]):
        del kwargs["body"]
        for field in attrs.fields(type(body)):
            if field.init:  # all but additional_properties; the generator renames type -> type_
                kwargs[field.name.removesuffix("_")] = getattr(body, field.name)
    return kwargs


def _facade_method(root: object, op: Operation) -> Callable[..., Any]:
    method: Any = root
    for part in resource_name(op.path).split("."):
        method = getattr(method, part)
    return cast("Callable[..., Any]", method)


@pytest.mark.parametrize("op", OPS, ids=[op.operation_id for op in OPS])
def test_operation_through_the_luma_client(op: Operation, luma_mock_url: str) -> None:
    with luma_client.Luma("test-key", base_url=luma_mock_url, rate_limit=None) as luma:
        result = _facade_method(luma, op)(**facade_arguments(op))
        if isinstance(result, luma_client.Paginator):
            page = next(iter(result.pages()))
            assert isinstance(page, expected_models(op))
        else:
            assert isinstance(result, expected_models(op))


@pytest.mark.anyio
@pytest.mark.parametrize("op", OPS, ids=[op.operation_id for op in OPS])
async def test_operation_through_the_async_luma_client(op: Operation, luma_mock_url: str) -> None:
    async with luma_client.AsyncLuma("test-key", base_url=luma_mock_url, rate_limit=None) as luma:
        result = _facade_method(luma, op)(**facade_arguments(op))
        if isinstance(result, luma_client.AsyncPaginator):
            async for page in result.pages():
                assert isinstance(page, expected_models(op))
                break
        else:
            assert isinstance(await result, expected_models(op))
