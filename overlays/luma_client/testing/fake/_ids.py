"""Deterministic ids in Luma's style: a prefix and 15 letters or digits.

Ids come from their own random stream seeded with the fake's seed, so the same seed and the
same requests give the same ids, whatever generated data is drawn elsewhere.
"""

from __future__ import annotations

import random
import string

__all__ = ["IdFactory"]

_ALPHABET = string.ascii_letters + string.digits


class IdFactory:
    def __init__(self, seed: int) -> None:
        self._random = random.Random(f"ids:{seed}")

    def new(self, prefix: str) -> str:
        return prefix + "-" + "".join(self._random.choices(_ALPHABET, k=15))

    def token(self, length: int = 32) -> str:
        """An opaque secret-looking string (cancellation tokens, webhook secrets)."""
        return "".join(self._random.choices(_ALPHABET, k=length))
