"""Full-text search: one Whoosh index per locale, built atomically, queried read-only.

Queries never go through Whoosh's query parser: a visitor's words are tokenized by the same
analyzer as the index and combined here, so quotes, brackets, `AND`, `*` or control characters
are just words (or nothing) and can never raise a parse error.
"""

from __future__ import annotations

import hashlib
import math
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from pydantic import Field
from whoosh import index, query
from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
    Token,
    Tokenizer,
)
from whoosh.fields import ID, KEYWORD, TEXT, Schema
from whoosh.spelling import ListCorrector
from whoosh.support.charset import accent_map

from core import search_builds as builds
from core.articles import Article
from core.datafiles import Strict, Text, load
from core.snippets import snippet
from core.text import SEGMENTED, WORD, chinese_words, fold, has_han
from core.text import words as text_words
from core.words import is_real_word

SCHEMA_VERSION = "6-languages"  # bump when the schema or analyzers change: forces a rebuild
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12
PAGE_SIZE = 10
COMMON_SHARE = 0.5  # a query word in at least this share of articles is "common"


# A suggestion never turns a word into one of these (or one of these into another word).
NEGATIONS = {
    "en": frozenset({"no", "not", "never", "nor", "none", "nobody", "nothing", "neither", "without"}),
    "es": frozenset({"no", "ni", "nunca", "jamas", "tampoco", "nada", "nadie", "ninguno", "ninguna", "sin"}),
}


class QueryTooLong(ValueError):
    """The visitor's query is longer than MAX_QUERY_CHARS."""


# ---------------------------------------------------------------- analysis per language

# Languages with a Snowball stemmer and a stop list in Whoosh get both; accent folding
# (médico → medico) comes after the stop list, which is written with accents.
STEMMED = {"en": "en", "es": "es", "fr": "fr", "pt": "pt", "de": "de", "it": "it"}

# Arabic: Whoosh has Snowball's Arabic stemmer but no stop list. These are the particles and
# pronouns that join almost every question ("ما هو", "هل", "في"), written folded.
ARABIC_STOP = frozenset(
    fold(w)
    for w in [
        "في",
        "من",
        "الى",
        "إلى",
        "على",
        "عن",
        "مع",
        "او",
        "أو",
        "و",
        "ثم",
        "هل",
        "ما",
        "ماذا",
        "كيف",
        "متى",
        "اين",
        "أين",
        "لماذا",
        "هو",
        "هي",
        "هم",
        "انا",
        "أنا",
        "نحن",
        "انت",
        "أنت",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "التي",
        "الذي",
        "الذين",
        "ان",
        "أن",
        "إن",
        "لا",
        "لم",
        "لن",
        "قد",
        "كل",
        "بعض",
        "عند",
        "لدي",
        "لدى",
        "كان",
        "كانت",
        "يكون",
    ]
)

# Locales whose words are indexed as written and without marks, so a search typed without
# them finds every spelling and one typed with them ranks the exact spelling first.
EXACT_FIRST = frozenset({"vi"})


class FoldFilter(Filter):
    """Case, accents and marks folded the way the rest of the site compares words (core.text)."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = fold(t.text)
            yield t


class AlsoFoldedFilter(Filter):
    """Each word as written and, when it has marks, also without them, at the same position."""

    def __call__(self, tokens):
        for t in tokens:
            yield t
            folded = fold(t.text)
            if folded != t.text:
                t.text = folded
                yield t


class ChineseTokenizer(Tokenizer):
    """Words of Chinese text by jieba's search mode (long words and the words inside them);
    runs of Latin letters and digits ("IOP", "988") as they are."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        for match in WORD.finditer(value):
            chunk = match.group()
            found = chinese_words(chunk, for_search=True) if has_han(chunk) else [(chunk, 0, len(chunk))]
            for word, start, end in found:
                t.text, t.boost, t.stopped = word, 1.0, False
                if keeporiginal:
                    t.original = word
                if positions:
                    t.pos = pos
                    pos += 1
                if chars:
                    t.startchar = start_char + match.start() + start
                    t.endchar = start_char + match.start() + end
                yield t


def analyzer_for(locale: str, stem_cache: int | None = 50000) -> Analyzer:
    lang = STEMMED.get(locale)
    if lang:
        return (
            RegexTokenizer()
            | LowercaseFilter()
            | StopFilter(lang=lang)
            | CharsetFilter(accent_map)
            | StemFilter(lang=lang, cachesize=stem_cache)
        )
    if locale == "ar":
        # Marks, alef forms, ة/ه and ى/ي folded first; then Snowball's light stemming takes off
        # the article, attached particles and endings ("والعلاج" and "علاج" meet).
        return (
            RegexTokenizer(WORD.pattern)
            | FoldFilter()
            | StopFilter(stoplist=ARABIC_STOP, minsize=1)
            | StemFilter(lang="ar", cachesize=stem_cache)
        )
    if locale == "zh":
        return ChineseTokenizer() | LowercaseFilter()
    if locale in EXACT_FIRST:
        return RegexTokenizer(WORD.pattern) | LowercaseFilter() | AlsoFoldedFilter()
    # Tagalog and others without a stemmer: words, lower case, accents folded.
    return RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map)


@cache
def query_analyzer(locale: str) -> Analyzer:
    """The index's analysis for visitors' words, made once per locale.

    Without the stemmer's memory: Whoosh would otherwise keep up to 50,000 recent words,
    which here means words visitors typed. In a locale indexed with and without marks, a
    visitor's word is looked up without them (every spelling), and `exact_analyzer` adds the
    spelling as typed.
    """
    if locale in EXACT_FIRST:
        return RegexTokenizer(WORD.pattern) | FoldFilter()
    return analyzer_for(locale, stem_cache=None)


@cache
def exact_analyzer() -> Analyzer:
    """Words as typed, marks kept: the spelling an EXACT_FIRST locale ranks first."""
    return RegexTokenizer(WORD.pattern) | LowercaseFilter()


def spelling_analyzer() -> Analyzer:
    """Whole words, folded but not stemmed: what 'did you mean' compares against."""
    return RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map)


def make_schema(locale: str) -> Schema:
    text = analyzer_for(locale)
    # Only the slug is stored: titles and text come from the articles already in memory, so
    # a hit costs no decompression. chars=True keeps match offsets for snippets.
    return Schema(
        slug=ID(stored=True, unique=True),
        locale=ID,
        title=TEXT(analyzer=text, field_boost=4.0),
        # The summary and headings together: one field less to score for every match.
        lead=TEXT(analyzer=text, chars=True, field_boost=2.2),
        body=TEXT(analyzer=text, chars=True),
        topic=ID,
        audience=KEYWORD(commas=True),
        words=TEXT(analyzer=spelling_analyzer(), spelling=True),
    )


SEARCH_FIELDS = ("title", "lead", "body")
HEADLINE_FIELDS = ("title", "lead")


@dataclass(frozen=True)
class Vocabulary:
    """The words one locale's index holds, read once when it opens: the site's words only.

    Looking a visitor's word up here is a dictionary lookup rather than a trip through the
    index's term tables, and nothing about the lookup is kept.
    """

    doc_count: int
    reach: Mapping[str, int]  # indexed term -> about how many articles have it (largest field count)
    headline: frozenset[str]  # indexed terms in titles, summaries or headings
    spelled: frozenset[str]  # whole words as articles write them (folded, not stemmed)

    @classmethod
    def read(cls, reader) -> Vocabulary:
        reach: dict[str, int] = {}
        for field in SEARCH_FIELDS:
            for btext, info in reader.iter_field(field):
                term = btext.decode("utf-8")
                reach[term] = max(reach.get(term, 0), info.doc_frequency())
        headline = frozenset(b.decode("utf-8") for f in HEADLINE_FIELDS for b in reader.lexicon(f))
        spelled = frozenset(b.decode("utf-8") for b in reader.lexicon("words"))
        return cls(reader.doc_count(), reach, headline, spelled)

    def named(self, terms: Iterable[str]) -> bool:
        """Whether articles name all these terms where they name their topic."""
        return all(term in self.headline for term in terms)


def _left_out_letters(typed: str, word: str) -> bool:
    """Whether `typed` is `word` with some letters missing ("medicad" for "medicaid")."""
    letters = iter(word)
    return all(ch in letters for ch in typed)


def _closest(corrector, word: str, maxdist: int) -> str | None:
    """The nearest known word; among equals, one the typing only left letters out of, then
    the most frequent.

    Whoosh ranks suggestions within `maxdist` by frequency alone ("medicad" would become
    "medicare", two letters off, rather than "medicaid", one off), so widen step by step.
    At one distance, a dropped letter is the likelier slip: "medicad" is "medicaid" missing
    an "i" more likely than "medical" with a wrong last letter.
    """
    for distance in range(1, maxdist + 1):
        found = corrector.suggest(word, limit=5, maxdist=distance, prefix=1)
        if found:
            return next((known for known in found if _left_out_letters(word, known)), found[0])
    return None


def _all_of(field: str, terms: Sequence[str]) -> query.Query:
    return query.And([query.Term(field, t) for t in terms]) if len(terms) > 1 else query.Term(field, terms[0])


def _Or(subqueries: Sequence[query.Query], **kwargs) -> query.Or:  # noqa: N802 - a query type
    # Whoosh's automatic choice preloads scores into a 2,048-slot array for small indexes,
    # which costs more than the whole search here; a tree of unions is cheaper.
    return query.compound.DefaultOr(subqueries, **kwargs)


# ---------------------------------------------------------------- building


def lead_text(article: Article) -> str:
    return " \n".join((article.summary, *article.headings))


def content_hash(articles_by_locale: Mapping[str, Sequence[Article]]) -> str:
    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    for locale in sorted(articles_by_locale):
        for article in articles_by_locale[locale]:
            for part in (
                locale,
                article.slug,
                article.title,
                article.summary,
                article.topic,
                ",".join(article.audience),
                "\n".join(article.headings),
                article.text,
            ):
                digest.update(part.encode())
                digest.update(b"\x00")
    return digest.hexdigest()


def _write_locale(folder: Path, locale: str, articles: Iterable[Article]) -> None:
    folder.mkdir(parents=True)
    ix = index.create_in(str(folder), make_schema(locale))
    writer = ix.writer(limitmb=128)
    for article in articles:
        writer.add_document(
            slug=article.slug,
            locale=locale,
            title=article.title,
            lead=lead_text(article),
            body=article.text,
            topic=article.topic,
            audience=",".join(article.audience),
            words=" ".join((article.title, article.summary, *article.headings, article.text)),
        )
    writer.commit(optimize=True)


def build(root: str | Path, articles_by_locale: Mapping[str, Sequence[Article]]) -> Path:
    """Build every locale into a fresh folder and make it current (see core.search_builds)."""

    def write_locales(folder: Path) -> None:
        for locale, articles in articles_by_locale.items():
            _write_locale(folder / locale, locale, articles)

    return builds.write(Path(root), content_hash(articles_by_locale), write_locales)


def is_stale(root: str | Path, articles_by_locale: Mapping[str, Sequence[Article]]) -> bool:
    return builds.current_hash(Path(root)) != content_hash(articles_by_locale)


# ---------------------------------------------------------------- querying


@dataclass(frozen=True)
class Hit:
    slug: str
    title: str
    summary: str
    snippet: str  # HTML with <mark> around matched words; text is escaped by Whoosh
    topic: str


@dataclass(frozen=True)
class Results:
    query: str  # what the visitor typed, cleaned; always what was searched for
    suggestion: str | None  # "did you mean …?": offered, never searched in its place
    total: int
    page: int
    pages: int
    hits: tuple[Hit, ...]


def clean_query(raw: str) -> str:
    """Control characters out, white space folded; too long is an error the visitor sees."""
    # Composed form: a keyboard that types tone marks separately still matches the articles.
    text = unicodedata.normalize("NFC", raw)
    text = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in text)
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_CHARS:
        raise QueryTooLong(len(text))
    return text


@dataclass(frozen=True)
class Synonyms:
    """Lay phrases and what they mean on this site, per locale (query expansion only)."""

    phrases: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # (folded words, expansions)
    # An age as people write it ("my 15 year old", "tiene 16 años"): the words after the number,
    # and what each range of ages means on this site (teens, young adults, older adults).
    age_words: tuple[tuple[str, ...], ...] = ()
    ages: tuple[tuple[int, int, tuple[str, ...]], ...] = ()

    @classmethod
    def from_mapping(
        cls, mapping: Mapping[str, Sequence[str]], ages: AgesData | None = None, locale: str = "en"
    ) -> Synonyms:
        phrases = []
        for phrase, expansions in mapping.items():
            words = tuple(fold(w) for w in text_words(phrase, locale))
            if words:
                phrases.append((words, tuple(expansions)))
        # Longest phrases first, so "how much" wins over "much".
        phrases.sort(key=lambda item: -len(item[0]))
        if ages is None:
            return cls(tuple(phrases))
        age_words = sorted(
            (tuple(fold(x) for x in text_words(w, locale)) for w in ages.words), key=len, reverse=True
        )
        ranges = tuple((r.start, r.end, tuple(r.means)) for r in ages.ranges)
        return cls(tuple(phrases), tuple(w for w in age_words if w), ranges)

    def _age_at(self, folded: Sequence[str], i: int) -> tuple[int, tuple[str, ...]] | None:
        """(words used, what the age means) when a number and an age word start at i."""
        if not folded[i].isdigit() or len(folded[i]) > 3:
            return None
        for words in self.age_words:
            if tuple(folded[i + 1 : i + 1 + len(words)]) == words:
                age = int(folded[i])
                means = next((m for lo, hi, m in self.ages if lo <= age <= hi), ())
                return 1 + len(words), means
        return None

    @cached_property
    def single_words(self) -> frozenset[str]:
        """The one-word lay terms, folded: known words even when no article uses them."""
        return frozenset(words[0] for words, _ in self.phrases if len(words) == 1)

    @cached_property
    def _by_first_word(self) -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
        grouped: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for phrase, expansions in self.phrases:  # longest first, kept in each group
            grouped.setdefault(phrase[0], []).append((phrase, expansions))
        return {word: tuple(group) for word, group in grouped.items()}

    def expand(self, words: Sequence[str]) -> list[tuple[str, tuple[str, ...]]]:
        """Each query word (or phrase) with the extra words it also means."""
        out: list[tuple[str, tuple[str, ...]]] = []
        i = 0
        folded = [fold(w) for w in words]
        while i < len(words):
            age = self._age_at(folded, i)
            if age is not None:
                used, means = age
                out.append((" ".join(words[i : i + used]), means))
                i += used
                continue
            for phrase, expansions in self._by_first_word.get(folded[i], ()):
                if tuple(folded[i : i + len(phrase)]) == phrase:
                    out.append((" ".join(words[i : i + len(phrase)]), expansions))
                    i += len(phrase)
                    break
            else:
                out.append((words[i], ()))
                i += 1
        return out


SearchUnavailable = builds.SearchUnavailable


class SearchIndex:
    """Read-only access to the current build; one searcher per thread and locale, reused.

    Nothing is opened until the first search or `warm()`, in the process that searches: a
    gunicorn master that preloads the site never holds index files its workers would share.
    `articles_by_locale` are the articles the index should hold: hits are filled from them.
    """

    def __init__(
        self,
        root: str | Path,
        articles_by_locale: Mapping[str, Sequence[Article]],
        synonyms: Mapping[str, Synonyms] | None = None,
    ):
        self.root = Path(root)
        self.articles = {
            locale: {article.slug: article for article in articles}
            for locale, articles in articles_by_locale.items()
        }
        self.synonyms = dict(synonyms or {})
        # Lay terms no article uses ("suboxone") can be misspelled too.
        self._lay_correctors = {
            locale: ListCorrector(sorted(words.single_words))
            for locale, words in self.synonyms.items()
            if words.single_words  # Whoosh's corrector fails on an empty list
        }
        self._local = threading.local()
        self.digest = content_hash(articles_by_locale)
        self._current = builds.CurrentBuild(self.root, self.articles, self._read_vocabularies)

    @staticmethod
    def _read_vocabularies(opened: builds.OpenBuild) -> None:
        # Read when a build opens, so no visitor's search waits for it.
        vocabularies = {}
        for locale, ix in opened.indexes.items():
            with ix.reader() as reader:
                vocabularies[locale] = Vocabulary.read(reader)
        opened.extras["vocabularies"] = vocabularies

    def warm(self) -> None:
        """Open the current build now (a worker calls this as it starts), if there is one."""
        self.status()

    def status(self) -> str:
        """'ok'; 'stale' when the build was made from other content; 'unavailable'."""
        try:
            opened = self._current.get()
        except builds.SearchUnavailable:
            return "unavailable"
        return "ok" if opened.digest == self.digest else "stale"

    def vocabulary(self, locale: str) -> Vocabulary:
        return self._current.get().extras["vocabularies"][locale]

    def _searcher(self, opened: builds.OpenBuild, locale: str):
        # One searcher per thread, locale and build: a rebuild leaves the old ones behind.
        kept = self._local.__dict__
        if kept.get("build") != opened.name:
            kept["build"], kept["searchers"] = opened.name, {}
        searcher = kept["searchers"].get(locale)
        if searcher is None:
            searcher = kept["searchers"][locale] = opened.indexes[locale].searcher()
        return searcher

    # -- the query -----------------------------------------------------------------
    def _correct(self, searcher, vocabulary: Vocabulary, locale: str, words: Sequence[str]) -> list[str]:
        """Words the index does not know, replaced by the closest one it does.

        A word is left alone when it is known in any form: as written, by its stem ("bebe"
        when the articles say "beber"), as a lay term in the synonyms ("rehab"), or as a
        word too common to index ("para"), or as a real word of the language (wordfreq: so
        "cant" never becomes "can", "smoking" never "shaking", "texas" never "temas"). Short
        words may be one letter off, longer ones two: "alchohol" is "alcohol". A correction
        never adds or drops a negation.
        """
        corrector = searcher.corrector("words")
        analyzer = query_analyzer(locale)
        lay_terms = self.synonyms.get(locale, Synonyms(())).single_words
        fixed = []
        for word in words:
            key = fold(word)
            stems = [t.text for t in analyzer(word)]
            known = (
                len(key) < 4
                or key.isdigit()
                or key in lay_terms
                or not stems  # a stop word
                or key in vocabulary.spelled
                or any(stem in vocabulary.reach for stem in stems)
                or is_real_word(key, locale)
            )
            if known:
                fixed.append(word)
                continue
            maxdist = 1 if len(key) <= 6 else 2
            lay = self._lay_correctors.get(locale)
            closest = _closest(corrector, key, maxdist) or (lay and _closest(lay, key, maxdist))
            if closest and fold(closest) in NEGATIONS.get(locale, frozenset()):
                closest = None
            fixed.append(closest or word)
        return fixed

    def _build_query(self, vocabulary: Vocabulary, locale: str, words: Sequence[str]) -> query.Query | None:
        """Each word (or lay phrase) and its synonyms, as alternatives.

        A word found in most articles ("IOP" on this site) hardly tells articles apart but
        costs the most to score. So: rarer words decide when the query has any; synonyms that
        common are left out; and a common word is looked for only where articles name their
        topic (titles, summaries, headings), unless no article names it there.
        """
        analyzer = query_analyzer(locale)
        reach_of = vocabulary.reach.get
        named = vocabulary.named
        common = COMMON_SHARE * max(1, vocabulary.doc_count)
        # (alternatives, reach, whether the words were a lay phrase such as "my boyfriend")
        groups: list[tuple[list[tuple[float, tuple[str, ...], int]], int, bool]] = []

        for phrase, expansions in self.synonyms.get(locale, Synonyms(())).expand(words):
            present = []
            for weight, text in [(1.0, phrase)] + [(0.8, e) for e in expansions]:
                terms = tuple(t.text for t in analyzer(text))
                reach = min((reach_of(term, 0) for term in terms), default=0)
                if reach:
                    present.append((weight, terms, reach))
            if not present:
                continue  # in no article: it cannot change what is found
            if locale in EXACT_FIRST and present[0][0] == 1.0:
                # The spelling as typed (with its marks) counts again: it ranks first.
                exact = tuple(t.text for t in exact_analyzer()(phrase))
                exact_reach = min((reach_of(term, 0) for term in exact), default=0)
                if exact != present[0][1] and exact_reach:
                    present.insert(1, (1.0, exact, exact_reach))
            own = [a for a in present if a[0] == 1.0]  # the visitor's words always count
            # A common synonym counts only where articles name their topic: "horario" then
            # finds the article titled "… una semana …", without every article matching.
            kept = own + [a for a in present if a[0] != 1.0 and (a[2] < common or named(a[1]))]
            kept = kept or [min(present, key=lambda a: a[2])]
            lay_phrase = bool(expansions) and len(phrase.split()) > 1
            groups.append((kept, min(reach for _, _, reach in kept), lay_phrase))
        if not groups:
            return None
        if any(reach < common for _, reach, _ in groups):
            # Rarer words decide. A common lay phrase still says who the search is about
            # ("my boyfriend drinks"), so it counts where articles name their topic.
            groups = [
                (alternatives if reach < common else [a for a in alternatives if named(a[1])], reach, lay)
                for alternatives, reach, lay in groups
                if reach < common or lay
            ]
            groups = [g for g in groups if g[0]]

        def fields_for(terms: tuple[str, ...], reach: int) -> tuple[str, ...]:
            return HEADLINE_FIELDS if reach >= common and named(terms) else SEARCH_FIELDS

        queries = [
            _Or(
                [
                    _Or([_all_of(field, terms) for field in fields_for(terms, reach)], boost=weight)
                    for weight, terms, reach in alternatives
                ]
            )
            for alternatives, _, _ in groups
        ]
        # Any word may match; documents matching more of them rank higher.
        return _Or(queries, scale=0.9) if len(queries) > 1 else queries[0]

    def search(self, locale: str, raw_query: str, page: int = 1) -> Results:
        text = clean_query(raw_query)
        # Chinese words come with the words inside them: about twice as many for the same text.
        words = text_words(text, locale)[: MAX_QUERY_WORDS * (2 if locale in SEGMENTED else 1)]
        page = max(1, page)
        empty = Results(text, None, 0, 1, 0, ())
        if not words:
            return empty
        opened = self._current.get()  # raises SearchUnavailable: the page says so
        searcher = self._searcher(opened, locale)
        vocabulary = opened.extras["vocabularies"][locale]
        results = self._run(searcher, vocabulary, locale, words, page)
        corrected = self._correct(searcher, vocabulary, locale, words)
        suggestion = None
        if corrected != words:
            # Offered only when it would find something: a suggestion must help.
            tried = self._run(searcher, vocabulary, locale, corrected, 1)
            if tried is not None and tried.total:
                suggestion = " ".join(corrected)
        if results is None:
            return Results(text, suggestion, 0, 1, 0, ())
        return Results(text, suggestion, results.total, results.page, results.pages, results.hits)

    def _run(self, searcher, vocabulary: Vocabulary, locale: str, words: Sequence[str], page: int):
        q = self._build_query(vocabulary, locale, words)
        if q is None:
            return None
        # limit=None: Whoosh's count is wrong when a limit is given without its block-skipping
        # optimisation, and with it counting runs the query twice. Scoring every match once
        # gives the exact total; only this page's hits get snippets.
        found = searcher.search(q, limit=None, terms=True)
        total = len(found)
        pages = max(1, math.ceil(total / PAGE_SIZE))
        known = self.articles.get(locale, {})
        shown = [
            (hit.docnum, known.get(hit["slug"]), hit.matched_terms())
            for hit in found[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        ]
        # An article missing here was built by another process from other content: skip it.
        shown = [(docnum, article, terms) for docnum, article, terms in shown if article is not None]
        spans = _match_spans(searcher, [(docnum, terms) for docnum, _, terms in shown])
        hits = []
        for docnum, article, _ in shown:
            text = snippet(article.text, spans.get((docnum, "body"), ())) or snippet(
                lead_text(article), spans.get((docnum, "lead"), ())
            )
            hits.append(Hit(article.slug, article.title, article.summary, text, article.topic))
        return Results("", None, total, page, pages, tuple(hits))


SNIPPET_FIELDS = ("body", "lead")


def _match_spans(searcher, hits: Sequence[tuple[int, Sequence[tuple[str, bytes]]]]) -> dict:
    """(document, field) -> [(start, end, term)] of every matched word, from the index.

    One postings reader per matched term serves every hit on the page, in document order.
    """
    wanted: dict[tuple[str, bytes], list[int]] = {}
    for docnum, terms in hits:
        for field, btext in terms:
            if field in SNIPPET_FIELDS:
                wanted.setdefault((field, btext), []).append(docnum)
    spans: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
    for (field, btext), docnums in wanted.items():
        postings = searcher.postings(field, btext)
        term = btext.decode("utf-8")
        for docnum in sorted(docnums):
            postings.skip_to(docnum)
            if postings.is_active() and postings.id() == docnum:
                found = spans.setdefault((docnum, field), [])
                found.extend((start, end, term) for _, start, end in postings.value_as("characters"))
    return spans


class AgeRange(Strict):
    start: int = Field(ge=0, le=130)
    end: int = Field(ge=0, le=130)
    means: tuple[Text, ...] = Field(min_length=1)


class AgesData(Strict):
    words: tuple[Text, ...] = Field(min_length=1)  # what follows the number: "year old", "años"
    ranges: tuple[AgeRange, ...] = Field(min_length=1)


class _SynonymsFile(Strict):
    synonyms: dict[Text, tuple[Text, ...]] = Field(default_factory=dict)
    ages: AgesData | None = None


def load_synonyms(path: Path) -> Synonyms:
    if not path.exists():
        return Synonyms(())
    data = load(path, _SynonymsFile)
    return Synonyms.from_mapping(data.synonyms, data.ages, locale=path.stem)
