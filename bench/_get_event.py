"""The three ways of fetching one event that figures 1 and 2 compare."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx

import luma_client
from luma_api import Client
from luma_api.api.events import get_event
from luma_api.models.event import Event

from . import _common, _payloads

BASELINE = "raw `httpx.Client.get` + `json.loads` (baseline)"
GENERATED = "generated `get_event.sync_detailed` on a plain `luma_api.Client`"
OVERLAY = "`luma_client.call(get_event.sync_detailed)` on `connect(...)`"

_HEADERS = {"x-luma-api-key": _payloads.API_KEY, "accept": "application/json"}


class Contenders:
    """Clients for one base URL or transport, built once (connection reuse), closed at the end."""

    def __init__(self, base_url: str, transport: httpx.BaseTransport | None = None) -> None:
        self.raw = httpx.Client(base_url=base_url, headers=_HEADERS, transport=transport)
        self.generated = Client(base_url=base_url, headers=_HEADERS)
        if transport is not None:
            self.generated.set_httpx_client(
                httpx.Client(base_url=base_url, headers=_HEADERS, transport=transport)
            )
        self.overlay = luma_client.connect(
            api_key=_payloads.API_KEY, base_url=base_url, rate_limit=None, transport=transport
        )

    def raw_get(self) -> object:
        response = self.raw.get(_payloads.EVENT_PATH, params={"event_id": _payloads.EVENT_ID})
        response.raise_for_status()
        return json.loads(response.content)

    def generated_get(self) -> object:
        return get_event.sync_detailed(client=self.generated, event_id=_payloads.EVENT_ID).parsed

    def overlay_get(self) -> object:
        return luma_client.call(
            get_event.sync_detailed, client=self.overlay, event_id=_payloads.EVENT_ID
        )

    def table(self) -> dict[str, Callable[[], object]]:
        return {BASELINE: self.raw_get, GENERATED: self.generated_get, OVERLAY: self.overlay_get}

    def check(self) -> None:
        """Every contender really fetched and decoded the same event."""
        raw = self.raw_get()
        assert isinstance(raw, dict)
        assert raw["id"] == _payloads.EVENT_ID
        generated = self.generated_get()
        assert getattr(generated, "id", None) == _payloads.EVENT_ID, generated
        overlay = self.overlay_get()
        assert getattr(overlay, "id", None) == _payloads.EVENT_ID, overlay

    def close(self) -> None:
        self.raw.close()
        self.generated.get_httpx_client().close()
        self.overlay.get_httpx_client().close()


def measure(
    contenders: Contenders,
    *,
    key: str,
    title: str,
    what: str,
    target: float,
    rounds: int,
    inner: int,
) -> _common.Figure:
    contenders.check()
    stats = _common.interleaved(contenders.table(), rounds=rounds, inner=inner)
    baseline = stats[BASELINE]
    rows = [
        _common.time_row(BASELINE, baseline),
        _common.time_row(GENERATED, stats[GENERATED], baseline),
        _common.time_row(OVERLAY, stats[OVERLAY], baseline, target),
    ]
    ratio = rows[-1].ratio
    assert ratio is not None
    met = ratio <= target
    generated_extra = _common.describe_extra(stats[GENERATED].median, baseline.median)
    overlay_extra = _common.describe_extra(stats[OVERLAY].median, stats[GENERATED].median)
    body = _payloads.event_body()
    decode = _common.interleaved(
        {"loads": lambda: json.loads(body), "models": lambda: Event.from_dict(json.loads(body))},
        rounds=15,
        inner=200,
    )
    from_dict = decode["models"].median - decode["loads"].median
    times_loads = decode["models"].median / decode["loads"].median
    notes = [
        f"Per request, the generated layer (request kwargs, `Response`, `Event.from_dict`) adds "
        f"{generated_extra} over raw httpx + `json.loads`, and the overlay (auth flow, "
        f"Raising/Retry transports, `call`, its JSON decoder) {overlay_extra} on top of that.",
        f"`Event.from_dict` alone costs {_common.format_seconds(from_dict)} per event over "
        f"`json.loads` (measured separately; {times_loads:.1f}x `json.loads`).",
    ]
    figure = _common.Figure(
        key=key,
        title=title,
        what=what,
        rows=rows,
        target=f"<= {target:g}x",
        met=met,
        headline=f"{ratio:.2f}x",
        notes=notes,
    )
    if not met:
        figure.details.append(
            (
                "cProfile of the overlay path (top functions by own time)",
                _common.profile(contenders.overlay_get, repeat=inner * 5),
            )
        )
    return figure
