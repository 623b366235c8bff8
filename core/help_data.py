"""Helplines and ways to pay for care, validated from data/*.yaml. No Flask here."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from core.datafiles import DataError, read_yaml, require_text

PURPOSES = ("emergency", "crisis", "support", "information")
COVERAGES = ("private", "medicaid", "medicare", "military", "none", "not_sure")
# A dialable number: digits with optional single spaces or dashes between groups.
PHONE = re.compile(r"^\+?\d+(?:[ -]\d+)*$")
STALE_AFTER = dt.timedelta(days=365)


@dataclass(frozen=True)
class HelplineText:
    name: str
    purpose_text: str
    note: str = ""
    languages: str = ""
    hours: str = ""
    sms_note: str = ""


@dataclass(frozen=True)
class Helpline:
    id: str
    country: str
    purpose: str
    phone: str | None
    press: int | None
    sms: str | None
    sms_keyword: str | None
    tty: str | None
    chat_url: str | None
    always_open: bool
    free: bool | None
    confidential: bool | None
    source_url: str
    source_publisher: str
    checked: dt.date
    texts: dict[str, HelplineText]

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


@dataclass(frozen=True)
class Helplines:
    countries: tuple[str, ...]
    lines: tuple[Helpline, ...]

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


def _optional_phone(path: Path, where: str, entry: dict, key: str) -> str | None:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not PHONE.match(value):
        raise DataError(f"{path}: {where}: '{key}' is not a well-formed number: {value!r}")
    return value


def _url(path: Path, where: str, value: object, key: str) -> str:
    parts = urlsplit(str(value or ""))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise DataError(f"{path}: {where}: '{key}' must be a web address")
    return str(value)


def load_helplines(data_dir: str | Path) -> Helplines:
    path = Path(data_dir) / "helplines.yaml"
    raw = read_yaml(path) or {}
    countries = tuple(raw.get("countries") or ())
    if not countries or not all(isinstance(c, str) and re.fullmatch(r"[a-z]{2}", c) for c in countries):
        raise DataError(f"{path}: 'countries' must list lower-case ISO 3166-1 alpha-2 codes")
    lines: list[Helpline] = []
    seen: set[str] = set()
    reach: set[tuple] = set()
    for index, entry in enumerate(raw.get("helplines") or []):
        where = f"helplines[{index}]"
        line_id = require_text(path, where, entry, "id")
        where = f"helpline {line_id}"
        if line_id in seen:
            raise DataError(f"{path}: {where}: duplicate id")
        seen.add(line_id)
        country = entry.get("country")
        if country not in countries:
            raise DataError(f"{path}: {where}: country {country!r} is not in 'countries'")
        purpose = entry.get("purpose")
        if purpose not in PURPOSES:
            raise DataError(f"{path}: {where}: purpose must be one of {PURPOSES}")
        phone = _optional_phone(path, where, entry, "phone")
        sms = _optional_phone(path, where, entry, "sms")
        tty = _optional_phone(path, where, entry, "tty")
        chat_url = entry.get("chat_url")
        if chat_url is not None:
            chat_url = _url(path, where, chat_url, "chat_url")
        if not (phone or sms or chat_url):
            raise DataError(f"{path}: {where}: needs a phone, a text number or a web address")
        press = entry.get("press")
        if press is not None and not (isinstance(press, int) and 0 <= press <= 9):
            raise DataError(f"{path}: {where}: 'press' must be a single digit")
        key = (country, phone, press, sms, entry.get("sms_keyword"), chat_url)
        if key in reach:
            raise DataError(f"{path}: {where}: duplicates another entry's number and option")
        reach.add(key)
        checked = entry.get("checked")
        if not isinstance(checked, dt.date):
            raise DataError(f"{path}: {where}: 'checked' must be a date (YYYY-MM-DD)")
        texts = {}
        for locale, text in (entry.get("text") or {}).items():
            texts[locale] = HelplineText(
                name=require_text(path, f"{where} text.{locale}", text, "name"),
                purpose_text=require_text(path, f"{where} text.{locale}", text, "for"),
                note=text.get("note", ""),
                languages=text.get("languages", ""),
                hours=text.get("hours", ""),
                sms_note=text.get("sms_note", ""),
            )
        if "en" not in texts:
            raise DataError(f"{path}: {where}: English text is required")
        for flag in ("free", "confidential"):
            if entry.get(flag) not in (True, False, None):
                raise DataError(f"{path}: {where}: '{flag}' must be true, false or null")
        lines.append(
            Helpline(
                id=line_id,
                country=country,
                purpose=purpose,
                phone=phone,
                press=press,
                sms=sms,
                sms_keyword=entry.get("sms_keyword"),
                tty=tty,
                chat_url=chat_url,
                always_open=entry.get("hours") == "always",
                free=entry.get("free"),
                confidential=entry.get("confidential"),
                source_url=_url(path, where, entry.get("source_url"), "source_url"),
                source_publisher=require_text(path, where, entry, "source_publisher"),
                checked=checked,
                texts=texts,
            )
        )
    for country in countries:
        if not any(line.country == country for line in lines):
            raise DataError(f"{path}: country {country!r} has no helplines")
    return Helplines(countries, tuple(lines))


# ---------------------------------------------------------------- paying for care


@dataclass(frozen=True)
class PaySource:
    title: str
    publisher: str
    url: str


@dataclass(frozen=True)
class PayOption:
    id: str
    coverages: tuple[str, ...]
    title: str
    what: str
    who: str
    how: str
    sources: tuple[PaySource, ...]


@dataclass(frozen=True)
class PayWarning:
    intro: str
    signs: tuple[str, ...]
    check: tuple[str, ...]
    sources: tuple[PaySource, ...]


@dataclass(frozen=True)
class PayingGuide:
    locale: str
    coverage_labels: dict[str, str]
    options: tuple[PayOption, ...]
    questions: tuple[str, ...]
    warning: PayWarning

    def for_coverage(self, coverage: str | None) -> list[PayOption]:
        if coverage is None:
            return list(self.options)
        return [option for option in self.options if coverage in option.coverages]


def _pay_sources(path: Path, where: str, raw: object) -> tuple[PaySource, ...]:
    if not isinstance(raw, list) or not raw:
        raise DataError(f"{path}: {where}: needs at least one source")
    sources = []
    for i, item in enumerate(raw):
        at = f"{where} sources[{i}]"
        sources.append(
            PaySource(
                title=require_text(path, at, item, "title"),
                publisher=require_text(path, at, item, "publisher"),
                url=_url(path, at, item.get("url"), "url"),
            )
        )
    return tuple(sources)


def _strings(path: Path, where: str, raw: object) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw or not all(isinstance(s, str) and s.strip() for s in raw):
        raise DataError(f"{path}: {where}: must be a non-empty list of text")
    return tuple(s.strip() for s in raw)


def load_paying(data_dir: str | Path, locale: str) -> PayingGuide:
    path = Path(data_dir) / "paying" / f"{locale}.yaml"
    raw = read_yaml(path) or {}
    labels = {}
    for i, item in enumerate(raw.get("coverages") or []):
        labels[require_text(path, f"coverages[{i}]", item, "id")] = require_text(
            path, f"coverages[{i}]", item, "label"
        )
    if tuple(labels) != COVERAGES:
        raise DataError(f"{path}: 'coverages' must be exactly {COVERAGES} in that order")
    options = []
    seen: set[str] = set()
    for i, item in enumerate(raw.get("options") or []):
        option_id = require_text(path, f"options[{i}]", item, "id")
        where = f"option {option_id}"
        if option_id in seen:
            raise DataError(f"{path}: {where}: duplicate id")
        seen.add(option_id)
        coverages = tuple(item.get("coverages") or ())
        if not coverages or set(coverages) - set(COVERAGES):
            raise DataError(f"{path}: {where}: 'coverages' must name ids from {COVERAGES}")
        options.append(
            PayOption(
                id=option_id,
                coverages=coverages,
                title=require_text(path, where, item, "title"),
                what=require_text(path, where, item, "what"),
                who=require_text(path, where, item, "who"),
                how=require_text(path, where, item, "how"),
                sources=_pay_sources(path, where, item.get("sources")),
            )
        )
    for coverage in COVERAGES:
        if not any(coverage in option.coverages for option in options):
            raise DataError(f"{path}: no option for coverage {coverage!r}")
    warning = raw.get("warning") or {}
    return PayingGuide(
        locale=locale,
        coverage_labels=labels,
        options=tuple(options),
        questions=_strings(path, "questions", raw.get("questions")),
        warning=PayWarning(
            intro=require_text(path, "warning", warning, "intro"),
            signs=_strings(path, "warning.signs", warning.get("signs")),
            check=_strings(path, "warning.check", warning.get("check")),
            sources=_pay_sources(path, "warning", warning.get("sources")),
        ),
    )
