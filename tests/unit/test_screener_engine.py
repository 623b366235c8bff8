"""The self-check engine against its contract (../shared/reference/self-check-v2.md).

One case per rule, generated from the rule list (a rule without a case fails), the cases the
clinical review found unsafe in version 1, and bad input. Invariants: test_screener_invariants.
"""

from __future__ import annotations

import pytest

import screener
from tests.screener_answers import CALM, answers

# rule id -> answers that make it match (on top of CALM), its level, timing and flags.
RULE_CASES: dict[str, tuple[dict, str, str, set[str]]] = {
    "danger_now": ({"danger_now": "yes"}, "urgent", "now", {"poison_help"}),
    "suicide_now": ({"suicide_thoughts": "right_now"}, "urgent", "now", {"means_safety", "safety_plan"}),
    "suicide_plan": (
        {"suicide_thoughts": "plan_or_intent"},
        "urgent",
        "today",
        {"safety_plan", "means_safety"},
    ),
    "suicidal_behavior": (
        {"self_harm_acts": "suicidal_behavior"},
        "urgent",
        "today",
        {"safety_plan", "means_safety"},
    ),
    "youth_suicide": (
        {"age": "teen", "suicide_thoughts": "wished_dead"},
        "urgent",
        "today",
        {"means_safety", "youth", "ask_directly"},
    ),
    "fainting_eating": (
        {"health_flags": ["fainting", "restrictive_eating_or_purging"]},
        "urgent",
        "today",
        {"eating_medical_check"},
    ),
    "perinatal_psychosis": (
        {"health_flags": ["pregnant_or_postpartum"], "experiences": ["no_sleep_high_energy"]},
        "urgent",
        "now",
        {"perinatal"},
    ),
    "psychosis_risk": (
        {"experiences": ["hearing_seeing_things"], "daily_life": "cannot_manage"},
        "urgent",
        "today",
        {"early_psychosis"},
    ),
    "complicated_withdrawal_history": (
        {"use_alcohol": "most_days", "substance_risks": ["complicated_withdrawal"]},
        "higher_level",
        "this_week",
        {"dont_stop_suddenly"},
    ),
    "sedatives_and_alcohol": (
        {"use_alcohol": "most_days", "use_sedatives": "most_days"},
        "higher_level",
        "this_week",
        {"dont_stop_suddenly", "naloxone"},
    ),
    "withdrawal_risk_group": (
        {"age": "older_adult", "use_alcohol": "most_days"},
        "higher_level",
        "this_week",
        {"dont_stop_suddenly"},
    ),
    "cannot_manage": ({"daily_life": "cannot_manage"}, "higher_level", "this_week", set()),
    "medical_and_use": (
        {"health_flags": ["serious_medical_condition"], "daily_life": "a_lot"},
        "higher_level",
        "this_week",
        set(),
    ),
    "new_psychosis": ({"experiences": ["unusual_beliefs"]}, "higher_level", "this_week", {"early_psychosis"}),
    "eating_with_impact": (
        {"health_flags": ["restrictive_eating_or_purging"], "current_care": "weekly_not_enough"},
        "higher_level",
        "this_week",
        {"eating_medical_check"},
    ),
    "unsafe_or_no_home": (
        {"home": ["someone_hurts_me"], "daily_life": "a_lot"},
        "higher_level",
        "this_week",
        {"dv_line"},
    ),
    "active_thoughts": (
        {"suicide_thoughts": "thoughts_no_plan"},
        "iop",
        "today",
        {"safety_plan", "means_safety"},
    ),
    "self_injury": ({"self_harm_acts": "hurt_self_not_to_die"}, "iop", "this_week", {"means_safety"}),
    "opioids_daily": ({"use_opioids_nonmedical": "most_days"}, "iop", "this_week", {"naloxone", "moud"}),
    "overdose_recent": (
        {"use_opioids_nonmedical": "some_days", "substance_risks": ["overdose_recent"]},
        "iop",
        "today",
        {"naloxone", "moud", "never_use_alone"},
    ),
    "step_down": (
        {"current_care": "left_jail", "use_opioids_nonmedical": "some_days"},
        "iop",
        "this_week",
        {"lower_tolerance", "naloxone"},
    ),
    "step_up": ({"current_care": "weekly_not_enough"}, "iop", "soon", set()),
    "daily_life_a_lot": ({"daily_life": "a_lot"}, "iop", "soon", set()),
    "withdrawal_needs_doctor": (
        {"use_opioids_nonmedical": "most_days", "substance_risks": ["mild_withdrawal"]},
        "iop",
        "this_week",
        {"dont_stop_suddenly"},
    ),
    "co_occurring": ({"use_cannabis": "most_days", "daily_life": "a_lot"}, "iop", "soon", set()),
    "youth_daily_use": ({"age": "teen", "use_cannabis": "most_days"}, "iop", "this_week", {"youth"}),
    "eating_concern": (
        {"health_flags": ["restrictive_eating_or_purging"]},
        "iop",
        "this_week",
        {"eating_medical_check"},
    ),
    "pregnant_and_use": (
        {"health_flags": ["pregnant_or_postpartum"], "use_opioids_prescribed": "some_days"},
        "iop",
        "this_week",
        {"perinatal", "dont_stop_suddenly", "moud"},
    ),
    "default_outpatient": ({}, "outpatient", "soon", set()),
    "child_under_12": ({"age": "under_12"}, "outpatient", "soon", {"child_under_12"}),
    "passive_wish": ({"suicide_thoughts": "wished_dead"}, "outpatient", "this_week", {"safety_plan"}),
    "not_disclosed": ({"suicide_thoughts": "prefer_not_to_say"}, "outpatient", "soon", set()),
    "daily_alcohol_or_sedatives": (
        {"use_alcohol": "most_days"},
        "outpatient",
        "this_week",
        {"dont_stop_suddenly"},
    ),
    "any_drug_use": ({"use_stimulants": "some_days"}, "outpatient", "soon", {"naloxone"}),
    "violence_at_home": ({"home": ["someone_hurts_me"]}, "outpatient", "this_week", {"dv_line"}),
    "parent_or_carer": (
        {"for_whom": "someone_else", "age": "teen"},
        "outpatient",
        "soon",
        {"means_safety", "youth"},
    ),
}


def test_every_rule_in_the_data_has_a_case() -> None:
    assert {rule.id for rule in screener.screener().rules} == set(RULE_CASES)


@pytest.mark.parametrize("rule_id", sorted(RULE_CASES))
def test_each_rule_matches_with_its_level_timing_and_flags(rule_id: str) -> None:
    changes, level, timing, flags = RULE_CASES[rule_id]
    result = screener.evaluate(answers(**changes))
    assert rule_id in result.reasons
    rule = next(r for r in screener.screener().rules if r.id == rule_id)
    assert rule.level == level
    # The case is the rule at its own level: nothing more worrying is in it.
    assert result.outcome == level, result.reasons
    assert result.timing == timing, result.reasons
    assert flags <= set(result.flags)


def test_reasons_come_most_important_first_and_the_fallback_last() -> None:
    result = screener.evaluate(answers(suicide_thoughts="plan_or_intent", use_alcohol="most_days"))
    assert result.reasons[0] == "suicide_plan"
    assert result.reasons[-1] == "default_outpatient"


# ---- the cases the clinical review of version 1 found unsafe ------------------------------


def test_a_suicide_plan_three_days_ago_is_urgent_today_not_iop() -> None:
    result = screener.evaluate(answers(suicide_thoughts="plan_or_intent", current_care="weekly_helping"))
    assert (result.outcome, result.timing) == ("urgent", "today")
    assert "weekly_helping" not in result.notes and result.crisis_first


def test_an_opioid_overdose_last_week_is_iop_today_with_naloxone() -> None:
    result = screener.evaluate(
        answers(use_opioids_nonmedical="some_days", substance_risks=["overdose_recent"])
    )
    assert (result.outcome, result.timing) == ("iop", "today")
    assert {"naloxone", "moud", "never_use_alone"} <= set(result.flags)


def test_daily_drinking_during_pregnancy_is_higher_level() -> None:
    result = screener.evaluate(answers(use_alcohol="most_days", health_flags=["pregnant_or_postpartum"]))
    assert result.outcome == "higher_level"
    assert {"perinatal", "dont_stop_suddenly"} <= set(result.flags)


def test_an_older_adult_mixing_opioids_and_wine_is_not_plain_outpatient() -> None:
    result = screener.evaluate(
        answers(age="older_adult", use_alcohol="most_days", use_opioids_prescribed="most_days")
    )
    assert result.outcome == "higher_level"
    assert {"dont_stop_suddenly", "naloxone"} <= set(result.flags)


def test_a_daily_drinker_worried_about_mental_health_is_asked_about_withdrawal() -> None:
    step = screener.next_step(
        {k: v for k, v in answers(use_alcohol="most_days").items() if k != "substance_risks"}
    )
    assert step.page == "substance_risks"


def test_past_withdrawal_seizures_with_daily_drinking_are_higher_level() -> None:
    result = screener.evaluate(
        answers(use_alcohol="most_days", substance_risks=["complicated_withdrawal", "mild_withdrawal"])
    )
    assert (result.outcome, result.timing) == ("higher_level", "this_week")


def test_a_teen_who_fainted_from_restricting_food_is_urgent_today() -> None:
    result = screener.evaluate(
        answers(age="teen", health_flags=["fainting", "restrictive_eating_or_purging"])
    )
    assert (result.outcome, result.timing) == ("urgent", "today")
    assert "eating_medical_check" in result.flags


def test_a_young_adult_hearing_voices_is_at_least_higher_level() -> None:
    result = screener.evaluate(answers(age="young_adult", experiences=["hearing_seeing_things"]))
    assert result.outcome == "higher_level" and "early_psychosis" in result.flags


def test_meth_with_no_sleep_and_paranoia_is_urgent() -> None:
    result = screener.evaluate(
        answers(use_stimulants="most_days", experiences=["no_sleep_high_energy", "unusual_beliefs"])
    )
    assert (result.outcome, result.timing) == ("urgent", "today")


def test_violence_at_home_brings_the_domestic_violence_line_not_more_sessions() -> None:
    result = screener.evaluate(answers(home=["someone_hurts_me"]))
    assert "dv_line" in result.flags and result.timing == "this_week"


def test_thoughts_of_suicide_right_now_stop_the_flow_with_crisis_lines_for_the_country() -> None:
    so_far = {
        "country": "gb",
        "danger_now": "no",
        "for_whom": "self",
        "age": "adult",
        "suicide_thoughts": "right_now",
    }
    step = screener.next_step(so_far)
    assert step.stop and step.crisis_now and step.page is None
    result = screener.evaluate(answers(country="gb", suicide_thoughts="right_now"))
    assert (result.outcome, result.timing, result.stop) == ("urgent", "now", True)
    assert result.answers["country"] == "gb"


def test_danger_now_stops_the_flow_before_anything_else_is_asked() -> None:
    step = screener.next_step({"country": "us", "danger_now": "yes"})
    assert step.stop and step.crisis_now and step.stop_reason == "danger_now"


def test_country_is_asked_first_then_danger() -> None:
    assert screener.next_step({}).page == "country"
    assert screener.next_step({"country": "ie"}).page == "danger_now"


def test_a_child_under_12_gets_the_short_page_and_other_answers_are_ignored() -> None:
    result = screener.evaluate({**CALM, "age": "under_12", "suicide_thoughts": "plan_or_intent"})
    assert (result.outcome, result.timing) == ("outpatient", "soon")
    assert "child_under_12" in result.flags and result.stop
    assert screener.next_step({"country": "us", "danger_now": "no", "age": "under_12"}).stop
    danger = screener.evaluate({"country": "us", "danger_now": "yes", "age": "under_12"})
    assert danger.outcome == "urgent"


def test_outpatient_heading_never_means_nothing_points_to_more() -> None:
    result = screener.evaluate(answers(use_alcohol="most_days"))
    assert (result.outcome, result.timing) == ("outpatient", "this_week")
    assert "dont_stop_suddenly" in result.flags


# ---- notes follow the outcome ----------------------------------------------------------------


def test_weekly_helping_note_only_with_outpatient_and_no_risk_flag() -> None:
    assert "weekly_helping" in screener.evaluate(answers(current_care="weekly_helping")).notes
    flagged = screener.evaluate(answers(current_care="weekly_helping", use_stimulants="some_days"))
    assert "weekly_helping" not in flagged.notes


def test_online_only_reads_as_virtual_iop_or_in_person_first() -> None:
    iop = screener.evaluate(answers(daily_life="a_lot", preferences=["online_only"]))
    assert iop.outcome == "iop" and "online_only_virtual" in iop.notes
    higher = screener.evaluate(answers(daily_life="cannot_manage", preferences=["online_only"]))
    assert higher.outcome == "higher_level" and higher.notes == ("online_only_later",)


def test_urgent_results_have_no_program_notes() -> None:
    result = screener.evaluate(answers(danger_now="yes", preferences=["few_hours", "online_only"]))
    assert result.outcome == "urgent" and result.notes == ()


# ---- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad,code,question",
    [
        ({"nonsense": "x"}, "unknown_question", "nonsense"),
        ({"daily_life": "fine"}, "unknown_option", "daily_life"),
        ({"home": "someone_hurts_me"}, "wrong_type", "home"),
        ({"home": ["someone_hurts_me", "someone_hurts_me"]}, "repeated_option", "home"),
        ({"home": ["nobody"]}, "unknown_option", "home"),
        ({"age": ["adult"]}, "wrong_type", "age"),
        ({"daily_life": 3}, "wrong_type", "daily_life"),
    ],
)
def test_bad_answers_raise_invalid_answers_with_a_code(bad: dict, code: str, question: str) -> None:
    with pytest.raises(screener.InvalidAnswers) as error:
        screener.evaluate({**CALM, **bad})
    assert (error.value.code, error.value.question_id) == (code, question)


def test_a_missing_required_answer_names_the_question() -> None:
    incomplete = {k: v for k, v in CALM.items() if k != "daily_life"}
    with pytest.raises(screener.InvalidAnswers) as error:
        screener.evaluate(incomplete)
    assert (error.value.code, error.value.question_id) == ("missing", "daily_life")


def test_optional_answers_have_defaults() -> None:
    result = screener.evaluate({k: v for k, v in CALM.items() if k not in ("for_whom", "country")})
    assert result.answers["for_whom"] == "self" and result.answers["country"] == "us"
    assert result.answers["coverage"] == "not_sure"
