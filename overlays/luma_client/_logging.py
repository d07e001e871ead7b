"""Keep API keys out of log records, httpx's and httpcore's included.

httpcore logs every response header at DEBUG, and h11 quotes malformed header lines in its
errors; a server that echoes the key would put it in a log line. A filter on those loggers
redacts the secrets of every live client. Loggers only build records for enabled levels, so
the filter costs nothing unless DEBUG logging is on.
"""

from __future__ import annotations

import logging
import threading
import weakref
from typing import Final

from ._auth import LumaAuth
from ._constants import LOGGER_NAME
from ._redact import redact

__all__ = ["protect_logs"]

#: Every logger httpx 0.28 and httpcore 1.0 write to; filters do not apply to child loggers.
_LOGGERS: Final = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    LOGGER_NAME,
)

_auths: weakref.WeakSet[LumaAuth] = weakref.WeakSet()
_lock = threading.Lock()
_installed = False


class _RedactingFilter(logging.Filter):
    """Rewrites a record's message (and traceback text) without any live client's key."""

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = tuple(secret for auth in list(_auths) for secret in auth.secrets)
        if not secrets:
            return True
        message = record.getMessage()
        redacted = redact(message, secrets)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text, record.exc_info = redact(text, secrets), None
        return True


def protect_logs(auth: LumaAuth) -> None:
    """Redact ``auth``'s keys (as long as it lives) from every httpx, httpcore and overlay log."""
    global _installed
    with _lock:
        _auths.add(auth)
        if not _installed:
            redacting = _RedactingFilter()
            for name in _LOGGERS:
                logging.getLogger(name).addFilter(redacting)
            _installed = True
