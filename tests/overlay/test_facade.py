"""``Luma`` and ``AsyncLuma`` over ``httpx.MockTransport``.

Every operation, reached by its resource name, sends the spec's method, path, query and JSON
body and returns its success model (sync, async and raw). Then the client's own behaviour:
``with_options`` copies, raw responses, the escape hatch, key rotation, closing, laziness.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

from luma_client import (
    APIResponseValidationError,
    AsyncLuma,
    AsyncPaginator,
    ConfigurationError,
    InternalServerError,
    Luma,
    NotFoundError,
    Paginator,
    RawResponse,
    ResponseDriftWarning,
)
from tests import specdoc
from tests.generated.helpers import (
    JSON,
    body_ref,
    json_differences,
    model_class,
    query_sample,
    resource_name,
)
from tests.overlay.helpers import KEY, Handler, Server, no_secret
from tests.reliability.faulty_server import FaultyServer, json_reply
from tests.specdoc import Operation, operations, resolve

OPERATIONS = operations()
BASE_URL = "https://api.test"


def _by_id(op: Operation) -> str:
    return op.operation_id


def _options(handler: Handler) -> dict[str, Any]:
    return {
        "base_url": BASE_URL,
        "rate_limit": None,
        "max_retries": 0,
        "transport": httpx.MockTransport(handler),
    }


def _luma(handler: Handler, **options: Any) -> Luma:
    return Luma(KEY, **{**_options(handler), **options})


def _aluma(handler: Handler, **options: Any) -> AsyncLuma:
    return AsyncLuma(KEY, **{**_options(handler), **options})


# -- every operation ---------------------------------------------------------------------------


def _wire(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


class Case:
    """One operation's arguments, the request they must produce, and the answer to give."""

    def __init__(self, op: Operation) -> None:
        self.op = op
        self.kwargs: dict[str, Any] = {}
        self.query: dict[str, list[str]] = {}
        for param in map(resolve, op.raw.get("parameters", [])):
            value, wire = query_sample(param["name"], param["schema"])
            self.kwargs[param["name"]] = value
            values = wire if isinstance(wire, list) else [wire]
            self.query[param["name"]] = [_wire(v) for v in values]
        self.body: Any = None
        if "requestBody" in op.raw:
            self.body = specdoc.example(op.operation_id, request=True)
            model = model_class(body_ref(op, self.body)).from_dict(self.body)
            schema = resolve(op.raw["requestBody"]["content"][JSON]["schema"])
            if "oneOf" in schema:
                self.kwargs["body"] = model
            else:
                for field in attrs.fields(type(model)):  # the generator renames type -> type_
                    if field.init:  # all but additional_properties
                        self.kwargs[field.name.removesuffix("_")] = getattr(model, field.name)
        response = resolve(op.raw["responses"][op.success_status])
        self.model = model_class(response["content"][JSON]["schema"]["$ref"])
        self.paginated = "pagination_cursor" in self.query or any(
            p["name"] == "pagination_cursor" for p in map(resolve, op.raw.get("parameters", []))
        )
        self.server = Server(int(op.success_status), json_body=specdoc.example(op.operation_id))

    def method(self, root: object) -> Callable[..., Any]:
        return functools.reduce(getattr, resource_name(self.op.path).split("."), root)  # type: ignore[return-value]

    def check_request(self) -> None:
        assert len(self.server.requests) == 1
        request = self.server.requests[0]
        assert request.method == self.op.method.upper()
        assert request.url.path == self.op.path
        assert {k: request.url.params.get_list(k) for k in request.url.params} == self.query
        assert request.headers["x-luma-api-key"] == KEY
        if self.body is None:
            assert request.content == b""
        else:
            assert json_differences(self.body, json.loads(request.content)) == []


@pytest.mark.parametrize("op", OPERATIONS, ids=_by_id)
def test_every_operation_sync(op: Operation) -> None:
    case = Case(op)
    with _luma(case.server) as luma:
        result = case.method(luma)(**case.kwargs)
        if case.paginated:
            assert isinstance(result, Paginator)
            assert case.server.requests == []  # lazy until iterated
            list(itertools.islice(result, 1))
        else:
            assert isinstance(result, case.model)
    case.check_request()


@pytest.mark.parametrize("op", OPERATIONS, ids=_by_id)
@pytest.mark.anyio
async def test_every_operation_async(op: Operation) -> None:
    case = Case(op)
    async with _aluma(case.server) as aluma:
        if case.paginated:
            result = case.method(aluma)(**case.kwargs)
            assert isinstance(result, AsyncPaginator)
            async for _ in result:
                break
        else:
            assert isinstance(await case.method(aluma)(**case.kwargs), case.model)
    case.check_request()


@pytest.mark.parametrize("op", OPERATIONS, ids=_by_id)
def test_every_operation_raw(op: Operation) -> None:
    case = Case(op)
    with _luma(case.server) as luma:
        raw = case.method(luma.with_raw_response)(**case.kwargs)
    assert isinstance(raw, RawResponse)
    assert isinstance(raw, httpx.Response)
    assert raw.status_code == int(op.success_status)
    assert isinstance(raw.parse(), case.model)
    case.check_request()


@pytest.mark.anyio
async def test_async_raw_response() -> None:
    case = Case(specdoc.operation("get_event"))
    async with _aluma(case.server) as aluma:
        raw = await aluma.with_raw_response.events.get(**case.kwargs)
    assert raw.json() == specdoc.example("get_event")
    assert isinstance(raw.parse(), case.model)
    case.check_request()


# -- raw responses -----------------------------------------------------------------------------


def test_raw_response_keeps_headers_and_parses_lazily() -> None:
    server = Server(200, json_body={"id": "evt-1"})  # not an Event: only parse() notices
    with _luma(server, strict_responses=True) as luma:
        raw = luma.with_raw_response.events.get(event_id="evt-1")
    assert raw.headers["content-type"] == "application/json"
    assert raw.json() == {"id": "evt-1"}
    with pytest.raises(APIResponseValidationError, match="get_event") as caught:
        raw.parse()
    no_secret(caught.value)


def test_raw_response_parses_tolerantly_by_default() -> None:
    server = Server(200, json_body={"id": "evt-1", "name": 12})
    with _luma(server) as luma:
        raw = luma.with_raw_response.events.get(event_id="evt-1")
    with pytest.warns(ResponseDriftWarning, match="get_event"):
        event = raw.parse()
    assert event.id == "evt-1" and event.name is None


def test_raw_response_still_raises_typed_errors() -> None:
    luma = _luma(Server(404, json_body={"message": "no such event"}))
    with pytest.raises(NotFoundError, match="no such event"):
        luma.with_raw_response.events.get(event_id="evt-x")


# -- with_options ------------------------------------------------------------------------------


def _flaky() -> tuple[list[httpx.Request], Handler]:
    """Fails the first two requests with a 503 that may be retried at once, then answers."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) <= 2:
            return httpx.Response(503, json={"message": "busy"}, headers={"retry-after": "0"})
        return httpx.Response(200, json={"ok": True})

    return seen, handler


def test_with_options_is_a_copy_and_leaves_the_original_unchanged() -> None:
    seen, handler = _flaky()
    luma = _luma(handler, max_retries=1, timeout=30)
    strict = luma.with_options(timeout=5, max_retries=0)
    assert type(strict) is Luma and strict is not luma
    assert strict.client.get_httpx_client().timeout == httpx.Timeout(5)
    assert luma.client.get_httpx_client().timeout == httpx.Timeout(30)
    with pytest.raises(InternalServerError):
        strict.get("/v1/anything")
    assert luma.get("/v1/anything") == {"ok": True}  # still retries once
    assert len(seen) == 3
    keep = luma.with_options()
    assert keep.client.get_httpx_client().timeout == httpx.Timeout(30)
    luma.close()


def test_with_options_shares_the_pool() -> None:
    """A copy reuses the original's keep-alive connection to a real server on 127.0.0.1."""
    server = FaultyServer().start()
    try:
        server.script("GET", "/v1/x", json_reply(200, {"ok": True}))
        with Luma(KEY, base_url=server.base_url, rate_limit=None) as luma:
            copy = luma.with_options(timeout=5, max_retries=0)
            assert luma.get("/v1/x") == copy.get("/v1/x") == {"ok": True}
            assert server.accepted == 1
    finally:
        assert server.stop() == 0  # closing the original closed the shared pool


def test_with_options_refuses_bad_values_before_sending() -> None:
    server = Server(200, json_body={})
    luma = _luma(server)
    with pytest.raises(ConfigurationError, match="max_retries"):
        luma.with_options(max_retries=-1)
    with pytest.raises(ConfigurationError, match="timeout"):
        luma.with_options(timeout=-5)
    assert server.requests == []


# -- key rotation ------------------------------------------------------------------------------


def test_rotate_key_reaches_the_client_and_its_copies() -> None:
    server = Server(200, json_body={})
    luma = _luma(server)
    before = luma.with_options(timeout=3)
    luma.rotate_key("new-key-7Hq2")
    after = luma.with_options(timeout=4)
    for client in (luma, before, after):
        client.get("/v1/x")
    assert [r.headers["x-luma-api-key"] for r in server.requests] == ["new-key-7Hq2"] * 3


def test_rotate_key_refuses_a_bad_key_and_keeps_the_old_one() -> None:
    server = Server(200, json_body={})
    luma = _luma(server)
    with pytest.raises(ConfigurationError, match="whitespace") as caught:
        luma.rotate_key("a key with spaces")
    assert "a key with spaces" not in str(caught.value)
    luma.get("/v1/x")
    assert server.requests[0].headers["x-luma-api-key"] == KEY


def test_the_key_is_not_in_the_repr() -> None:
    luma = _luma(Server())
    assert KEY not in repr(luma)
    assert KEY not in repr(vars(luma))


# -- the escape hatch --------------------------------------------------------------------------


def test_get_and_post_any_route() -> None:
    server = Server(200, json_body={"entries": []})
    with _luma(server) as luma:
        assert luma.get("/v1/some/new-route", params={"a": 1}) == {"entries": []}
        assert luma.post("/v1/some/other", json={"b": [2]}) == {"entries": []}
    first, second = server.requests
    assert (first.method, str(first.url)) == ("GET", f"{BASE_URL}/v1/some/new-route?a=1")
    assert (second.method, json.loads(second.content)) == ("POST", {"b": [2]})
    assert second.headers["x-luma-api-key"] == KEY


def test_escape_hatch_raises_typed_errors_without_the_key() -> None:
    luma = _luma(Server(404, json_body={"message": f"no route (key {KEY})"}))
    with pytest.raises(NotFoundError) as caught:
        luma.get("/v1/missing")
    no_secret(caught.value)


def test_escape_hatch_reports_a_body_that_is_not_json() -> None:
    with pytest.raises(APIResponseValidationError, match="not JSON"):
        _luma(Server(200, content=b"<html>")).get("/v1/x")
    assert _luma(Server(200)).post("/v1/x") is None  # an empty body


@pytest.mark.parametrize("path", ["https://elsewhere.test/v1/x", "//elsewhere.test/v1", "v1/x"])
def test_escape_hatch_refuses_other_hosts_before_sending(path: str) -> None:
    server = Server(200, json_body={})
    with _luma(server) as luma:
        with pytest.raises(ValueError, match="must start with a single '/'"):
            luma.get(path)
        with pytest.raises(ValueError, match="must start with a single '/'"):
            luma.post(path, json={})
    assert server.requests == []


@pytest.mark.anyio
async def test_async_escape_hatch() -> None:
    server = Server(200, json_body={"n": 1})
    async with _aluma(server) as aluma:
        assert await aluma.get("/v1/x", params={"q": "v"}) == {"n": 1}
        assert await aluma.post("/v1/y", json={"z": True}) == {"n": 1}
    assert [r.method for r in server.requests] == ["GET", "POST"]
    async with _aluma(Server(422, json_body={"message": "bad"})) as aluma:
        with pytest.raises(Exception, match="bad") as caught:
            await aluma.post("/v1/y", json={})
    assert type(caught.value).__name__ == "UnprocessableEntityError"


# -- lifecycle ---------------------------------------------------------------------------------


def test_context_manager_and_close() -> None:
    with _luma(Server()) as luma:
        assert not luma.client.get_httpx_client().is_closed
    assert luma.client.get_httpx_client().is_closed
    other = _luma(Server())
    other.close()
    assert other.client.get_httpx_client().is_closed


@pytest.mark.anyio
async def test_async_close_closes_both_pools() -> None:
    async with _aluma(Server()) as aluma:
        pass
    assert aluma.client.get_async_httpx_client().is_closed
    assert aluma.client.get_httpx_client().is_closed


def test_missing_key_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LUMA_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="LUMA_API_KEY"):
        Luma(base_url=BASE_URL)


def _modules_after(code: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"import sys\n{code}\nprint(sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout.split("'")[1::2]


def test_import_is_lazy() -> None:
    loaded = _modules_after("import luma_client")
    assert not [m for m in loaded if m.startswith(("luma_api.api", "luma_api.resources"))]
    built = _modules_after(
        "import luma_client\nluma = luma_client.Luma('key-12345678', base_url='https://x.test')\n"
        "luma.events.guests; luma.calendars"
    )
    assert "luma_api.resources" in built
    assert not [m for m in built if m.startswith("luma_api.api")]


# -- static typing -----------------------------------------------------------------------------


def test_typing_contract_holds_under_mypy_strict() -> None:
    """mypy --strict (the repo's config) over facade_typing_check.py: return types, paginator
    entry types, and the calls that must stay errors."""
    root = Path(__file__).resolve().parents[2]
    check = Path(__file__).with_name("facade_typing_check.py")
    env = {**os.environ, "MYPY_FORCE_COLOR": "0", "NO_COLOR": "1"}
    env.pop("MYPYPATH", None)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(root / "pyproject.toml"),
            "--no-error-summary",
            "--show-error-codes",
            str(check.relative_to(root)),
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    source = check.read_text(encoding="utf-8")
    assert "assert_type(guests, Paginator[Guest])" in source
    assert 'luma.events.get(event_idd="x")  # type: ignore[call-arg]' in source
