"""Deterministic ids in Luma's style: a prefix and 15 letters or digits.

Ids come from their own random stream seeded with the fake's seed, so the same seed and the
same requests give the same ids, whatever generated data is drawn elsewhere.
"""

from __future__ import annotations

import base64
import random

__all__ = ["IdFactory"]

# base64 digits outside [A-Za-z0-9] become letters: ids stay alphanumeric, as Luma's are.
_ALNUM = bytes.maketrans(b"+/", b"xq")


class IdFactory:
    def __init__(self, seed: int) -> None:
        self._random = random.Random(f"ids:{seed}")

    def _text(self, length: int) -> str:
        raw = self._random.randbytes((length * 3 + 3) // 4)
        return base64.b64encode(raw)[:length].translate(_ALNUM).decode()

    def new(self, prefix: str) -> str:
        return f"{prefix}-{self._text(15)}"

    def token(self, length: int = 32) -> str:
        """An opaque secret-looking string (cancellation tokens, webhook secrets)."""
        return self._text(length)
