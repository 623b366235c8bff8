"""The self-check's flow: given the answers so far, what to ask next, whether to stop, and
whether crisis lines must show now. Pure, and derived from the same data as `evaluate`.

Country comes first (so every crisis box shows that country's lines), then danger, who the
check is for and the age, then suicide and self-harm, and the rest. "Right now" answers stop
the flow: a rule marked `stop` that matches the answers so far ends it, and so does a child
under 12 (their own short page).
"""

from __future__ import annotations

from dataclasses import dataclass

from screener.engine import clean, judge
from screener.model import Answers, Screener, screener


@dataclass(frozen=True)
class Step:
    page: str | None  # the next page to show (a question id, or a page such as "substances")
    questions: tuple[str, ...]  # the questions on that page, in order
    number: int  # 1-based position of the page among the pages shown for these answers
    total: int  # pages shown for these answers (it can grow as answers open follow-ups)
    stop: bool  # the flow ends here: show the action, then offer to carry on later
    crisis_now: bool  # crisis lines must show now, before anything else
    stop_reason: str | None  # the rule that stopped the flow


def pages(answers: Answers, model: Screener | None = None) -> list[tuple[str, tuple[str, ...]]]:
    """The pages shown for these answers so far, in order: (page id, its questions)."""
    model = model or screener()
    counted = clean(answers, model)
    shown: dict[str, list[str]] = {}
    for question in model.questions:
        if question.asked and question.shown_when.holds(counted):
            shown.setdefault(question.page, []).append(question.id)
    return [(page, tuple(ids)) for page, ids in shown.items()]


def next_step(answers: Answers, model: Screener | None = None, carry_on: bool = False) -> Step:
    """The first page with an unanswered question, or page None when every shown one is done.

    `carry_on`: the visitor saw the stop page and chose to go on; crisis lines stay first.
    """
    model = model or screener()
    counted = clean(answers, model)
    given = {qid for qid in answers if qid in counted}  # answered by the visitor, not defaulted
    result = judge(counted, model)
    stop_rule = next((r for r in result.reasons if model_rule(model, r).stop), None)
    if carry_on and stop_rule != "child_under_12":
        stop_rule = None
    shown = pages(answers, model)
    for number, (page, questions) in enumerate(shown, start=1):
        if stop_rule is None and any(q not in given for q in questions):
            return Step(page, questions, number, len(shown), False, result.crisis_first, None)
    return Step(None, (), len(shown), len(shown), stop_rule is not None, result.crisis_first, stop_rule)


def model_rule(model: Screener, rule_id: str):
    return next(rule for rule in model.rules if rule.id == rule_id)
