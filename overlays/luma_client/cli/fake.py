"""``luma fake serve``: the Fake Luma server, for teams that installed the command line."""

from __future__ import annotations

import typer

app = typer.Typer(help="Fake Luma, a stateful local stand-in for the API.", no_args_is_help=True)


@app.command(
    "serve",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    help=(
        "Start the Fake Luma server; takes the flags of `python -m luma_client.testing.fake`"
        " (--host, --port, --api-key, ...).\n\n"
        "Example: luma fake serve --port 4010 --api-key test-key"
    ),
)
def serve(ctx: typer.Context) -> None:
    try:
        from luma_client.testing.fake.__main__ import main as fake_main
    except ImportError as exc:
        typer.echo(f"luma: error: the fake needs the extra luma-client[fake] ({exc})", err=True)
        raise typer.Exit(2) from None
    raise typer.Exit(fake_main(list(ctx.args)) or 0)
