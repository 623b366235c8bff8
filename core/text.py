"""Text helpers shared by search and the crisis-word check: words, compared without case or accents.

Languages differ in what a word is and which differences in spelling people ignore:
- Vietnamese is often typed without tone marks ("thuoc" for "thuốc"), and đ has no
  decomposition, so folding maps it to d by hand.
- Arabic is written with or without short-vowel marks and hamza, with ة or ه at a word's end,
  ى or ي, and a stretching character (tatweel); folding makes these compare equal.
- Chinese has no spaces: search splits it into words with jieba (its dictionary is loaded once,
  at start-up, only where Chinese is served), the crisis-word check reads it character by
  character. Visitors from Taiwan, Hong Kong and older communities write Traditional
  characters: Chinese text is read as Simplified (OpenCC), as the articles are written.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import cache

# Letters and digits, with the combining marks some keyboards type separately (Vietnamese tone
# marks in decomposed form, Arabic short vowels): "عِلاج" is one word, not two.
MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
WORD = re.compile(rf"[\w{MARKS}]+")

# Folded after decomposition: the hamza and madda forms of alef (أ إ آ), ؤ and ئ decompose to
# their base letter plus a combining mark, which folding drops.
_FOLD_MORE = str.maketrans({"đ": "d", "ة": "ه", "ى": "ي", "ـ": None, "ٱ": "ا"})

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_CHAR = re.compile(f"[{HAN}]")

# Locales written without spaces between words: search splits them with a segmenter.
SEGMENTED = frozenset({"zh"})


def fold(text: str) -> str:
    """Lower case without accents or marks, so "Médico" and "medico", "thuốc" and "thuoc",
    "أدوية" and "ادويه" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_FOLD_MORE)


def has_han(text: str) -> bool:
    return _HAN_CHAR.search(text) is not None


_jieba_lock = threading.Lock()


@cache
def _jieba():
    # Loaded once per process, only where Chinese is served, before the server forks its
    # workers (they share its pages). jieba's own dictionary (349,000 words, about 75 MB):
    # wordfreq's 39,000-word list uses 9 MB but split words less well (lay search found the
    # right article 91% of the time instead of 98%).
    with _jieba_lock:
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        return jieba


def chinese_words(text: str, for_search: bool = False) -> list[tuple[str, int, int]]:
    """Words of Chinese text with their start and end offsets. `for_search` also gives the
    shorter words inside long ones ("门诊" in "强化门诊"), so either finds the other."""
    mode = "search" if for_search else "default"
    return [(w, start, end) for w, start, end in _jieba().tokenize(text, mode=mode) if WORD.fullmatch(w)]


@cache
def _to_simplified():
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """Chinese in Simplified characters ("藥" → "药"); other text unchanged."""
    return _to_simplified().convert(text) if has_han(text) else text


def words(text: str, locale: str) -> list[str]:
    """The words of a visitor's text, as the locale writes them (not folded).

    Chinese gives the words inside long ones too ("保险费用": 保险, 费用, 保险费用), as the
    index does, so a long word the dictionary knows still meets the articles' shorter ones.
    """
    if locale in SEGMENTED and has_han(text):
        return [w for chunk in WORD.findall(simplified(text)) for w, _, _ in _chunk_words(chunk)]
    return WORD.findall(text)


def _chunk_words(chunk: str) -> list[tuple[str, int, int]]:
    return chinese_words(chunk, for_search=True) if has_han(chunk) else [(chunk, 0, len(chunk))]
