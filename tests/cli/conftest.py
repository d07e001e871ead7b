"""The CLI against Fake Luma in-process: a seeded event and a client factory (the fake's journal
records what the commands send)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from typer.testing import CliRunner

import luma_client
from luma_client.cli import app
from luma_client.cli._app import ClientOptions
from luma_client.testing import FakeLuma

KEY = "cli-test-key-0123456789"
BASE_URL = "http://luma.fake"


@dataclass
class World:
    fake: FakeLuma
    event_id: str
    emails: list[str]

    def factory(self, options: ClientOptions) -> luma_client.Luma:
        return luma_client.Luma(
            api_key=options.api_key,
            base_url=BASE_URL,
            transport=self.fake.transport(),
            rate_limit=None,
            max_retries=0,
        )

    def run(self, *args: str, key: str = KEY) -> Any:
        wide = {"COLUMNS": "200"}  # tables wrap to the terminal width
        return CliRunner().invoke(app, ["--api-key", key, *args], obj=self.factory, env=wide)

    def statuses(self) -> dict[str, str]:
        with self.factory(ClientOptions(KEY, None, None)) as luma:
            return {
                g.user_email: str(g.approval_status)
                for g in luma.events.guests.list(event_id=self.event_id)
            }


@pytest.fixture
def world() -> Iterator[World]:
    fake = FakeLuma(api_key=KEY, seed=0)
    emails = [f"guest{i:02d}@example.org" for i in range(12)]
    with luma_client.Luma(
        api_key=KEY, base_url=BASE_URL, transport=fake.transport(), rate_limit=None
    ) as luma:
        created = luma.events.create(
            name="Robotics Meetup",
            start_at=datetime(2026, 6, 1, 17, tzinfo=UTC),
            timezone="Europe/Berlin",
        )
        from luma_api.models import GuestInput

        luma.events.guests.add(
            event_id=created.id,
            guests=[GuestInput(email=e) for e in emails[:8]],
            approval_status="pending_approval",
        )
        luma.events.guests.add(
            event_id=created.id, guests=[GuestInput(email=e) for e in emails[8:10]]
        )
    yield World(fake, created.id, emails)


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))
