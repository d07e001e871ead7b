"""Verify (and, for tests and the fake, sign) webhook deliveries: the Standard Webhooks scheme.

Luma's own documentation of how deliveries are signed was not found. This follows the Standard
Webhooks scheme, which one public integration of Luma's v2 webhooks verifies:

- the webhook's secret is ``whsec_`` followed by base64; the HMAC key is the decoded bytes
  (a secret without the prefix is read as bare base64, as the Standard Webhooks libraries do);
- three headers: ``webhook-id`` (a message id, the same on every retry), ``webhook-timestamp``
  (Unix seconds) and ``webhook-signature``: space-separated ``v1,<base64 HMAC-SHA256>`` entries
  (several while a secret is being rotated), each over the bytes ``{id}.{timestamp}.{body}``;
- a delivery whose timestamp is more than five minutes from now is refused (replay protection).

Why not the ``standardwebhooks`` package (1.3.0, checked): its verifier hard-codes the five
minutes and reads the wall clock itself (no ``tolerance``, no injectable ``now`` for a fake
clock), takes one secret per object (rotation would mean one failure per secret to merge),
decodes the secret leniently (stray characters are dropped, so a mangled secret fails later
as "no matching signature" instead of being named), accepts fractional and exponent
timestamps, and raises its own exception type with terse reasons. What would remain to
reuse is one HMAC call, not worth a runtime dependency. The tests cross-check our signatures
against it both ways (a pinned dev dependency), so the two stay provably compatible.

Secrets only ever live in locals of functions that return before anything is raised, or
inside ``_SigningKeys``, whose repr is redacted: an error's message, repr and traceback
locals never show a secret.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import math
import re
import secrets as _random
import time
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Final, Protocol

from ._exceptions import WebhookVerificationError
from ._webhooks import WebhookEvent, parse_webhook

__all__ = [
    "DEFAULT_TOLERANCE_SECONDS",
    "ID_HEADER",
    "SECRET_PREFIX",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "format_secret",
    "sign_webhook",
    "verify_webhook",
]

ID_HEADER: Final = "webhook-id"
TIMESTAMP_HEADER: Final = "webhook-timestamp"
SIGNATURE_HEADER: Final = "webhook-signature"
SECRET_PREFIX: Final = "whsec_"
DEFAULT_TOLERANCE_SECONDS: Final = 300

_VERSION: Final = "v1"
_DIGEST_SIZE: Final = hashlib.sha256().digest_size
_TIMESTAMP: Final = re.compile(r"[0-9]{1,15}")
_SIGNATURE_FORM: Final = f"'{_VERSION},<base64 HMAC-SHA256>'"


class _HeaderItems(Protocol):
    """Anything with ``items()`` giving (name, value) pairs: a dict, ``httpx.Headers``,
    Starlette's or Werkzeug's headers, Django's ``request.headers``."""

    def items(self) -> Iterable[tuple[str, str]]: ...


class _SigningKeys:
    """The decoded HMAC keys of one or more secrets. Its repr never shows them."""

    __slots__ = ("_keys",)

    def __init__(self, keys: tuple[bytes, ...]) -> None:
        self._keys = keys

    def __repr__(self) -> str:
        return f"<{len(self._keys)} webhook signing key(s), redacted>"

    def signatures(self, content: bytes) -> list[bytes]:
        return [hmac.new(key, content, hashlib.sha256).digest() for key in self._keys]

    def any_matches(self, content: bytes, candidates: Sequence[bytes]) -> bool:
        # Every (key, candidate) pair is compared, each in constant time.
        found = False
        for expected in self.signatures(content):
            for candidate in candidates:
                found |= hmac.compare_digest(expected, candidate)
        return found


def _signing_keys(secret: object) -> _SigningKeys | str:
    """Decode ``secret`` (one or several) into keys, or return why it cannot be used.

    Returns the problem instead of raising it, so no traceback holds this frame's locals.
    """
    if isinstance(secret, str):
        items: list[object] = [secret]
    elif isinstance(secret, Sequence) and not isinstance(secret, bytes | bytearray):
        items = list(secret)
        if not items:
            return "no webhook secret given (the sequence of secrets is empty)"
    else:
        return f"the webhook secret must be a str or a sequence of str, not {type(secret).__name__}"
    keys: list[bytes] = []
    for position, item in enumerate(items, start=1):
        key = _decode_secret(item)
        if isinstance(key, str):
            which = "webhook secret" if len(items) == 1 else f"webhook secret {position}"
            return f"the {which} {key}"
        keys.append(key)
    return _SigningKeys(tuple(keys))


def _decode_secret(secret: object) -> bytes | str:
    if not isinstance(secret, str):
        return f"must be a str, not {type(secret).__name__}"
    encoded = secret.removeprefix(SECRET_PREFIX)
    if not encoded:
        return "is empty"
    if any(char.isspace() for char in encoded):
        return "contains whitespace (copy it without spaces or line breaks; pass several as a list)"
    try:
        key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except (binascii.Error, ValueError):
        return f"is not base64 (expected {SECRET_PREFIX}<base64>)"
    return key if key else "is empty"


def format_secret(key: bytes) -> str:
    """Return the ``whsec_…`` text of a raw HMAC key (e.g. 24 bytes from a seeded generator)."""
    if not isinstance(key, bytes | bytearray) or not key:
        raise ValueError("a webhook signing key must be non-empty bytes")
    return SECRET_PREFIX + base64.b64encode(bytes(key)).decode("ascii")


def _body_bytes(body: object) -> bytes:
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, bytes | bytearray):
        return bytes(body)
    if isinstance(body, memoryview) and body.itemsize == 1:
        return body.tobytes()
    if isinstance(body, Mapping):
        raise TypeError(
            "a webhook signature covers the raw request body: pass the bytes exactly as "
            "received, not the decoded JSON"
        )
    raise TypeError(f"the webhook body must be bytes or str, not {type(body).__name__}")


def _seconds(value: object, name: str) -> float:
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"{name}: naive datetime {value.isoformat()} has no UTC offset")
        return value.timestamp()
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise ValueError(f"{name} must be finite, got {value!r}")
        return float(value)
    raise TypeError(f"{name} must be Unix seconds or an aware datetime, not {type(value).__name__}")


def _signed_content(msg_id: str, timestamp: str, body: bytes) -> bytes:
    return f"{msg_id}.{timestamp}.".encode() + body


def sign_webhook(
    body: bytes | bytearray | str,
    secret: str | Sequence[str],
    *,
    msg_id: str | None = None,
    timestamp: datetime | float | None = None,
) -> dict[str, str]:
    """Return the three signature headers for a delivery of ``body``, as Luma would send them.

    For tests of a receiver and for the fake's deliveries. Several secrets give several
    space-separated signatures, as during a rotation. ``msg_id`` defaults to a random
    ``msg_…`` id, ``timestamp`` to now (Unix seconds or an aware datetime).
    """
    keys = _signing_keys(secret)
    del secret
    if isinstance(keys, str):
        raise ValueError(keys)
    if msg_id is None:
        msg_id = f"msg_{_random.token_hex(12)}"
    elif not isinstance(msg_id, str) or not msg_id or any(c.isspace() for c in msg_id):
        raise ValueError("msg_id must be a non-empty str without whitespace")
    when = time.time() if timestamp is None else _seconds(timestamp, "timestamp")
    if when < 0:
        raise ValueError("timestamp must not be before 1970")
    stamp = str(math.floor(when))
    content = _signed_content(msg_id, stamp, _body_bytes(body))
    signature = " ".join(
        f"{_VERSION},{base64.b64encode(digest).decode('ascii')}"
        for digest in keys.signatures(content)
    )
    return {ID_HEADER: msg_id, TIMESTAMP_HEADER: stamp, SIGNATURE_HEADER: signature}


def verify_webhook(
    body: bytes | bytearray | str,
    headers: Mapping[str, str] | _HeaderItems,
    secret: str | Sequence[str],
    *,
    tolerance: float = DEFAULT_TOLERANCE_SECONDS,
    now: datetime | float | None = None,
) -> WebhookEvent:
    """Check a delivery's signature and timestamp, then return its typed payload.

    ``body`` is the raw request body exactly as received (bytes; a str is read as UTF-8).
    ``headers`` is the request's headers, looked up case-insensitively. ``secret`` is the
    webhook's ``whsec_…`` secret, or several (old and new during a rotation): any one
    matching is enough. ``tolerance`` is how far, in seconds, the delivery's timestamp may
    be from ``now`` (default: the current time; pass a fake clock's time in tests).

    Raises ``WebhookVerificationError`` (with a ``reason`` code) for a missing or malformed
    header or secret, a timestamp outside the tolerance, or no matching signature; then
    ``WebhookParseError`` from ``parse_webhook`` for an authentic body it cannot parse.
    """
    keys = _signing_keys(secret)
    del secret
    if isinstance(keys, str):
        raise WebhookVerificationError(keys, reason="bad_secret")
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float):
        raise TypeError(f"tolerance must be a number of seconds, not {type(tolerance).__name__}")
    if not (math.isfinite(tolerance) and tolerance >= 0):
        raise ValueError(f"tolerance must be a finite number of seconds >= 0, got {tolerance!r}")
    raw = _body_bytes(body)
    current = time.time() if now is None else _seconds(now, "now")

    found = _header_values(headers)
    msg_id = _single(found, ID_HEADER)
    stamp = _single(found, TIMESTAMP_HEADER)
    candidates = _candidate_signatures(found)
    if not _TIMESTAMP.fullmatch(stamp):
        raise WebhookVerificationError(
            f"the {TIMESTAMP_HEADER} header is not a whole number of Unix seconds",
            reason="malformed_header",
        )
    age = current - int(stamp)
    if age > tolerance:
        raise WebhookVerificationError(
            f"the delivery is {age:.0f} s old, more than the {tolerance:g} s tolerance "
            "(a replayed or long-delayed delivery)",
            reason="timestamp_too_old",
        )
    if -age > tolerance:
        raise WebhookVerificationError(
            f"the delivery's timestamp is {-age:.0f} s in the future, more than the "
            f"{tolerance:g} s tolerance (is a clock wrong?)",
            reason="timestamp_in_future",
        )
    if not keys.any_matches(_signed_content(msg_id, stamp, raw), candidates):
        raise WebhookVerificationError(
            f"no signature in the {SIGNATURE_HEADER} header matches: a wrong secret, or a "
            "body changed since it was signed (verify the raw bytes, before any JSON decoding)",
            reason="no_matching_signature",
        )
    return parse_webhook(raw)


def _header_values(headers: object) -> dict[str, list[str]]:
    items = getattr(headers, "items", None)
    if not callable(items):
        raise TypeError(
            f"headers must be a mapping of header names to values, not {type(headers).__name__}"
        )
    wanted = {ID_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER}
    found: dict[str, list[str]] = {}
    for name, value in items():
        key = name.lower() if isinstance(name, str) else name
        if key not in wanted:
            continue
        if not isinstance(value, str):
            raise WebhookVerificationError(
                f"the {key} header value is a {type(value).__name__}, not a str",
                reason="malformed_header",
            )
        found.setdefault(key, []).append(value)
    return found


def _single(found: Mapping[str, list[str]], name: str) -> str:
    values = [value for value in found.get(name, []) if value]
    if not values:
        raise WebhookVerificationError(f"the {name} header is missing", reason="missing_header")
    if len(set(values)) > 1:
        raise WebhookVerificationError(
            f"the {name} header appears more than once with different values",
            reason="malformed_header",
        )
    return values[0]


def _candidate_signatures(found: Mapping[str, list[str]]) -> list[bytes]:
    entries = " ".join(found.get(SIGNATURE_HEADER, [])).split()
    if not entries:
        raise WebhookVerificationError(
            f"the {SIGNATURE_HEADER} header is missing", reason="missing_header"
        )
    candidates = []
    for entry in entries:
        # A comma-joined repeat of the header (as httpx.Headers gives) leaves a trailing comma.
        version, _, encoded = entry.rstrip(",").partition(",")
        if version != _VERSION:
            continue  # other schemes (e.g. asymmetric v1a) are not ours to check
        try:
            digest = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            continue
        if len(digest) == _DIGEST_SIZE:
            candidates.append(digest)
    if not candidates:
        raise WebhookVerificationError(
            f"the {SIGNATURE_HEADER} header has no signature of the form {_SIGNATURE_FORM}",
            reason="malformed_header",
        )
    return candidates
