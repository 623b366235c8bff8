"""Load and validate questions.yaml into frozen dataclasses (once, cached)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from babel import Locale

DATA_FILE = Path(__file__).with_name("questions.yaml")
OTHER_COUNTRY = "other"
# CLDR region codes that are not countries (unknown region, EU, eurozone, UN, pseudo-locales).
NOT_COUNTRIES = {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"}


class ScreenerDataError(ValueError):
    """questions.yaml breaks a rule; start-up stops with this message."""


@dataclass(frozen=True)
class Question:
    id: str
    options: tuple[str, ...]
    required: bool = True
    default: str | None = None
    ordered: bool = False
    applies_when: tuple[tuple[str, frozenset[str]], ...] = ()

    def applies(self, answers: dict[str, str]) -> bool:
        """A question applies unless its condition names an answer that rules it out."""
        return all(answers.get(qid) in allowed or qid not in answers for qid, allowed in self.applies_when)

    def severity(self, option: str) -> int:
        return self.options.index(option)


@dataclass(frozen=True)
class Rule:
    id: str
    when: tuple[tuple[str, frozenset[str]], ...]
    outcome: str
    crisis_first: bool = False

    def matches(self, answers: dict[str, str]) -> bool:
        return all(answers.get(qid) in allowed for qid, allowed in self.when)


@dataclass(frozen=True)
class Note:
    id: str
    when: tuple[tuple[str, frozenset[str]], ...]

    def matches(self, answers: dict[str, str]) -> bool:
        return all(answers.get(qid) in allowed for qid, allowed in self.when)


@dataclass(frozen=True)
class Screener:
    outcomes: tuple[str, ...]
    questions: tuple[Question, ...]
    rules: tuple[Rule, ...]
    notes: tuple[Note, ...]

    def question(self, qid: str) -> Question:
        for question in self.questions:
            if question.id == qid:
                return question
        raise KeyError(qid)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(q.id for q in self.questions)


def _country_codes() -> tuple[str, ...]:
    # Every ISO 3166-1 alpha-2 code, then "other". Which ones have checked helplines is the
    # helplines data's business; a country without them gets "if your country is not listed".
    territories = Locale.parse("en").territories
    codes = sorted(c.lower() for c in territories if len(c) == 2 and c.isalpha() and c not in NOT_COUNTRIES)
    return (*codes, OTHER_COUNTRY)


def _condition(raw: object, known: dict[str, Question], where: str) -> tuple[tuple[str, frozenset[str]], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise ScreenerDataError(f"{where}: 'when' must map question ids to option lists")
    out = []
    for qid, options in raw.items():
        if qid not in known:
            raise ScreenerDataError(f"{where}: unknown question {qid!r}")
        if not isinstance(options, list) or not options:
            raise ScreenerDataError(f"{where}: options for {qid!r} must be a non-empty list")
        unknown = set(map(str, options)) - set(known[qid].options)
        if unknown:
            raise ScreenerDataError(f"{where}: unknown options {sorted(unknown)} for {qid!r}")
        out.append((qid, frozenset(map(str, options))))
    return tuple(out)


def parse(raw: dict) -> Screener:
    outcomes = tuple(raw.get("outcomes") or ())
    if outcomes != ("urgent", "higher_level", "iop", "outpatient"):
        raise ScreenerDataError("outcomes must be urgent, higher_level, iop, outpatient (in that order)")
    questions: dict[str, Question] = {}
    for index, item in enumerate(raw.get("questions") or []):
        qid = item.get("id")
        if not isinstance(qid, str) or qid in questions:
            raise ScreenerDataError(f"questions[{index}]: missing or duplicate id {qid!r}")
        options = item.get("options")
        if options == "countries":
            options = _country_codes()
        if not isinstance(options, (list, tuple)) or not all(isinstance(o, str) for o in options):
            raise ScreenerDataError(f"question {qid}: options must be a list of quoted strings")
        default = item.get("default")
        if default is not None and default not in options:
            raise ScreenerDataError(f"question {qid}: default {default!r} is not an option")
        questions[qid] = Question(
            id=qid,
            options=tuple(options),
            required=bool(item.get("required", True)),
            default=default,
            ordered=bool(item.get("ordered", False)),
        )
    for item in raw.get("questions") or []:
        if item.get("applies_when"):
            q = questions[item["id"]]
            cond = _condition(item["applies_when"], questions, f"question {q.id}")
            questions[q.id] = Question(q.id, q.options, q.required, q.default, q.ordered, cond)
    rules = []
    for index, item in enumerate(raw.get("rules") or []):
        where = f"rules[{index}] ({item.get('id')})"
        if item.get("outcome") not in outcomes:
            raise ScreenerDataError(f"{where}: unknown outcome {item.get('outcome')!r}")
        if not item.get("why"):
            raise ScreenerDataError(f"{where}: every rule says why it exists ('why')")
        rules.append(
            Rule(
                id=str(item["id"]),
                when=_condition(item.get("when"), questions, where),
                outcome=item["outcome"],
                crisis_first=bool(item.get("crisis_first", False)),
            )
        )
    if not any(not rule.when for rule in rules):
        raise ScreenerDataError("rules need a fallback rule with no 'when'")
    notes = tuple(
        Note(str(item["id"]), _condition(item.get("when"), questions, f"note {item.get('id')}"))
        for item in raw.get("notes") or []
    )
    return Screener(outcomes, tuple(questions.values()), tuple(rules), notes)


@cache
def screener() -> Screener:
    """The validated screener, read once; raises ScreenerDataError on a broken data file."""
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    return parse(raw)
