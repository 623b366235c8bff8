"""Searches that can mean someone is in danger now: detected by meaning, in every language.

The blind sets in tests/data/danger_blind/ were written by people who never saw the word lists
(danger phrasings as frightened people type them, and everyday questions that share their
words). Recall and false alarms are printed per category; the thresholds below are floors.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from core.danger import CATEGORIES, DangerWords, check_with_fallback, load_danger_words, spanish_sound
from core.words import is_real_word
from tests.locales import LOCALES

ROOT = Path(__file__).resolve().parents[2]
BLIND = ROOT / "tests" / "data" / "danger_blind"
HOLDOUT = ROOT / "tests" / "data" / "danger_holdout"  # a second blind set, kept back for measuring
THIRD = ROOT / "tests" / "data" / "danger_blind3"  # a third, measured before any change it caused
# zh, vi and ar: written blind when those locales were added (first figures in docs/languages.md).
FOURTH = ROOT / "tests" / "data" / "danger_blind4"


@functools.cache
def detector(locale: str) -> Callable[[str], tuple[str, ...]]:
    words = load_danger_words(ROOT / "data" / "danger" / f"{locale}.yaml")
    english = load_danger_words(ROOT / "data" / "danger" / "en.yaml")

    def check(query: str) -> tuple[str, ...]:
        fallback = english if locale != "en" else None  # as core.site.Site.danger_in does
        return check_with_fallback(words, query, lambda w: is_real_word(w, locale), fallback).categories

    return check


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_has_its_danger_words(locale: str) -> None:
    assert (ROOT / "data" / "danger" / f"{locale}.yaml").exists(), f"add data/danger/{locale}.yaml"


# ---- the queries the issue found missed, or twisted, as regression tests -------------------

MISSED_BEFORE = {
    "en": {
        "took too many pills": "overdose_poisoning",
        "seizure": "seizure_withdrawal",
        "DTs": "seizure_withdrawal",
        "alcohol withdrawl seizure": "seizure_withdrawal",
        "my son wont wake up": "unresponsive",
        "he won't wake up": "unresponsive",
        "unalive myself": "suicide",
        "my gf is cutting": "self_harm",
        "i stopped drinking 3 days ago and im shaking and seeing things": "seizure_withdrawal",
        "my 2 year old swallowed my pills": "overdose_poisoning",
    },
    "es": {
        "mi hijo tomo muchas pastillas": "overdose_poisoning",
        "no despierta": "unresponsive",
        "convulsiones": "seizure_withdrawal",
        "a quien llamo esta noche": "help_now",
        "mi esposo me esta golpeando": "violence",
        "escucho boses que me dicen que me mate": "psychosis_danger",
        "i want to die ayuda": "suicide",
    },
}
NEAR_MISSES = {
    "en": [
        "where to buy naloxone",
        "what does withdrawal feel like in week one",
        "who do I call about my bill",
        "this paperwork is killing me",
        "does insurance cover seizure medicine",
        "suicide prevention training for staff",
        "i cant wake up in the morning on my meds",
        "my brother attempted suicide last year how do i support him in iop",
    ],
    "es": [
        "me muero de ganas de empezar",
        "convulsiones y cobertura",
        "a quien llamo para saber si aceptan medicaid",
        "este papeleo me esta matando",
        "estadisticas de sobredosis en texas",
    ],
}


@pytest.mark.parametrize("locale,query", [(loc, q) for loc, cases in MISSED_BEFORE.items() for q in cases])
def test_danger_the_phrase_list_missed_is_found_with_its_category(locale: str, query: str) -> None:
    assert MISSED_BEFORE[locale][query] in detector(locale)(query)


@pytest.mark.parametrize("locale,query", [(loc, q) for loc, queries in NEAR_MISSES.items() for q in queries])
def test_everyday_questions_that_share_words_with_danger_raise_no_alarm(locale: str, query: str) -> None:
    assert detector(locale)(query) == ()


# ---- how matching generalises ---------------------------------------------------------------


@pytest.fixture(scope="module")
def english() -> DangerWords:
    return load_danger_words(ROOT / "data" / "danger" / "en.yaml")


def test_contractions_with_or_without_apostrophes_read_the_same(english: DangerWords) -> None:
    assert english.tokens("can't") == english.tokens("cant") == english.tokens("can not") == ["can", "not"]
    assert english.tokens("WON’T") == ["will", "not"]
    assert english.tokens("helppppp meeee") == ["help", "me"]


def test_misspellings_of_long_words_match_but_real_words_do_not(english: DangerWords) -> None:
    real = lambda w: is_real_word(w, "en")  # noqa: E731
    assert english.check("sucidal", real)
    assert english.check("overdoes", real)
    assert not english.check("sizes", real)  # a real word, not "seizes"


def test_words_near_each_other_combine_and_far_apart_they_do_not(english: DangerWords) -> None:
    assert english.check("he took like 20 of his xanax")
    assert not english.check("took the kids to the park then later picked up my xanax refill")


def test_context_words_inside_a_longer_danger_phrase_do_not_count() -> None:
    # "what is" asks for facts and "de muerte" is an idiom, but not when a danger phrase holds them.
    assert "psychosis_danger" in detector("en")(
        "seeing things dont know whats real scared ill do something bad"
    )
    assert detector("en")("what is psychosis") == ()
    assert "violence" in detector("es")("me estan amenazando de muerte")
    assert detector("es")("me dio un susto de muerte el examen") == ()


def test_a_bare_call_for_help_is_help_now_but_help_with_something_is_not() -> None:
    assert detector("en")("help") == ("help_now",)
    assert detector("es")("Ayuda!") == ("help_now",)
    assert detector("en")("help with paying for iop") == ()


def test_a_word_in_two_groups_can_fill_either() -> None:
    # "alcohol" is a substance and a drink: the mixing signal must still find both.
    assert "overdose_poisoning" in detector("es")("tome alcohol con clonazepam y no puedo abrir los ojos")


def test_the_english_fallback_does_not_read_words_inside_the_page_languages_idioms() -> None:
    assert detector("es")("que quiere decir kms en un mensaje") == ()
    assert "suicide" in detector("es")("kms ya no puedo")


def test_spanish_is_compared_by_sound() -> None:
    assert spanish_sound("boses") == spanish_sound("voces")
    assert spanish_sound("aser") == spanish_sound("hacer")
    assert spanish_sound("combulsiones") == spanish_sound("convulsiones")


def test_checking_keeps_nothing(english: DangerWords) -> None:
    before = repr(english)
    english.check("my private worry about my son", lambda w: True)
    assert repr(english) == before


# ---- the blind sets ---------------------------------------------------------------------------


SETS = [(folder, p.stem) for folder in (BLIND, HOLDOUT, THIRD, FOURTH) for p in sorted(folder.glob("*.yaml"))]


@pytest.mark.parametrize("folder,locale", SETS, ids=[f"{f.name}-{loc}" for f, loc in SETS])
def test_blind_set_recall_and_false_alarms(folder: Path, locale: str) -> None:
    check = detector(locale)
    data = yaml.safe_load((folder / f"{locale}.yaml").read_text(encoding="utf-8"))
    assert set(data["danger"]) == set(CATEGORIES)
    caught = total = 0
    for category, queries in data["danger"].items():
        found = [q for q in queries if check(q)]
        right = [q for q in queries if category in check(q)]
        print(f"{locale} {category}: {len(found)}/{len(queries)} detected, {len(right)} as {category}")
        caught += len(found)
        total += len(queries)
    alarms = [q for q in data["everyday"] if check(q)]
    print(f"{locale}: recall {caught}/{total}, false alarms {len(alarms)}/{len(data['everyday'])}")
    assert caught / total >= 0.95
    assert len(alarms) / len(data["everyday"]) <= 0.02, alarms


# ---- scripts: Chinese read character by character, Arabic without attached particles --------


def _words_from(data: dict) -> DangerWords:
    from core.danger import DangerFile

    return DangerWords.from_data(DangerFile.model_validate(data))


def test_chinese_patterns_are_runs_of_characters_found_anywhere_in_a_sentence() -> None:
    words = _words_from(
        {
            "script": "han",
            "concepts": {"drug": ["药", "安眠药", "pills"]},
            "signals": [
                {"category": "overdose_poisoning", "near": [["吃了", "吞了"], ["@drug"]], "within": 8},
                {"category": "unresponsive", "words": ["叫不醒"]},
            ],
        }
    )
    assert words.check("我儿子吃了一整瓶安眠药").categories == ("overdose_poisoning",)
    assert words.check("妈妈叫不醒怎么办").categories == ("unresponsive",)
    assert words.check("他吃了很多pills").categories == ("overdose_poisoning",)
    assert not words.check("昨天中午吃了饭，今天下午一个人去药店买纳洛酮")  # too far apart


def test_arabic_words_match_with_or_without_and_or_the() -> None:
    words = _words_from(
        {
            "script": "arabic",
            "signals": [{"category": "overdose_poisoning", "near": [["بلع"], ["حبوب", "دواء"]], "within": 4}],
        }
    )
    assert words.check("ابني بلع الحبوب").categories == ("overdose_poisoning",)
    assert words.check("وابني بلع حبوب كثيره").categories == ("overdose_poisoning",)
    assert words.check("ابنى بلع الدواء").categories == ("overdose_poisoning",)  # ى for ي
    assert not words.check("اين اشتري دواء النالوكسون")


def test_chinese_danger_words_match_in_traditional_characters_too() -> None:
    words = _words_from(
        {
            "script": "han",
            "signals": [{"category": "overdose_poisoning", "near": [["吃了", "喝了"], ["药", "杀虫剂"]]}],
        }
    )
    assert words.check("孩子喝了殺蟲劑").categories == ("overdose_poisoning",)
    assert words.check("他吃了很多藥").categories == ("overdose_poisoning",)
