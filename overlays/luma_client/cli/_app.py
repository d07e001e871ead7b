"""The ``luma`` application: global options, the client, and errors as one line plus an exit code.

Exit codes: 0 success; 1 the API refused (or answered something unusable); 2 bad usage;
3 the rate limit or a retry budget ran out (try again later; bulk runs resume where they
stopped). A traceback is shown only with ``--debug``. The API key is never printed: errors come
from the client's typed exceptions, which redact it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer

import luma_client

if TYPE_CHECKING:
    from luma_client import Luma

__all__ = ["ClientOptions", "Session", "app", "exit_code", "main", "reports_errors", "session"]

P = ParamSpec("P")
R = TypeVar("R")

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_EXHAUSTED = 0, 1, 2, 3


@dataclass(frozen=True)
class ClientOptions:
    """What the global options say about the connection."""

    api_key: str | None
    base_url: str | None
    calendar_id: str | None
    rate_limit: int | None = 200  # requests per minute; None: no client-side limit


ClientFactory = Callable[[ClientOptions], "Luma"]


def _default_factory(options: ClientOptions) -> Luma:
    return luma_client.Luma(
        api_key=options.api_key,
        base_url=options.base_url,
        calendar_id=options.calendar_id,
        rate_limit=options.rate_limit,
    )


@dataclass
class Session:
    """One invocation's state: the options, and the client built on first use and closed at exit."""

    options: ClientOptions
    debug: bool
    factory: ClientFactory = _default_factory
    _client: Luma | None = field(default=None, repr=False)

    def client(self) -> Luma:
        if self._client is None:
            self._client = self.factory(self.options)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


_current: ContextVar[Session | None] = ContextVar("luma_cli_session", default=None)


def session() -> Session:
    """The running invocation's session (set by the global options' callback)."""
    current = _current.get()
    if current is None:
        raise RuntimeError("luma command run outside the luma application")
    return current


def exit_code(exc: BaseException) -> int:
    """The documented exit code for an error."""
    if isinstance(
        exc,
        luma_client.RateLimitError
        | luma_client.APIConnectionError
        | luma_client.InternalServerError,
    ):
        return EXIT_EXHAUSTED
    if isinstance(exc, luma_client.ConfigurationError | ValueError):
        return EXIT_USAGE
    return EXIT_REFUSED


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, luma_client.RateLimitError | luma_client.APIConnectionError):
        text += " (the rate limit or retry budget ran out; run the command again later)"
    return text


def reports_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Report the client's errors and bad input as one line on stderr and an exit code."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except (luma_client.LumaError, ValueError, OSError) as exc:
            if session().debug:
                raise
            typer.echo(f"luma: error: {_one_line(exc)}", err=True)
            raise typer.Exit(exit_code(exc)) from None
        except KeyboardInterrupt:
            typer.echo("luma: interrupted", err=True)
            raise typer.Exit(130) from None

    return run


app = typer.Typer(
    name="luma",
    help="Luma from the command line: exports, incremental sync and safe bulk guest actions.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _global_options(
    ctx: typer.Context,
    api_key: Annotated[
        str | None,
        typer.Option(
            envvar="LUMA_API_KEY",
            show_default=False,
            help="API key (prefer $LUMA_API_KEY: options show up in process lists).",
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(envvar="LUMA_BASE_URL", help="API base URL, e.g. a mock's."),
    ] = None,
    calendar_id: Annotated[
        str | None, typer.Option(help="Calendar to act for (organization keys).")
    ] = None,
    rate_limit: Annotated[
        int,
        typer.Option(
            min=0,
            help="Requests per minute this client sends at most (Luma allows 200 per calendar"
            " key, 500 per organization key); 0 for no client-side limit.",
        ),
    ] = 200,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    factory: Any = ctx.obj if callable(ctx.obj) else _default_factory
    options = ClientOptions(api_key, base_url, calendar_id, rate_limit or None)
    state = Session(options, debug, factory)
    ctx.obj = state
    _current.set(state)
    ctx.call_on_close(state.close)


def _register() -> None:
    from . import events, fake, guests, users

    users.register(app)
    app.add_typer(events.app, name="events")
    app.add_typer(guests.app, name="guests")
    app.add_typer(fake.app, name="fake")


_register()


def main() -> None:
    """Console-script entry point."""
    app()
