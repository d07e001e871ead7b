"""Remove an API key from text, in every form a server or a library may echo it in.

A key can come back literally, JSON-escaped (``\\/``, ``\\u003c``, either case), percent-encoded
(``quote`` with or without ``safe='/'``, ``quote_plus``, upper- or lowercase hex, even encoded
twice), HTML-escaped (``&lt;``, ``&#60;``, ``&#x3C;``) or backslash-escaped by a ``repr``, and
servers mix these within one string. So each key becomes one regular expression in which every
character may appear in any of those forms, and every match is replaced.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterable
from typing import Final

from ._constants import REDACTED

__all__ = ["redact"]

#: Named HTML entities a server's escaping function produces for reserved characters.
_NAMED_ENTITIES: Final = {"<": "lt", ">": "gt", "&": "amp", '"': "quot", "'": "apos"}


def redact(text: str, secrets: Iterable[str]) -> str:
    """Replace every occurrence of each secret in ``text``, in any echo form, with ``[REDACTED]``.

    Empty secrets are ignored; when one secret contains another, the longer one wins.
    """
    pattern = _pattern(tuple(sorted({s for s in secrets if s}, key=len, reverse=True)))
    if pattern is None:
        return text
    return pattern.sub(REDACTED, text)


@functools.lru_cache(maxsize=64)
def _pattern(secrets: tuple[str, ...]) -> re.Pattern[str] | None:
    if not secrets:
        return None
    return re.compile("|".join("".join(_char_forms(char) for char in s) for s in secrets))


def _char_forms(char: str) -> str:
    """A regular expression matching ``char`` in any of the forms the module docstring lists."""
    forms = [re.escape(char)]
    # Percent-encoding of each UTF-8 byte, once or twice (%3C, %3c, %253C), and quote_plus's +.
    percent = "".join(f"%(?:25)?{byte:02x}" for byte in char.encode())
    forms.append(f"(?i:{percent})")
    if char == " ":
        forms.append(r"\+")
    # JSON and JavaScript \u escapes (\u003c, \u003C) and backslash escapes (\/, \", \').
    forms.append(f"(?i:{_json_escape(char)})")
    if not char.isalnum():
        forms.append(re.escape("\\" + char))
    # HTML: named entities and decimal or hexadecimal character references.
    if char in _NAMED_ENTITIES:
        forms.append(re.escape(f"&{_NAMED_ENTITIES[char]};"))
    forms.append(f"&#0*{ord(char)};")
    forms.append(f"(?i:&#x0*{ord(char):x};)")
    if html.escape(char) != char and html.escape(char) not in forms:
        forms.append(re.escape(html.escape(char)))
    return "(?:" + "|".join(forms) + ")"


def _json_escape(char: str) -> str:
    code = ord(char)
    if code <= 0xFFFF:
        return re.escape(f"\\u{code:04x}")
    code -= 0x10000
    high, low = 0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)
    return re.escape(f"\\u{high:04x}\\u{low:04x}")
