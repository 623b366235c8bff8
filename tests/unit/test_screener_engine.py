"""The self-check engine: every rule, and the safety invariants over every combination."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import screener
from screener.model import screener as model
from tests.screener_answers import CALM

RANK = {"urgent": 0, "higher_level": 1, "iop": 2, "outpatient": 3}
CLINICAL = (
    "concern",
    "self_harm",
    "danger_now",
    "withdrawal",
    "medical_needs",
    "daily_life",
    "current_care",
    "home_support",
    "time_available",
    "for_whom",
    "coverage",
)


def with_(**changes: str) -> dict[str, str]:
    answers = {**CALM, **changes}
    if answers["concern"] in ("substance_use", "both", "not_sure"):
        answers.setdefault("withdrawal", "no")
    return answers


# ---- table-driven: one row per rule (and the default) ------------------------------------
@pytest.mark.parametrize(
    "changes,outcome,rule",
    [
        ({}, "outpatient", "default_outpatient"),
        ({"self_harm": "now"}, "urgent", "self_harm_now"),
        ({"danger_now": "yes"}, "urgent", "danger_now"),
        ({"concern": "substance_use", "withdrawal": "severe"}, "higher_level", "withdrawal_severe"),
        ({"medical_needs": "yes"}, "higher_level", "medical_needs"),
        ({"daily_life": "cannot_manage"}, "higher_level", "cannot_manage"),
        ({"home_support": "no", "daily_life": "a_lot"}, "higher_level", "unsafe_home_high_need"),
        ({"self_harm": "recent"}, "iop", "self_harm_recent"),
        ({"self_harm": "prefer_not_to_say"}, "iop", "self_harm_recent"),
        ({"current_care": "leaving_higher_care"}, "iop", "step_down"),
        ({"current_care": "weekly_not_enough"}, "iop", "step_up"),
        ({"daily_life": "a_lot"}, "iop", "daily_life_a_lot"),
        ({"concern": "substance_use", "withdrawal": "mild"}, "iop", "withdrawal_mild"),
        ({"home_support": "no"}, "iop", "no_home_support"),
        ({"concern": "both", "daily_life": "some"}, "iop", "both_with_impact"),
        ({"current_care": "none", "daily_life": "some"}, "outpatient", "default_outpatient"),
    ],
)
def test_each_rule(changes: dict, outcome: str, rule: str) -> None:
    result = screener.evaluate(with_(**changes))
    assert result.outcome == outcome
    assert rule in [reason.rule_id for reason in result.reasons]


def test_every_rule_in_the_data_is_covered_by_the_table() -> None:
    tested = {
        "default_outpatient",
        "self_harm_now",
        "danger_now",
        "withdrawal_severe",
        "medical_needs",
        "cannot_manage",
        "unsafe_home_high_need",
        "self_harm_recent",
        "step_down",
        "step_up",
        "daily_life_a_lot",
        "withdrawal_mild",
        "no_home_support",
        "both_with_impact",
    }
    assert {rule.id for rule in model().rules} == tested


@pytest.mark.parametrize(
    "changes,note",
    [
        ({"time_available": "online_only"}, "online_only"),
        ({"time_available": "no"}, "no_time"),
        ({"for_whom": "someone_else"}, "for_someone_else"),
        ({"for_whom": "professional"}, "for_professional"),
        ({"concern": "substance_use", "withdrawal": "not_sure"}, "withdrawal_not_sure"),
        ({"coverage": "none"}, "no_coverage"),
        ({"coverage": "not_sure"}, "coverage_not_sure"),
        ({"concern": "not_sure"}, "concern_not_sure"),
    ],
)
def test_barrier_and_context_notes(changes: dict, note: str) -> None:
    assert note in screener.evaluate(with_(**changes)).notes


def test_every_outcome_is_reachable() -> None:
    seen = {
        screener.evaluate(with_(**c)).outcome
        for c in ({}, {"danger_now": "yes"}, {"medical_needs": "yes"}, {"daily_life": "a_lot"})
    }
    assert seen == set(screener.OUTCOMES)


# ---- invalid input ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "answers,code,question",
    [
        ({**CALM, "colour": "blue"}, "unknown_question", "colour"),
        ({**CALM, "self_harm": "maybe"}, "unknown_option", "self_harm"),
        ({k: v for k, v in CALM.items() if k != "self_harm"}, "missing", "self_harm"),
        ({**CALM, "concern": "substance_use"}, "missing", "withdrawal"),
        ({**CALM, "danger_now": True}, "not_text", "danger_now"),
        ({**CALM, "country": "zz"}, "unknown_option", "country"),
        ({}, "missing", "concern"),
    ],
)
def test_incomplete_or_invalid_answers_raise_a_clear_error(answers: dict, code: str, question: str) -> None:
    with pytest.raises(screener.InvalidAnswers) as error:
        screener.evaluate(answers)
    assert error.value.code == code
    assert error.value.question_id == question


def test_optional_questions_may_be_left_out() -> None:
    answers = {k: v for k, v in CALM.items() if k not in ("country", "coverage", "for_whom")}
    assert screener.evaluate(answers).answers["country"] == "us"
    # withdrawal does not apply to a mental-health-only concern
    assert screener.evaluate(CALM).outcome == "outpatient"


# ---- every combination: the safety invariants (hypothesis) ---------------------------------
def options(qid: str) -> list[str]:
    return list(model().question(qid).options)


full_answers = st.fixed_dictionaries(
    {qid: st.sampled_from(options(qid)) for qid in CLINICAL}
    | {"country": st.sampled_from(["us", "gb", "ca", "mx", "other"])}
)


@settings(max_examples=3000, deadline=None)
@given(full_answers)
def test_safety_invariants(answers: dict[str, str]) -> None:
    result = screener.evaluate(answers)
    if answers["self_harm"] == "now" or answers["danger_now"] == "yes":
        assert result.outcome == "urgent"
        assert result.crisis_first
    if answers["self_harm"] in ("recent", "prefer_not_to_say"):
        assert result.crisis_first
        assert result.outcome != "outpatient"
    if answers["withdrawal"] == "severe" or answers["medical_needs"] == "yes":
        assert result.outcome not in ("iop", "outpatient")
    assert result.reasons, "every result explains why"


@settings(max_examples=3000, deadline=None)
@given(full_answers, st.sampled_from([q.id for q in model().questions if q.ordered]))
def test_raising_one_answer_never_lowers_the_outcome(answers: dict[str, str], qid: str) -> None:
    ladder = options(qid)
    before = screener.evaluate(answers).outcome
    position = ladder.index(answers[qid])
    for higher in ladder[position + 1 :]:
        after = screener.evaluate({**answers, qid: higher}).outcome
        assert RANK[after] <= RANK[before], f"{qid}: {answers[qid]} -> {higher} lowered {before} to {after}"


def test_safety_invariants_exhaustively_over_the_safety_questions() -> None:
    # Hypothesis samples; these four questions decide the invariants, so try all of them.
    for self_harm, danger, withdrawal, medical in itertools.product(
        options("self_harm"), options("danger_now"), options("withdrawal"), options("medical_needs")
    ):
        for rest in ({}, {"daily_life": "cannot_manage", "home_support": "no"}):
            result = screener.evaluate(
                with_(
                    concern="both",
                    self_harm=self_harm,
                    danger_now=danger,
                    withdrawal=withdrawal,
                    medical_needs=medical,
                    **rest,
                )
            )
            if self_harm == "now" or danger == "yes":
                assert result.outcome == "urgent" and result.crisis_first
            if self_harm in ("recent", "prefer_not_to_say"):
                assert result.crisis_first and result.outcome != "outpatient"
            if withdrawal == "severe" or medical == "yes":
                assert result.outcome in ("urgent", "higher_level")
