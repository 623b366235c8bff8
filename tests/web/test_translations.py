"""Catalogs are complete, compiled and current (a forgotten `make translations` fails here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

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
