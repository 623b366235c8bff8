"""Search benchmark: index build time, size and query latency for the real corpus and
synthetic corpora 10x and 100x its size, per locale."""

from __future__ import annotations

import dataclasses
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.articles import load_library  # noqa: E402
from core.search import SearchIndex, build, load_synonyms  # noqa: E402

QUERIES = {
    "en": [
        "rehab cost",
        "how many hours",
        "insurance denied",
        "my son",
        "detox",
        "virtual iop",
        "depression",
        "sliding scale",
        "what happens after",
        "insurence",
        "medicare",
        "family",
    ],
    "es": [
        "seguro médico",
        "mi hijo",
        "cuánto cuesta",
        "cuantas horas",
        "desintoxicacion",
        "terapia en linea",
        "depresion",
        "escala movil",
        "recaída",
        "seguro medicoo",
        "medicare",
        "familia",
    ],
}
LOCALES = ("en", "es")


def synthetic(articles: list, factor: int, seed: int = 7) -> list:
    """`factor` copies of each article, with shuffled sentences so postings differ."""
    rng = random.Random(seed)
    out = []
    for copy in range(factor):
        for article in articles:
            sentences = article.text.split(". ")
            rng.shuffle(sentences)
            out.append(dataclasses.replace(article, slug=f"{article.slug}-{copy}", text=". ".join(sentences)))
    return out


def percentile(sorted_values: list[float], p: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(p / 100 * len(sorted_values)))]


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> None:
    library = load_library(
        Path(os.environ.get("IOP_CONTENT_DIR", ROOT / "content")), LOCALES, shortcode=lambda *_: ""
    )
    synonyms = {loc: load_synonyms(ROOT / "data" / "synonyms" / f"{loc}.yaml") for loc in LOCALES}
    print(f"# Search benchmark ({time.strftime('%Y-%m-%d')}, {platform.node()} · {os.cpu_count()} cores)\n")
    print("| corpus | documents | build s | size on disk | locale | p50 ms | p95 ms | p99 ms |")
    print("|---|---|---|---|---|---|---|---|")
    for factor in (1, 10, 100):
        corpus = {
            loc: synthetic(library.translated(loc), factor) if factor > 1 else library.translated(loc)
            for loc in LOCALES
        }
        with tempfile.TemporaryDirectory() as tmp:
            began = time.perf_counter()
            build(tmp, corpus)
            build_s = time.perf_counter() - began
            size = folder_size(Path(tmp) / "current")
            index = SearchIndex(tmp, corpus, synonyms)
            for loc in LOCALES:
                for q in QUERIES[loc]:  # warm the searcher
                    index.search(loc, q)
                timings = []
                for _ in range(20):
                    for q in QUERIES[loc]:
                        start = time.perf_counter()
                        index.search(loc, q)
                        timings.append((time.perf_counter() - start) * 1000)
                timings.sort()
                docs = len(corpus[loc])
                print(
                    f"| {factor}x | {docs} | {build_s:.1f} | {size / 1024 / 1024:.1f} MB | {loc} | "
                    f"{statistics.median(timings):.2f} | {percentile(timings, 95):.2f} | {percentile(timings, 99):.2f} |"
                )


def detection() -> None:
    """The danger check's cost per query (core/danger.py), on the blind sets' queries."""
    import yaml

    from core.danger import load_danger_words
    from core.words import is_real_word

    print("\n| danger check | queries | p50 ms | p95 ms | p99 ms |")
    print("|---|---|---|---|---|")
    for loc in LOCALES:
        words = load_danger_words(ROOT / "data" / "danger" / f"{loc}.yaml")
        data = yaml.safe_load((ROOT / "tests" / "data" / "danger_blind" / f"{loc}.yaml").read_text())
        queries = [q for qs in data["danger"].values() for q in qs] + data["everyday"]
        for q in queries[:20]:
            words.check(q, lambda w, loc=loc: is_real_word(w, loc))  # warm the word lists
        timings = []
        for q in queries:
            start = time.perf_counter()
            words.check(q, lambda w, loc=loc: is_real_word(w, loc))
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        print(
            f"| {loc} | {len(queries)} | {statistics.median(timings):.2f} | {percentile(timings, 95):.2f} | "
            f"{percentile(timings, 99):.2f} |"
        )


if __name__ == "__main__":
    main()
    detection()
