"""Print word count and reading level of articles: python scripts/readability.py content/en/*.md"""

from __future__ import annotations

import sys
from pathlib import Path

import frontmatter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from core.readability import measure


def main(paths: list[str]) -> int:
    failed = 0
    for raw in paths:
        path = Path(raw)
        locale = path.parent.name
        result = measure(frontmatter.load(path).content, locale)
        ok = result.passes and 500 <= result.words <= 1500
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {path}: {result.words} words, {result.measure}={result.score:.1f}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
