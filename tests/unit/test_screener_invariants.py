"""The self-check's invariants (design principles 2, 5 and 6, and the crisis rule).

Checked exhaustively over the safety questions, and on samples of whole answer sets drawn by
Hypothesis: a more worrying answer or one more ticked box never lowers the level, makes the
timing later at the same level, or removes a flag; preferences and coverage never change the
level or timing; urgent results carry no program notes; crisis lines come first whenever a
danger, suicide or self-harm answer is anything but "no".
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

import screener
from tests.screener_answers import CALM

MODEL = screener.screener()
LEVEL = {level: i for i, level in enumerate(MODEL.levels)}  # 0 is the most intensive
TIMING = {timing: i for i, timing in enumerate(MODEL.timings)}  # 0 is the most urgent
ASKED = [q for q in MODEL.questions if q.id not in ("country",)]
SAFETY = ("danger_now", "suicide_thoughts", "self_harm_acts")


def at_least_as_worrying(before: screener.Result, after: screener.Result) -> bool:
    if LEVEL[after.outcome] != LEVEL[before.outcome]:
        return LEVEL[after.outcome] < LEVEL[before.outcome]
    return TIMING[after.timing] <= TIMING[before.timing] and set(before.flags) <= set(after.flags)


def flags_kept(before: screener.Result, after: screener.Result) -> bool:
    return set(before.flags) <= set(after.flags)


@st.composite
def answer_sets(draw) -> dict[str, object]:
    """A whole answer set (follow-ups included; evaluate sets aside those not shown)."""
    chosen: dict[str, object] = {"country": draw(st.sampled_from(("us", "gb", "ca", "fr", "other")))}
    for question in ASKED:
        if question.multi:
            chosen[question.id] = draw(st.lists(st.sampled_from(question.options), unique=True))
        elif question.optional and draw(st.booleans()):
            continue  # left out: the default counts
        else:
            chosen[question.id] = draw(st.sampled_from(question.options))
    return chosen


def raised(answers: dict[str, object]) -> list[dict[str, object]]:
    """Every set with one ordered answer one step more worrying, or one more box ticked."""
    out = []
    for question in ASKED:
        value = answers.get(question.id)
        if question.ordered and isinstance(value, str) and question.rank(value) + 1 < len(question.options):
            out.append({**answers, question.id: question.options[question.rank(value) + 1]})
        if question.multi and isinstance(value, list):
            for option in question.options:
                if option not in value:
                    out.append({**answers, question.id: [*value, option]})
    return out


def check_all(answers: dict[str, object]) -> None:
    before = screener.evaluate(answers)
    for more in raised(answers):
        after = screener.evaluate(more)
        assert at_least_as_worrying(before, after), (answers, more, before, after)
        assert flags_kept(before, after), (answers, more, before.flags, after.flags)
    if before.outcome == "urgent":
        assert before.notes == ()
    counted = before.answers
    crisis = counted.get("danger_now") == "yes" or any(
        counted.get(q) not in (None, "no") for q in ("suicide_thoughts", "self_harm_acts")
    )
    assert before.crisis_first == crisis


def test_safety_questions_exhaustively() -> None:
    options = {q: MODEL.question(q).options for q in (*SAFETY, "age", "for_whom")}
    for combo in itertools.product(*options.values()):
        check_all({**CALM, "substance_risks": [], **dict(zip(options, combo, strict=True))})


@settings(max_examples=400, deadline=None)
@given(answer_sets())
def test_whole_answer_sets_keep_every_invariant(answers: dict[str, object]) -> None:
    check_all(answers)


@settings(max_examples=300, deadline=None)
@given(
    answer_sets(),
    st.lists(st.sampled_from(MODEL.question("preferences").options), unique=True),
    st.sampled_from(MODEL.question("coverage").options),
)
def test_preferences_and_coverage_never_change_level_or_timing(answers, preferences, coverage) -> None:
    before = screener.evaluate(answers)
    after = screener.evaluate({**answers, "preferences": preferences, "coverage": coverage})
    assert (before.outcome, before.timing, before.flags) == (after.outcome, after.timing, after.flags)


@settings(max_examples=300, deadline=None)
@given(answer_sets())
def test_notes_never_contradict_the_outcome(answers: dict[str, object]) -> None:
    result = screener.evaluate(answers)
    allowed = {note.id: note.outcomes for note in MODEL.notes}
    assert all(result.outcome in allowed[note] for note in result.notes)
    if "weekly_helping" in result.notes:
        assert result.outcome == "outpatient" and not result.flags
