"""Vendored files are the ones we checked."""

from __future__ import annotations

import hashlib
from pathlib import Path

VENDOR = Path(__file__).resolve().parents[2] / "static" / "vendor" / "htmx"
HTMX_SHA256 = "d6fdc75f204e6bdefa99b69bf1e6d4ac69b8a364f77929f45c13476b4000f717"


def test_vendored_htmx_matches_recorded_hash() -> None:
    data = (VENDOR / "htmx-2.0.11.min.js").read_bytes()
    assert hashlib.sha256(data).hexdigest() == HTMX_SHA256
    assert HTMX_SHA256 in (VENDOR / "VERSION.md").read_text()
    assert "Zero-Clause BSD" in (VENDOR / "LICENSE").read_text()
