"""Articles: front matter + Markdown → validated Article objects, held in a Library.

Loading fails loudly, naming the file and field, so a broken article stops start-up (and the
test suite) instead of reaching a reader.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import frontmatter
import yaml

from core.markdown_render import GlossaryTerm, RenderContext, RenderError, render
from core.readability import plain_text

REQUIRED_FIELDS = ("title", "summary", "audience", "topic", "last_reviewed", "sources", "related")
AUDIENCES = ("self", "family", "professional")
TOPICS = ("basics", "treatment", "paying", "living", "support")
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


class ContentError(ValueError):
    """A content file breaks a rule; the message names the file and the field."""


@dataclass(frozen=True)
class Source:
    title: str
    publisher: str
    url: str


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


def _fail(path: Path, field: str, problem: str) -> ContentError:
    return ContentError(f"{path}: field '{field}': {problem}")


def _text(path: Path, meta: Mapping, field: str) -> str:
    value = meta.get(field)
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, field, "must be non-empty text")
    return value.strip()


def _sources(path: Path, raw: object) -> tuple[Source, ...]:
    if not isinstance(raw, list) or not raw:
        raise _fail(path, "sources", "must be a non-empty list")
    sources = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict):
            raise _fail(path, f"sources[{index}]", "must have title, publisher and url")
        values = {}
        for key in ("title", "publisher", "url"):
            value = item.get(key)
            if not isinstance(value, str) or not value.strip():
                raise _fail(path, f"sources[{index}].{key}", "is missing")
            values[key] = value.strip()
        parts = urlsplit(values["url"])
        if parts.scheme not in ("https", "http") or not parts.netloc:
            raise _fail(path, f"sources[{index}].url", f"not a web address: {values['url']}")
        if any(host in parts.netloc for host in MIRROR_HOSTS):
            raise _fail(path, f"sources[{index}].url", f"cite the publisher, not a mirror: {parts.netloc}")
        sources.append(Source(**values))
    return tuple(sources)


def _date(path: Path, raw: object) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    try:
        return dt.date.fromisoformat(str(raw))
    except ValueError:
        raise _fail(path, "last_reviewed", f"not a date (YYYY-MM-DD): {raw!r}") from None


def _list(path: Path, meta: Mapping, field: str, allowed: Iterable[str] | None) -> tuple[str, ...]:
    raw = meta.get(field)
    if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
        raise _fail(path, field, "must be a list of ids")
    if allowed is not None:
        unknown = set(raw) - set(allowed)
        if unknown or not raw:
            raise _fail(path, field, f"unknown or empty: {sorted(unknown)}; allowed: {list(allowed)}")
    return tuple(raw)


def read_article(
    path: Path,
    locale: str,
    slugs: frozenset[str],
    glossary: tuple[GlossaryTerm, ...] = (),
    shortcode: Callable[[str, str, str], str] | None = None,
) -> Article:
    try:
        post = frontmatter.load(path)
    except (yaml.YAMLError, ValueError) as err:
        raise ContentError(f"{path}: front matter is not valid YAML: {err}") from None
    meta = post.metadata
    for field in REQUIRED_FIELDS:
        if field not in meta:
            raise _fail(path, field, "is missing")
    topic = _text(path, meta, "topic")
    if topic not in TOPICS:
        raise _fail(path, "topic", f"unknown topic {topic!r}; allowed: {list(TOPICS)}")
    related = _list(path, meta, "related", None)
    for slug in related:
        if slug not in slugs:
            raise _fail(path, "related", f"unknown article {slug!r}")
    ctx = RenderContext(locale=locale, article_slugs=slugs, glossary=glossary, shortcode=shortcode)
    try:
        rendered = render(post.content, ctx)
    except (RenderError, KeyError) as err:
        raise _fail(path, "body", str(err)) from None
    return Article(
        slug=path.stem,
        locale=locale,
        title=_text(path, meta, "title"),
        summary=_text(path, meta, "summary"),
        audience=_list(path, meta, "audience", AUDIENCES),
        topic=topic,
        last_reviewed=_date(path, meta["last_reviewed"]),
        sources=_sources(path, meta["sources"]),
        related=related,
        html=rendered.html,
        toc=rendered.toc,
        headings=rendered.headings,
        text=plain_text(post.content),
        body_markdown=post.content,
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
            article = read_article(path, locale, originals, (glossaries or {}).get(locale, ()), shortcode)
            articles[(locale, path.stem)] = article
            original = articles.get((default, path.stem))
            if original and (original.topic, original.audience) != (article.topic, article.audience):
                raise _fail(path, "topic", "topic and audience must match the English original")
    return Library(articles, locales)
