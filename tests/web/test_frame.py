"""The page frame (safety bar, navigation, footer) fits every page: locale and current section."""

from __future__ import annotations

import re

from flask.testing import FlaskClient

SECTIONS = {"/search?q=cost": "search", "/screener": "screener", "/articles/": "learn"}
NAV_LABELS = {
    "en": {"learn": "Learn", "search": "Search", "screener": "Self-check"},
    "es": {"learn": "Aprenda", "search": "Buscar", "screener": "Autoevaluación"},
}


def current_nav_item(html: str) -> str:
    nav = html[html.index('class="main-nav"') :]
    found = re.search(r'aria-current="page">([^<]+)</a>', nav)
    assert found, "no navigation item is marked as the current section"
    return found.group(1)


def test_frame_follows_the_locale_and_section_in_any_order(client: FlaskClient) -> None:
    for code in ("en", "es", "en"):
        for path, section in SECTIONS.items():
            html = client.get(f"/{code}{path}").get_data(as_text=True)
            assert current_nav_item(html) == NAV_LABELS[code][section]
            assert f'href="/{code}/help"' in html  # the safety bar's help link
            assert f'<html lang="{code}"' in html


def test_a_page_without_a_section_marks_none(client: FlaskClient) -> None:
    html = client.get("/en/privacy").get_data(as_text=True)
    nav = html[html.index('class="main-nav"') : html.index("</nav>", html.index('class="main-nav"'))]
    assert 'aria-current="page"' not in nav
