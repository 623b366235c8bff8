"""Articles: front matter + Markdown → validated Article objects, held in a Library.

Loading fails loudly, naming the file and field, so a broken article stops start-up (and the
test suite) instead of reaching a reader.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

import frontmatter
import yaml
from pydantic import AfterValidator, Field, ValidationInfo, field_validator

from core.datafiles import DataError, Strict, Text, WebUrl, validate
from core.markdown_render import GlossaryTerm, RenderContext, RenderError, render

AUDIENCES = ("self", "family", "professional")
TOPICS = ("safety", "basics", "treatment", "paying", "living", "people", "support")
# Copies and mirrors of official documents: an article cites the publisher's own page instead.
MIRROR_HOSTS = (
    "zlibrary",
    "abcdocz",
    "docest",
    "paulearley",
    "vdocuments",
    "pressbooks",
    "einpresswire",
    "newsnuzzle",
    "metroobserver",
    "forgingnewlives",
    "blogspot",
    "altruwe",
    "docslib",
    "elb.amazonaws.com",
    "webarchive",
    "archive.org",
)
TOC_MIN_HEADINGS = 4  # shorter articles read fine without a table of contents


# One error type for every content and data file: the message names the file and the field.
ContentError = DataError


def _publisher_page(url: str) -> str:
    host = urlsplit(url).netloc
    if any(mirror in host for mirror in MIRROR_HOSTS):
        raise ValueError(f"cite the publisher, not a mirror: {host}")
    return url


class Source(Strict):
    title: Text
    publisher: Text
    url: Annotated[WebUrl, AfterValidator(_publisher_page)]


class Translation(Strict):
    """Where a translated article came from, and whether a qualified medical translator checked it.

    Language-access rules ask for qualified human review of translated health content; until
    that review happens, the page says so and links to the original.
    """

    source: Literal["en"]
    date: dt.date
    medical_review: bool


class FrontMatter(Strict):
    """The YAML between the `---` lines at the top of an article."""

    title: Text
    summary: Text
    audience: Annotated[tuple[Literal["self", "family", "professional"], ...], Field(min_length=1)]
    topic: Literal[TOPICS]  # type: ignore[valid-type]
    last_reviewed: dt.date
    translation: Translation | None = None  # required in every locale but the original's
    sources: Annotated[tuple[Source, ...], Field(min_length=1)]
    related: tuple[Text, ...]

    @field_validator("related")
    @classmethod
    def _known_articles(cls, related: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        slugs = (info.context or {}).get("slugs")
        unknown = [slug for slug in related if slugs is not None and slug not in slugs]
        if unknown:
            raise ValueError(f"unknown articles {unknown}")
        return related


@dataclass(frozen=True)
class Article:
    slug: str
    locale: str
    title: str
    summary: str
    audience: tuple[str, ...]
    topic: str
    last_reviewed: dt.date
    sources: tuple[Source, ...]
    related: tuple[str, ...]
    html: str
    toc: tuple[tuple[str, str], ...]
    headings: tuple[str, ...]
    text: str  # plain body text, for search and reading-level checks
    body_markdown: str
    translation: Translation | None = None

    @property
    def show_toc(self) -> bool:
        return len(self.toc) >= TOC_MIN_HEADINGS


@dataclass(frozen=True)
class Found:
    article: Article
    is_fallback: bool  # True when the English original stands in for a missing translation


class Library:
    def __init__(self, articles: Mapping[tuple[str, str], Article], locales: Iterable[str]):
        self._articles = dict(articles)
        self.locales = tuple(locales)
        self.default_locale = self.locales[0]
        self.slugs = tuple(sorted(slug for (loc, slug) in self._articles if loc == self.default_locale))

    def get(self, locale: str, slug: str) -> Found | None:
        if (locale, slug) in self._articles:
            return Found(self._articles[(locale, slug)], False)
        if (self.default_locale, slug) in self._articles:
            return Found(self._articles[(self.default_locale, slug)], True)
        return None

    def has_translation(self, locale: str, slug: str) -> bool:
        return (locale, slug) in self._articles

    def all(self, locale: str) -> list[Found]:
        found = (self.get(locale, slug) for slug in self.slugs)
        return sorted((f for f in found if f), key=lambda f: f.article.title.casefold())

    def by_topic(self, locale: str, audience: str | None = None) -> dict[str, list[Found]]:
        groups: dict[str, list[Found]] = {topic: [] for topic in TOPICS}
        for found in self.all(locale):
            if audience is None or audience in found.article.audience:
                groups[found.article.topic].append(found)
        return {topic: items for topic, items in groups.items() if items}

    def translated(self, locale: str) -> list[Article]:
        """Only the articles written in this locale (the search index holds these)."""
        return [a for (loc, _), a in sorted(self._articles.items()) if loc == locale]


def read_article(
    path: Path,
    locale: str,
    slugs: frozenset[str],
    glossary: tuple[GlossaryTerm, ...] = (),
    shortcode: Callable[[str, str, str], str] | None = None,
    original_locale: str = "en",
) -> Article:
    try:
        post = frontmatter.load(path)
    except (yaml.YAMLError, ValueError) as err:
        raise ContentError(f"{path}: front matter is not valid YAML: {err}") from None
    meta = validate(path, FrontMatter, post.metadata, context={"slugs": slugs})
    if (meta.translation is None) != (locale == original_locale):
        needs = "needs" if locale != original_locale else "is the original and has no"
        raise ContentError(f"{path}: translation: {needs} a translation block (source, date, medical_review)")
    ctx = RenderContext(locale=locale, article_slugs=slugs, glossary=glossary, shortcode=shortcode)
    try:
        rendered = render(post.content, ctx)
    except (RenderError, KeyError) as err:
        raise ContentError(f"{path}: body: {err}") from None
    return Article(
        slug=path.stem,
        locale=locale,
        title=meta.title,
        summary=meta.summary,
        audience=meta.audience,
        topic=meta.topic,
        last_reviewed=meta.last_reviewed,
        sources=meta.sources,
        related=meta.related,
        html=rendered.html,
        toc=rendered.toc,
        headings=rendered.headings,
        text=rendered.text,
        body_markdown=post.content,
        translation=meta.translation,
    )


def load_library(
    content_dir: str | Path,
    locales: Iterable[str],
    glossaries: Mapping[str, tuple[GlossaryTerm, ...]] | None = None,
    shortcode: Callable[[str, str, str], str] | None = None,
) -> Library:
    root = Path(content_dir)
    locales = tuple(locales)
    default = locales[0]
    originals = frozenset(p.stem for p in (root / default).glob("*.md"))
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if folder.name not in locales:
            raise ContentError(f"{folder}: content for a locale the site does not serve")
    articles: dict[tuple[str, str], Article] = {}
    for locale in locales:
        for path in sorted((root / locale).glob("*.md")):
            if path.stem not in originals:
                raise ContentError(f"{path}: no English original {root / default / path.name}")
            article = read_article(
                path, locale, originals, (glossaries or {}).get(locale, ()), shortcode, default
            )
            articles[(locale, path.stem)] = article
            original = articles.get((default, path.stem))
            if original and (original.topic, original.audience) != (article.topic, article.audience):
                raise ContentError(f"{path}: topic: topic and audience must match the English original")
    return Library(articles, locales)
