"""The article set itself: every article exists in every locale, sourced, dated, plain."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from core.articles import load_library
from core.readability import measure
from tests.locales import CORE_ARTICLES, FULL, LOCALES, NEW

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
# Every article in every full locale; the core articles in the newer ones (others fall back).
EXPECTED = [(loc, slug) for loc in FULL for slug in REQUIRED] + [
    (loc, slug) for loc in NEW for slug in CORE_ARTICLES
]
# A phone number or short code written into an article (numbers must come from the data).
SHORTCODE = re.compile(r"\[\[[^\]]+\]\]")
PHONE_LIKE = re.compile(r"\b988\b|\b\d{3}[-.\s]\d{3}[-.\s]\d{4}\b|1-800|\b741741\b|\b911\b")


@pytest.fixture(scope="module")
def library():
    # No shortcode renderer here: shortcodes are checked by the app's own start-up test.
    return load_library(ROOT / "content", LOCALES, shortcode=lambda kind, arg, locale: "")


@pytest.mark.parametrize("locale", LOCALES)
def test_every_required_article_exists(library, locale: str) -> None:
    missing = [slug for loc, slug in EXPECTED if loc == locale and not library.has_translation(locale, slug)]
    assert not missing, f"{locale} is missing {missing}"


@pytest.mark.parametrize(("locale", "slug"), EXPECTED)
def test_article_is_sourced_dated_and_plain(library, locale: str, slug: str) -> None:
    found = library.get(locale, slug)
    assert found and not found.is_fallback
    article = found.article
    assert len(article.sources) >= 2
    assert article.last_reviewed.year >= 2026
    assert len(article.toc) >= 2, "organised with headings"
    result = measure(article.body_markdown, locale)
    print(
        f"{locale}/{slug}: {result.words} {'characters' if locale == 'zh' else 'words'}, {result.measure} {result.score:.1f}"
    )
    if locale in FULL:
        assert 500 <= result.words <= 1500, f"{result.words} words"
    assert result.passes, f"{result.measure} = {result.score:.1f}"


@pytest.mark.parametrize(("locale", "slug"), [(loc, slug) for loc, slug in EXPECTED if loc != "en"])
def test_a_translation_keeps_the_originals_structure(library, locale: str, slug: str) -> None:
    """Same sections, lists, links and shortcodes as the English: nothing left out or added."""
    en, tr = library.get("en", slug).article, library.get(locale, slug).article
    assert len(tr.toc) == len(en.toc), "headings"
    # Spanish adds the Lifeline's Spanish option after each 988 (the content guide's rule).
    extra = "[[helpline:us-988-es]]" if locale == "es" else None
    for pattern in (r"\[\[[^\]]+\]\]", r"\]\((/[^)]*)\)"):
        found = [m for m in re.findall(pattern, tr.body_markdown) if m != extra]
        assert found == [m for m in re.findall(pattern, en.body_markdown) if m != extra], pattern
    assert tr.body_markdown.count("\n- ") + tr.body_markdown.count("\n1. ") >= 0.8 * (
        en.body_markdown.count("\n- ") + en.body_markdown.count("\n1. ")
    ), "lists"


@pytest.mark.parametrize("locale", LOCALES)
def test_articles_never_hard_code_a_phone_number(locale: str) -> None:
    for path in sorted((ROOT / "content" / locale).glob("*.md")):
        body = path.read_text().split("---", 2)[2]
        found = PHONE_LIKE.findall(SHORTCODE.sub("", body))
        assert not found, f"{path.name}: use a [[helpline:…]] shortcode instead of {found}"


def test_translations_keep_the_same_sources_and_links(library) -> None:
    for locale, slug in EXPECTED:
        en, tr = library.get("en", slug).article, library.get(locale, slug).article
        # A source may be cited in its publisher's Spanish edition (marketplace.cms.gov/...-spanish.pdf).
        assert [_edition(s.url) for s in en.sources] == [_edition(s.url) for s in tr.sources], (locale, slug)
        assert en.related == tr.related, (locale, slug)


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


# How a translation marks a source that is only in English.
IN_ENGLISH = {"es": "(en inglés)", "zh": "(英文)", "vi": "(tiếng Anh)", "ar": "(بالإنجليزية)"}


@pytest.mark.parametrize("locale", [loc for loc in LOCALES if loc != "en"])
def test_translated_articles_say_which_sources_are_in_english(library, locale: str) -> None:
    for slug in SAFETY:
        found = library.get(locale, slug)
        if found.is_fallback:
            continue
        for source in found.article.sources:
            if not source.url.endswith("-spanish.pdf"):
                assert source.title.endswith(IN_ENGLISH[locale]), f"{slug}: {source.title}"


def test_pictures_are_where_people_look_for_them(library) -> None:
    for locale in LOCALES:
        assert "[[diagram:levels-of-care]]" in library.get(locale, "levels-of-care").article.body_markdown
        assert "[[schedule:week]]" in library.get(locale, "what-a-week-looks-like").article.body_markdown
        for slug in ("insurance-and-iop", "cost-of-iop"):
            assert "[[diagram:coverage-path]]" in library.get(locale, slug).article.body_markdown
