"""Keep what visitors type out of logs: request lines are logged without their query string."""

from __future__ import annotations

import logging
import re

_QUERY = re.compile(r"\?[^ \"]*")


class DropQueryStrings(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.args and isinstance(record.args, tuple):
            record.args = tuple(_QUERY.sub("", a) if isinstance(a, str) else a for a in record.args)
        if isinstance(record.msg, str):
            record.msg = _QUERY.sub("", record.msg)
        return True


def init_app(app) -> None:
    # The development server's access log (werkzeug) would otherwise record ?q=… search terms.
    werkzeug_log = logging.getLogger("werkzeug")
    if not any(isinstance(f, DropQueryStrings) for f in werkzeug_log.filters):
        werkzeug_log.addFilter(DropQueryStrings())
