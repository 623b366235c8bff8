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
    words: int  # zh: Chinese characters
    score: float  # en: Flesch-Kincaid grade (lower is easier); es: Fernández-Huerta (higher);
    # zh, vi, ar: mean sentence length (lower is easier)
    measure: str
    passes: bool


# The targets from the content rules: grade 8 or lower in English, 60 or higher in Spanish.
TARGETS = {"en": ("flesch_kincaid_grade", 8.0), "es": ("fernandez_huerta", 60.0)}

# Languages without a maintained readability formula: the mean sentence length, the measure
# plain-language guides for them use. Chinese counts characters (a sentence of 25 or fewer is
# easy reading), Vietnamese syllables (one per written word, so more per sentence than English
# words), Arabic words (prefixes and pronouns are attached, so fewer).
SENTENCE_TARGETS = {
    "zh": ("characters_per_sentence", 30.0),
    "vi": ("syllables_per_sentence", 25.0),
    "ar": ("words_per_sentence", 20.0),
}
_SENTENCE_END = re.compile(r"[.!?。！？؟]+|\n+")
_HAN = re.compile(r"[\u3400-\u9fff]")


def sentence_length(text: str, locale: str) -> tuple[int, float]:
    """(length of the text, mean sentence length), in the unit the locale counts."""
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    count = (lambda s: len(_HAN.findall(s))) if locale == "zh" else (lambda s: len(s.split()))
    lengths = [count(s) for s in sentences if count(s)]
    return sum(lengths), (sum(lengths) / len(lengths) if lengths else 0.0)


def measure(markdown_body: str, locale: str) -> Readability:
    text = plain_text(markdown_body)
    if locale in SENTENCE_TARGETS:
        name, target = SENTENCE_TARGETS[locale]
        size, mean = sentence_length(text, locale)
        return Readability(words=size, score=mean, measure=name, passes=mean <= target)
    words = len(text.split())
    name, target = TARGETS.get(locale, TARGETS["en"])
    textstat.set_lang(locale if locale in TARGETS else "en")
    score = float(getattr(textstat, name)(text))
    passes = score <= target if name == "flesch_kincaid_grade" else score >= target
    return Readability(words=words, score=score, measure=name, passes=passes)
