"""Small helpers for the control-plane tests: raw HTTP against a fake, and a first event."""

from __future__ import annotations

from typing import Any

import httpx

from luma_client.testing import FakeLuma

BASE_URL = "http://luma.fake"
EVENT = {"name": "Meetup", "start_at": "2026-03-01T18:00:00Z", "timezone": "Europe/Berlin"}


def http(fake: FakeLuma, key: str | None = None, **headers: str) -> httpx.Client:
    """An httpx client on the fake's in-process transport, sending ``key`` (default: the fake's)."""
    sent = {"x-luma-api-key": key if key is not None else fake.api_key}
    sent.update({name.replace("_", "-"): value for name, value in headers.items()})
    return httpx.Client(transport=fake.transport(), base_url=BASE_URL, headers=sent)


def create_event(client: httpx.Client, **fields: Any) -> str:
    answer = client.post("/v1/events/create", json={**EVENT, **fields})
    assert answer.status_code == 200, answer.text
    return str(answer.json()["id"])
