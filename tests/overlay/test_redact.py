"""luma_client._redact: every form a server may echo a key in is removed.

The key holds every character that encoders treat differently: ``/ < > & + %`` and ``=``.
"""

from __future__ import annotations

import html
import json
from urllib.parse import quote, quote_plus

import pytest

from luma_client._constants import REDACTED
from luma_client._redact import redact

KEY = "secret-Xk3v9QpL2mN8rT5w"
SPECIAL = "sk/live+R9v<Xq2>Lw7&Tz4%41Kp8=Mn3"


def _lower_hex(text: str) -> str:
    """Percent-escapes with lowercase hex digits, the key's own letters untouched."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "%":
            out.append(text[i : i + 3].lower())
            i += 3
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _json_html_safe(text: str) -> str:
    """JSON as Go, Rails and others write it: <, > and & as \\u003c-style escapes."""
    escaped = json.dumps(text)[1:-1]
    return escaped.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


FORMS = {
    "literal": SPECIAL,
    "json": json.dumps(SPECIAL)[1:-1],
    "json-escaped-slash": json.dumps(SPECIAL)[1:-1].replace("/", "\\/"),
    "json-html-safe": _json_html_safe(SPECIAL),
    "json-html-safe-uppercase": _json_html_safe(SPECIAL).replace("\\u003c", "\\u003C"),
    "json-ascii-everything": "".join(f"\\u{ord(c):04x}" for c in SPECIAL),
    "quote-default-safe-slash": quote(SPECIAL),
    "quote-safe-nothing": quote(SPECIAL, safe=""),
    "quote-plus": quote_plus(SPECIAL),
    "quote-lowercase-hex": _lower_hex(quote(SPECIAL, safe="")),
    "quote-twice": quote(quote(SPECIAL, safe=""), safe=""),
    "html-escape": html.escape(SPECIAL),
    "html-escape-no-quotes": html.escape(SPECIAL, quote=False),
    "html-decimal-refs": "".join(f"&#{ord(c)};" if not c.isalnum() else c for c in SPECIAL),
    "html-hex-refs": "".join(f"&#x{ord(c):X};" if not c.isalnum() else c for c in SPECIAL),
    "bytes-repr": repr(SPECIAL.encode())[2:-1],
}


@pytest.mark.parametrize("form", FORMS.values(), ids=FORMS.keys())
def test_every_echo_form_of_a_key_with_reserved_characters_is_redacted(form: str) -> None:
    assert redact(f"before {form} after", [SPECIAL]) == f"before {REDACTED} after"


def test_the_encoded_forms_really_differ_from_the_key() -> None:
    # Otherwise the test above would prove nothing beyond the literal case. (JSON and a bytes
    # repr leave these characters alone.)
    same = {name for name, form in FORMS.items() if form == SPECIAL}
    assert same == {"literal", "json", "bytes-repr"}
    assert FORMS["quote-lowercase-hex"] != FORMS["quote-safe-nothing"]


def test_redact_helper() -> None:
    assert redact(f"a {KEY} b {KEY}", [KEY]) == f"a {REDACTED} b {REDACTED}"
    assert redact("nothing here", [KEY]) == "nothing here"
    assert redact("text", []) == "text"
    assert redact("text", [""]) == "text"  # an empty secret must not match everywhere
    assert redact("abcabc", ["abc", "abcabc"]) == REDACTED  # longest first


def test_text_that_only_resembles_the_key_is_kept() -> None:
    assert redact(SPECIAL[:-1] + "X", [SPECIAL]) == SPECIAL[:-1] + "X"
    assert redact(SPECIAL.upper(), [SPECIAL]) == SPECIAL.upper()
