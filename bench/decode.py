"""Figure 3: decoding one 100-guest page into models vs ``json.loads`` alone."""

from __future__ import annotations

import cProfile
import json
import pstats

from luma_api.models.list_event_guests_response import ListEventGuestsResponse

from . import _common, _payloads

KEY = "decode"
TARGET = 2.0
BASELINE = "`json.loads(body)` (baseline)"
MODELS = "`ListEventGuestsResponse.from_dict(json.loads(body))`"


def _union_share(body: bytes) -> tuple[float, float]:
    """Shares of decode time spent choosing registration-answer variants and in ``Guest``."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(20):
        ListEventGuestsResponse.from_dict(json.loads(body))
    profiler.disable()
    stats = pstats.Stats(profiler)
    table = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in table.values())
    union = sum(
        entry[3]
        for key, entry in table.items()
        if key[2] == "_parse_registration_answers_type_0_item"
    )
    return union / total, total


def run() -> _common.Figure:
    body = _payloads.guest_page_body(0, total=10_000)
    page = ListEventGuestsResponse.from_dict(json.loads(body))
    assert len(page.entries) == _payloads.PAGE_SIZE and page.has_more
    stats = _common.interleaved(
        {
            BASELINE: lambda: json.loads(body),
            MODELS: lambda: ListEventGuestsResponse.from_dict(json.loads(body)),
        },
        rounds=25,
        inner=10,
    )
    baseline = stats[BASELINE]
    rows = [
        _common.time_row(BASELINE, baseline),
        _common.time_row(MODELS, stats[MODELS], baseline, TARGET),
    ]
    ratio = rows[-1].ratio
    assert ratio is not None
    met = ratio <= TARGET
    per_guest = (stats[MODELS].median - baseline.median) / _payloads.PAGE_SIZE
    notes = [
        f"Body: {len(body):,} bytes, {_payloads.PAGE_SIZE} guests built from the spec's two "
        "example entries (2-3 registration answers each, one with a ticket).",
        f"The models cost {_common.format_seconds(per_guest)} per guest on top of `json.loads`.",
    ]
    figure = _common.Figure(
        key=KEY,
        title="3. Decoding a 100-guest page",
        what=(
            "`ListEventGuestsResponse.from_dict(json.loads(body))` (the generated models) vs "
            "`json.loads(body)` alone, on the same bytes. Time per page."
        ),
        rows=rows,
        target=f"<= {TARGET:g}x",
        met=met,
        headline=f"{ratio:.2f}x",
        notes=notes,
    )
    if not met:
        share, _ = _union_share(body)
        notes.append(
            f"Under cProfile, {share:.0%} of the decode time is spent in "
            "`Guest.from_dict._parse_registration_answers_type_0_item`, which tries the 16 "
            "`RegistrationAnswer` variants in order, each failing one raising `ValueError` from "
            "its `question_type` const check."
        )
        figure.details.append(
            (
                "cProfile of `ListEventGuestsResponse.from_dict(json.loads(body))` "
                "(top by own time)",
                _common.profile(
                    lambda: ListEventGuestsResponse.from_dict(json.loads(body)), repeat=20
                ),
            )
        )
    return figure
