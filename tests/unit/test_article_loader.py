"""The article loader: validated front matter, safe HTML, checked links, loud failures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.articles import ContentError, load_library
from core.markdown_render import GlossaryTerm, RenderContext, glossary_patterns, render

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "content"
GLOSSARY = {
    "en": (
        GlossaryTerm("iop", glossary_patterns(["intensive outpatient program", "IOP"])),
        GlossaryTerm("prior_authorization", glossary_patterns(["prior authorization"])),
    )
}


@pytest.fixture()
def content(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "content")
    return tmp_path / "content"


def test_loads_and_renders_articles() -> None:
    library = load_library(FIXTURES, ("en", "es"), GLOSSARY)
    found = library.get("en", "first")
    assert found and not found.is_fallback
    html = found.article.html
    assert '<a href="/en/articles/second">the second</a>' in html
    assert '<a href="/en/help">' in html
    assert '<h2 id="a-heading">A heading</h2>' in html


def test_raw_html_in_content_is_escaped_not_passed_through() -> None:
    html = load_library(FIXTURES, ("en", "es")).get("en", "first").article.html
    assert "<script" not in html and "<b " not in html
    assert "&lt;script&gt;" in html


def test_glossary_terms_link_on_first_use_only() -> None:
    html = load_library(FIXTURES, ("en", "es"), GLOSSARY).get("en", "first").article.html
    assert html.count('href="/en/glossary#iop"') == 1
    assert html.count('href="/en/glossary#prior_authorization"') == 1


def test_every_glossary_term_in_one_paragraph_links_and_the_longer_phrase_wins() -> None:
    glossary = (
        GlossaryTerm("php", glossary_patterns(["PHP"])),
        GlossaryTerm("php_long", glossary_patterns(["PHP program"])),
        GlossaryTerm("parity", glossary_patterns(["parity"])),
        GlossaryTerm("moud", glossary_patterns(["MOUD"])),
    )
    ctx = RenderContext("en", frozenset(), glossary)
    html = render("A PHP program, parity rules and MOUD, then MOUD again.", ctx).html
    assert '<a class="gloss" href="/en/glossary#php_long">PHP program</a>' in html
    assert (
        'href="/en/glossary#parity">parity</a> rules and <a class="gloss" href="/en/glossary#moud">MOUD</a>'
        in html
    )
    assert html.count("#moud") == 1 and "then MOUD again" in html


def test_spanish_links_get_the_spanish_prefix() -> None:
    html = load_library(FIXTURES, ("en", "es")).get("es", "first").article.html
    assert 'href="/es/articles/second"' in html


def test_missing_translation_falls_back_to_english() -> None:
    found = load_library(FIXTURES, ("en", "es")).get("es", "second")
    assert found.is_fallback and found.article.locale == "en"


def _edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text().replace(old, new, 1))


@pytest.mark.parametrize(
    "old,new,message",
    [
        ('title: "First article"\n', "", "title: Field required"),
        (
            "last_reviewed: 2026-11-23",
            "last_reviewed: someday",
            "last_reviewed: Input should be a valid date",
        ),
        ("related: [second]", "related: [nowhere]", r"related: Value error, unknown articles \['nowhere'\]"),
        ("(/articles/second)", "(/articles/nowhere)", "broken link"),
        ("(/help)", "(/helpp)", "broken link"),
        ("topic: basics", "topic: misc", "topic: Input should be 'safety', 'basics'"),
        ("audience: [self]", "audience: [everyone]", r"audience\[0\]: Input should be 'self'"),
        ("https://www.samhsa.gov/", "https://www.zlibrary.cc/dl/x", "not a mirror"),
        ("## A heading", "[[helpline:nowhere]]", "shortcode"),
    ],
)
def test_broken_content_fails_loudly_naming_file_and_field(
    content: Path, old: str, new: str, message: str
) -> None:
    _edit(content / "en" / "first.md", old, new)
    with pytest.raises(ContentError, match=message) as error:
        load_library(content, ("en", "es"))
    assert "first.md" in str(error.value)


def test_translation_without_english_original_fails(content: Path) -> None:
    shutil.copy(content / "es" / "first.md", content / "es" / "orphan.md")
    with pytest.raises(ContentError, match="no English original"):
        load_library(content, ("en", "es"))


def test_content_for_an_unserved_locale_fails(content: Path) -> None:
    (content / "fr").mkdir()
    with pytest.raises(ContentError, match="does not serve"):
        load_library(content, ("en", "es"))


def test_a_translation_says_where_it_came_from_and_whether_it_was_reviewed() -> None:
    article = load_library(FIXTURES, ("en", "es")).get("es", "first").article
    assert article.translation is not None
    assert (article.translation.source, str(article.translation.date)) == ("en", "2026-11-24")
    assert article.translation.medical_review is False


@pytest.mark.parametrize(
    ("path", "old", "new", "message"),
    [
        (
            "es/first.md",
            "translation: {source: en, date: 2026-11-24, medical_review: false}\n",
            "",
            "needs a translation",
        ),
        (
            "en/first.md",
            "last_reviewed: 2026-11-23\n",
            "last_reviewed: 2026-11-23\ntranslation: {source: en, date: 2026-11-24, medical_review: false}\n",
            "is the original",
        ),
        ("es/first.md", "medical_review: false", "medical_review: maybe", "medical_review"),
    ],
)
def test_translation_blocks_are_required_exactly_where_they_belong(
    content: Path, path: str, old: str, new: str, message: str
) -> None:
    _edit(content / path, old, new)
    with pytest.raises(ContentError, match=message):
        load_library(content, ("en", "es"))


def test_glossary_terms_link_inside_chinese_text_but_not_inside_latin_words() -> None:
    glossary = (
        GlossaryTerm("iop", glossary_patterns(["强化门诊项目", "IOP"], chinese=True)),
        GlossaryTerm("php", glossary_patterns(["PHP"], chinese=True)),
    )
    html = render(
        "您可以参加强化门诊项目。PHPX不是，很多PHP每周见面。", RenderContext("zh", frozenset(), glossary)
    ).html
    assert '参加<a class="gloss" href="/zh/glossary#iop">强化门诊项目</a>。' in html
    assert "。PHPX不是" in html  # inside a Latin word: not the term
    assert '很多<a class="gloss" href="/zh/glossary#php">PHP</a>每周' in html


def test_arabic_glossary_terms_link_after_an_attached_and_or_with() -> None:
    glossary = (GlossaryTerm("deductible", glossary_patterns(["المبلغ المستقطع"])),)
    html = render("ادفع والمبلغ المستقطع أولا.", RenderContext("ar", frozenset(), glossary)).html
    assert 'ادفع و<a class="gloss" href="/ar/glossary#deductible">المبلغ المستقطع</a> أولا.' in html
    # Not inside another word.
    html = render("كلمةالمبلغ المستقطع", RenderContext("ar", frozenset(), glossary)).html
    assert "gloss" not in html
