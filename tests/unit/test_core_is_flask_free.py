"""The core (site, content, search, danger, help data) and the screener engine never import Flask."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.screener_answers import CALM


def test_core_and_screener_import_without_flask() -> None:
    code = (
        "import json, sys, core.site, core.articles, core.search, core.danger, core.help_data, core.glossary, "
        "screener; "
        f"screener.evaluate(json.loads({json.dumps(json.dumps(CALM))})); screener.next_step({{}}); "
        "print(sorted(m for m in sys.modules if m == 'flask' or m.startswith('flask.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
