"""Helplines and paying-for-care data: sourced, dated, well-formed, consistent across locales."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from pathlib import Path

import pytest
import yaml

from core.datafiles import DataError
from core.help_data import COVERAGES, PHONE, load_helplines, load_paying
from tests.locales import LOCALES

DATA = Path(__file__).resolve().parents[2] / "data"
OFFICIAL_OR_SERVICE = re.compile(r"^https?://")
MIRRORS = ("altruwe", "elb.amazonaws", "archive.org", "webarchive", "zlibrary", "blogspot")


@pytest.fixture(scope="module")
def lines():
    return load_helplines(DATA)


def test_every_helpline_has_a_source_and_a_check_date(lines) -> None:
    for line in lines.lines:
        assert OFFICIAL_OR_SERVICE.match(line.source_url), line.id
        assert not any(m in line.source_url for m in MIRRORS), f"{line.id}: cite the publisher, not a mirror"
        assert isinstance(line.checked, dt.date)
        assert line.source_publisher


@pytest.mark.filterwarnings("always::UserWarning")
def test_checks_are_recent_or_a_warning_is_printed(lines) -> None:
    stale = lines.stale(dt.date.today())
    for line in stale:
        warnings.warn(
            f"helpline {line.id} last checked {line.checked}: re-check it", UserWarning, stacklevel=1
        )
    assert all(line.checked <= dt.date.today() for line in lines.lines), "a check date is in the future"


def test_numbers_are_well_formed_and_tel_links_dial_digits_only(lines) -> None:
    for line in lines.lines:
        for number in (line.phone, line.sms, line.tty):
            if number:
                assert PHONE.match(number), f"{line.id}: {number}"
        if line.tel:
            assert re.fullmatch(r"tel:\+?\d{3,15}", line.tel), line.tel
        if line.sms_href:
            assert re.fullmatch(r"sms:\d{3,15}(\?body=[A-Za-z0-9%]+)?", line.sms_href), line.sms_href


def test_known_us_lines_are_exact(lines) -> None:
    # The numbers people will dial first, checked against ../shared/reference/helplines.md.
    assert lines.get("us-988").tel == "tel:988"
    assert lines.get("us-988").sms_href == "sms:988"
    assert lines.get("us-988-es").press == 2 and lines.get("us-988-es").sms_keyword == "AYUDA"
    assert lines.get("us-veterans").press == 1 and lines.get("us-veterans").sms == "838255"
    assert lines.get("us-samhsa").tel == "tel:18006624357"
    assert lines.get("us-crisis-text").sms_href == "sms:741741?body=HOME"
    assert lines.get("us-poison").tel == "tel:18002221222"
    assert lines.get("us-911").tel == "tel:911"


def test_no_duplicates_and_every_country_has_lines(lines) -> None:
    ids = [line.id for line in lines.lines]
    assert len(ids) == len(set(ids))
    for country in lines.countries:
        assert any(line.purpose in ("emergency", "crisis") for line in lines.for_country(country)), country


def test_every_line_is_worded_in_every_locale(lines) -> None:
    for line in lines.lines:
        for locale in LOCALES:
            assert locale in line.texts, f"{line.id} has no {locale} text"


def test_emergency_lines_come_first(lines) -> None:
    purposes = [line.purpose for line in lines.for_country("us")]
    assert purposes == sorted(purposes, key=("emergency", "crisis", "support", "information").index)


def _write(tmp_path: Path, entries: list[dict], countries: list[str] | None = None) -> Path:
    (tmp_path / "helplines.yaml").write_text(
        yaml.safe_dump({"countries": countries or ["us"], "helplines": entries})
    )
    return tmp_path


GOOD = {
    "id": "x",
    "country": "us",
    "purpose": "crisis",
    "phone": "988",
    "source_url": "https://example.gov/",
    "source_publisher": "Gov",
    "checked": dt.date(2026, 1, 1),
    "text": {"en": {"name": "X", "for": "Y"}},
}


@pytest.mark.parametrize(
    "change,message",
    [
        ({"source_url": None}, r"helplines\[0\] \(x\)\.source_url"),
        ({"checked": "soon"}, "checked"),
        ({"phone": "CALL-NOW"}, r"\(x\)\.phone: String should match pattern"),
        ({"country": "zz"}, "not in 'countries'"),
        ({"purpose": "chat"}, "purpose"),
        ({"phone": None}, "needs a phone"),
    ],
)
def test_bad_helpline_data_is_rejected_with_a_clear_message(
    tmp_path: Path, change: dict, message: str
) -> None:
    with pytest.raises(DataError, match=message):
        load_helplines(_write(tmp_path, [{**GOOD, **change}]))


def test_duplicate_helplines_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="duplicate"):
        load_helplines(_write(tmp_path, [GOOD, {**GOOD, "id": "y"}]))


# ---- paying for care ----------------------------------------------------------------------
@pytest.fixture(scope="module", params=LOCALES)
def guide(request):
    return load_paying(DATA, request.param)


def test_every_coverage_has_options_each_with_a_source(guide) -> None:
    assert tuple(guide.coverage_labels) == COVERAGES
    for coverage in COVERAGES:
        assert guide.for_coverage(coverage), coverage
    for option in guide.options:
        assert option.sources and all(s.url.startswith("http") for s in option.sources)
        assert not any(m in s.url for s in option.sources for m in MIRRORS)


def test_required_topics_are_covered() -> None:
    ids = {option.id for option in load_paying(DATA, "en").options}
    text = " ".join(f"{o.title} {o.what} {o.how}" for o in load_paying(DATA, "en").options).lower()
    for topic in (
        "parity",
        "prior authorization",
        "appeal",
        "employee assistance",
        "sliding",
        "medicaid",
        "chip",
        "medicare",
        "tricare",
        "va ",
        "state",
    ):
        assert topic in text, topic
    assert len(ids) >= 12


def test_spanish_matches_english_ids_and_sources() -> None:
    en, es = load_paying(DATA, "en"), load_paying(DATA, "es")
    assert [o.id for o in en.options] == [o.id for o in es.options]
    assert [o.coverages for o in en.options] == [o.coverages for o in es.options]
    assert [[s.url for s in o.sources] for o in en.options] == [
        [s.url for s in o.sources] for o in es.options
    ]
    assert len(en.questions) == len(es.questions)
    assert len(en.warning.signs) == len(es.warning.signs)


def test_paying_data_has_no_phone_numbers() -> None:
    for locale in LOCALES:
        raw = (DATA / "paying" / f"{locale}.yaml").read_text()
        assert not re.search(r"\b\d{3}[-. ]\d{3}[-. ]\d{4}\b|\b988\b", raw), locale
