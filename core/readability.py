"""Reading-level measures for article text (plain language is a content rule, not a wish)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

import markdown
import textstat

# Each block element is a separate unit for a reader: a heading or list item is not part of
# the next sentence, so it is measured as if it ended with a full stop.
_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "caption"}
_SHORTCODE = re.compile(r"\[\[[^\]]+\]\]")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.units: list[str] = []
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        self._buf.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        self._buf = []
        if text:
            self.units.append(text if text[-1] in ".!?:;" else text + ".")


def plain_text(markdown_body: str) -> str:
    """The words a reader reads: Markdown rendered, tags and shortcodes dropped."""
    html = markdown.markdown(_SHORTCODE.sub("", markdown_body), extensions=["tables"])
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    collector._flush()
    return " ".join(collector.units)


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
