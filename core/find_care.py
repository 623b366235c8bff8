"""Finding and contacting care: state pointers and the questions to ask when calling.

Two things, both plain data and pure functions (no Flask):
- `States` (data/find_care/states.yaml): for each US state, its Medicaid and CHIP agency and
  its agencies for substance use and mental health services, every entry with the page it was
  read on and the date. An entry without both does not load.
- `call_questions`: which questions from the call checklist fit a kind of care, a caller
  (the person, a family member, a professional) and the topics a self-check result raised.
  Wording lives in the web layer, so every locale asks the same questions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from core.datafiles import Strict, Text, WebUrl, load
from core.help_data import Phone

STALE_AFTER = dt.timedelta(days=365)
Service = Literal["substance_use", "mental_health"]
StateCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]


class Agency(Strict):
    """One office a visitor can contact, with where we read about it and when."""

    agency: Text
    programs: tuple[Text, ...] = ()  # the names people know: "Medi-Cal", "MassHealth"
    serves: tuple[Service, ...] = ()  # for behavioral health agencies: what they are the authority for
    url: WebUrl | None = None  # None: no public page confirmed; the name is still worth a search
    phone: Phone | None = None
    phone_source: WebUrl | None = None
    source: WebUrl
    source_title: Text
    status: Literal["confirmed", "secondary"]
    checked: dt.date
    note: str = ""

    @model_validator(mode="after")
    def _phone_has_its_source(self) -> Agency:
        if self.phone and not self.phone_source:
            raise ValueError("a phone number needs phone_source: the page it was read on")
        return self


class State(Strict):
    code: StateCode
    name: Text
    names: dict[str, Text] = Field(default_factory=dict)  # the name in other languages
    medicaid: Agency
    chip: Agency | None = None  # only where CHIP has its own agency or program
    behavioral_health: Annotated[tuple[Agency, ...], Field(max_length=3)] = ()

    def name_in(self, locale: str) -> str:
        return self.names.get(locale, self.name)

    def agencies_for(self, service: Service) -> list[Agency]:
        return [agency for agency in self.behavioral_health if service in agency.serves]

    @model_validator(mode="after")
    def _behavioral_agencies_say_what_they_serve(self) -> State:
        for agency in self.behavioral_health:
            if not agency.serves:
                raise ValueError(f"{agency.agency}: `serves` must name substance_use, mental_health or both")
        return self


class States(Strict):
    states: tuple[State, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_codes(self) -> States:
        codes = [state.code for state in self.states]
        if len(set(codes)) != len(codes):
            raise ValueError(f"duplicate state codes: {sorted({c for c in codes if codes.count(c) > 1})}")
        return self

    def get(self, code: str) -> State | None:
        for state in self.states:
            if state.code == code:
                return state
        return None

    def sorted_for(self, locale: str) -> list[State]:
        return sorted(self.states, key=lambda state: state.name_in(locale))

    def stale(self, today: dt.date) -> list[tuple[State, Agency]]:
        return [
            (state, agency)
            for state in self.states
            for agency in (state.medicaid, state.chip, *state.behavioral_health)
            if agency is not None and today - agency.checked > STALE_AFTER
        ]


def load_states(data_dir: str | Path) -> States:
    return load(Path(data_dir) / "find_care" / "states.yaml", States)


# ---------------------------------------------------------------- what to ask when you call

CARE_KINDS = (
    "iop",
    "higher_level",
    "outpatient",
    "urgent",
    "not_sure",
)  # self-check outcomes, and "not sure"
VOICES = ("self", "family", "professional")
TOPICS = ("medicines", "both", "teen", "language", "flexible", "pregnancy")

# The checklist, in the order a call usually goes. Each question is asked always, or only for
# some kinds of care, callers or topics. Ids name the wording in web/find_care_text.py.
QUESTIONS: tuple[tuple[str, dict[str, frozenset[str]]], ...] = (
    ("taking_people", {}),
    ("level_iop", {"care": frozenset({"iop", "not_sure"})}),
    ("level_higher", {"care": frozenset({"higher_level", "urgent"})}),
    ("level_outpatient", {"care": frozenset({"outpatient", "not_sure"})}),
    ("assessment", {}),
    ("days_hours", {}),
    ("evening_virtual", {"topic": frozenset({"flexible"})}),
    ("coverage_cost", {}),
    ("medicines", {"topic": frozenset({"medicines"})}),
    ("both_together", {"topic": frozenset({"both"})}),
    ("teen_program", {"topic": frozenset({"teen"})}),
    ("pregnancy", {"topic": frozenset({"pregnancy"})}),
    ("language", {"topic": frozenset({"language"})}),
    ("family_part", {"voice": frozenset({"self", "family"})}),
    ("consent", {"voice": frozenset({"family"})}),
    ("referral", {"voice": frozenset({"professional"})}),
    ("licensed", {}),
    ("what_to_bring", {}),
    ("after_program", {}),
)
QUESTION_IDS = tuple(question_id for question_id, _when in QUESTIONS)


def call_questions(care: str, voice: str, topics: Iterable[str] | None = None) -> tuple[str, ...]:
    """The checklist for one call. `topics` None: every topic question (the general list,
    for someone who has not said what applies); otherwise only the topics given."""
    if care not in CARE_KINDS:
        raise ValueError(f"unknown kind of care {care!r}")
    if voice not in VOICES:
        raise ValueError(f"unknown caller {voice!r}")
    chosen = None if topics is None else frozenset(topics)
    if chosen is not None and not chosen <= set(TOPICS):
        raise ValueError(f"unknown topics {sorted(chosen - set(TOPICS))}")
    picked = []
    for question_id, when in QUESTIONS:
        if "care" in when and care not in when["care"]:
            continue
        if "voice" in when and voice not in when["voice"]:
            continue
        if "topic" in when and chosen is not None and not (when["topic"] & chosen):
            continue
        picked.append(question_id)
    return tuple(picked)


_MEDICINE_USE = ("use_alcohol", "use_opioids_nonmedical", "use_opioids_prescribed")


def topics_from_result(answers: Mapping[str, object], flags: Iterable[str]) -> frozenset[str]:
    """The call topics a self-check result raises, from its answers and safety flags: there
    are medicines for opioid and alcohol use, so ask whether a program offers them; any
    substance use, so ask whether mental health and substance use are treated together."""
    flags = frozenset(flags)

    def ticked(question: str) -> frozenset[str]:
        value = answers.get(question) or ()
        return frozenset(value) if isinstance(value, (tuple, list, set, frozenset)) else frozenset()

    def used(question: str) -> bool:
        return answers.get(question) in ("some_days", "most_days")

    topics = set()
    if any(used(q) for q in _MEDICINE_USE) or flags & {"moud", "naloxone", "dont_stop_suddenly"}:
        topics.add("medicines")
    if any(used(q) for q in answers if q.startswith("use_")):  # the self-check's substance rows
        topics.add("both")
    if answers.get("age") == "teen":
        topics.add("teen")
    if ticked("preferences") & {"evenings_weekends", "online_only", "few_hours"}:
        topics.add("flexible")
    if "pregnant_or_postpartum" in ticked("health_flags") or "perinatal" in flags:
        topics.add("pregnancy")
    return frozenset(topics)
