"""evaluate(answers) -> Result: a pure function from answers to a suggestion. No Flask here.

The contract (../shared/reference/self-check-v2.md): the level of care to ask about, how
soon, why (the rules that matched), the safety content to show (flags), the notes that fit the
outcome, whether crisis lines come first, and whether the flow stops.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from screener.model import ALWAYS, Answers, Screener, screener


class InvalidAnswers(ValueError):
    """Answers that cannot be evaluated. `code` is for the edge to word; never shown raw.

    codes: unknown_question, unknown_option, wrong_type, repeated_option, missing
    """

    def __init__(self, code: str, question_id: str | None = None, detail: str = "") -> None:
        self.code = code
        self.question_id = question_id
        super().__init__(f"{code}: {question_id or ''} {detail}".strip())


@dataclass(frozen=True)
class Result:
    outcome: str  # urgent | higher_level | iop | outpatient
    timing: str  # now | today | this_week | soon
    reasons: tuple[str, ...]  # matched rule ids, most important first
    flags: tuple[str, ...]  # safety content to show, in the vocabulary's order
    notes: tuple[str, ...]  # note ids that fit the outcome
    crisis_first: bool  # crisis lines before anything else
    stop: bool  # the flow ends here
    answers: Mapping[str, object]  # the answers that counted, defaults filled in


def clean(answers: Answers, model: Screener | None = None) -> dict[str, object]:
    """Check ids, types and options; multi answers become tuples in the model's order.

    Answers to questions that are not shown for these answers (the substance follow-up when
    nothing is used; everything after the age question for a child under 12) are set aside:
    they do not count.
    """
    model = model or screener()
    known = {q.id: q for q in model.questions}
    typed: dict[str, object] = {}
    for qid, value in answers.items():
        question = known.get(qid) if isinstance(qid, str) else None
        if question is None:
            raise InvalidAnswers("unknown_question", str(qid)[:40])
        if question.multi:
            if isinstance(value, str) or not isinstance(value, (list, tuple, set, frozenset)):
                raise InvalidAnswers("wrong_type", qid, "a list of option ids")
            chosen = list(value)
            if not all(isinstance(v, str) for v in chosen):
                raise InvalidAnswers("wrong_type", qid, "option ids are text")
            if len(set(chosen)) != len(chosen):
                raise InvalidAnswers("repeated_option", qid)
            unknown = [v for v in chosen if v not in question.options]
            if unknown:
                raise InvalidAnswers("unknown_option", qid, repr(unknown[0])[:40])
            typed[qid] = tuple(o for o in question.options if o in set(chosen))
        else:
            if not isinstance(value, str):
                raise InvalidAnswers("wrong_type", qid, "one option id")
            if value not in question.options:
                raise InvalidAnswers("unknown_option", qid, repr(value)[:40])
            typed[qid] = value
    counted: dict[str, object] = {}
    for question in model.questions:  # in flow order: a question's condition reads earlier ones
        if not question.shown_when.holds({**counted, **_defaults(model, counted)}):
            continue
        if question.id in typed:
            counted[question.id] = typed[question.id]
        elif question.optional and question.default is not None:
            counted[question.id] = question.default
    return counted


def _defaults(model: Screener, answers: Mapping[str, object]) -> dict[str, object]:
    return {q.id: q.default for q in model.questions if q.optional and q.id not in answers and q.default}


def missing(answers: Mapping[str, object], model: Screener | None = None) -> str | None:
    """The first question that is shown, required and unanswered (None: the set is complete)."""
    model = model or screener()
    for question in model.questions:
        required = question.asked and not question.optional and question.id not in answers
        if required and question.shown_when.holds(answers):
            return question.id
    return None


def evaluate(answers: Answers, model: Screener | None = None) -> Result:
    """The suggestion for a complete set of answers (questions not shown may be left out)."""
    model = model or screener()
    counted = clean(answers, model)
    gap = missing(counted, model)
    if gap is not None:
        raise InvalidAnswers("missing", gap)
    return judge(counted, model)


def judge(counted: Mapping[str, object], model: Screener) -> Result:
    """Every rule whose condition holds counts: highest level, most urgent timing, all flags."""
    level_rank = {level: i for i, level in enumerate(model.levels)}
    timing_rank = {timing: i for i, timing in enumerate(model.timings)}
    matched = []
    flags: set[str] = set()
    timing = model.timings[-1]
    for rule in model.rules:
        if not rule.when.holds(counted):
            continue
        rule_timing = rule.timing
        flags.update(rule.flags)
        for condition, more_flags, earlier in rule.also:
            if condition.holds(counted):
                flags.update(more_flags)
                if earlier is not None and timing_rank[earlier] < timing_rank[rule_timing]:
                    rule_timing = earlier
        matched.append((level_rank[rule.level], timing_rank[rule_timing], rule))
        timing = min(timing, rule_timing, key=timing_rank.__getitem__)
    matched.sort(key=lambda item: (item[0], item[1], item[2].when is ALWAYS))  # the fallback last
    outcome = model.levels[matched[0][0]]
    ordered_flags = tuple(flag for flag in model.flags if flag in flags)
    notes = tuple(
        note.id
        for note in model.notes
        if outcome in note.outcomes and not (note.no_flags and ordered_flags) and note.when.holds(counted)
    )
    return Result(
        outcome=outcome,
        timing=timing,
        reasons=tuple(rule.id for _, _, rule in matched),
        flags=ordered_flags,
        notes=notes,
        crisis_first=model.crisis_first_when.holds(counted),
        stop=any(rule.stop for _, _, rule in matched),
        answers=dict(counted),
    )
