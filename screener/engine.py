"""evaluate(answers) -> Result: a pure function from answers to a suggestion. No Flask here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from screener.model import Screener, screener


class InvalidAnswers(ValueError):
    """Answers that cannot be evaluated. `code` is for the edge to word; never shown raw.

    codes: unknown_question, unknown_option, missing, not_text
    """

    def __init__(self, code: str, question_id: str | None = None, detail: str = "") -> None:
        self.code = code
        self.question_id = question_id
        super().__init__(f"{code}: {question_id or ''} {detail}".strip())


@dataclass(frozen=True)
class Reason:
    rule_id: str
    question_ids: tuple[str, ...]  # the answers this reason is about ("You said that …")
    outcome: str


@dataclass(frozen=True)
class Result:
    outcome: str  # urgent | higher_level | iop | outpatient
    reasons: tuple[Reason, ...]  # why, most important first
    notes: tuple[str, ...]  # note ids: barriers and context (virtual IOP, paying, …)
    crisis_first: bool  # show crisis contacts before anything else
    answers: Mapping[str, str]  # the validated answers with defaults filled in


def normalize(answers: Mapping[str, object], model: Screener | None = None) -> dict[str, str]:
    """Check ids and options; fill defaults; raise InvalidAnswers on anything unexpected."""
    model = model or screener()
    known = set(model.ids)
    clean: dict[str, str] = {}
    for qid, option in answers.items():
        if qid not in known:
            raise InvalidAnswers("unknown_question", str(qid))
        if not isinstance(option, str):
            raise InvalidAnswers("not_text", qid)
        if option not in model.question(qid).options:
            raise InvalidAnswers("unknown_option", qid, repr(option)[:40])
        clean[qid] = option
    for question in model.questions:
        if question.id in clean:
            continue
        if question.default is not None and not question.required:
            clean[question.id] = question.default
        elif question.required and question.applies(clean):
            raise InvalidAnswers("missing", question.id)
    return clean


def applicable(answers: Mapping[str, str], model: Screener | None = None) -> list[str]:
    """The questions to ask, in order, given the answers so far."""
    model = model or screener()
    return [q.id for q in model.questions if q.applies(dict(answers))]


def evaluate(answers: Mapping[str, object]) -> Result:
    """The suggestion for a complete set of answers (questions that do not apply may be left out).

    Every matching rule adds a reason; the outcome is the highest-priority outcome among them.
    """
    model = screener()
    clean = normalize(answers, model)
    matched = [rule for rule in model.rules if rule.matches(clean)]
    priority = {outcome: i for i, outcome in enumerate(model.outcomes)}
    outcome = min((rule.outcome for rule in matched), key=priority.__getitem__)
    # The fallback reason only speaks when nothing else did.
    chosen = [r for r in matched if r.when] or [r for r in matched if not r.when]
    chosen.sort(key=lambda r: priority[r.outcome])
    reasons = tuple(Reason(r.id, tuple(qid for qid, _ in r.when), r.outcome) for r in chosen)
    notes = tuple(note.id for note in model.notes if note.matches(clean))
    return Result(
        outcome=outcome,
        reasons=reasons,
        notes=notes,
        crisis_first=any(rule.crisis_first for rule in matched),
        answers=clean,
    )
