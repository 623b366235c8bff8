"""The article set itself: every article exists in every locale, sourced, dated, plain."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.articles import load_library
from core.readability import measure

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = (
    "what-is-an-iop",
    "who-iop-is-for",
    "what-a-week-looks-like",
    "levels-of-care",
    "therapies-used-in-iop",
    "iop-for-mental-health",
    "iop-for-substance-use",
    "co-occurring-conditions",
    "virtual-iop",
    "iop-for-teens",
    "cost-of-iop",
    "insurance-and-iop",
    "paying-without-insurance",
    "stigma-and-iop",
    "choosing-a-program",
    "supporting-someone-in-iop",
    "referring-to-iop",
    "after-iop",
    "faq",
)
LOCALES = ("en", "es")
# A phone number or short code written into an article (numbers must come from the data).
SHORTCODE = re.compile(r"\[\[[^\]]+\]\]")
PHONE_LIKE = re.compile(r"\b988\b|\b\d{3}[-.\s]\d{3}[-.\s]\d{4}\b|1-800|\b741741\b|\b911\b")


@pytest.fixture(scope="module")
def library():
    # No shortcode renderer here: shortcodes are checked by the app's own start-up test.
    return load_library(ROOT / "content", LOCALES, shortcode=lambda kind, arg, locale: "")


@pytest.mark.parametrize("locale", LOCALES)
def test_every_required_article_exists(library, locale: str) -> None:
    missing = [slug for slug in REQUIRED if not library.has_translation(locale, slug)]
    assert not missing, f"{locale} is missing {missing}"


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("slug", REQUIRED)
def test_article_is_sourced_dated_and_plain(library, locale: str, slug: str) -> None:
    found = library.get(locale, slug)
    assert found and not found.is_fallback
    article = found.article
    assert len(article.sources) >= 2
    assert article.last_reviewed.year >= 2026
    assert len(article.toc) >= 2, "organised with headings"
    result = measure(article.body_markdown, locale)
    print(f"{locale}/{slug}: {result.words} words, {result.measure} {result.score:.1f}")
    assert 500 <= result.words <= 1500, f"{result.words} words"
    assert result.passes, f"{result.measure} = {result.score:.1f}"


@pytest.mark.parametrize("locale", LOCALES)
def test_articles_never_hard_code_a_phone_number(locale: str) -> None:
    for path in sorted((ROOT / "content" / locale).glob("*.md")):
        body = path.read_text().split("---", 2)[2]
        found = PHONE_LIKE.findall(SHORTCODE.sub("", body))
        assert not found, f"{path.name}: use a [[helpline:…]] shortcode instead of {found}"


def test_translations_keep_the_same_sources_and_links(library) -> None:
    for slug in REQUIRED:
        en, es = library.get("en", slug).article, library.get("es", slug).article
        assert [s.url for s in en.sources] == [s.url for s in es.sources], slug
        assert en.related == es.related, slug


def test_pictures_are_where_people_look_for_them(library) -> None:
    for locale in LOCALES:
        assert "[[diagram:levels-of-care]]" in library.get(locale, "levels-of-care").article.body_markdown
        assert "[[schedule:week]]" in library.get(locale, "what-a-week-looks-like").article.body_markdown
        for slug in ("insurance-and-iop", "cost-of-iop"):
            assert "[[diagram:coverage-path]]" in library.get(locale, slug).article.body_markdown
