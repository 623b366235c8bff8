"""The glossary per locale: terms, their definitions, and the phrases that link to them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.datafiles import DataError, read_yaml, require_text
from core.markdown_render import GlossaryTerm, glossary_patterns


@dataclass(frozen=True)
class Term:
    id: str
    term: str
    definition: str
    match: tuple[str, ...]


def load_glossary(data_dir: str | Path, locale: str) -> tuple[Term, ...]:
    path = Path(data_dir) / "glossary" / f"{locale}.yaml"
    if not path.exists():
        return ()
    raw = read_yaml(path)
    terms = []
    seen: set[str] = set()
    for index, entry in enumerate((raw or {}).get("terms") or []):
        where = f"terms[{index}]"
        term_id = require_text(path, where, entry, "id")
        if term_id in seen:
            raise DataError(f"{path}: {where}: duplicate id {term_id!r}")
        seen.add(term_id)
        match = entry.get("match") or []
        if not isinstance(match, list) or not all(isinstance(m, str) and m for m in match):
            raise DataError(f"{path}: {where}: 'match' must be a list of phrases")
        terms.append(
            Term(
                id=term_id,
                term=require_text(path, where, entry, "term"),
                definition=require_text(path, where, entry, "definition"),
                match=tuple(match),
            )
        )
    return tuple(sorted(terms, key=lambda t: t.term.casefold()))


def link_terms(terms: tuple[Term, ...]) -> tuple[GlossaryTerm, ...]:
    """What the Markdown renderer needs to link each term on first use."""
    return tuple(GlossaryTerm(t.id, glossary_patterns(t.match)) for t in terms if t.match)
