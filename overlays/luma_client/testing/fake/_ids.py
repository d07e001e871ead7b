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


#: Random bytes drawn at once: ids are cut from a buffer of their digits, not drawn one by one.
_BATCH = 768


class IdFactory:
    def __init__(self, seed: int) -> None:
        self._random = random.Random(f"ids:{seed}")
        self._digits = ""
        self._at = 0

    def _text(self, length: int) -> str:
        end = self._at + length
        if end > len(self._digits):
            digits = self._digits[self._at :]
            while len(digits) < length:
                raw = self._random.randbytes(_BATCH)
                digits += base64.b64encode(raw).translate(_ALNUM).decode()
            self._digits, self._at, end = digits, 0, length
        text = self._digits[self._at : end]
        self._at = end
        return text

    def new(self, prefix: str) -> str:
        return f"{prefix}-{self._text(15)}"

    def token(self, length: int = 32) -> str:
        """An opaque secret-looking string (cancellation tokens, webhook secrets)."""
        return self._text(length)
