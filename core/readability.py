"""Reading-level measures for article text (plain language is a content rule, not a wish).

A tool for tests and scripts only: textstat is a test requirement, so nothing the site runs
imports this module (tests/unit/test_runtime_imports.py checks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import markdown
import textstat

from core.plain_text import html_text

_SHORTCODE = re.compile(r"\[\[[^\]]+\]\]")


def plain_text(markdown_body: str) -> str:
    """The words a reader reads: Markdown rendered, tags and shortcodes dropped."""
    return html_text(markdown.markdown(_SHORTCODE.sub("", markdown_body), extensions=["tables"]))


@dataclass(frozen=True)
class Readability:
    words: int
    score: float  # en: Flesch-Kincaid grade (lower is easier); es: Fernández-Huerta (higher)
    measure: str
    passes: bool


# The targets from the content rules: grade 8 or lower in English, 60 or higher in Spanish.
TARGETS = {"en": ("flesch_kincaid_grade", 8.0), "es": ("fernandez_huerta", 60.0)}


def measure(markdown_body: str, locale: str) -> Readability:
    text = plain_text(markdown_body)
    words = len(text.split())
    name, target = TARGETS.get(locale, TARGETS["en"])
    textstat.set_lang(locale if locale in TARGETS else "en")
    score = float(getattr(textstat, name)(text))
    passes = score <= target if name == "flesch_kincaid_grade" else score >= target
    return Readability(words=words, score=score, measure=name, passes=passes)
