"""verify_webhook() and sign_webhook(): every spec example round-trips; every forgery is refused.

Our signatures are cross-checked both ways against the ``standardwebhooks`` package (a dev
dependency), so the scheme we verify is provably the Standard Webhooks one.
"""

from __future__ import annotations

import base64
import json
import re
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from types import MappingProxyType
from typing import Any

import httpx
import pytest
import standardwebhooks
from werkzeug.datastructures import EnvironHeaders, Headers

import luma_api.models
import luma_client
from luma_client import (
    LumaError,
    WebhookParseError,
    WebhookVerificationError,
    parse_webhook,
    verify_webhook,
)
from luma_client._signing import format_secret
from luma_client._webhooks import WEBHOOK_TYPES
from luma_client.testing import sign_webhook
from tests.specdoc import load_spec

SECRET = format_secret(bytes(range(1, 25)))  # whsec_AQIDBAUG...
OLD_SECRET = format_secret(b"an older key, now rotated")
OTHER_SECRET = format_secret(b"somebody else's calendar")
NOW = 1_800_000_000
TOLERANCE = 300


def _examples() -> list[tuple[str, str, bytes]]:
    found = []
    for kind, item in load_spec()["webhooks"].items():
        content = item["post"]["requestBody"]["content"]["application/json"]
        for name, example in content["examples"].items():
            found.append((kind, name, json.dumps(example["value"]).encode("utf-8")))
    return found


EXAMPLES = _examples()
EXAMPLE_IDS = [f"{kind}:{name}" for kind, name, _ in EXAMPLES]
BODY = EXAMPLES[0][2]


def _signed(body: bytes = BODY, secret: str | list[str] = SECRET, **kw: Any) -> dict[str, str]:
    kw.setdefault("timestamp", NOW)
    kw.setdefault("msg_id", "msg_test_1")
    return sign_webhook(body, secret, **kw)


def _refusal(
    body: bytes | str = BODY,
    headers: Any = None,
    secret: Any = SECRET,
    **kw: Any,
) -> WebhookVerificationError:
    kw.setdefault("now", NOW)
    with pytest.raises(WebhookVerificationError) as info:
        verify_webhook(body, _signed() if headers is None else headers, secret, **kw)
    return info.value


# -- round trips ------------------------------------------------------------------------------


def test_examples_cover_every_webhook_type() -> None:
    assert {kind for kind, _, _ in EXAMPLES} == set(WEBHOOK_TYPES)


@pytest.mark.parametrize(("kind", "name", "body"), EXAMPLES, ids=EXAMPLE_IDS)
def test_every_example_round_trips_to_its_typed_payload(kind: str, name: str, body: bytes) -> None:
    headers = sign_webhook(body, SECRET, msg_id="msg_round_trip", timestamp=NOW)
    payload = verify_webhook(body, headers, SECRET, now=NOW)
    assert type(payload) is getattr(luma_api.models, WEBHOOK_TYPES[kind])
    assert payload.type_ == kind
    assert payload.to_dict() == parse_webhook(body).to_dict()
    # the same delivery as text, with the real clock, through the package namespace
    fresh = sign_webhook(body.decode("utf-8"), SECRET)
    assert luma_client.verify_webhook(body.decode("utf-8"), fresh, SECRET).type_ == kind


@pytest.mark.parametrize(("kind", "name", "body"), EXAMPLES, ids=EXAMPLE_IDS)
def test_our_signatures_verify_with_standardwebhooks(kind: str, name: str, body: bytes) -> None:
    headers = sign_webhook(body, SECRET)
    assert standardwebhooks.Webhook(SECRET).verify(body, headers) == json.loads(body)


@pytest.mark.parametrize(("kind", "name", "body"), EXAMPLES, ids=EXAMPLE_IDS)
def test_standardwebhooks_signatures_verify_with_ours(kind: str, name: str, body: bytes) -> None:
    signed_at = datetime.fromtimestamp(NOW, tz=UTC)
    headers = {
        "webhook-id": "msg_from_the_reference",
        "webhook-timestamp": str(NOW),
        "webhook-signature": standardwebhooks.Webhook(SECRET).sign(
            "msg_from_the_reference", signed_at, body
        ),
    }
    assert verify_webhook(body, headers, SECRET, now=NOW).type_ == kind
    ours = sign_webhook(body, SECRET, msg_id="msg_from_the_reference", timestamp=signed_at)
    assert ours == headers


def test_a_secret_without_the_prefix_is_the_same_key() -> None:
    bare = SECRET.removeprefix("whsec_")
    assert _signed(secret=bare) == _signed()
    headers = sign_webhook(BODY, bare)
    assert standardwebhooks.Webhook(bare).verify(BODY, headers) == json.loads(BODY)
    unpadded = format_secret(b"12345").rstrip("=")
    assert unpadded != format_secret(b"12345")
    assert _signed(secret=unpadded) == _signed(secret=format_secret(b"12345"))


@pytest.mark.parametrize(
    "make_headers",
    [
        lambda h: {name.title(): value for name, value in h.items()},
        lambda h: {name.upper(): value for name, value in h.items()},
        lambda h: MappingProxyType(dict(h)),
        lambda h: httpx.Headers(h),
        lambda h: Headers(list(h.items())),
        lambda h: EnvironHeaders(
            {"HTTP_" + name.upper().replace("-", "_"): value for name, value in h.items()}
        ),
        lambda h: {**h, "content-type": "application/json", "user-agent": "x"},
    ],
    ids=["title-case", "upper-case", "mapping-proxy", "httpx", "werkzeug", "wsgi-environ", "extra"],
)
def test_headers_from_any_framework(make_headers: Callable[[dict[str, str]], Any]) -> None:
    headers = make_headers(_signed())
    assert verify_webhook(BODY, headers, SECRET, now=NOW).to_dict() == parse_webhook(BODY).to_dict()


def test_bytes_bytearray_memoryview_and_str_bodies_are_the_same_delivery() -> None:
    headers = _signed()
    bodies: list[Any] = [BODY, bytearray(BODY), memoryview(BODY), BODY.decode("utf-8")]
    results = [verify_webhook(body, headers, SECRET, now=NOW).to_dict() for body in bodies]
    assert all(result == results[0] for result in results)


def test_sign_webhook_headers() -> None:
    before = time.time()
    headers = sign_webhook(BODY, SECRET)
    after = time.time()
    assert set(headers) == {"webhook-id", "webhook-timestamp", "webhook-signature"}
    assert headers["webhook-id"].startswith("msg_")
    assert headers["webhook-id"] != sign_webhook(BODY, SECRET)["webhook-id"]
    assert int(before) <= int(headers["webhook-timestamp"]) <= after
    version, _, encoded = headers["webhook-signature"].partition(",")
    assert version == "v1"
    assert len(base64.b64decode(encoded, validate=True)) == 32
    assert _signed() == _signed()  # deterministic given id and time
    east = timezone(timedelta(hours=5))
    aware = datetime.fromtimestamp(NOW, tz=UTC).astimezone(east)
    assert _signed(timestamp=aware) == _signed()
    assert _signed(timestamp=NOW + 0.9) == _signed()


@pytest.mark.parametrize(
    ("kw", "error", "match"),
    [
        ({"timestamp": datetime(2027, 1, 1)}, ValueError, "naive datetime"),
        ({"timestamp": -1}, ValueError, "before 1970"),
        ({"timestamp": float("nan")}, ValueError, "finite"),
        ({"timestamp": "1800000000"}, TypeError, "Unix seconds"),
        ({"msg_id": ""}, ValueError, "msg_id"),
        ({"msg_id": "msg 1"}, ValueError, "msg_id"),
    ],
)
def test_sign_webhook_refuses_bad_arguments(
    kw: dict[str, Any], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        sign_webhook(BODY, SECRET, **kw)


def test_format_secret() -> None:
    assert format_secret(b"\x00\x01") == "whsec_AAE="
    with pytest.raises(ValueError, match="non-empty bytes"):
        format_secret(b"")


# -- forgeries and replays --------------------------------------------------------------------


@pytest.mark.parametrize(
    "tamper",
    [
        lambda b: b + b" ",
        lambda b: b" " + b,
        lambda b: b.replace(b":", b": ", 1),
        lambda b: b[:-2] + bytes([b[-2] ^ 1]) + b[-1:],
        lambda b: json.dumps(json.loads(b), indent=1).encode(),
        lambda b: json.dumps(json.loads(b), sort_keys=True, separators=(",", ":")).encode(),
    ],
    ids=["appended", "prepended", "whitespace", "one-bit", "re-indented", "re-serialized"],
)
def test_a_tampered_body_is_refused(tamper: Callable[[bytes], bytes]) -> None:
    tampered = tamper(BODY)
    assert tampered != BODY
    error = _refusal(tampered)
    assert error.reason == "no_matching_signature"
    assert "webhook-signature" in str(error)


@pytest.mark.parametrize(
    ("name", "value"),
    [("webhook-id", "msg_test_2"), ("webhook-timestamp", str(NOW - 1))],
)
def test_a_changed_id_or_timestamp_is_refused(name: str, value: str) -> None:
    headers = {**_signed(), name: value}
    assert _refusal(headers=headers).reason == "no_matching_signature"


@pytest.mark.parametrize(
    "secret", [OTHER_SECRET, [OTHER_SECRET], [OTHER_SECRET, OLD_SECRET]], ids=["one", "list", "two"]
)
def test_a_wrong_secret_is_refused(secret: str | list[str]) -> None:
    error = _refusal(secret=secret)
    assert error.reason == "no_matching_signature"
    assert "secret" in str(error)


def test_a_signature_by_another_secret_is_refused_by_standardwebhooks_too() -> None:
    headers = sign_webhook(BODY, OTHER_SECRET)
    with pytest.raises(standardwebhooks.WebhookVerificationError):
        standardwebhooks.Webhook(SECRET).verify(BODY, headers)
    with pytest.raises(WebhookVerificationError):
        verify_webhook(BODY, headers, SECRET)


@pytest.mark.parametrize("age", [TOLERANCE + 1, 3600, NOW])
def test_a_replayed_old_delivery_is_refused(age: int) -> None:
    error = _refusal(now=NOW + age)
    assert error.reason == "timestamp_too_old"
    assert f"{age} s old" in str(error)
    assert "300 s tolerance" in str(error)


def test_a_replay_is_refused_by_the_real_clock() -> None:
    headers = sign_webhook(BODY, SECRET, timestamp=time.time() - 3600)
    with pytest.raises(WebhookVerificationError) as info:
        verify_webhook(BODY, headers, SECRET)
    assert info.value.reason == "timestamp_too_old"


@pytest.mark.parametrize("ahead", [TOLERANCE + 1, 86400])
def test_a_delivery_from_the_future_is_refused(ahead: int) -> None:
    error = _refusal(now=NOW - ahead)
    assert error.reason == "timestamp_in_future"
    assert f"{ahead} s in the future" in str(error)


@pytest.mark.parametrize("offset", [-TOLERANCE, -1, 0, 1, TOLERANCE])
def test_the_tolerance_is_inclusive(offset: int) -> None:
    assert verify_webhook(BODY, _signed(), SECRET, now=NOW + offset).type_ == EXAMPLES[0][0]


def test_the_tolerance_can_be_changed() -> None:
    assert verify_webhook(BODY, _signed(), SECRET, now=NOW + 3000, tolerance=3600)
    assert verify_webhook(BODY, _signed(), SECRET, now=NOW, tolerance=0)
    assert _refusal(now=NOW + 31, tolerance=30).reason == "timestamp_too_old"
    assert _refusal(now=NOW - 1, tolerance=0).reason == "timestamp_in_future"
    aware = datetime.fromtimestamp(NOW + 10, tz=UTC)
    assert verify_webhook(BODY, _signed(), SECRET, now=aware, tolerance=10.5)


@pytest.mark.parametrize(
    ("kw", "error", "match"),
    [
        ({"tolerance": -1}, ValueError, "tolerance"),
        ({"tolerance": float("inf")}, ValueError, "tolerance"),
        ({"tolerance": float("nan")}, ValueError, "tolerance"),
        ({"tolerance": "300"}, TypeError, "tolerance"),
        ({"tolerance": True}, TypeError, "tolerance"),
        ({"now": datetime(2027, 1, 1)}, ValueError, "now: naive datetime"),
        ({"now": "now"}, TypeError, "now must be"),
    ],
)
def test_bad_arguments_are_named(kw: dict[str, Any], error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        verify_webhook(BODY, _signed(), SECRET, **kw)


@pytest.mark.parametrize("body", [{"type": "event.created", "data": {}}, 5, None])
def test_a_decoded_or_odd_body_is_a_type_error(body: Any) -> None:
    with pytest.raises(TypeError, match="body"):
        verify_webhook(body, _signed(), SECRET, now=NOW)


def test_headers_that_are_not_a_mapping_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="headers must be a mapping"):
        verify_webhook(BODY, list(_signed().items()), SECRET, now=NOW)  # type: ignore[arg-type]


# -- missing and malformed headers ------------------------------------------------------------


@pytest.mark.parametrize("name", ["webhook-id", "webhook-timestamp", "webhook-signature"])
@pytest.mark.parametrize("how", ["absent", "empty"])
def test_a_missing_header_is_named(name: str, how: str) -> None:
    headers = _signed()
    if how == "absent":
        del headers[name]
    else:
        headers[name] = ""
    error = _refusal(headers=headers)
    assert error.reason == "missing_header"
    assert str(error) == f"the {name} header is missing"


def test_no_headers_at_all() -> None:
    assert _refusal(headers={}).reason == "missing_header"


@pytest.mark.parametrize(
    "value", ["soon", "-1800000000", "1.8e9", "1800000000.5", "١٨٠٠٠٠٠٠٠٠", "9" * 40, " "]
)
def test_a_malformed_timestamp_is_refused(value: str) -> None:
    error = _refusal(headers={**_signed(), "webhook-timestamp": value})
    assert error.reason in {"malformed_header", "missing_header"}
    assert "webhook-timestamp" in str(error)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.mark.parametrize(
    "value",
    [
        "abc",
        "v1",
        "v1,",
        "v1,not base64!",
        f"v2,{_b64(bytes(32))}",
        f"v1a,{_b64(bytes(64))}",
        f"v1,{_b64(bytes(16))}",
        f"v1={bytes(32).hex()}",
        f"t={NOW},v1={bytes(32).hex()}",
    ],
)
def test_a_malformed_signature_is_refused(value: str) -> None:
    error = _refusal(headers={**_signed(), "webhook-signature": value})
    assert error.reason == "malformed_header"
    assert "v1,<base64 HMAC-SHA256>" in str(error)


def test_a_well_formed_but_wrong_signature_is_no_match() -> None:
    headers = {**_signed(), "webhook-signature": f"v1,{_b64(bytes(32))}"}
    assert _refusal(headers=headers).reason == "no_matching_signature"


def test_unknown_signature_versions_beside_v1_are_ignored() -> None:
    headers = _signed()
    headers["webhook-signature"] = f"v1a,{_b64(bytes(64))} junk {headers['webhook-signature']}"
    assert verify_webhook(BODY, headers, SECRET, now=NOW)


def test_a_header_repeated_with_different_values_is_refused() -> None:
    headers = Headers(list(_signed().items()))
    headers.add("Webhook-Id", "msg_other")
    error = _refusal(headers=headers)
    assert error.reason == "malformed_header"
    assert "webhook-id" in str(error)


def test_repeated_signature_headers_are_all_tried() -> None:
    good = _signed()["webhook-signature"]
    for headers in (
        Headers([*_signed().items(), ("webhook-signature", f"v1,{_b64(bytes(32))}")]),
        httpx.Headers([("webhook-signature", f"v1,{_b64(bytes(32))}"), *_signed().items()]),
    ):
        assert verify_webhook(BODY, headers, SECRET, now=NOW)
    merged = httpx.Headers([*_signed().items(), ("webhook-signature", "v1,x")])
    assert merged["webhook-signature"] == f"{good}, v1,x"  # httpx joins repeats with ", "
    assert verify_webhook(BODY, merged, SECRET, now=NOW)


def test_a_header_value_that_is_not_text_is_refused() -> None:
    headers: dict[str, Any] = {**_signed(), "webhook-id": b"msg_test_1"}
    assert _refusal(headers=headers).reason == "malformed_header"


# -- several secrets (rotation) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("signed_with", "verified_with"),
    [
        (OLD_SECRET, [SECRET, OLD_SECRET]),
        (OLD_SECRET, (OLD_SECRET, SECRET)),
        (SECRET, [OLD_SECRET, SECRET]),
        ([OLD_SECRET, SECRET], [SECRET]),
        ([OLD_SECRET, SECRET], OLD_SECRET),
        ([OLD_SECRET, SECRET], [OTHER_SECRET, SECRET]),
    ],
)
def test_any_one_of_several_secrets_is_enough(
    signed_with: str | list[str], verified_with: str | list[str] | tuple[str, ...]
) -> None:
    headers = _signed(secret=signed_with)
    assert verify_webhook(BODY, headers, verified_with, now=NOW)


def test_signing_with_two_secrets_gives_two_signatures_standardwebhooks_accepts() -> None:
    headers = sign_webhook(BODY, [OLD_SECRET, SECRET])
    assert len(headers["webhook-signature"].split(" ")) == 2
    for secret in (OLD_SECRET, SECRET):
        assert standardwebhooks.Webhook(secret).verify(BODY, headers) == json.loads(BODY)


def test_a_retired_secret_no_longer_verifies() -> None:
    headers = _signed(secret=OLD_SECRET)
    assert _refusal(headers=headers, secret=[SECRET]).reason == "no_matching_signature"


# -- malformed secrets ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("secret", "match"),
    [
        ("", "the webhook secret is empty"),
        ("whsec_", "the webhook secret is empty"),
        ("whsec_==", "the webhook secret is not base64"),
        ("whsec_test_secret", "the webhook secret is not base64"),
        ("whsec_AAE=$", "the webhook secret is not base64"),
        (SECRET + "\n", "the webhook secret contains whitespace"),
        ("whsec_ AAE=", "the webhook secret contains whitespace"),
        ([], "no webhook secret given"),
        ([SECRET, ""], "the webhook secret 2 is empty"),
        ((SECRET, 5), "the webhook secret 2 must be a str, not int"),
        (b"whsec_AAE=", "must be a str or a sequence of str, not bytes"),
        (None, "must be a str or a sequence of str, not NoneType"),
    ],
)
def test_a_malformed_secret_is_named(secret: Any, match: str) -> None:
    error = _refusal(secret=secret)
    assert error.reason == "bad_secret"
    assert match in str(error)
    with pytest.raises(ValueError) as info:
        sign_webhook(BODY, secret)
    assert str(info.value) == str(error)


def test_a_malformed_secret_is_found_before_the_headers_are_read() -> None:
    assert _refusal(headers={}, secret="whsec_!").reason == "bad_secret"


# -- non-UTF-8 bodies -------------------------------------------------------------------------


def test_a_signed_non_utf8_body_verifies_then_fails_to_parse() -> None:
    body = b'{"type": "event.created", "data": {"name": "\xff"}}'
    headers = sign_webhook(body, SECRET)
    assert standardwebhooks.Webhook(SECRET).verify(body, headers, json_parse=False) is None
    with pytest.raises(WebhookParseError, match="UTF-8"):
        verify_webhook(body, headers, SECRET)


def test_a_tampered_non_utf8_body_fails_verification_first() -> None:
    body = b"\xff\xfe" + BODY
    with pytest.raises(WebhookVerificationError):
        verify_webhook(body, _signed(), SECRET, now=NOW)


def test_an_authentic_body_of_an_unknown_type_is_a_parse_error() -> None:
    body = b'{"type": "event.exploded", "data": {}}'
    with pytest.raises(WebhookParseError, match=r"event\.exploded"):
        verify_webhook(body, _signed(body), SECRET, now=NOW)


# -- the error never shows the secret or the body ---------------------------------------------

MARKED_BODY = BODY.replace(b'"data": {', b'"data": {"marker": "BODY-MARKER-7c1f", ', 1)


def _failures() -> list[tuple[str, Callable[[], object]]]:
    signed = _signed(MARKED_BODY)
    return [
        ("wrong secret", lambda: verify_webhook(MARKED_BODY, signed, OTHER_SECRET, now=NOW)),
        ("tampered", lambda: verify_webhook(MARKED_BODY + b" ", signed, SECRET, now=NOW)),
        ("old", lambda: verify_webhook(MARKED_BODY, signed, SECRET, now=NOW + 999)),
        ("future", lambda: verify_webhook(MARKED_BODY, signed, SECRET, now=NOW - 999)),
        ("no headers", lambda: verify_webhook(MARKED_BODY, {}, SECRET, now=NOW)),
        ("rotation", lambda: verify_webhook(MARKED_BODY, signed, [OTHER_SECRET, OLD_SECRET])),
        ("bad second", lambda: verify_webhook(MARKED_BODY, signed, [SECRET, SECRET + "!"])),
        ("bad only", lambda: verify_webhook(MARKED_BODY, signed, SECRET + " ")),
        ("sign bad", lambda: sign_webhook(MARKED_BODY, [SECRET, SECRET + "!"])),
    ]


FAILURES = _failures()


def _forms_of(secret: str) -> list[str]:
    key = base64.b64decode(secret.removeprefix("whsec_"))
    return [secret, secret.removeprefix("whsec_"), repr(key)[2:-1], key.hex()]


def _formatted(error: BaseException) -> list[str]:
    return traceback.format_exception(error)


@pytest.mark.parametrize(("label", "fail"), FAILURES, ids=[label for label, _ in FAILURES])
def test_no_secret_or_body_in_the_error_or_our_traceback_locals(
    label: str, fail: Callable[[], object]
) -> None:
    with pytest.raises((WebhookVerificationError, ValueError)) as info:
        fail()
    error = info.value
    shown = "\n".join([str(error), repr(error), *map(str, error.args), *_formatted(error)])
    assert "BODY-MARKER" not in shown
    ours = [
        frame
        for frame, _ in traceback.walk_tb(error.__traceback__)
        if "luma_client" in frame.f_code.co_filename
    ]
    assert ours, "the error should come from luma_client"
    local_reprs = [f"{name}={value!r}" for frame in ours for name, value in frame.f_locals.items()]
    text = "\n".join([shown, *local_reprs])
    for secret in (SECRET, OLD_SECRET, OTHER_SECRET):
        for form in _forms_of(secret):
            assert form not in text, (label, form)
    assert error.__cause__ is None
    assert error.__context__ is None


def test_the_signing_keys_repr_is_redacted() -> None:
    from luma_client._signing import _signing_keys

    keys = _signing_keys([SECRET, OLD_SECRET])
    assert repr(keys) == "<2 webhook signing key(s), redacted>"


# -- the exception --------------------------------------------------------------------------


def test_the_error_class() -> None:
    assert issubclass(WebhookVerificationError, LumaError)
    assert issubclass(WebhookVerificationError, ValueError)
    assert not issubclass(WebhookVerificationError, WebhookParseError)
    error = WebhookVerificationError("the webhook-id header is missing", reason="missing_header")
    assert (error.message, error.reason) == ("the webhook-id header is missing", "missing_header")
    assert repr(error) == (
        "WebhookVerificationError(reason='missing_header', "
        "message='the webhook-id header is missing')"
    )


# -- the README's receiver works as shown -----------------------------------------------------

README = Path(__file__).resolve().parents[2] / "README.md"


def _readme_blocks(section: str) -> list[str]:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n### {section}\n")
    end = text.find("\n### ", start + 1)
    return re.findall(r"```python\n(.*?)```", text[start:end], flags=re.DOTALL)


def test_the_readme_receiver_verifies_deduplicates_and_refuses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    receiver, _framework, testing = _readme_blocks("Receiving webhooks")
    monkeypatch.setenv("LUMA_WEBHOOK_SECRETS", f"{OLD_SECRET} {SECRET}")
    handled: list[object] = []
    namespace: dict[str, Any] = {"handle": handled.append}
    exec(compile(receiver, "README receiver", "exec"), namespace)
    receive = namespace["receive_luma_webhook"]

    headers = httpx.Headers(sign_webhook(BODY, SECRET))
    assert receive(BODY, headers) == 204
    assert receive(BODY, headers) == 200  # a retry of the same delivery
    assert len(handled) == 1
    assert type(handled[0]) is type(parse_webhook(BODY))
    assert receive(BODY, httpx.Headers(sign_webhook(BODY, OLD_SECRET))) == 204  # a new delivery
    assert receive(BODY + b" ", httpx.Headers(sign_webhook(BODY, SECRET))) == 401
    assert receive(BODY, httpx.Headers(sign_webhook(BODY, OTHER_SECRET))) == 401
    unknown = b'{"type": "event.exploded", "data": {}}'
    assert receive(unknown, httpx.Headers(sign_webhook(unknown, SECRET))) == 200
    assert len(handled) == 2

    body = BODY
    namespace.update(body=body, sign_webhook=sign_webhook)
    exec(compile(testing.replace("whsec_…", SECRET), "README test", "exec"), namespace)
    assert len(handled) == 3


def test_two_secrets_in_one_string_are_told_to_be_a_list() -> None:
    error = _refusal(secret=f"{OLD_SECRET} {SECRET}")
    assert error.reason == "bad_secret"
    assert "pass several as a list" in str(error)
