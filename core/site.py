"""The whole site's content and data, loaded and checked once: one Flask-free object.

`Site.load` reads every article, glossary, helpline, paying guide, state agency list, synonym
list, crisis-word list and the self-check's rules, each validated (core.datafiles.DataError names the file and
field on the first problem). Under gunicorn the app is preloaded, so this happens once, in the
master, before workers fork; views and the CLI reach data only through this object.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import screener
from core.articles import Article, Library, load_library
from core.danger import Danger, DangerWords, check_with_fallback, load_danger_words
from core.datafiles import DataError
from core.find_care import States, load_states
from core.glossary import Term, link_terms, load_glossary
from core.help_data import Helplines, PayingGuide, load_helplines, load_paying
from core.search import SearchIndex, Synonyms, load_synonyms
from core.words import is_real_word, warm
from screener.model import Screener

# Renders a shortcode in an article to trusted HTML: (kind, argument, locale, helplines).
ShortcodeRenderer = Callable[[str, str, str, Helplines], str]


@dataclass(frozen=True)
class Site:
    locales: tuple[str, ...]  # the first is the default, the language of every original
    library: Library
    glossaries: Mapping[str, tuple[Term, ...]]
    helplines: Helplines
    paying: Mapping[str, PayingGuide]
    states: States  # US states' Medicaid, CHIP and behavioral health agencies
    synonyms: Mapping[str, Synonyms]
    danger: Mapping[str, DangerWords]  # search words that can mean danger now, per locale
    screener: Screener
    search: SearchIndex

    @classmethod
    def load(
        cls,
        content_dir: str | Path,
        data_dir: str | Path,
        locales: tuple[str, ...],
        index_dir: str | Path,
        shortcode: ShortcodeRenderer | None = None,
    ) -> Site:
        data = Path(data_dir)
        helplines = load_helplines(data)
        glossaries = {code: load_glossary(data, code) for code in locales}
        # Articles render helpline cards, so helplines come first.
        render_shortcode = None
        if shortcode is not None:

            def render_shortcode(kind: str, arg: str, code: str) -> str:
                return shortcode(kind, arg, code, helplines)

        library = load_library(
            content_dir,
            locales,
            {code: link_terms(terms, code) for code, terms in glossaries.items()},
            render_shortcode,
        )
        for code, terms in glossaries.items():
            for term in terms:
                if term.article is not None and term.article not in library.slugs:
                    raise DataError(
                        f"{data / 'glossary' / f'{code}.yaml'}: {term.id}: unknown article {term.article!r}"
                    )
        paying = {code: load_paying(data, code) for code in locales}
        rules = screener.screener()
        unknown = set(helplines.countries) - set(rules.question("country").options)
        if unknown:
            raise DataError(f"{data / 'helplines.yaml'}: countries: not ISO 3166 codes: {sorted(unknown)}")
        synonyms = {code: load_synonyms(data / "synonyms" / f"{code}.yaml") for code in locales}
        danger = {code: load_danger_words(data / "danger" / f"{code}.yaml") for code in locales}
        articles = {code: library.translated(code) for code in locales}
        warm(tuple(locales))  # word lists loaded now, once, not on a visitor's search
        return cls(
            locales=tuple(locales),
            library=library,
            glossaries=glossaries,
            helplines=helplines,
            paying=paying,
            states=load_states(data),
            synonyms=synonyms,
            danger=danger,
            screener=rules,
            search=SearchIndex(index_dir, articles, synonyms),
        )

    def articles_by_locale(self) -> dict[str, list[Article]]:
        """What the search index holds: the articles written in each locale."""
        return {code: self.library.translated(code) for code in self.locales}

    def glossary(self, locale: str) -> tuple[Term, ...]:
        return self.glossaries.get(locale, ())

    def danger_in(self, locale: str, query: str) -> Danger:
        """What a search may signal. English phrases are checked too, exactly as written:
        people mix languages ("i want to die ayuda")."""
        fallback = self.danger[self.locales[0]] if locale != self.locales[0] else None
        return check_with_fallback(
            self.danger[locale], query, lambda word: is_real_word(word, locale), fallback
        )

    def paying_guide(self, locale: str) -> PayingGuide:
        return self.paying[locale]
