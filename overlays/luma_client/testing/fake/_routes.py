"""The route table: method and path to operation, legacy paths included, built once."""

from __future__ import annotations

import functools

from ._openapi import Operation, load_spec

__all__ = ["RouteTable", "route_table"]


class RouteTable:
    def __init__(self) -> None:
        self._by_route: dict[tuple[str, str], Operation] = {}
        self._methods: dict[str, list[str]] = {}
        for op in load_spec().operations.values():
            for path in (op.path, *op.legacy_paths):
                self._by_route.setdefault((op.method, path), op)
                self._methods.setdefault(path, []).append(op.method)

    def find(self, method: str, path: str) -> Operation | None:
        return self._by_route.get((method, path))

    def allowed(self, path: str) -> list[str]:
        """Methods the path answers to; empty when the path is unknown."""
        return self._methods.get(path, [])


@functools.cache
def route_table() -> RouteTable:
    return RouteTable()
