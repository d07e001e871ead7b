"""The public surface of luma_client: exactly the documented names, a documented hierarchy."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import luma_client
from luma_client import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InternalServerError,
    LumaError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    WebhookParseError,
    WebhookVerificationError,
)

EXPECTED_ALL = {
    # functions
    "connect",
    "call",
    "acall",
    "paginate",
    "apaginate",
    "parse_webhook",
    "verify_webhook",
    "spec_path",
    "to_luma_datetime",
    "parse_duration",
    "format_duration",
    # types
    "Paginator",
    "AsyncPaginator",
    "RateLimit",
    "WebhookEvent",
    # exceptions
    "LumaError",
    "ConfigurationError",
    "PaginationError",
    "WebhookParseError",
    "WebhookVerificationError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    # metadata
    "__version__",
}

#: Public subpackages the design documents besides the flat namespace.
PUBLIC_SUBPACKAGES = {"testing"}


def test_all_is_exactly_the_documented_set() -> None:
    assert set(luma_client.__all__) == EXPECTED_ALL
    assert len(luma_client.__all__) == len(EXPECTED_ALL)  # no duplicates


def test_every_name_resolves() -> None:
    for name in luma_client.__all__:
        assert getattr(luma_client, name) is not None, name


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from luma_client import *", namespace)
    assert set(namespace) - {"__builtins__"} == EXPECTED_ALL


def test_no_other_public_attributes() -> None:
    public = {
        name
        for name, value in vars(luma_client).items()
        if not name.startswith("_") and not inspect.ismodule(value)
    }
    assert public == EXPECTED_ALL - {"__version__"}


def test_modules_are_private() -> None:
    modules = {info.name for info in pkgutil.iter_modules(luma_client.__path__)}
    assert modules, "no modules found"
    public = {name for name in modules if not name.startswith("_")}
    assert public <= PUBLIC_SUBPACKAGES
    for name in modules - PUBLIC_SUBPACKAGES:
        importlib.import_module(f"luma_client.{name}")


def test_public_objects_live_in_private_modules() -> None:
    for name in EXPECTED_ALL - {"__version__", "WebhookEvent"}:
        module = getattr(luma_client, name).__module__
        assert module.startswith("luma_client._"), (name, module)


def test_version_is_a_version_string() -> None:
    version = luma_client.__version__
    assert isinstance(version, str)
    parts = version.split(".")
    assert len(parts) >= 3
    assert all(part.isdigit() for part in parts[:3])


def test_py_typed_marker_ships() -> None:
    assert luma_client.__file__ is not None
    assert (Path(luma_client.__file__).parent / "py.typed").is_file()


# -- the exception hierarchy (DESIGN.md "The overlay's public API") ------------------------


@pytest.mark.parametrize(
    ("cls", "parent"),
    [
        (LumaError, Exception),
        (ConfigurationError, LumaError),
        (PaginationError, LumaError),
        (WebhookParseError, LumaError),
        (WebhookParseError, ValueError),
        (WebhookVerificationError, LumaError),
        (WebhookVerificationError, ValueError),
        (APIConnectionError, LumaError),
        (APITimeoutError, APIConnectionError),
        (APIResponseValidationError, LumaError),
        (APIStatusError, LumaError),
        (BadRequestError, APIStatusError),
        (AuthenticationError, APIStatusError),
        (PermissionDeniedError, APIStatusError),
        (NotFoundError, APIStatusError),
        (UnprocessableEntityError, APIStatusError),
        (RateLimitError, APIStatusError),
        (InternalServerError, APIStatusError),
    ],
)
def test_is_subclass(cls: type[BaseException], parent: type[BaseException]) -> None:
    assert issubclass(cls, parent)


@pytest.mark.parametrize(
    ("cls", "not_parent"),
    [
        (APITimeoutError, APIStatusError),
        (APIConnectionError, APIStatusError),
        (APIResponseValidationError, APIStatusError),
        (APIStatusError, APIConnectionError),
        (ConfigurationError, ValueError),
        (PaginationError, APIStatusError),
        (LumaError, ValueError),
        (APIConnectionError, OSError),
        (WebhookVerificationError, WebhookParseError),
        (WebhookParseError, WebhookVerificationError),
    ],
)
def test_is_not_subclass(cls: type[BaseException], not_parent: type[BaseException]) -> None:
    assert not issubclass(cls, not_parent)


STATUS_SUBCLASSES = [
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    UnprocessableEntityError,
    RateLimitError,
    InternalServerError,
]


def test_status_subclasses_are_siblings() -> None:
    for cls in STATUS_SUBCLASSES:
        for other in STATUS_SUBCLASSES:
            if cls is not other:
                assert not issubclass(cls, other), (cls, other)


def test_every_exported_exception_is_a_luma_error() -> None:
    exported = [
        value
        for name in luma_client.__all__
        if isinstance(value := getattr(luma_client, name), type)
        and issubclass(value, BaseException)
    ]
    assert len(exported) == 16
    assert all(issubclass(cls, LumaError) for cls in exported)


def test_status_error_carries_the_documented_fields() -> None:
    exc = RateLimitError(429, "slow down", code="rate_limited", body="{}", retry_after=3.0)
    assert (exc.status_code, exc.message, exc.code, exc.body, exc.retry_after) == (
        429,
        "slow down",
        "rate_limited",
        "{}",
        3.0,
    )
    assert len(exc.headers) == 0
