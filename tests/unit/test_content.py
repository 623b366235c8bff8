"""The article set itself: every article exists in every locale, sourced, dated, plain."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from core.articles import load_library
from core.readability import measure

ROOT = Path(__file__).resolve().parents[2]
# The safety library (issue #17): what a frightened person or family needs most.
SAFETY = (
    "overdose-and-naloxone",
    "withdrawal-safety",
    "crisis-care",
    "getting-started",
    "pregnancy-and-postpartum",
    "older-adults",
    "veterans-and-military-families",
    "eating-disorders",
    "early-psychosis",
    "young-adults",
)
# Government, professional and peer-reviewed publishers (hosts ending .gov or .mil count too).
OFFICIAL_HOSTS = (
    "asam.org",
    "ncbi.nlm.nih.gov",
    "pmc.ncbi.nlm.nih.gov",
    "pubmed.ncbi.nlm.nih.gov",
    "acpjournals.org",
    "bmj.com",
    "nejm.org",
    "jamanetwork.com",
    "psychiatryonline.org",
    "jahonline.org",
    "doi.org",
    "cssrs.columbia.edu",
    "acog.org",
)
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
    *SAFETY,
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
        # A source may be cited in its publisher's Spanish edition (marketplace.cms.gov/...-spanish.pdf).
        assert [_edition(s.url) for s in en.sources] == [_edition(s.url) for s in es.sources], slug
        assert en.related == es.related, slug


def _edition(url: str) -> str:
    return url.replace("-spanish.pdf", ".pdf")


def _official(url: str) -> bool:
    host = urlsplit(url).netloc.lower().removeprefix("www.")
    return host.endswith((".gov", ".mil")) or any(host == h or host.endswith("." + h) for h in OFFICIAL_HOSTS)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("slug", SAFETY)
def test_safety_articles_cite_three_sources_two_of_them_official(library, locale: str, slug: str) -> None:
    sources = library.get(locale, slug).article.sources
    assert len(sources) >= 3
    assert sum(_official(s.url) for s in sources) >= 2, [s.url for s in sources]


def test_spanish_sources_in_english_say_so(library) -> None:
    for slug in SAFETY:
        for source in library.get("es", slug).article.sources:
            if not source.url.endswith("-spanish.pdf"):
                assert source.title.endswith("(en inglés)"), f"{slug}: {source.title}"


def test_pictures_are_where_people_look_for_them(library) -> None:
    for locale in LOCALES:
        assert "[[diagram:levels-of-care]]" in library.get(locale, "levels-of-care").article.body_markdown
        assert "[[schedule:week]]" in library.get(locale, "what-a-week-looks-like").article.body_markdown
        for slug in ("insurance-and-iop", "cost-of-iop"):
            assert "[[diagram:coverage-path]]" in library.get(locale, slug).article.body_markdown
