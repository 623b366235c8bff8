"""Markdown → safe HTML for articles: raw HTML escaped, site links checked and localized,
glossary terms linked on first use, shortcodes swapped for trusted fragments."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.toc import slugify_unicode
from markdown.treeprocessors import Treeprocessor

from core.plain_text import html_text
from core.text import HAN, has_han


class RenderError(ValueError):
    """A problem in one article's body; the loader adds the file name."""


# Pages an article may link to, without the locale prefix. Checked at load time so a typo in
# content fails the build instead of sending a reader to a 404.
STATIC_PAGES = {
    "/articles/",
    "/help",
    "/paying-for-care",
    "/screener",
    "/glossary",
    "/search",
    "/for-professionals",
    "/privacy",
    "/find-care",
    "/find-care/calling",
}
QUERY_RULES = {"/paying-for-care": {"coverage"}, "/help": {"country"}, "/search": {"q"}}
SHORTCODE = re.compile(r"\[\[([a-z]+):([a-z0-9-]+)\]\]")
_TOKEN = "@@shortcode{}@@"  # plain characters that Markdown and nh3 leave alone
_TOKENS = re.compile(r"@@shortcode\d+@@")

ALLOWED_TAGS = {
    "a",
    "abbr",
    "blockquote",
    "br",
    "caption",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "span",
    "strong",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
}
ALLOWED_ATTRS = {
    "a": {"href", "title", "class"},
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "h5": {"id"},
    "h6": {"id"},
    "th": {"scope", "colspan", "rowspan", "align"},
    "td": {"colspan", "rowspan", "align"},
    "span": {"class"},
    "div": {"class"},
}


@dataclass(frozen=True)
class GlossaryTerm:
    id: str
    patterns: tuple[re.Pattern[str], ...]
    # The phrases, case-folded: a block that contains none of them is not searched at all.
    needles: tuple[str, ...] = ()


@dataclass
class RenderContext:
    locale: str
    article_slugs: frozenset[str]
    glossary: tuple[GlossaryTerm, ...] = ()
    # Renders a shortcode (kind, argument, locale) to trusted HTML; raises on unknown ones.
    shortcode: Callable[[str, str, str], str] | None = None
    internal_links: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Rendered:
    html: str
    toc: tuple[tuple[str, str], ...]  # (anchor id, heading text) for ## headings
    headings: tuple[str, ...]
    internal_links: frozenset[str]
    text: str  # the words a reader reads (shortcodes left out), for search and snippets


def _check_site_link(href: str, ctx: RenderContext) -> str:
    parts = urlsplit(href)
    path = parts.path
    if parts.fragment:
        raise RenderError(f"link {href!r}: no #anchors into other pages")
    if path.startswith("/articles/") and path != "/articles/":
        slug = path.removeprefix("/articles/")
        if slug not in ctx.article_slugs:
            raise RenderError(f"broken link {href!r}: no article {slug!r}")
    elif path not in STATIC_PAGES:
        raise RenderError(f"broken link {href!r}: not a page of this site")
    if parts.query:
        keys = {pair.split("=", 1)[0] for pair in parts.query.split("&")}
        if not keys <= QUERY_RULES.get(path, set()):
            raise RenderError(f"link {href!r}: unexpected query {parts.query!r}")
    ctx.internal_links.add(path)
    return f"/{ctx.locale}{path}" + (f"?{parts.query}" if parts.query else "")


class _LinkProcessor(Treeprocessor):
    def __init__(self, md: markdown.Markdown, ctx: RenderContext) -> None:
        super().__init__(md)
        self.ctx = ctx

    def run(self, root: ET.Element) -> None:
        for link in root.iter("a"):
            href = link.get("href", "")
            if href.startswith("/"):
                link.set("href", _check_site_link(href, self.ctx))
            elif href.startswith(("https://", "http://")):
                link.set("rel", "noopener")
            else:
                raise RenderError(f"link {href!r}: use /page for site links or a full https URL")
        self._link_glossary(root)

    # Glossary terms link once, on first use, and never inside headings, links or code.
    def _link_glossary(self, root: ET.Element) -> None:
        remaining = list(self.ctx.glossary)
        for block in root.iter():
            if not remaining:
                return
            if block.tag in {"p", "li", "td", "dd"}:
                remaining = _link_in_block(block, remaining, self.ctx.locale)


def _link_in_block(block: ET.Element, terms: list[GlossaryTerm], locale: str) -> list[GlossaryTerm]:
    def first_match(text: str) -> tuple[GlossaryTerm, re.Match[str]] | None:
        best = None
        folded = text.casefold()
        for term in terms:
            if term.needles and not any(needle in folded for needle in term.needles):
                continue
            for pattern in term.patterns:
                m = pattern.search(text)
                if m is None:
                    continue
                # Earliest match wins; at the same place the longer phrase does ("PHP" vs "partial…").
                if best is None or (m.start("t"), -len(m.group("t"))) < (
                    best[1].start("t"),
                    -len(best[1].group("t")),
                ):
                    best = (term, m)
        return best

    def split(text: str) -> tuple[str, list[ET.Element]]:
        """Text before the first link, then the links, each carrying the text after it as its tail."""
        links: list[ET.Element] = []
        head, rest = text, ""
        found = first_match(text)
        if found:
            head = text[: found[1].start("t")]
        while found:
            term, m = found
            terms.remove(term)
            link = ET.Element("a", {"href": f"/{locale}/glossary#{term.id}", "class": "gloss"})
            link.text = m.group("t")
            rest = text[m.end("t") :]
            link.tail = rest
            links.append(link)
            text = rest
            found = first_match(text)
            if found:
                link.tail = text[: found[1].start("t")]
        return head, links

    # The block's own text, then the tail after each inline child (never inside <a>/<code>).
    children = list(block)
    if block.text:
        block.text, links = split(block.text)
        for offset, link in enumerate(links):
            block.insert(offset, link)
    for child in children:
        if child.tail:
            child.tail, links = split(child.tail)
            at = list(block).index(child) + 1
            for offset, link in enumerate(links):
                block.insert(at + offset, link)
    return terms


class _SiteExtension(Extension):
    def __init__(self, ctx: RenderContext) -> None:
        super().__init__()
        self.ctx = ctx

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Markdown API
        # Raw HTML in content is shown as text, never passed through.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_LinkProcessor(md, self.ctx), "site_links", 1)


def render(body: str, ctx: RenderContext) -> Rendered:
    shortcodes: list[tuple[str, str]] = []

    def hold(m: re.Match[str]) -> str:
        shortcodes.append((m.group(1), m.group(2)))
        return _TOKEN.format(len(shortcodes) - 1)

    md = markdown.Markdown(
        extensions=[
            "tables",
            "sane_lists",
            "toc",
            _SiteExtension(ctx),
        ],
        extension_configs={"toc": {"slugify": slugify_unicode, "toc_depth": "2-3"}},
    )
    html = md.convert(SHORTCODE.sub(hold, body))
    if "[[" in html:
        raise RenderError(f"unknown shortcode near {html[html.index('[[') :][:40]!r}")
    html = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRS,
        url_schemes={"https", "http"},
        link_rel=None,
    )
    # Text before the shortcodes go in: diagrams and helpline cards are not the article's words.
    text = html_text(_TOKENS.sub("", html))
    html = _place_shortcodes(html, shortcodes, ctx)
    tokens = getattr(md, "toc_tokens", [])
    return Rendered(
        html=html,
        toc=tuple((t["id"], _plain(t["name"])) for t in tokens),
        headings=tuple(_plain(t["name"]) for t in _walk(tokens)),
        internal_links=frozenset(ctx.internal_links),
        text=text,
    )


def _place_shortcodes(html: str, shortcodes: list[tuple[str, str]], ctx: RenderContext) -> str:
    for index, (kind, arg) in enumerate(shortcodes):
        if ctx.shortcode is None:
            raise RenderError(f"shortcode [[{kind}:{arg}]] used but none can be rendered here")
        fragment = ctx.shortcode(kind, arg, ctx.locale)
        token = _TOKEN.format(index)
        # A shortcode alone in a paragraph replaces the paragraph: no <div> inside a <p>.
        html = html.replace(f"<p>{token}</p>", fragment).replace(token, fragment)
    return html


def _walk(tokens: Iterable[dict]) -> Iterable[dict]:
    for token in tokens:
        yield token
        yield from _walk(token.get("children", []))


def _plain(name: str) -> str:
    return re.sub(r"<[^>]+>", "", name).replace("&amp;", "&")


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_ARABIC_PARTICLES = "(?:[وف]?[بلك]|[وف])"


def glossary_patterns(phrases: Iterable[str], chinese: bool = False) -> tuple[re.Pattern[str], ...]:
    """Acronyms match case-sensitively (so 'IOP' is not 'iop'); phrases ignore case.

    A phrase must not start or end inside a longer word. Chinese has no spaces, so a Chinese
    phrase may stand between other characters ("门诊" in "参加门诊"), and so may a Latin one
    beside Chinese ("很多IOP每周"). (Only on Chinese pages: the Chinese character range makes
    each pattern slow to compile.)

    Arabic attaches "and", "with", "for", "so" and "like" to the next word ("والعلاج"): the
    term links without the letter in front. The phrase itself is the group "t".
    """
    patterns = []
    # "Not after a letter unless it is Chinese", said without a negated class of every
    # letter (which takes Python's re a second per hundred phrases to compile).
    not_after_latin = rf"(?:(?<=[{HAN}])|(?<![\w-]))" if chinese else r"(?<![\w-])"
    not_before_latin = rf"(?:(?=[{HAN}])|(?![\w-]))" if chinese else r"(?![\w-])"
    for phrase in phrases:
        flags = 0 if phrase.isupper() else re.IGNORECASE
        before = "" if has_han(phrase[0]) else not_after_latin
        if _ARABIC_LETTER.match(phrase):
            before += f"{_ARABIC_PARTICLES}?"
        after = "" if has_han(phrase[-1]) else not_before_latin
        # Case folding only for the phrase: over the Chinese range it costs seconds to compile.
        text = re.escape(phrase) if flags == 0 else f"(?i:{re.escape(phrase)})"
        patterns.append(re.compile(rf"{before}(?P<t>{text}){after}"))
    return tuple(patterns)
