"""Help now and paying for care: render for every country and coverage, in every locale."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from core.help_data import COVERAGES


def test_help_renders_for_every_country_in_every_locale(app: Flask, client: FlaskClient) -> None:
    lines = app.extensions["site"].helplines
    for locale in ("en", "es"):
        for country in (*lines.countries, "other"):
            response = client.get(f"/{locale}/help?country={country}")
            assert response.status_code == 200
            html = response.get_data(as_text=True)
            for line in lines.for_country(country) if country != "other" else []:
                if line.tel:
                    assert f'href="{line.tel}"' in html
                assert line.source_url.replace("&", "&amp;") in html
                assert line.text(locale).name.replace("&", "&amp;").replace("’", "’") in html


def test_help_page_order_danger_then_crisis_then_support(client: FlaskClient) -> None:
    html = client.get("/en/help").get_data(as_text=True)
    assert (
        html.index("in danger right now")
        < html.index('id="lines-emergency"')
        < html.index('id="lines-crisis"')
        < html.index('id="lines-support"')
        < html.index('id="lines-information"')
    )


def test_help_shows_check_dates_and_tap_targets(client: FlaskClient) -> None:
    html = client.get("/en/help").get_data(as_text=True)
    assert "Number checked on November 22, 2026" in html
    assert '<a class="tap" href="tel:988">Call 988</a>' in html
    assert 'href="sms:741741?body=HOME"' in html


def test_unknown_country_still_shows_help(client: FlaskClient) -> None:
    response = client.get("/es/help?country=zz")
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert 'href="tel:988"' in html and 'href="tel:911"' in html


@pytest.mark.parametrize("locale", ["en", "es"])
@pytest.mark.parametrize("coverage", [*COVERAGES, ""])
def test_paying_renders_for_every_coverage(client: FlaskClient, locale: str, coverage: str) -> None:
    response = client.get(f"/{locale}/paying-for-care?coverage={coverage}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert html.count('class="pay-option"') >= 1
    assert "https://" in html  # every option links its source


def test_paying_bad_coverage_is_400_with_message(client: FlaskClient) -> None:
    response = client.get("/en/paying-for-care?coverage=gold")
    assert response.status_code == 400
    assert "did not recognise that coverage" in response.get_data(as_text=True)


def test_paying_htmx_swaps_only_the_list(client: FlaskClient) -> None:
    response = client.get("/en/paying-for-care?coverage=none", headers={"HX-Request": "true"})
    body = response.get_data(as_text=True)
    assert body.lstrip().startswith('<section id="paying-results"')
    assert "HX-Request" in response.headers["Vary"]


def test_every_paying_fact_shows_its_source(app: Flask, client: FlaskClient) -> None:
    html = client.get("/en/paying-for-care").get_data(as_text=True)
    guide = app.extensions["site"].paying["en"]
    for option in guide.options:
        for source in option.sources:
            assert source.url.replace("&", "&amp;") in html


SPANISH_988 = 'href="sms:988?body=AYUDA"'  # the Lifeline's Spanish option (press 2, text AYUDA)


def test_every_spanish_page_that_shows_988_shows_its_spanish_option(app, client) -> None:
    site = app.extensions["site"]
    pages = ["/es/", "/es/help", "/es/search?q=quiero+morir", "/es/handout/screener", "/es/handout/help"]
    pages += [f"/es/articles/{slug}" for slug in site.library.slugs]
    pages += [f"/es/handout/{slug}" for slug in site.library.slugs]
    for page in pages:
        html = client.get(page).get_data(as_text=True)
        if 'href="tel:988"' in html:
            assert SPANISH_988 in html, page


def test_the_help_page_says_how_to_get_an_interpreter_where_that_right_applies(client) -> None:
    us = client.get("/en/help?country=us").get_data(as_text=True)
    assert "Help in your language" in us and "more than 240 languages" in us
    assert "ask for a free interpreter" in us
    es = client.get("/es/help?country=us").get_data(as_text=True)
    assert "Ayuda en su idioma" in es
    # US rules and US lines: not shown for another country.
    assert "Help in your language" not in client.get("/en/help?country=gb").get_data(as_text=True)
