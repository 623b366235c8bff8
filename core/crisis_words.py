"""Words in a search that can mean someone is in danger, so the results open with crisis lines.

A search for "suicide" or "quiero morir" is not only a request for an article. Like the
self-check's safety question, it gets help shown first. The check runs on the query in
memory and keeps nothing. Plain Python: no Flask.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field

from core.datafiles import DataError, Strict, Text, load
from core.text import WORD, fold


@dataclass(frozen=True)
class CrisisWords:
    """Phrases as folded words; a word ending in '*' matches any word that starts with it."""

    phrases: tuple[tuple[str, ...], ...]

    @classmethod
    def from_list(cls, phrases: Sequence[str]) -> CrisisWords:
        parsed = []
        for phrase in phrases:
            words = tuple(re.findall(r"\w+\*?", fold(phrase)))
            if not words:
                raise ValueError(f"crisis phrase {phrase!r} has no words")
            parsed.append(words)
        return cls(tuple(parsed))

    def found_in(self, text: str) -> bool:
        words = WORD.findall(fold(text))
        return any(
            _matches_at(words, i, phrase)
            for phrase in self.phrases
            for i in range(len(words) - len(phrase) + 1)
        )


def _matches_at(words: Sequence[str], start: int, phrase: tuple[str, ...]) -> bool:
    for offset, pattern in enumerate(phrase):
        word = words[start + offset]
        if pattern.endswith("*"):
            if not word.startswith(pattern[:-1]):
                return False
        elif word != pattern:
            return False
    return True


class _CrisisFile(Strict):
    crisis_words: tuple[Text, ...] = Field(min_length=1)


def load_crisis_words(path: Path) -> CrisisWords:
    if not path.exists():
        return CrisisWords(())  # a test names any locale without its file
    phrases = load(path, _CrisisFile).crisis_words
    try:
        return CrisisWords.from_list(phrases)
    except ValueError as err:
        raise DataError(f"{path}: crisis_words: {err}") from None
