"""Ids are cut from a buffer of random digits: deterministic per seed, unique, Luma-shaped."""

from __future__ import annotations

import re

from luma_client.testing.fake._ids import IdFactory

_SHAPE = re.compile(r"evt-[A-Za-z0-9]{15}")


def test_same_seed_same_ids_across_buffer_refills() -> None:
    first, second = IdFactory(7), IdFactory(7)
    # Far more digits than one batch holds, with tokens of other lengths in between.
    drawn = [(first.new("evt"), first.token(24)) for _ in range(400)]
    assert drawn == [(second.new("evt"), second.token(24)) for _ in range(400)]


def test_ids_are_shaped_like_luma_and_unique() -> None:
    factory = IdFactory(0)
    ids = [factory.new("evt") for _ in range(2_000)]
    assert all(_SHAPE.fullmatch(ident) for ident in ids)
    assert len(set(ids)) == len(ids)


def test_other_seed_other_ids() -> None:
    assert IdFactory(1).new("evt") != IdFactory(2).new("evt")


def test_token_has_the_length_asked_for() -> None:
    factory = IdFactory(3)  # 5,000 digits at once: longer than several batches together
    assert [len(factory.token(n)) for n in (1, 24, 32, 5_000, 3)] == [1, 24, 32, 5_000, 3]
