"""Helplines and ways to pay for care, validated from data/*.yaml. No Flask here."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import quote

from pydantic import Field, StrictBool, StringConstraints, field_validator, model_validator

from core.datafiles import Strict, Text, WebUrl, load

PURPOSES = ("emergency", "crisis", "support", "information")
COVERAGES = ("private", "medicaid", "medicare", "military", "none", "not_sure")
STALE_AFTER = dt.timedelta(days=365)

# A dialable number: digits with optional single spaces or dashes between groups.
PHONE = re.compile(r"^\+?\d+(?:[ -]\d+)*$")
Phone = Annotated[str, StringConstraints(pattern=PHONE.pattern)]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
Purpose = Literal["emergency", "crisis", "support", "information"]
Coverage = Literal["private", "medicaid", "medicare", "military", "none", "not_sure"]


class HelplineText(Strict):
    name: Text
    purpose_text: Text = Field(alias="for")
    note: str = ""
    languages: str = ""
    hours: str = ""
    sms_note: str = ""


class Helpline(Strict):
    id: Text
    country: CountryCode
    purpose: Purpose
    phone: Phone | None = None
    press: Annotated[int, Field(ge=0, le=9, strict=True)] | None = None
    sms: Phone | None = None
    sms_keyword: Text | None = None
    tty: Phone | None = None
    chat_url: WebUrl | None = None
    hours: Literal["always"] | None = None
    free: StrictBool | None = None
    confidential: StrictBool | None = None
    source_url: WebUrl
    source_publisher: Text
    checked: dt.date
    texts: dict[str, HelplineText] = Field(alias="text")

    @model_validator(mode="after")
    def _reachable_and_worded(self) -> Helpline:
        if not (self.phone or self.sms or self.chat_url):
            raise ValueError("needs a phone, a text number or a web address")
        if "en" not in self.texts:
            raise ValueError("English text is required")
        return self

    @property
    def always_open(self) -> bool:
        return self.hours == "always"

    def text(self, locale: str) -> HelplineText:
        return self.texts.get(locale) or self.texts["en"]

    @property
    def tel(self) -> str | None:
        return f"tel:{_digits(self.phone)}" if self.phone else None

    @property
    def tty_tel(self) -> str | None:
        return f"tel:{_digits(self.tty)}" if self.tty else None

    @property
    def sms_href(self) -> str | None:
        if not self.sms:
            return None
        body = f"?body={quote(self.sms_keyword)}" if self.sms_keyword else ""
        return f"sms:{_digits(self.sms)}{body}"


def _digits(number: str) -> str:
    return re.sub(r"[^\d+]", "", number)


class Helplines(Strict):
    """data/helplines.yaml: the countries served and every line, each with its source."""

    countries: tuple[CountryCode, ...] = Field(min_length=1)
    lines: tuple[Helpline, ...] = Field(alias="helplines")

    @model_validator(mode="after")
    def _consistent(self) -> Helplines:
        ids = [line.id for line in self.lines]
        if len(set(ids)) != len(ids):
            raise ValueError(f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}")
        reach: set[tuple] = set()
        for line in self.lines:
            if line.country not in self.countries:
                raise ValueError(f"{line.id}: country {line.country!r} is not in 'countries'")
            key = (line.country, line.phone, line.press, line.sms, line.sms_keyword, line.chat_url)
            if key in reach:
                raise ValueError(f"{line.id}: duplicates another entry's number and option")
            reach.add(key)
        for country in self.countries:
            if not any(line.country == country for line in self.lines):
                raise ValueError(f"country {country!r} has no helplines")
        return self

    def for_country(self, country: str) -> list[Helpline]:
        order = {purpose: i for i, purpose in enumerate(PURPOSES)}
        chosen = [line for line in self.lines if line.country == country]
        return sorted(chosen, key=lambda line: order[line.purpose])

    def get(self, line_id: str) -> Helpline:
        for line in self.lines:
            if line.id == line_id:
                return line
        raise KeyError(f"unknown helpline {line_id!r}")

    def stale(self, today: dt.date) -> list[Helpline]:
        return [line for line in self.lines if today - line.checked > STALE_AFTER]


# ---------------------------------------------------------------- paying for care


class PaySource(Strict):
    title: Text
    publisher: Text
    url: WebUrl


Sources = Annotated[tuple[PaySource, ...], Field(min_length=1)]
TextList = Annotated[tuple[Text, ...], Field(min_length=1)]


class CoverageLabel(Strict):
    id: Coverage
    label: Text


class PayOption(Strict):
    id: Text
    coverages: Annotated[tuple[Coverage, ...], Field(min_length=1)]
    title: Text
    what: Text
    who: Text
    how: Text
    sources: Sources


class PayWarning(Strict):
    intro: Text
    signs: TextList
    check: TextList
    sources: Sources


class PayingGuide(Strict):
    """data/paying/<locale>.yaml: ways to pay, by coverage."""

    coverages: tuple[CoverageLabel, ...]
    options: tuple[PayOption, ...]
    questions: TextList
    warning: PayWarning

    @field_validator("coverages")
    @classmethod
    def _every_coverage_in_order(cls, value: tuple[CoverageLabel, ...]) -> tuple[CoverageLabel, ...]:
        if tuple(c.id for c in value) != COVERAGES:
            raise ValueError(f"must be exactly {COVERAGES} in that order")
        return value

    @model_validator(mode="after")
    def _every_coverage_has_options(self) -> PayingGuide:
        ids = [option.id for option in self.options]
        if len(set(ids)) != len(ids):
            raise ValueError("option ids must be unique")
        for coverage in COVERAGES:
            if not any(coverage in option.coverages for option in self.options):
                raise ValueError(f"no option for coverage {coverage!r}")
        return self

    @property
    def coverage_labels(self) -> dict[str, str]:
        return {c.id: c.label for c in self.coverages}

    def for_coverage(self, coverage: str | None) -> list[PayOption]:
        if coverage is None:
            return list(self.options)
        return [option for option in self.options if coverage in option.coverages]


def load_helplines(data_dir: str | Path) -> Helplines:
    return load(Path(data_dir) / "helplines.yaml", Helplines)


def load_paying(data_dir: str | Path, locale: str) -> PayingGuide:
    return load(Path(data_dir) / "paying" / f"{locale}.yaml", PayingGuide)
