"""Call a generated operation and get its success model, or a typed exception.

``call()`` does what the generated ``sync_detailed`` does, in the open: the module's own
``_get_kwargs`` builds the request, the client's httpx client sends it, and the body is decoded
here with the response in scope, so that a body that does not fit can be quoted (redacted) in
the error. Non-2xx statuses and transport failures never get this far: the transport
``connect()`` installs raises them as typed exceptions (``_raising.py``).

Decoding is strict first; a body that does not fit is decoded field by field (``_decode.py``)
and each problem warned about once as a ``ResponseDriftWarning``, or raised as
``APIResponseValidationError`` for clients built with ``connect(strict_responses=True)``.

``call`` and ``acall`` share everything but the ``await``.
"""

from __future__ import annotations

import sys
import typing
from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple, ParamSpec, Protocol, TypeVar

import httpx

from . import _json
from ._decode import DECODE_ERRORS, decode
from ._drift import describe, is_strict, warn_once
from ._exceptions import APIResponseValidationError
from ._raising import validation_error

__all__ = ["Parsed", "acall", "call", "decode_response"]

P = ParamSpec("P")
T_co = TypeVar("T_co", covariant=True)

_GENERATED = "luma_api.api."
_NO_MODEL = "the spec documents no success model for this status; nothing was decoded"


class Parsed(Protocol[T_co]):
    """The generated ``Response[T]``, seen read-only so that ``T`` can be inferred."""

    @property
    def parsed(self) -> T_co | None: ...


class _Operation(NamedTuple):
    """What ``call()`` needs from a generated operation's module."""

    name: str
    get_kwargs: Callable[..., dict[str, Any]]
    build_response: Callable[..., Any]
    model: type[Any] | None  # the model of its 200 response


_operations: dict[Callable[..., object], _Operation | None] = {}


def _operation(function: Callable[..., object]) -> _Operation | None:
    """The generated module behind ``function``, or ``None`` for any other callable."""
    try:
        return _operations[function]
    except KeyError:
        pass
    found = None
    module = sys.modules.get(str(getattr(function, "__module__", "")))
    name = str(getattr(function, "__name__", ""))
    if (
        module is not None
        and module.__name__.startswith(_GENERATED)
        and name in ("sync_detailed", "asyncio_detailed")
        and getattr(module, name, None) is function
    ):
        returned = typing.get_type_hints(module._parse_response)["return"]
        models = [arg for arg in typing.get_args(returned) if arg is not type(None)]
        found = _Operation(
            module.__name__.rsplit(".", 1)[-1],
            module._get_kwargs,
            module._build_response,
            models[0] if len(models) == 1 else None,
        )
    _operations[function] = found
    return found


def _request(operation: _Operation, kwargs: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """The client, and the request the generated function would send (bad arguments raise)."""
    arguments = dict(kwargs)
    try:
        client = arguments.pop("client")
    except KeyError:
        raise TypeError(f"{operation.name}: missing the keyword argument 'client'") from None
    return client, operation.get_kwargs(**arguments)


def _result(operation: _Operation, client: Any, http: Any, response: httpx.Response) -> Any:
    """The success model of ``response`` (strict, else tolerant with warnings), or the
    ``APIResponseValidationError`` to raise, returned rather than raised: the frames that raise
    it must not hold the response or the httpx client, which lead to the key."""
    reason = _NO_MODEL
    if response.status_code == 200 and operation.model is not None:
        try:
            data = _json.loads(response.content)
        except ValueError as exc:
            reason = f"not JSON: {type(exc).__name__}: {exc}"
        else:
            model, drifts = decode(operation.model, data)
            if model is not None and not drifts:
                return model
            if model is None:
                reason = f"a JSON {_json_type(data)}, not an object"
            elif not is_strict(http):
                warn_once(operation.name, drifts)
                return model
            else:
                reason = describe(operation.name, drifts)
    else:
        try:
            parsed = operation.build_response(client=client, response=response).parsed
        except DECODE_ERRORS as exc:  # e.g. a status http.HTTPStatus does not know
            reason = f"{type(exc).__name__}: {exc}"
        else:
            if parsed is not None:
                return parsed
    return _failure(operation.name, reason, http, response)


def decode_response(
    function: Callable[..., object], client: Any, http: Any, response: httpx.Response
) -> Any:
    """Decode what ``function`` received through ``http``, strictly or tolerantly as ``call()``."""
    generated = _operation(function)
    if generated is None:
        raise TypeError(f"{function!r} is not a generated sync_detailed/asyncio_detailed function")
    result = _result(generated, client, http, response)
    del http, response  # not in this frame's locals when the failure is raised
    if isinstance(result, APIResponseValidationError):
        raise result
    return result


def _receive(operation: _Operation, client: Any, request: dict[str, Any]) -> Any:
    """Send and decode. A failure of the send passes through a frame holding no httpx object."""
    response = client.get_httpx_client().request(**request)
    return _result(operation, client, client.get_httpx_client(), response)


async def _areceive(operation: _Operation, client: Any, request: dict[str, Any]) -> Any:
    response = await client.get_async_httpx_client().request(**request)
    return _result(operation, client, client.get_async_httpx_client(), response)


def _json_type(value: object) -> str:
    names = {type(None): "null", bool: "boolean", str: "string", list: "array"}
    return names.get(type(value), "number")


def _failure(
    name: str, reason: str, http: Any, response: httpx.Response
) -> APIResponseValidationError:
    secrets = getattr(getattr(http, "auth", None), "secrets", ())
    message = f"{name}: the response body does not match the spec's model ({reason})"
    return validation_error(response, message, secrets=secrets)


def _unwrap(response: Parsed[T_co], function: Callable[..., object]) -> T_co:
    """The parsed model of a ``Response`` returned by a callable ``call()`` does not know."""
    parsed = response.parsed
    if parsed is None:
        name = str(getattr(function, "__name__", "operation"))
        raise APIResponseValidationError(f"{name}: {_NO_MODEL}")
    return parsed


def call(operation: Callable[P, Parsed[T_co]], /, *args: P.args, **kwargs: P.kwargs) -> T_co:
    """Run a generated ``sync_detailed`` function and return its parsed success model.

    Raises the ``APIStatusError`` family for non-2xx statuses, ``APIConnectionError`` /
    ``APITimeoutError`` when the server cannot be reached in time, and
    ``APIResponseValidationError`` when a 2xx body is not a JSON object of its model (or, on a
    strict client, does not fit it exactly). Any other callable returning a ``Response`` is
    called as it is, and its ``parsed`` returned.
    """
    if args:
        raise TypeError("generated operations take keyword arguments only")
    generated = _operation(operation)
    if generated is None:
        return _unwrap(operation(*args, **kwargs), operation)
    client, request = _request(generated, kwargs)
    result = _receive(generated, client, request)
    if isinstance(result, APIResponseValidationError):
        raise result
    typed: T_co = result
    return typed


async def acall(
    operation: Callable[P, Awaitable[Parsed[T_co]]], /, *args: P.args, **kwargs: P.kwargs
) -> T_co:
    """Async twin of :func:`call` for a generated ``asyncio_detailed`` function."""
    if args:
        raise TypeError("generated operations take keyword arguments only")
    generated = _operation(operation)
    if generated is None:
        return _unwrap(await operation(*args, **kwargs), operation)
    client, request = _request(generated, kwargs)
    result = await _areceive(generated, client, request)
    if isinstance(result, APIResponseValidationError):
        raise result
    typed: T_co = result
    return typed
