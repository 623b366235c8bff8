"""Search snippets: the passages around matched words, escaped, with the matches marked."""

from __future__ import annotations

import re

from core.snippets import snippet


def spans_of(text: str, *words: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), w) for w in words for m in re.finditer(re.escape(w), text)]


def test_matches_are_marked_and_the_text_escaped() -> None:
    text = "Ask about <costs> & cover before you start."
    html = snippet(text, [(text.index("cover"), text.index("cover") + 5, "cover")])
    assert html == "Ask about &lt;costs&gt; &amp; <mark>cover</mark> before you start."


def test_nothing_matched_gives_nothing() -> None:
    assert snippet("Some text.", []) == ""


def test_a_passage_with_more_different_words_wins() -> None:
    filler = " ".join(["word"] * 80)
    text = f"cost cost cost here. {filler} cost and insurance together. {filler} the end."
    html = snippet(text, spans_of(text, "cost", "insurance"), top=1)
    assert "<mark>insurance</mark>" in html
    assert "<mark>cost</mark> and" in html


def test_passages_come_in_reading_order_and_cut_at_whole_words() -> None:
    filler = " ".join(f"w{i}" for i in range(60))
    text = f"{filler} alpha {filler} beta beta {filler}"
    html = snippet(text, spans_of(text, "alpha", "beta"), top=2)
    first, second = html.split(" … ")
    assert "<mark>alpha</mark>" in first and "<mark>beta</mark>" in second
    for part in (first, second):
        plain = re.sub(r"</?mark>", "", part)
        assert all(re.fullmatch(r"w\d+|alpha|beta", word) for word in plain.split())
        assert len(plain) <= 220 + 2 * 60


def test_overlapping_matches_are_marked_once() -> None:
    text = "门诊治疗"
    html = snippet(text, [(0, 2, "门诊"), (1, 3, "诊治"), (2, 4, "治疗")])
    assert html.count("<mark>") == 2
    assert re.sub(r"</?mark>", "", html) == text
