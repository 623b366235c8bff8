"""Finding care, the Flask-free part: state pointers with their sources, and call checklists."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
import yaml

from core.datafiles import DataError, validate
from core.find_care import (
    CARE_KINDS,
    TOPICS,
    VOICES,
    States,
    call_questions,
    load_states,
    topics_from_result,
)

ROOT = Path(__file__).resolve().parents[2]
STATES_FILE = ROOT / "data" / "find_care" / "states.yaml"
FIFTY_AND_DC = set(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "DC",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
    ]
)


@pytest.fixture(scope="module")
def states() -> States:
    return load_states(ROOT / "data")


@pytest.fixture(scope="module")
def raw() -> dict:
    return yaml.safe_load(STATES_FILE.read_text(encoding="utf-8"))


def test_every_state_and_dc_is_listed(states: States) -> None:
    assert {state.code for state in states.states} >= FIFTY_AND_DC


def test_every_agency_names_the_page_it_was_read_on_and_when(states: States) -> None:
    for state in states.states:
        agencies = [state.medicaid, *([state.chip] if state.chip else []), *state.behavioral_health]
        for agency in agencies:
            assert agency.source.startswith(("https://", "http://")), (state.code, agency.agency)
            assert agency.source_title
            assert isinstance(agency.checked, dt.date)
            if agency.phone:
                assert agency.phone_source, (state.code, agency.agency)


def test_every_state_has_somewhere_to_ask_about_substance_use_and_mental_health(states: States) -> None:
    for state in states.states:
        assert state.agencies_for("substance_use"), state.code
        assert state.agencies_for("mental_health"), state.code


def test_no_entry_is_more_than_a_year_old(states: States) -> None:
    # Agencies merge and rename often: an entry a year old must be read again (this fails then).
    assert states.stale(dt.date.today()) == []


@pytest.mark.parametrize("field", ["source", "checked", "source_title"])
def test_an_entry_without_its_source_or_date_does_not_load(raw: dict, field: str) -> None:
    broken = copy.deepcopy(raw)
    del broken["states"][0]["medicaid"][field]
    with pytest.raises(DataError, match=field):
        validate(STATES_FILE, States, broken)


def test_a_phone_without_the_page_it_was_read_on_does_not_load(raw: dict) -> None:
    broken = copy.deepcopy(raw)
    agency = broken["states"][0]["behavioral_health"][0]
    agency["phone"] = "1-800-555-0100"
    agency.pop("phone_source", None)
    with pytest.raises(DataError, match="phone_source"):
        validate(STATES_FILE, States, broken)


def test_spanish_names_where_they_differ(states: States) -> None:
    assert states.get("NY").name_in("es") == "Nueva York"
    assert states.get("TX").name_in("es") == "Texas"
    assert [s.name_in("es") for s in states.sorted_for("es")][:2] == ["Alabama", "Alaska"]


# ---------------------------------------------------------------- the call checklist


def test_the_level_question_follows_the_kind_of_care() -> None:
    assert "level_iop" in call_questions("iop", "self")
    assert "level_higher" not in call_questions("iop", "self")
    assert "level_higher" in call_questions("higher_level", "self")
    assert "level_higher" in call_questions("urgent", "self")
    assert {"level_iop", "level_outpatient"} <= set(call_questions("not_sure", "self"))


def test_each_caller_gets_their_own_questions() -> None:
    assert "consent" in call_questions("iop", "family")
    assert "consent" not in call_questions("iop", "self")
    assert "referral" in call_questions("iop", "professional")
    assert "family_part" not in call_questions("iop", "professional")


def test_without_topics_every_topic_question_is_offered_and_with_some_only_those() -> None:
    general = call_questions("iop", "self")
    assert {"medicines", "both_together", "teen_program", "language", "evening_virtual", "pregnancy"} <= set(
        general
    )
    fitted = call_questions("iop", "self", {"teen"})
    assert "teen_program" in fitted and "medicines" not in fitted
    assert "coverage_cost" in fitted and "taking_people" in fitted  # always asked


def test_every_combination_asks_about_waiting_and_cost() -> None:
    for care in CARE_KINDS:
        for voice in VOICES:
            questions = call_questions(care, voice, set(TOPICS))
            assert questions[0] == "taking_people"
            assert "coverage_cost" in questions
            assert len(set(questions)) == len(questions)


def test_unknown_choices_are_refused() -> None:
    with pytest.raises(ValueError):
        call_questions("spa", "self")
    with pytest.raises(ValueError):
        call_questions("iop", "robot")
    with pytest.raises(ValueError):
        call_questions("iop", "self", {"horoscope"})


def test_a_result_raises_the_topics_its_answers_call_for() -> None:
    teen_opioids = {
        "age": "teen",
        "use_opioids_nonmedical": "some_days",
        "preferences": ("evenings_weekends",),
    }
    assert topics_from_result(teen_opioids, ()) == {"medicines", "both", "teen", "flexible"}
    pregnant = {"age": "adult", "health_flags": ("pregnant_or_postpartum",)}
    assert topics_from_result(pregnant, ()) == {"pregnancy"}
    cannabis = {"age": "adult", "use_cannabis": "most_days"}
    assert topics_from_result(cannabis, ()) == {
        "both"
    }  # the medicines question is for opioid and alcohol use
    calm = {"age": "adult", "use_alcohol": "none", "preferences": ("in_person",)}
    assert topics_from_result(calm, ()) == set()
    assert "medicines" in topics_from_result({"age": "adult"}, ("naloxone",))
