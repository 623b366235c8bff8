"""The search index: atomic builds, staleness, safe queries, read-only reuse."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from core.articles import load_library
from core.search import MAX_QUERY_CHARS, QueryTooLong, SearchIndex, analyzer_for, build, is_stale

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "content"


@pytest.fixture(scope="module")
def content() -> dict:
    library = load_library(FIXTURES, ("en", "es"))
    return {loc: library.translated(loc) for loc in ("en", "es")}


def test_build_switches_atomically_and_records_content_hash(tmp_path: Path, content: dict) -> None:
    assert is_stale(tmp_path, content)
    first = build(tmp_path, content)
    assert (tmp_path / "current").resolve() == first.resolve()
    assert not is_stale(tmp_path, content)
    second = build(tmp_path, content)
    assert (tmp_path / "current").resolve() == second.resolve() != first.resolve()
    assert SearchIndex(tmp_path, content).search("en", "second").hits[0].slug == "second"


def test_readers_never_see_half_an_index_during_concurrent_builds(tmp_path: Path, content: dict) -> None:
    build(tmp_path, content)
    errors: list[BaseException] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                assert SearchIndex(tmp_path, content).search("en", "article").total == 2
            except BaseException as error:
                errors.append(error)
                return

    def write() -> None:
        try:
            for _ in range(3):
                build(tmp_path, content)
        except BaseException as error:
            errors.append(error)

    readers = [threading.Thread(target=read) for _ in range(2)]
    writers = [threading.Thread(target=write) for _ in range(2)]  # two "processes" at once
    for t in readers + writers:
        t.start()
    for t in writers:
        t.join()
    stop.set()
    for t in readers:
        t.join()
    assert not errors, errors


def test_changed_content_makes_the_index_stale(tmp_path: Path, content: dict) -> None:
    build(tmp_path, content)
    changed = {**content, "en": content["en"][:1]}
    assert is_stale(tmp_path, changed)


@pytest.mark.parametrize("query", ['"', "(((", "title:x", "AND", "*", "\x00", "😀", "a" * MAX_QUERY_CHARS])
def test_syntax_characters_are_plain_words(tmp_path: Path, content: dict, query: str) -> None:
    build(tmp_path, content)
    SearchIndex(tmp_path, content).search("en", query)  # never raises


def test_overlong_query_is_rejected(tmp_path: Path, content: dict) -> None:
    build(tmp_path, content)
    with pytest.raises(QueryTooLong):
        SearchIndex(tmp_path, content).search("en", "a" * (MAX_QUERY_CHARS + 1))


def test_accent_folding_and_stemming() -> None:
    es = [t.text for t in analyzer_for("es")("Médico médicos")]
    assert es[0] == es[1] == next(t.text for t in analyzer_for("es")("medico"))
    assert [t.text for t in analyzer_for("en")("programs")] == [t.text for t in analyzer_for("en")("program")]


def test_searchers_are_reused_until_the_build_changes(tmp_path: Path, content: dict) -> None:
    build(tmp_path, content)
    index = SearchIndex(tmp_path, content)
    opened = index._current.get()
    assert index._searcher(opened, "en") is index._searcher(opened, "en")
    build(tmp_path, content)
    assert index._searcher(index._current.get(), "en") is not index._searcher(opened, "en")


def test_totals_are_exact_and_pages_hold_the_rest(tmp_path: Path, content: dict) -> None:
    import dataclasses

    first = content["en"][0]
    many = {"en": [dataclasses.replace(first, slug=f"copy-{i}") for i in range(25)], "es": content["es"]}
    build(tmp_path, many)
    index = SearchIndex(tmp_path, many)
    word = first.title.split()[-1]
    pages = [index.search("en", word, page) for page in (1, 2, 3)]
    assert [p.total for p in pages] == [25, 25, 25]
    assert [len(p.hits) for p in pages] == [10, 10, 5]
    assert pages[0].pages == 3
    assert len({h.slug for p in pages for h in p.hits}) == 25


def test_a_word_in_every_article_does_not_drown_a_rarer_one(tmp_path: Path, content: dict) -> None:
    import dataclasses

    first, second = content["en"]
    many = {"en": [dataclasses.replace(first, slug=f"copy-{i}") for i in range(25)] + [second]}
    build(tmp_path, many)
    index = SearchIndex(tmp_path, many)
    assert index.search("en", "article").total == 26  # alone, a common word still finds
    found = index.search("en", "article another")  # "another" is only in the second summary
    assert [h.slug for h in found.hits] == ["second"]


def test_visitors_words_are_not_remembered_by_the_stemmer() -> None:
    # Whoosh's stemmer keeps recent words by default; a visitor's words must not stay behind.
    from whoosh.analysis import StemFilter

    from core.search import query_analyzer

    stemmers = [f for f in query_analyzer("en").items if isinstance(f, StemFilter)]
    assert stemmers, "the English query analyzer stems"
    list(query_analyzer("en")("relapsing"))
    assert all(not hasattr(f._stem, "cache_info") for f in stemmers)


def test_vocabulary_holds_the_index_words_only(tmp_path: Path, content: dict) -> None:
    build(tmp_path, content)
    index = SearchIndex(tmp_path, content)
    before = index.vocabulary("en")
    index.search("en", "zebrafication quokkas")
    after = index.vocabulary("en")
    assert after is before and "zebrafic" not in after.reach and "zebrafication" not in after.spelled
    title_word = next(t.text for t in analyzer_for("en")(content["en"][0].title))
    assert after.reach[title_word] >= 1 and after.named([title_word])
