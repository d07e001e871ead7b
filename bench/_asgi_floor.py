"""The server floor: uvicorn, with Fake Luma's settings, around an ASGI app that does nothing.

``python -m bench._asgi_floor BODIES.json`` serves, for each path in the JSON object, the
bytes stored under it (the fake's own answers), whatever the method, query or body. It
listens on a free port of 127.0.0.1, prints ``LUMA_BASE_URL=...`` once it does, and stops
when its stdin closes (the parent is gone) or on SIGTERM. What it costs per request is what
uvicorn costs, so it bounds how fast any ASGI fake served this way can be.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from luma_client.testing.fake._server import serve_app

Message = MutableMapping[str, Any]


class CannedApp:
    """Reads the request's body, then answers its path with the stored bytes (404 if none)."""

    def __init__(self, bodies: dict[str, bytes]) -> None:
        self._bodies = bodies

    async def __call__(
        self,
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            return
        while True:  # the whole body, as the fake's app reads it
            message = await receive()
            if message["type"] != "http.request" or not message.get("more_body", False):
                break
        body = self._bodies.get(scope["path"])
        status = 200 if body is not None else 404
        body = body if body is not None else b"{}"
        headers = [
            (b"content-length", str(len(body)).encode("ascii")),
            (b"content-type", b"application/json"),
        ]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def main(argv: list[str]) -> None:
    with open(argv[0], encoding="utf-8") as file:
        bodies = {path: text.encode() for path, text in json.load(file).items()}
    with serve_app(CannedApp(bodies), "127.0.0.1", 0) as url:
        print(f"LUMA_BASE_URL={url}", flush=True)
        sys.stdin.read()  # until the parent closes our stdin or goes away


if __name__ == "__main__":
    main(sys.argv[1:])
