"""Which words are real words in a language, from a maintained word-frequency list (wordfreq).

Used so that a real word is never "corrected" into another (search's "did you mean", and the
danger check's tolerance for misspellings). Nothing is cached: the words asked about are
what visitors typed.
"""

from __future__ import annotations

from wordfreq import zipf_frequency

# Zipf 2.5 is about once per 3 million words: rarer forms are mostly typos ("sucide": 1.4).
REAL_WORD_ZIPF = 2.5


def is_real_word(word: str, locale: str) -> bool:
    return zipf_frequency(word, locale.split("-")[0]) >= REAL_WORD_ZIPF


def warm(locales: tuple[str, ...]) -> None:
    """Load each language's list now (a tenth of a second each), not on a visitor's search."""
    for locale in locales:
        zipf_frequency("the", locale.split("-")[0])
