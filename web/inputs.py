"""Numbers from requests: ASCII digits only.

`str.isdigit()` accepts "²" and "②", which `int()` then refuses with a 500; a visitor's
address bar can hold anything, so every number is checked here.
"""

from __future__ import annotations

import re

_ASCII_NUMBER = re.compile(r"[0-9]{1,6}")


def bounded_int(text: str | None, low: int, high: int) -> int | None:
    """`text` as an int in [low, high], or None when it is anything else."""
    if text is None or not _ASCII_NUMBER.fullmatch(text):
        return None
    value = int(text)
    return value if low <= value <= high else None
