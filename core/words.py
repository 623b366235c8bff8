"""Which words are real words in a language, from a maintained word-frequency list (wordfreq).

Used so that a real word is never "corrected" into another (search's "did you mean", and the
danger check's tolerance for misspellings). Nothing is cached: the words asked about are
what visitors typed.
"""

from __future__ import annotations

from wordfreq import zipf_frequency

from core.text import SEGMENTED, has_han, words

# Zipf 2.5 is about once per 3 million words: rarer forms are mostly typos ("sucide": 1.4).
REAL_WORD_ZIPF = 2.5
# wordfreq's large lists where the site's misspelling checks were tuned (en, es); the small
# ones elsewhere: Arabic's large list alone costs each server process about 90 MB.
LARGE_LISTS = frozenset({"en", "es"})


def _list(lang: str) -> str:
    return "large" if lang in LARGE_LISTS else "small"


def is_real_word(word: str, locale: str) -> bool:
    if has_han(word):
        # Chinese typos are other real characters (same sound): nothing to tell apart here,
        # and wordfreq would load a second Chinese dictionary to split the word.
        return True
    if locale in SEGMENTED:
        locale = "en"  # Latin letters on a Chinese page are English ("overdose", "benzo")
    lang = locale.split("-")[0]
    return zipf_frequency(word, lang, wordlist=_list(lang)) >= REAL_WORD_ZIPF


def warm(locales: tuple[str, ...]) -> None:
    """Load each language's list now (a tenth of a second each), not on a visitor's search."""
    for locale in locales:
        if locale in SEGMENTED:
            words("预热", locale)  # the segmenter's dictionary (about a second), before forking
        else:
            lang = locale.split("-")[0]
            zipf_frequency("the", lang, wordlist=_list(lang))
