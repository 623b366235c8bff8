"""Searches that can mean someone is in danger are recognised in every language we serve."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.crisis_words import CrisisWords, load_crisis_words

ROOT = Path(__file__).resolve().parents[2]
LOCALES = sorted(p.parent.parent.name for p in (ROOT / "translations").glob("*/LC_MESSAGES/messages.po"))
LOCALES = ["en", *[code for code in LOCALES if code != "en"]]

DANGER = {
    "en": [
        "suicide",
        "Suicidal thoughts",
        "I want to die",
        "how to kill myself",
        "my son is self-harming",
        "daughter cutting herself",
        "OVERDOSE",
        "don't want to live anymore",
        "988",
        "suicide hotline number",
        "I feel hopeless",
    ],
    "es": [
        "suicidio",
        "pensamientos suicidas",
        "quiero morirme",
        "me quiero morir",
        "autolesión",
        "mi hija se corta",
        "sobredosis",
        "hacerme daño",
        "no quiero vivir",
        "988",
        "ya no puedo más",
    ],
}
EVERYDAY = {
    "en": [
        "rehab cost",
        "how many hours",
        "my son",
        "insurance denied",
        "sliding scale",
        "self-check",
        "substance abuse",
    ],
    "es": ["seguro medico", "mi hijo", "cuanto cuesta", "terapia en linea", "horario"],
}


def words(locale: str) -> CrisisWords:
    return load_crisis_words(ROOT / "data" / "crisis_words" / f"{locale}.yaml")


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_has_crisis_words(locale: str) -> None:
    assert words(locale).phrases, f"data/crisis_words/{locale}.yaml is missing or empty"


@pytest.mark.parametrize("locale,query", [(loc, q) for loc, qs in DANGER.items() for q in qs])
def test_danger_is_recognised(locale: str, query: str) -> None:
    assert words(locale).found_in(query)


@pytest.mark.parametrize("locale,query", [(loc, q) for loc, qs in EVERYDAY.items() for q in qs])
def test_everyday_searches_are_not_flagged(locale: str, query: str) -> None:
    assert not words(locale).found_in(query)


def test_a_prefix_matches_only_at_the_start_of_a_word() -> None:
    found = CrisisWords.from_list(["harm*"])
    assert found.found_in("harmful") and not found.found_in("pharmacy")


def test_a_phrase_matches_only_in_order() -> None:
    found = CrisisWords.from_list(["kill myself"])
    assert found.found_in("want to kill myself") and not found.found_in("myself kill")


def test_a_phrase_without_words_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "xx.yaml"
    bad.write_text("crisis_words: ['!!']\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no words"):
        load_crisis_words(bad)
