"""The self-check's data (questions.yaml), validated once into frozen objects.

Conditions are compiled into small predicate objects that also say which questions they read,
so rules, notes and the flow share one evaluator and a typo in an id fails at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from babel import Locale
from pydantic import Field, field_validator, model_validator

from core.datafiles import DataError, Strict, Text, load

DATA_FILE = Path(__file__).with_name("questions.yaml")
OTHER_COUNTRY = "other"
# CLDR region codes that are not countries (unknown region, EU, eurozone, UN, pseudo-locales).
NOT_COUNTRIES = {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"}

Answers = Mapping[str, object]  # question id -> option id, or a tuple of option ids (multi)


# ---------------------------------------------------------------- conditions


class Condition:
    def holds(self, answers: Answers) -> bool:
        raise NotImplementedError

    def reads(self) -> frozenset[str]:
        raise NotImplementedError


@dataclass(frozen=True)
class Choice(Condition):
    """A one-choice answer among `allowed` (for `at_least`, this option and every later one)."""

    question: str
    allowed: frozenset[str]
    answered_only: bool = False  # `is_not`: an absent answer does not hold

    def holds(self, answers: Answers) -> bool:
        value = answers.get(self.question)
        return isinstance(value, str) and value in self.allowed

    def reads(self) -> frozenset[str]:
        return frozenset({self.question})


@dataclass(frozen=True)
class Ticked(Condition):
    question: str
    any_of: frozenset[str]

    def holds(self, answers: Answers) -> bool:
        value = answers.get(self.question)
        return isinstance(value, tuple) and any(option in self.any_of for option in value)

    def reads(self) -> frozenset[str]:
        return frozenset({self.question})


@dataclass(frozen=True)
class All(Condition):
    parts: tuple[Condition, ...]

    def holds(self, answers: Answers) -> bool:
        return all(part.holds(answers) for part in self.parts)

    def reads(self) -> frozenset[str]:
        return frozenset().union(*(part.reads() for part in self.parts))


@dataclass(frozen=True)
class AnyOf(Condition):
    parts: tuple[Condition, ...]

    def holds(self, answers: Answers) -> bool:
        return any(part.holds(answers) for part in self.parts)

    def reads(self) -> frozenset[str]:
        return frozenset().union(*(part.reads() for part in self.parts))


ALWAYS = All(())


# ---------------------------------------------------------------- the file, as pydantic sees it


class QuestionData(Strict):
    id: Text
    type: Literal["one", "multi"]
    options: tuple[Text, ...] | Literal["countries"]
    ordered: bool = False
    optional: bool = False
    default: str | None = None
    page: str | None = None
    shown_when: dict[str, Any] | None = None
    others_only: tuple[Text, ...] = ()
    asked: bool = True


class Extra(Strict):
    when: dict[str, Any]
    flags: tuple[Text, ...] = ()
    timing: str | None = None


class RuleData(Strict):
    id: Text
    level: str
    timing: str
    stop: bool = False
    flags: tuple[Text, ...] = ()
    when: dict[str, Any] | None = None
    also: tuple[Extra, ...] = ()


class NoteData(Strict):
    id: Text
    outcomes: tuple[Text, ...] = Field(min_length=1)
    no_flags: bool = False
    when: dict[str, Any]


class ScreenerFile(Strict):
    levels: tuple[Text, ...]
    timings: tuple[Text, ...]
    flags: tuple[Text, ...]
    questions: tuple[QuestionData, ...]
    terms: dict[str, dict[str, Any]] = Field(default_factory=dict)
    crisis_first_when: dict[str, Any]
    rules: tuple[RuleData, ...]
    notes: tuple[NoteData, ...] = ()

    @field_validator("levels")
    @classmethod
    def _levels(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if value != ("urgent", "higher_level", "iop", "outpatient"):
            raise ValueError("must be urgent, higher_level, iop, outpatient (in that order)")
        return value

    @field_validator("timings")
    @classmethod
    def _timings(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if value != ("now", "today", "this_week", "soon"):
            raise ValueError("must be now, today, this_week, soon (in that order)")
        return value

    @model_validator(mode="after")
    def _unique_ids(self) -> ScreenerFile:
        for kind, items in (("questions", self.questions), ("rules", self.rules), ("notes", self.notes)):
            ids = [item.id for item in items]
            duplicates = sorted({i for i in ids if ids.count(i) > 1})
            if duplicates:
                raise ValueError(f"{kind}: duplicate ids {duplicates}")
        return self


# ---------------------------------------------------------------- the validated screener


@dataclass(frozen=True)
class Question:
    id: str
    multi: bool
    options: tuple[str, ...]
    ordered: bool
    optional: bool
    default: str | None
    page: str  # questions with the same page are asked together (the substance grid)
    shown_when: Condition
    others_only: frozenset[str]
    asked: bool

    def rank(self, option: str) -> int:
        return self.options.index(option)


@dataclass(frozen=True)
class Rule:
    id: str
    level: str
    timing: str
    stop: bool
    flags: tuple[str, ...]
    when: Condition
    also: tuple[tuple[Condition, tuple[str, ...], str | None], ...]  # (when, more flags, earlier timing)


@dataclass(frozen=True)
class Note:
    id: str
    outcomes: frozenset[str]
    no_flags: bool
    when: Condition


@dataclass(frozen=True)
class Screener:
    levels: tuple[str, ...]
    timings: tuple[str, ...]
    flags: tuple[str, ...]
    questions: tuple[Question, ...]
    rules: tuple[Rule, ...]
    notes: tuple[Note, ...]
    crisis_first_when: Condition

    def question(self, qid: str) -> Question:
        for question in self.questions:
            if question.id == qid:
                return question
        raise KeyError(qid)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(q.id for q in self.questions)

    def page_questions(self, page: str) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.page == page)


def country_codes() -> tuple[str, ...]:
    """Every ISO 3166-1 alpha-2 code, lower case, then "other" (a country not listed)."""
    territories = Locale.parse("en").territories
    codes = sorted(c.lower() for c in territories if len(c) == 2 and c.isalpha() and c not in NOT_COUNTRIES)
    return (*codes, OTHER_COUNTRY)


class _Compiler:
    def __init__(
        self, path: Path, questions: Mapping[str, QuestionData | Question], terms: Mapping[str, Any]
    ):
        self.path = path
        self.questions = questions
        self.terms = terms
        self.compiled_terms: dict[str, Condition] = {}
        self.stack: list[str] = []

    def fail(self, where: str, problem: str) -> DataError:
        return DataError(f"{self.path}: {where}: {problem}")

    def options(self, qid: str) -> tuple[str, ...]:
        question = self.questions[qid]
        return tuple(question.options) if not isinstance(question.options, str) else country_codes()

    def compile(self, raw: Mapping[str, Any] | None, where: str) -> Condition:
        if raw is None:
            return ALWAYS
        if not isinstance(raw, Mapping) or not raw:
            raise self.fail(where, "a condition is a mapping")
        if "all" in raw or "any" in raw:
            (key,) = raw.keys() if len(raw) == 1 else (None,)
            if key not in ("all", "any") or not isinstance(raw[key], list) or not raw[key]:
                raise self.fail(where, "'all' or 'any' takes a non-empty list, alone")
            parts = tuple(self.compile(part, f"{where}.{key}[{i}]") for i, part in enumerate(raw[key]))
            return All(parts) if key == "all" else AnyOf(parts)
        if "term" in raw:
            return self.term(str(raw["term"]), where)
        qid = raw.get("q")
        if qid not in self.questions:
            raise self.fail(where, f"unknown question {qid!r}")
        tests = set(raw) - {"q"}
        if len(tests) != 1:
            raise self.fail(where, "a condition on a question has exactly one test")
        (test,) = tests
        value = raw[test]
        options = self.options(qid)
        wanted = [value] if isinstance(value, str) else value
        if not isinstance(wanted, list) or not all(isinstance(v, str) for v in wanted):
            raise self.fail(where, f"{test}: options must be quoted strings")
        unknown = sorted(set(wanted) - set(options))
        if unknown:
            raise self.fail(where, f"{test}: unknown options {unknown} for {qid!r}")
        multi = (
            self.questions[qid].type == "multi"
            if isinstance(self.questions[qid], QuestionData)
            else self.questions[qid].multi
        )
        if test in ("has", "has_any"):
            if not multi:
                raise self.fail(where, f"{test} is for multi-choice questions; {qid!r} is one-choice")
            return Ticked(qid, frozenset(wanted))
        if multi:
            raise self.fail(where, f"{test} is for one-choice questions; {qid!r} is multi-choice")
        if test in ("is", "in"):
            return Choice(qid, frozenset(wanted))
        if test == "is_not":
            return Choice(qid, frozenset(options) - set(wanted), answered_only=True)
        if test == "at_least":
            if not self.questions[qid].ordered:
                raise self.fail(where, f"at_least needs an ordered question; {qid!r} is not")
            return Choice(qid, frozenset(options[options.index(value) :]))
        raise self.fail(where, f"unknown test {test!r}")

    def term(self, name: str, where: str) -> Condition:
        if name in self.compiled_terms:
            return self.compiled_terms[name]
        if name not in self.terms:
            raise self.fail(where, f"unknown term {name!r}")
        if name in self.stack:
            raise self.fail(where, f"term {name!r} refers to itself")
        self.stack.append(name)
        compiled = self.compile(self.terms[name], f"terms.{name}")
        self.stack.pop()
        self.compiled_terms[name] = compiled
        return compiled


def parse(raw: Any, path: Path = DATA_FILE) -> Screener:
    data = load_raw(raw, path)
    by_id = {q.id: q for q in data.questions}
    compiler = _Compiler(path, by_id, data.terms)
    for name in data.terms:
        compiler.term(name, f"terms.{name}")
    questions = []
    for q in data.questions:
        options = compiler.options(q.id)
        if q.default is not None and q.default not in options:
            raise compiler.fail(f"questions.{q.id}", f"default {q.default!r} is not an option")
        if set(q.others_only) - set(options):
            raise compiler.fail(f"questions.{q.id}", "others_only names unknown options")
        questions.append(
            Question(
                id=q.id,
                multi=q.type == "multi",
                options=options,
                ordered=q.ordered,
                optional=q.optional,
                default=q.default,
                page=q.page or q.id,
                shown_when=compiler.compile(q.shown_when, f"questions.{q.id}.shown_when"),
                others_only=frozenset(q.others_only),
                asked=q.asked,
            )
        )
    flags = set(data.flags)

    def check_flags(values: Sequence[str], where: str) -> tuple[str, ...]:
        unknown = sorted(set(values) - flags)
        if unknown:
            raise compiler.fail(where, f"unknown flags {unknown}")
        return tuple(values)

    rules = []
    for r in data.rules:
        where = f"rules.{r.id}"
        if r.level not in data.levels or r.timing not in data.timings:
            raise compiler.fail(where, f"level must be one of {data.levels}, timing one of {data.timings}")
        also = []
        for i, extra in enumerate(r.also):
            if extra.timing is not None and extra.timing not in data.timings:
                raise compiler.fail(f"{where}.also[{i}]", f"unknown timing {extra.timing!r}")
            also.append(
                (
                    compiler.compile(extra.when, f"{where}.also[{i}].when"),
                    check_flags(extra.flags, where),
                    extra.timing,
                )
            )
        rules.append(
            Rule(
                r.id,
                r.level,
                r.timing,
                r.stop,
                check_flags(r.flags, where),
                compiler.compile(r.when, where),
                tuple(also),
            )
        )
    if not any(rule.when is ALWAYS for rule in rules):
        raise compiler.fail("rules", "a fallback rule with no 'when' is needed")
    notes = []
    for n in data.notes:
        if set(n.outcomes) - set(data.levels):
            raise compiler.fail(f"notes.{n.id}", f"outcomes must be among {data.levels}")
        notes.append(Note(n.id, frozenset(n.outcomes), n.no_flags, compiler.compile(n.when, f"notes.{n.id}")))
    return Screener(
        levels=data.levels,
        timings=data.timings,
        flags=data.flags,
        questions=tuple(questions),
        rules=tuple(rules),
        notes=tuple(notes),
        crisis_first_when=compiler.compile(data.crisis_first_when, "crisis_first_when"),
    )


def load_raw(raw: Any, path: Path) -> ScreenerFile:
    from core.datafiles import validate

    return validate(path, ScreenerFile, raw)


@cache
def screener() -> Screener:
    """The validated screener, read once; raises DataError naming the file and field."""
    from core.datafiles import read_yaml

    return parse(read_yaml(DATA_FILE), DATA_FILE)


# Kept for callers of the first version's name.
ScreenerDataError = DataError

__all__ = ["OTHER_COUNTRY", "Condition", "Question", "Rule", "Screener", "load", "screener"]
