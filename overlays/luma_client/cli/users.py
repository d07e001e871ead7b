"""``luma whoami``."""

from __future__ import annotations

import typer

from ._app import reports_errors, session


def register(app: typer.Typer) -> None:
    app.command("whoami", help="Show who the API key belongs to.\n\nExample: luma whoami")(whoami)


@reports_errors
def whoami() -> None:
    me = session().client().users.get_self().to_dict()
    name = me.get("name") or me.get("email") or ""
    typer.echo(f"{name} <{me.get('email', '')}> ({me.get('id', '')})")
