"""Search finds the right article for the words real people type, in every language."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from core.articles import load_library
from core.search import SearchIndex, build, load_synonyms
from tests.locales import LOCALES

ROOT = Path(__file__).resolve().parents[2]

# (query, an article that must be in the top 3)
QUERIES = {
    "en": [
        ("rehab cost", "cost-of-iop"),
        ("how many hours", "what-a-week-looks-like"),
        ("what is an iop", "what-is-an-iop"),
        ("intensive outpatient", "what-is-an-iop"),
        ("insurance denied", "insurance-and-iop"),
        ("insurence", "insurance-and-iop"),
        ("no insurance", "paying-without-insurance"),
        ("how much does it cost", "cost-of-iop"),
        ("my son is using drugs", "iop-for-teens"),
        ("teenager", "iop-for-teens"),
        ("detox", "iop-for-substance-use"),
        ("suboxone", "iop-for-substance-use"),
        ("online therapy from home", "virtual-iop"),
        ("zoom", "virtual-iop"),
        ("depression and anxiety", "iop-for-mental-health"),
        ("dual diagnosis", "co-occurring-conditions"),
        ("DBT", "therapies-used-in-iop"),
        ("cognitive behavioral therapy", "therapies-used-in-iop"),
        ("partial hospitalization", "levels-of-care"),
        ("residential or outpatient", "levels-of-care"),
        ("will my boss find out", "stigma-and-iop"),
        ("scam free travel", "choosing-a-program"),
        ("how to support my husband", "supporting-someone-in-iop"),
        ("social worker referral", "referring-to-iop"),
        ("what happens after", "after-iop"),
        ("relapse", "after-iop"),
        ("prior authorization", "insurance-and-iop"),
        ("sliding scale", "paying-without-insurance"),
        ("medicare", "insurance-and-iop"),
        ("weed", "iop-for-substance-use"),
        ("will i lose my job", "stigma-and-iop"),
        ("schizophrenia", "iop-for-mental-health"),
        ("my boyfriend drinks", "supporting-someone-in-iop"),  # who it is about still counts
        ("my mom", "supporting-someone-in-iop"),
        ("medication assisted treatment", "iop-for-substance-use"),
        ("is it covered by aetna", "insurance-and-iop"),  # insurer names mean insurance
        ("panic attacks", "iop-for-mental-health"),
    ],
    "es": [
        ("seguro médico", "insurance-and-iop"),
        ("seguro medico", "insurance-and-iop"),
        ("mi hijo", "iop-for-teens"),
        ("cuánto cuesta", "cost-of-iop"),
        ("cuanto cuesta", "cost-of-iop"),
        ("cuántas horas", "what-a-week-looks-like"),
        ("que es un programa intensivo ambulatorio", "what-is-an-iop"),
        ("sin seguro", "paying-without-insurance"),
        ("desintoxicacion", "iop-for-substance-use"),
        ("alcohol y drogas", "iop-for-substance-use"),
        ("terapia en linea", "virtual-iop"),
        ("depresion", "iop-for-mental-health"),
        ("trastornos concurrentes", "co-occurring-conditions"),
        ("terapia cognitivo conductual", "therapies-used-in-iop"),
        ("hospitalizacion parcial", "levels-of-care"),
        ("vergüenza", "stigma-and-iop"),
        ("mi trabajo se va a enterar", "stigma-and-iop"),
        ("como elegir un programa", "choosing-a-program"),
        ("apoyar a mi esposo", "supporting-someone-in-iop"),
        ("recaída", "after-iop"),
        ("autorizacion previa", "insurance-and-iop"),
        ("escala movil", "paying-without-insurance"),
        ("adolescentes", "iop-for-teens"),
        ("medicamentos para opioides", "iop-for-substance-use"),
        ("seguro medicoo", "insurance-and-iop"),
        ("marihuana", "iop-for-substance-use"),
        ("perder mi trabajo", "stigma-and-iop"),
        ("horario", "what-a-week-looks-like"),
        ("mi esposo toma mucho", "supporting-someone-in-iop"),
        ("mi mamá", "supporting-someone-in-iop"),  # found through a common synonym in a title
        ("ataques de pánico", "iop-for-mental-health"),
        ("referir a un paciente", "referring-to-iop"),
        ("bulimia", "iop-for-mental-health"),
    ],
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    library = load_library(ROOT / "content", LOCALES, shortcode=lambda *_: "")
    root = tmp_path_factory.mktemp("search")
    content = {loc: library.translated(loc) for loc in LOCALES}
    build(root, content)
    synonyms = {loc: load_synonyms(ROOT / "data" / "synonyms" / f"{loc}.yaml") for loc in LOCALES}
    return SearchIndex(root, content, synonyms)


@pytest.mark.parametrize(
    "locale,query,slug", [(loc, q, s) for loc, pairs in QUERIES.items() for q, s in pairs]
)
def test_lay_query_finds_the_right_article(index: SearchIndex, locale: str, query: str, slug: str) -> None:
    results = index.search(locale, query)
    top = [hit.slug for hit in results.hits[:3]]
    assert slug in top, f"{query!r} → {top}"


def test_each_locale_has_at_least_15_queries() -> None:
    assert all(len(pairs) >= 15 for pairs in QUERIES.values())


# Written blind by a helper who saw only the article titles and summaries (tests/data/lay_blind):
# first measured at 85.0% (en) and 81.7% (es) in the top 3; see docs/search.md.
LAY_BLIND = ROOT / "tests" / "data" / "lay_blind"


@pytest.mark.parametrize("locale", [loc for loc in LOCALES if (LAY_BLIND / f"{loc}.yaml").exists()])
def test_blind_lay_queries_find_a_right_article_in_the_top_3(index: SearchIndex, locale: str) -> None:
    items = yaml.safe_load((LAY_BLIND / f"{locale}.yaml").read_text(encoding="utf-8"))
    missed = []
    for item in items:
        top = [hit.slug for hit in index.search(locale, item["q"]).hits[:3]]
        if not set(top) & set(item["good"]):
            missed.append((item["q"], top))
    found = 1 - len(missed) / len(items)
    print(f"{locale}: {found:.1%} of {len(items)} blind lay queries; missed: {missed}")
    assert found >= 0.95, missed


@pytest.mark.parametrize(
    "locale,query,slug",
    [
        ("en", "my 15 year old smokes weed every day", "iop-for-teens"),
        ("en", "72 yo dad mixing wine and pills", "older-adults"),
        ("es", "mi hija de 16 años toma pastillas", "iop-for-teens"),
        ("es", "mi papá de 80 años bebe mucho", "older-adults"),
    ],
)
def test_an_age_as_people_write_it_finds_the_article_for_that_age(
    index: SearchIndex, locale: str, query: str, slug: str
) -> None:
    assert slug in [hit.slug for hit in index.search(locale, query).hits[:3]]


# "Did you mean" only for real misspellings: a wrong guess is worse than none.
MISSPELLINGS = [
    ("en", "alchohol", "alcohol"),
    ("en", "theraphy", "therapy"),
    ("en", "withdrawl", "withdrawal"),
    ("en", "vivitroll", "vivitrol"),  # a lay term, known from the synonyms only
    ("en", "medicad", "medicaid"),  # a dropped letter beats the more frequent "medical"
    ("es", "ansiedda", "ansiedad"),
    ("es", "marihuna", "marihuana"),
]
KNOWN_WORDS = [
    ("en", "rehab cost"),  # a lay term the synonyms know, though no article says it
    ("en", "suboxen"),  # a common misspelling the synonyms know: searched for what it means
    ("en", "cheap therapy"),  # a real word; "check" is two letters away
    ("en", "denied claim appeal"),
    ("es", "mi hija bebe"),  # "bebe" shares its stem with "beber"
    ("es", "ayuda para mi esposo"),
]


@pytest.mark.parametrize("locale,typed,meant", MISSPELLINGS)
def test_a_misspelling_is_offered_the_word_meant(
    index: SearchIndex, locale: str, typed: str, meant: str
) -> None:
    results = index.search(locale, typed)
    assert results.suggestion and meant in results.suggestion
    assert results.query == typed  # what they typed is what was searched: a suggestion is only offered
    assert index.search(locale, results.suggestion).total > 0


@pytest.mark.parametrize("locale,typed", KNOWN_WORDS)
def test_known_words_get_no_wrong_guess(index: SearchIndex, locale: str, typed: str) -> None:
    results = index.search(locale, typed)
    assert results.suggestion is None, results.suggestion
    assert results.total > 0


def test_a_short_misspelling_is_offered_not_searched_in_its_place(index: SearchIndex) -> None:
    # "hoirs" is one letter from "hours": offered, and the page still shows what was typed.
    results = index.search("en", "hoirs")
    assert results.suggestion == "hours" and results.query == "hoirs" and results.total == 0


# Suggestions that reversed or twisted what people typed (issue #16): real words, contractions
# without apostrophes, negations, place names.
NEVER_CORRECTED = [
    ("en", "cant stop drinking"),
    ("en", "wont go to treatment"),
    ("en", "dont want help"),
    ("en", "im scared"),
    ("en", "smoking weed every day"),
    ("en", "medicaid chip texas"),
    ("en", "aetna cigna humana"),
    ("en", "didnt help"),
    ("es", "no quiero ir"),
    ("es", "mi hijo no come"),
    ("es", "seguro en california"),
]


@pytest.mark.parametrize("locale,typed", NEVER_CORRECTED)
def test_real_words_negations_and_places_are_never_corrected(
    index: SearchIndex, locale: str, typed: str
) -> None:
    assert index.search(locale, typed).suggestion is None
