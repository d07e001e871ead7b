"""Drive a Fake Luma from a test, synchronously or asynchronously, with one set of calls.

A flow test is written once as a coroutine against ``Driver`` and runs twice: through
``luma_client.call``/``paginate`` on the sync client and through ``acall``/``apaginate`` on
the async one. ``raw`` sends a request the typed client would refuse to build (a wrong type,
a missing field), so the fake's own validation can be tested.
"""

from __future__ import annotations

import functools
from types import ModuleType
from typing import Any

import httpx
import jsonschema
import referencing
import referencing.jsonschema

import luma_api
import luma_client
from luma_client.testing import FakeLuma
from luma_client.testing.fake._openapi import load_spec

BASE_URL = "http://luma.fake"


class Driver:
    """Calls operations on one fake, the sync way or the async way."""

    def __init__(self, fake: FakeLuma, client: luma_api.Client, *, asynchronous: bool) -> None:
        self.fake = fake
        self.client = client
        self.asynchronous = asynchronous

    async def call(self, operation: ModuleType, **kwargs: Any) -> Any:
        """The operation's typed answer; a non-2xx answer raises ``luma_client``'s error."""
        if self.asynchronous:
            return await luma_client.acall(operation.asyncio_detailed, client=self.client, **kwargs)
        return luma_client.call(operation.sync_detailed, client=self.client, **kwargs)

    async def all(self, operation: ModuleType, **kwargs: Any) -> list[Any]:
        """Every entry of a paginated list, page after page."""
        if self.asynchronous:
            pages = luma_client.apaginate(operation.asyncio_detailed, client=self.client, **kwargs)
            return [entry async for entry in pages]
        return list(luma_client.paginate(operation.sync_detailed, client=self.client, **kwargs))

    async def raw(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
    ) -> httpx.Response:
        """Send a request as it is, past the typed client's own checks."""
        headers = {"x-luma-api-key": self.fake.api_key}
        transport = self.fake.transport()
        if self.asynchronous:
            async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
                return await client.request(method, path, json=json, params=params, headers=headers)
        with httpx.Client(transport=transport, base_url=BASE_URL) as sync_client:
            return sync_client.request(method, path, json=json, params=params, headers=headers)


@functools.cache
def _payload_validator(webhook_type: str) -> jsonschema.Draft202012Validator:
    document = load_spec().document
    resource = referencing.Resource.from_contents(
        document, default_specification=referencing.jsonschema.DRAFT202012
    )
    registry: referencing.Registry[Any] = referencing.Registry().with_resource("spec", resource)
    body = document["webhooks"][webhook_type]["post"]["requestBody"]
    schema = {"$ref": "spec" + body["content"]["application/json"]["schema"]["$ref"]}
    return jsonschema.Draft202012Validator(
        schema, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def emitted(fake: FakeLuma, webhook_type: str) -> list[dict[str, Any]]:
    """The data of every change of this type the fake recorded, each checked against the spec.

    The check is the one a webhook delivery of that type must pass: ``{"type", "data"}``
    against the payload schema of the spec's ``webhooks`` section.
    """
    found = [data for kind, data in fake.state.emitted if kind == webhook_type]
    validator = _payload_validator(webhook_type)
    for data in found:
        problems = [e.message for e in validator.iter_errors({"type": webhook_type, "data": data})]
        assert not problems, f"{webhook_type} data against the spec: {problems[:3]}"
    return found
