"""Catalogs are complete, compiled and current (a forgotten `make translations` fails here)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from markupsafe import escape

from tests.locales import LOCALES

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
CATALOGS = sorted(TRANSLATIONS.glob("*/LC_MESSAGES/messages.po"))


def test_there_is_a_spanish_catalog() -> None:
    assert TRANSLATIONS / "es" / "LC_MESSAGES" / "messages.po" in CATALOGS


@pytest.mark.parametrize("po", CATALOGS, ids=lambda p: p.parts[-3])
def test_catalog_is_compiled_after_its_last_edit(po: Path) -> None:
    mo = po.with_suffix(".mo")
    assert mo.exists(), f"{mo} missing: run `make catalogs`"
    assert mo.stat().st_mtime >= po.stat().st_mtime, f"{po} is newer than {mo}: run `make catalogs`"


@pytest.mark.parametrize("po", CATALOGS, ids=lambda p: p.parts[-3])
def test_catalog_has_no_untranslated_or_fuzzy_entries(po: Path) -> None:
    with po.open("rb") as handle:
        catalog = read_po(handle)
    untranslated = [
        m.id for m in catalog if m.id and not (m.string if isinstance(m.string, str) else all(m.string))
    ]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert not untranslated, f"untranslated in {po}: {untranslated[:5]}"
    assert not fuzzy, f"fuzzy in {po}: {fuzzy[:5]}"


def test_catalog_covers_every_message_in_the_template() -> None:
    with (TRANSLATIONS / "messages.pot").open("rb") as handle:
        template_ids = {m.id for m in read_po(handle) if m.id}
    for po in CATALOGS:
        with po.open("rb") as handle:
            ids = {m.id for m in read_po(handle) if m.id}
        assert template_ids <= ids, f"{po} lacks {sorted(template_ids - ids)[:5]}: run `make translations`"


@pytest.mark.parametrize("po", CATALOGS, ids=lambda p: p.parts[-3])
def test_translations_keep_every_placeholder(po: Path) -> None:
    """A lost %(number)s would drop a phone number from a sentence."""
    with po.open("rb") as handle:
        catalog = read_po(handle)
    for m in catalog:
        if not m.id:
            continue
        source = m.id if isinstance(m.id, str) else m.id[-1]
        strings = [m.string] if isinstance(m.string, str) else list(m.string)
        wanted = set(PLACEHOLDER.findall(source))
        for text in strings[-1:]:  # the general plural form carries every placeholder
            assert set(PLACEHOLDER.findall(text)) == wanted, (po.parts[-3], source, text)


PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")
ENGLISH_ONLY = re.compile(r'<(\w+)[^>]*\blang="en"[^>]*>.*?</\1>', re.S)
PAGES = [
    "/{l}/",
    "/{l}/articles/",
    "/{l}/articles/what-is-an-iop",
    "/{l}/glossary",
    "/{l}/search?q=iop",
    "/{l}/screener",
    "/{l}/help",
    "/{l}/paying-for-care?coverage=medicaid",
    "/{l}/for-professionals",
    "/{l}/handout/help",
    "/{l}/find-care?state=CA",
    "/{l}/find-care/calling?voice=self&care=iop",
    "/{l}/find-care/my-calls",
    "/{l}/screener/result/iop?country=us",
    "/{l}/privacy",
]


@pytest.fixture(scope="module")
def english_sentences() -> set[str]:
    """Interface sentences as written in English (4+ words, no placeholders)."""
    with (TRANSLATIONS / "messages.pot").open("rb") as handle:
        ids = [m.id for m in read_po(handle) if isinstance(m.id, str)]
    return {i for i in ids if len(i.split()) >= 4 and not PLACEHOLDER.search(i) and "<" not in i}


@pytest.mark.parametrize("locale", [c for c in LOCALES if c != "en"])
def test_no_interface_sentence_is_left_in_english(client, english_sentences: set[str], locale: str) -> None:
    for page in PAGES:
        html = client.get(page.format(l=locale)).get_data(as_text=True)
        html = ENGLISH_ONLY.sub("", html)  # English stand-ins for untranslated articles say so
        shown = {s for s in english_sentences if escape(s) in html}
        assert not shown, (page, sorted(shown)[:3])
