"""The site runs with runtime requirements alone: `make run` on a fresh clone installs only
requirements.txt, so a test-only package imported at run time would stop it (it once did)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# In a child process: refuse every dev-only module, build the app, and visit each page type,
# so imports made inside views count too.
CHILD = r"""
import importlib.abc, json, sys
BLOCKED = set(json.loads(sys.argv[1]))

class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"dev-only module imported at run time: {name}")
        return None

sys.meta_path.insert(0, Refuse())
from core.search import build
from app import create_app

app = create_app({"INDEX_DIR": sys.argv[2]})
build(sys.argv[2], app.extensions["site"].articles_by_locale())
client = app.test_client()
for path in sys.argv[3:]:
    status = client.get(path).status_code
    assert status == 200, (path, status)
print("ok")
"""
PAGES = [
    "/en/",
    "/es/articles/",
    "/en/articles/what-is-an-iop",
    "/en/search?q=cost",
    "/es/search?q=quiero+morir",
    "/en/screener",
    "/en/help",
    "/es/paying-for-care?coverage=medicaid",
    "/es/find-care?state=NY",
    "/en/find-care/calling",
    "/en/qr/find-care.png",
    "/en/for-professionals?dest=help&lang=es",
    "/en/handout/what-is-an-iop",
    "/en/glossary",
    "/sitemap.xml",
    "/healthz",
]


def _names(requirements: Path) -> set[str]:
    names = set()
    for line in requirements.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            names.add(re.split(r"[=<>!~\[; ]", line, maxsplit=1)[0].lower().replace("_", "-"))
    return names


def dev_only_modules() -> set[str]:
    dev_only = _names(ROOT / "requirements-dev.txt") - _names(ROOT / "requirements.txt")
    modules = {
        module
        for module, dists in packages_distributions().items()
        if any(d.lower().replace("_", "-") in dev_only for d in dists)
    }
    return modules | {"_pytest"}


def test_dev_only_modules_are_known() -> None:
    # The guard below is only as good as this list: the test packages must be found.
    assert {"textstat", "pytest", "hypothesis", "playwright"} <= dev_only_modules()


def test_app_serves_every_page_type_without_dev_packages(tmp_path: Path) -> None:
    blocked = json.dumps(sorted(dev_only_modules()))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, blocked, str(tmp_path / "index"), *PAGES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().endswith("ok")
