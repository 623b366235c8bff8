"""The core (content, search, help data) and the screener engine never import Flask."""

from __future__ import annotations

import subprocess
import sys


def test_core_and_screener_import_without_flask() -> None:
    code = (
        "import sys, core.articles, core.search, core.help_data, core.glossary, screener; "
        "screener.evaluate({'concern': 'mental_health', 'self_harm': 'no', 'danger_now': 'no', "
        "'medical_needs': 'no', 'daily_life': 'some', 'current_care': 'none', 'home_support': 'yes', "
        "'time_available': 'yes'}); "
        "print(sorted(m for m in sys.modules if m == 'flask' or m.startswith('flask.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
