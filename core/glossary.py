"""The glossary per locale: terms, their definitions, and the phrases that link to them."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator

from core.datafiles import Strict, Text, load
from core.markdown_render import GlossaryTerm, glossary_patterns
from core.text import SEGMENTED, fold


class Term(Strict):
    id: Text
    term: Text
    definition: Text
    match: tuple[Text, ...] = ()
    article: Text | None = None  # the article that says more (a slug; checked when the site loads)


class Glossary(Strict):
    terms: tuple[Term, ...] = Field(default=())

    @field_validator("terms")
    @classmethod
    def _unique_and_sorted(cls, terms: tuple[Term, ...]) -> tuple[Term, ...]:
        ids = [t.id for t in terms]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate ids: {duplicates}")
        # Without marks: "Đ" and "Ó" sort with D and O, not after Z.
        return tuple(sorted(terms, key=lambda t: fold(t.term)))


def load_glossary(data_dir: str | Path, locale: str) -> tuple[Term, ...]:
    path = Path(data_dir) / "glossary" / f"{locale}.yaml"
    if not path.exists():
        return ()  # a locale may start without one; its articles link no terms
    return load(path, Glossary).terms


def link_terms(terms: tuple[Term, ...], locale: str = "en") -> tuple[GlossaryTerm, ...]:
    """What the Markdown renderer needs to link each term on first use."""
    chinese = locale in SEGMENTED
    return tuple(
        GlossaryTerm(t.id, glossary_patterns(t.match, chinese), tuple(m.casefold() for m in t.match))
        for t in terms
        if t.match
    )
