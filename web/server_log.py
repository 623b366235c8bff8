"""gunicorn without traces of visitors: no `Server` banner, no request lines in the error log.

gunicorn logs a rejected request ("Invalid request from ip=…: Invalid HTTP request line: …")
with the whole line, query included, and the client's address; and a request that fails with
its URI. Those lines can hold what someone typed into search. Here they are logged without
the line, the query or the address.
"""

from __future__ import annotations

import logging
import re

from gunicorn.glogging import Logger

_QUERY = re.compile(r"\?[^\s\"']*")
_REJECTED = re.compile(r"^Invalid request from ip=")


class DropVisitorText(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _REJECTED.match(message):
            record.msg, record.args = "Rejected a malformed request (details not logged)", ()
        elif _QUERY.search(message):
            record.msg, record.args = _QUERY.sub("?…", message), ()
        return True


class PrivateLogger(Logger):
    def setup(self, cfg) -> None:
        super().setup(cfg)
        for handler in self.error_log.handlers:
            handler.addFilter(DropVisitorText())


def drop_server_banner() -> None:
    """gunicorn writes `Server: gunicorn` on every response; the site names no software."""
    from gunicorn.http import wsgi

    original = wsgi.Response.default_headers
    if getattr(original, "_without_banner", False):
        return

    def default_headers(self) -> list[str]:
        return [line for line in original(self) if not line.startswith("Server:")]

    default_headers._without_banner = True  # type: ignore[attr-defined]
    wsgi.Response.default_headers = default_headers
