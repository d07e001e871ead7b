"""Figure 3: decoding one 100-guest page into models vs ``json.loads`` alone.

The judged row is what the library does with a page body it receives: the overlay's JSON
decoder (``luma_client._json.loads``, msgspec refereed by the standard library) and then
``luma_client._decode.decode`` (the generated, strict ``from_dict``; the tolerant path only when
that refuses the page). The models built on ``json.loads`` are shown too, so the two costs
(parsing, building models) can be read apart. A last row decodes a page in which every entry
drifted from the spec, which takes the tolerant path for every entry.
"""

from __future__ import annotations

import json

from luma_api.models.list_event_guests_response import ListEventGuestsResponse
from luma_client import _json
from luma_client._decode import decode

from . import _common, _payloads

KEY = "decode"
TARGET = 2.0
BASELINE = "`json.loads(body)` (baseline)"
PARSE = "`luma_client._json.loads(body)` (the overlay's parser alone)"
MODELS_STDLIB = "`ListEventGuestsResponse.from_dict(json.loads(body))`"
LIBRARY = "`decode(ListEventGuestsResponse, luma_client._json.loads(body))` (what `call` does)"
DRIFTED = "the same, on a page where every entry drifts (`user_name` a number in each)"


def _drifted(body: bytes) -> bytes:
    """``body`` with one field of every entry given a value of the wrong JSON type."""
    page = json.loads(body)
    for entry in page["entries"]:
        entry["user_name"] = 12345
    return json.dumps(page).encode()


def run() -> _common.Figure:
    body = _payloads.guest_page_body(0, total=10_000)
    page = ListEventGuestsResponse.from_dict(_json.loads(body))
    assert len(page.entries) == _payloads.PAGE_SIZE and page.has_more
    assert page == ListEventGuestsResponse.from_dict(json.loads(body))
    drifted = _drifted(body)
    tolerant, drifts = decode(ListEventGuestsResponse, _json.loads(drifted))
    assert len(drifts) == _payloads.PAGE_SIZE and len(tolerant.entries) == _payloads.PAGE_SIZE
    stats = _common.interleaved(
        {
            BASELINE: lambda: json.loads(body),
            PARSE: lambda: _json.loads(body),
            MODELS_STDLIB: lambda: ListEventGuestsResponse.from_dict(json.loads(body)),
            LIBRARY: lambda: decode(ListEventGuestsResponse, _json.loads(body)),
            DRIFTED: lambda: decode(ListEventGuestsResponse, _json.loads(drifted)),
        },
        rounds=25,
        inner=10,
    )
    baseline = stats[BASELINE]
    rows = [
        _common.time_row(BASELINE, baseline),
        _common.time_row(PARSE, stats[PARSE], baseline),
        _common.time_row(MODELS_STDLIB, stats[MODELS_STDLIB], baseline),
        _common.time_row(LIBRARY, stats[LIBRARY], baseline, TARGET),
        _common.time_row(DRIFTED, stats[DRIFTED], baseline),
    ]
    ratio = rows[3].ratio
    assert ratio is not None
    met = ratio <= TARGET
    per_guest = (stats[MODELS_STDLIB].median - baseline.median) / _payloads.PAGE_SIZE
    notes = [
        f"Body: {len(body):,} bytes, {_payloads.PAGE_SIZE} guests built from the spec's two "
        "example entries (2-3 registration answers each, one with a ticket).",
        f"Building the models costs {_common.format_seconds(per_guest)} per guest on top of "
        "parsing (the `from_dict` row minus the baseline), about 5 objects per guest.",
        "Both decoded pages are checked equal before timing.",
        f"A page in which every entry drifts costs "
        f"{stats[DRIFTED].median / stats[LIBRARY].median:.1f}x a page that fits: the strict "
        "decode of the page fails, then each entry is tried strictly and rebuilt field by field "
        "from its model's FIELDS table. Warnings are not part of this row (one per kind of "
        "problem per process).",
    ]
    figure = _common.Figure(
        key=KEY,
        title="3. Decoding a 100-guest page",
        what=(
            "Bytes of one page to `ListEventGuestsResponse` models, vs `json.loads(body)` alone "
            "on the same bytes. Time per page."
        ),
        rows=rows,
        target=f"<= {TARGET:g}x",
        met=met,
        headline=f"{ratio:.2f}x",
        notes=notes,
    )
    if not met:
        figure.details.append(
            (
                "cProfile of the judged row (top by own time)",
                _common.profile(
                    lambda: decode(ListEventGuestsResponse, _json.loads(body)), repeat=20
                ),
            )
        )
    return figure
