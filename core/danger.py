"""Searches that can mean someone is in danger now, so results open with the right crisis lines.

People in crisis do not type trigger phrases: they write "my son wont wake up", "took too many
pills", "no despierta", "kms", with typos and no apostrophes. So a query is normalised
(accents, case, apostrophes, contractions, stretched letters), and matched against signals
written as meanings rather than phrases: single words, or groups of words that must appear
near each other ("took" + "pills", "won't" + "wake up"), each tolerant of misspellings of
longer words. Signals are strong (always danger), medium (danger unless the query is about
facts rather than a person: statistics, definitions, training, a code; or about a past event
with nothing happening now) or weak (also not when it is about care: programs, insurance).

The check runs on the query in memory and keeps nothing. Plain Python, no Flask. Each
locale's words are data (data/danger/<locale>.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from core.datafiles import Strict, Text, load
from core.text import HAN, fold, simplified

CATEGORIES = (
    "suicide",
    "self_harm",
    "overdose_poisoning",
    "unresponsive",
    "seizure_withdrawal",
    "violence",
    "psychosis_danger",
    "help_now",
)
_WORD = re.compile(r"[^\W_]+")
_STRETCHED = re.compile(r"(\w)\1{2,}")  # "ayudaaaa", "pleeease": three or more of a letter


# ---------------------------------------------------------------- spelling tolerance


def _within_one_edit(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours turns a into b."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def _close(typed: str, known: str) -> bool:
    """A misspelling of a longer word: one edit from 5 letters, two from 8 (a swap counts one)."""
    if len(known) < 5 or len(typed) < 4 or (typed[0] != known[0] and typed[:2] != known[:2][::-1]):
        return False
    if _within_one_edit(typed, known):
        return True
    if len(known) >= 8 and abs(len(typed) - len(known)) <= 2:
        return (
            any(_within_one_edit(typed[:i] + typed[i + 1 :], known) for i in range(len(typed)))
            or any(_within_one_edit(typed, known[:i] + known[i + 1 :]) for i in range(len(known)))
            or _two_substitutions(typed, known)
        )
    return False


def _two_substitutions(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= 2


# Spanish spelling follows sound, so people write what they hear: "boses" (voces), "aser"
# (hacer), "combulsiones", "sobredocis". Comparing by sound catches these in short words too.
_SPANISH_SOUNDS = (
    (re.compile(r"h"), ""),
    (re.compile(r"v"), "b"),
    (re.compile(r"n(?=[bp])"), "m"),
    (re.compile(r"z"), "s"),
    (re.compile(r"c(?=[ei])"), "s"),
    (re.compile(r"qu(?=[ei])"), "k"),
    (re.compile(r"c"), "k"),
    (re.compile(r"ll"), "y"),
    (re.compile(r"(.)\1"), r"\1"),
)


def spanish_sound(word: str) -> str:
    for pattern, replacement in _SPANISH_SOUNDS:
        word = pattern.sub(replacement, word)
    return word


# ---------------------------------------------------------------- patterns


@dataclass(frozen=True)
class Pattern:
    """One word ("pills"), a word start ("suicid*") or a few words in a row ("wake up")."""

    words: tuple[str, ...]

    @classmethod
    def parse(cls, text: str, script: Script = "spaced") -> Pattern:
        return cls(tuple(_normalise_words(text, keep_stars=True, script=script)))


# How a language's text splits into the units patterns are written in: words between spaces;
# Chinese characters one by one (no spaces, and a segmenter's choices shift with the words
# around them, so a pattern is a run of characters); Arabic words without their attached
# conjunction or article ("وابني" and "ابني", "الحبوب" and "حبوب" are the same word here).
Script = Literal["spaced", "han", "arabic"]
_HAN_OR_WORD = re.compile(f"[{HAN}]|(?:(?![{HAN}])[^\\W_])+\\*?")
_ARABIC_PREFIXES = ("وال", "فال", "بال", "كال", "ال", "لل", "و", "ف")


def _normalise_words(text: str, keep_stars: bool = False, script: Script = "spaced") -> list[str]:
    folded = fold(text).replace("’", "'").replace("'", "")
    if not keep_stars:
        folded = _STRETCHED.sub(r"\1", folded)
    if script == "han":
        found = _HAN_OR_WORD.findall(simplified(folded))
        return found if keep_stars else [w.rstrip("*") for w in found]
    found = re.findall(r"[^\W_]+\*?", folded) if keep_stars else _WORD.findall(folded)
    if script == "arabic":
        return [_without_prefix(w) for w in found]
    return found


def _one_word(text: str, script: Script) -> str:
    found = _normalise_words(text, script=script)
    return found[0] if len(found) == 1 else fold(text)


def _without_prefix(word: str) -> str:
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word.rstrip("*")) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


# ---------------------------------------------------------------- the data file


class SignalData(Strict):
    category: Literal[CATEGORIES]  # type: ignore[valid-type]
    strength: Literal["strong", "medium", "weak"] = "medium"
    words: tuple[Text, ...] = ()
    near: tuple[tuple[Text, ...], ...] = ()  # groups of words or @concepts, all within `within`
    within: int = Field(default=4, ge=1, le=24)  # in characters for Chinese
    unless: tuple[Text, ...] = ()  # words or @concepts that make this signal mean something else

    @model_validator(mode="after")
    def _one_kind(self) -> SignalData:
        if bool(self.words) == bool(self.near):
            raise ValueError("a signal has either `words` or `near`")
        if self.near and len(self.near) < 2:
            raise ValueError("`near` needs at least two groups")
        return self


class DangerFile(Strict):
    contractions: dict[Text, Text] = Field(default_factory=dict)
    concepts: dict[Text, tuple[Text, ...]] = Field(default_factory=dict)
    signals: tuple[SignalData, ...] = Field(min_length=1)
    meta: tuple[Text, ...] = ()  # a question about facts: medium and weak signals are everyday
    care: tuple[Text, ...] = ()  # a question about care or paying: weak signals are everyday
    past: tuple[Text, ...] = ()  # a past event ("last year"): medium and weak signals are everyday…
    now: tuple[Text, ...] = ()  # …unless something is happening now ("tonight", "again")
    idioms: tuple[Text, ...] = ()  # phrases whose words are not danger ("dying to know")
    # Whole queries that are a call for help on their own ("help", "ayuda"): nothing else to read.
    alone: tuple[Text, ...] = ()
    # Real words that look like a misspelling of a danger word ("sizes" and "seizes").
    not_misspellings: tuple[Text, ...] = ()
    sounds: Literal["spanish"] | None = None  # compare words by sound, for this language's spelling
    script: Script = "spaced"  # how the language's text splits into words (see Script)


@dataclass(frozen=True)
class Signal:
    category: str
    strength: str  # strong | medium | weak
    groups: tuple[tuple[Pattern, ...], ...]  # one group: any pattern; several: all, near
    within: int
    unless: tuple[Pattern, ...]


@dataclass(frozen=True)
class Danger:
    """What a query signals: the categories found (most specific first), or none."""

    categories: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.categories)


@dataclass(frozen=True)
class DangerWords:
    contractions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    signals: tuple[Signal, ...] = ()
    meta: tuple[Pattern, ...] = ()
    care: tuple[Pattern, ...] = ()
    past: tuple[Pattern, ...] = ()
    now: tuple[Pattern, ...] = ()
    idioms: tuple[Pattern, ...] = ()
    not_misspellings: frozenset[str] = frozenset()
    alone: frozenset[tuple[str, ...]] = frozenset()
    sound: Callable[[str], str] | None = None
    script: Script = "spaced"
    # Built from the above, for matching in one pass: patterns by their first word.
    by_first: Mapping[str, tuple[Pattern, ...]] = field(default_factory=dict)
    words_by_initial: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # for misspellings
    # Each word start ("suicid*") with its letters and, in a language compared by sound, their
    # sound (only for starts of 4 letters or more), worked out once.
    stem_sounds: tuple[tuple[str, str, str | None], ...] = ()
    sounds: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # sound -> words
    signal_patterns: frozenset[Pattern] = frozenset()  # every pattern a signal is made of

    @classmethod
    def from_data(cls, data: DangerFile) -> DangerWords:
        def expand(items: Iterable[str]) -> tuple[Pattern, ...]:
            out: list[Pattern] = []
            for item in items:
                if item.startswith("@"):
                    name = item[1:]
                    if name not in data.concepts:
                        raise ValueError(f"unknown concept {item!r}")
                    out.extend(Pattern.parse(word, data.script) for word in data.concepts[name])
                else:
                    out.append(Pattern.parse(item, data.script))
            if not all(p.words for p in out):
                raise ValueError(f"a pattern with no words in {list(items)}")
            return tuple(dict.fromkeys(out))

        signals = []
        for raw in data.signals:
            groups = (expand(raw.words),) if raw.words else tuple(expand(group) for group in raw.near)
            signals.append(Signal(raw.category, raw.strength, groups, raw.within, expand(raw.unless)))
        lists = {name: expand(getattr(data, name)) for name in ("meta", "care", "past", "now", "idioms")}
        every = [p for sig in signals for group in (*sig.groups, sig.unless) for p in group]
        every += [p for patterns in lists.values() for p in patterns]
        by_first: dict[str, list[Pattern]] = {}
        for pattern in dict.fromkeys(every):
            by_first.setdefault(pattern.words[0], []).append(pattern)
        vocabulary = {w for p in every for w in p.words}
        plain = sorted(w for w in vocabulary if not w.endswith("*"))
        words_by_initial: dict[str, list[str]] = {}
        for word in plain:
            if len(word) >= 5:
                words_by_initial.setdefault(word[0], []).append(word)
        sound = spanish_sound if data.sounds == "spanish" else None
        stems = tuple(sorted(w for w in vocabulary if w.endswith("*")))
        sounds: dict[str, list[str]] = {}
        if sound is not None:
            for word in plain:
                if len(word) >= 4:
                    sounds.setdefault(sound(word), []).append(word)
        return cls(
            contractions={
                _one_word(k, data.script): tuple(_normalise_words(v, script=data.script))
                for k, v in data.contractions.items()
            },
            signals=tuple(signals),
            not_misspellings=frozenset(fold(w) for w in data.not_misspellings),
            alone=frozenset(Pattern.parse(text, data.script).words for text in data.alone),
            script=data.script,
            sound=sound,
            by_first={k: tuple(v) for k, v in by_first.items()},
            words_by_initial={k: tuple(v) for k, v in words_by_initial.items()},
            stem_sounds=tuple(
                (stem, stem[:-1], sound(stem[:-1]) if sound is not None and len(stem) > 4 else None)
                for stem in stems
            ),
            sounds={k: tuple(v) for k, v in sounds.items()},
            signal_patterns=frozenset(p for sig in signals for group in sig.groups for p in group),
            **lists,
        )

    def tokens(self, text: str) -> list[str]:
        out: list[str] = []
        for word in _normalise_words(text, script=self.script):
            out.extend(self.contractions.get(word, (word,)))
        return out

    def _equivalents(self, token: str, real: bool) -> frozenset[str]:
        """The list words a typed word stands for: itself, a word start it begins with, and,
        unless it is a real word, the longer words it is a misspelling of; in Spanish also
        words that sound the same ("boses": "voces")."""
        found = {token}
        token_sound = self.sound(token) if self.sound is not None else None
        for stem, bare, bare_sound in self.stem_sounds:
            if (
                token.startswith(bare)
                or (not real and len(bare) >= 5 and _close(token[: len(bare)], bare))
                or (token_sound is not None and bare_sound is not None and token_sound.startswith(bare_sound))
            ):
                found.add(stem)
        if not real and len(token) >= 4:
            candidates = self.words_by_initial.get(token[0], ())
            if len(token) > 1:
                candidates += self.words_by_initial.get(token[1], ())  # a swap of the first two letters
            found.update(word for word in candidates if _close(token, word))
        if token_sound is not None and len(token) >= 4:
            found.update(self.sounds.get(token_sound, ()))
        return frozenset(found)

    def check(
        self, text: str, is_real_word: Callable[[str], bool] | None = None, strong_only: bool = False
    ) -> Danger:
        """The categories `text` signals. `is_real_word` says a word is spelled as meant, so it
        is never read as a misspelling of a danger word ("sizes" is not "seizes").
        `strong_only`: only the signals that never depend on context (for words of another
        language mixed in: "i want to die ayuda")."""
        tokens = self.tokens(text)
        if not tokens:
            return Danger()
        if tuple(tokens) in self.alone:
            return Danger(("help_now",))
        equivalents = self._equivalents_of(tokens, is_real_word)
        hidden = self._idiom_words(equivalents)
        visible = [frozenset() if i in hidden else e for i, e in enumerate(equivalents)]
        spans = _all_spans(visible, self.by_first)

        held = self._held(spans)

        def found_any(patterns: Sequence[Pattern]) -> bool:
            return bool(_context_spans(patterns, spans, held))

        past = found_any(self.past) and not found_any(self.now)
        about_facts = past or found_any(self.meta)
        about_care = about_facts or found_any(self.care)
        found: list[str] = []
        for signal in self.signals:
            if signal.category in found or (strong_only and signal.strength != "strong"):
                continue
            if (signal.strength == "medium" and about_facts) or (signal.strength == "weak" and about_care):
                continue
            if signal.unless and found_any(signal.unless):
                continue
            if _signal_holds(signal, spans):
                found.append(signal.category)
        order = {category: i for i, category in enumerate(CATEGORIES)}
        return Danger(tuple(sorted(found, key=order.__getitem__)))

    def _equivalents_of(self, tokens: Sequence[str], is_real_word: Callable[[str], bool] | None) -> list:
        blocked = self.not_misspellings
        return [
            self._equivalents(t, t in blocked or (is_real_word is not None and is_real_word(t)))
            for t in tokens
        ]

    def _idiom_words(self, equivalents: Sequence[frozenset[str]]) -> set[int]:
        """Where the words of an idiom ("dying to know") are: set aside before anything else is
        read, unless a longer danger phrase holds the idiom ("amenazando de muerte")."""
        hidden: set[int] = set()
        everything = _all_spans(equivalents, self.by_first)
        for start, end in _context_spans(self.idioms, everything, self._held(everything)):
            hidden.update(range(start, end + 1))
        return hidden

    def outside_idioms(self, text: str, is_real_word: Callable[[str], bool] | None = None) -> str:
        """The text's words without this language's idioms: what is left to read in another
        language ("que quiere decir kms" leaves nothing for the English list to see)."""
        tokens = self.tokens(text)
        hidden = self._idiom_words(self._equivalents_of(tokens, is_real_word))
        return " ".join(token for i, token in enumerate(tokens) if i not in hidden)

    def _held(self, spans: Mapping[Pattern, list[Span]]) -> list[Span]:
        """Where the danger phrases found are (the patterns signals are made of)."""
        return [span for pattern, found in spans.items() if pattern in self.signal_patterns for span in found]

    def found_in(self, text: str, is_real_word: Callable[[str], bool] | None = None) -> bool:
        return bool(self.check(text, is_real_word))


Span = tuple[int, int]


def check_with_fallback(
    words: DangerWords,
    text: str,
    is_real_word: Callable[[str], bool] | None,
    fallback: DangerWords | None = None,
) -> Danger:
    """A query checked in its page's language, then, if nothing was found, against another
    language's strong signals only, exactly as written: people mix languages ("i want to die
    ayuda"). The page language's idioms are set aside first ("que quiere decir kms")."""
    found = words.check(text, is_real_word)
    if not found and fallback is not None:
        found = fallback.check(words.outside_idioms(text, is_real_word), lambda word: True, strong_only=True)
    return found


def _all_spans(equivalents: Sequence[frozenset[str]], by_first: Mapping[str, Sequence[Pattern]]) -> dict:
    """Every pattern found in the query, with where: one pass over the words."""
    spans: dict[Pattern, list[Span]] = {}
    for start, here in enumerate(equivalents):
        for key in here:
            for pattern in by_first.get(key, ()):
                end = start + len(pattern.words) - 1
                if end < len(equivalents) and all(
                    w in equivalents[start + k] for k, w in enumerate(pattern.words[1:], start=1)
                ):
                    spans.setdefault(pattern, []).append((start, end))
    return spans


def _signal_holds(signal: Signal, spans: Mapping[Pattern, list[Span]]) -> bool:
    groups = [sorted({s for p in group for s in spans.get(p, ())}) for group in signal.groups]
    if not all(groups):
        return False
    if len(groups) == 1:
        return True
    # Every group found, all within `within` words of each other, without sharing a word. A
    # word can belong to two groups ("alcohol" is a substance and a drink), so try every
    # choice, not only the first that fits (a query has a few dozen spans at most).

    def fits_from(chosen: list[Span], rest: list[list[Span]]) -> bool:
        if not rest:
            return True
        return any(
            fits_from([*chosen, span], rest[1:])
            for span in rest[0]
            if all(abs(span[0] - c[0]) <= signal.within and not _overlap(span, c) for c in chosen)
        )

    return fits_from([], groups)


def _context_spans(
    patterns: Sequence[Pattern], spans: Mapping[Pattern, list[Span]], held: Sequence[Span]
) -> list[Span]:
    """Where context words (idioms, "unless", facts, care, past) were found, leaving out
    those that are only part of a longer danger phrase (`held`): "what is" in "dont know
    what is real" does not make the query a question about facts."""
    return [
        span
        for p in patterns
        for span in spans.get(p, ())
        if not any(_inside(span, longer) for longer in held)
    ]


def _inside(short: Span, long: Span) -> bool:
    return long[0] <= short[0] and short[1] <= long[1] and long[1] - long[0] > short[1] - short[0]


def _overlap(a: Span, b: Span) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def load_danger_words(path: Path) -> DangerWords:
    if not path.exists():
        return DangerWords()  # a test names any locale without its file
    data = load(path, DangerFile)
    try:
        return DangerWords.from_data(data)
    except ValueError as err:
        from core.datafiles import DataError

        raise DataError(f"{path}: {err}") from None
