"""Search in languages that need more than spaces and a stemmer: Chinese word segmentation,
Arabic normalization and stemming, Vietnamese tone marks (exact spelling first)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.articles import Article
from core.search import SearchIndex, analyzer_for, build, query_analyzer


def _article(locale: str, slug: str, title: str, text: str) -> Article:
    return Article(
        slug=slug,
        locale=locale,
        title=title,
        summary=title,
        audience=("self",),
        topic="basics",
        last_reviewed=dt.date(2026, 11, 27),
        sources=(),
        related=(),
        html=f"<p>{text}</p>",
        toc=(),
        headings=(),
        text=text,
        body_markdown=text,
    )


def _terms(locale: str, text: str) -> list[str]:
    return [t.text for t in analyzer_for(locale)(text)]


def _search(tmp_path: Path, locale: str, articles: list[Article], q: str) -> list[str]:
    content = {locale: articles}
    build(tmp_path, content)
    return [hit.slug for hit in SearchIndex(tmp_path, content).search(locale, q).hits]


def test_chinese_is_split_into_words_and_the_words_inside_long_ones() -> None:
    terms = _terms("zh", "强化门诊项目需要多少钱")
    assert {"强化", "门诊", "项目", "多少", "钱"} <= set(terms)
    assert "IOP" in _terms("zh", "什么是IOP") or "iop" in _terms("zh", "什么是IOP")


def test_chinese_search_finds_a_word_written_inside_a_longer_one(tmp_path: Path) -> None:
    articles = [
        _article("zh", "iop", "强化门诊项目", "强化门诊项目每周见面几次。"),
        _article("zh", "cost", "费用", "保险和自付费用。"),
    ]
    assert _search(tmp_path, "zh", articles, "门诊")[:1] == ["iop"]
    assert _search(tmp_path, "zh", articles, "门诊一周几次")[:1] == ["iop"]
    assert _search(tmp_path, "zh", articles, "自付多少")[:1] == ["cost"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("العلاج", "علاج"),  # the article
        ("والعلاج", "علاج"),  # and + the article
        ("أدوية", "ادويه"),  # hamza on alef, taa marbuta written as haa
        ("مستشفى", "مستشفي"),  # alef maqsura written as yaa
        ("عِلاج", "علاج"),  # a short-vowel mark
        ("عـــلاج", "علاج"),  # tatweel
    ],
)
def test_arabic_spellings_people_mix_meet_in_one_term(a: str, b: str) -> None:
    assert _terms("ar", a) == _terms("ar", b) != []


def test_arabic_question_words_are_not_what_decides(tmp_path: Path) -> None:
    articles = [
        _article("ar", "cost", "تكلفة العلاج", "كم تكلفة العلاج في البرنامج"),
        _article("ar", "week", "أسبوع في البرنامج", "ما هو الأسبوع في البرنامج"),
    ]
    assert _search(tmp_path, "ar", articles, "ما هي تكلفه العلاج")[:1] == ["cost"]


def test_vietnamese_is_indexed_with_and_without_tone_marks() -> None:
    assert _terms("vi", "Điều trị") == ["điều", "dieu", "trị", "tri"]
    assert [t.text for t in query_analyzer("vi")("Điều trị")] == ["dieu", "tri"]


def test_vietnamese_without_marks_finds_every_spelling_and_exact_spelling_ranks_first(tmp_path: Path) -> None:
    articles = [
        _article("vi", "belongs", "Thuộc về gia đình", "Mọi người thuộc về một gia đình."),
        _article("vi", "medicine", "Thuốc và gia đình", "Thuốc giúp nhiều người trong gia đình."),
    ]
    assert set(_search(tmp_path, "vi", articles, "thuoc")) == {"belongs", "medicine"}
    assert _search(tmp_path, "vi", articles, "thuốc")[0] == "medicine"
    assert _search(tmp_path, "vi", articles, "thuộc")[0] == "belongs"


def test_a_locale_with_no_one_word_lay_terms_still_offers_spellings(tmp_path: Path) -> None:
    from core.search import Synonyms

    articles = [_article("zh", "cost", "保险费用", "保险和自付费用。insurance")]
    content = {"zh": articles}
    build(tmp_path, content)
    index = SearchIndex(tmp_path, content, {"zh": Synonyms.from_mapping({"多少 钱": ["费用"]}, locale="zh")})
    assert index.search("zh", "insurence").suggestion == "insurance"
    assert index.search("zh", "qwertyuiop").suggestion is None  # no index word near, no lay word


def test_traditional_characters_find_the_simplified_articles(tmp_path: Path) -> None:
    articles = [
        _article("zh", "naloxone", "纳洛酮", "纳洛酮可以逆转阿片类药物过量。"),
        _article("zh", "cost", "费用", "保险和自付费用。"),
    ]
    assert _search(tmp_path, "zh", articles, "納洛酮")[:1] == ["naloxone"]
    assert _search(tmp_path, "zh", articles, "保險費用")[:1] == ["cost"]
