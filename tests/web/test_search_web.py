"""The search page: linkable GET results, htmx fragments, and no query can break it."""

from __future__ import annotations

import logging
import re

import pytest
from flask.testing import FlaskClient

HOSTILE = [
    '"unbalanced',
    "(((",
    "AND OR NOT",
    "title:*",
    "a" * 10_000,
    "😀🔥",
    "\x00\x01\x1f",
    "<script>alert(1)</script>",
    "%00",
    "*?~^",
    'cost"',
    "' OR 1=1 --",
    "\u202e",
    "🙂 seguro",
]


@pytest.mark.parametrize("locale", ["en", "es"])
@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_500(client: FlaskClient, locale: str, query: str) -> None:
    response = client.get(f"/{locale}/search", query_string={"q": query})
    assert response.status_code in (200, 400)
    assert "<script>alert(1)</script>" not in response.get_data(as_text=True)


def test_too_long_query_gets_clear_localized_message(client: FlaskClient) -> None:
    response = client.get("/es/search", query_string={"q": "palabra " * 100})
    assert response.status_code == 400
    assert "demasiado larga" in response.get_data(as_text=True)


def test_bad_page_number_is_a_400(client: FlaskClient) -> None:
    assert client.get("/en/search?q=cost&page=abc").status_code == 400
    assert client.get("/en/search?q=cost&page=99999").status_code == 400


def test_full_page_and_htmx_fragment_show_the_same_results(client: FlaskClient) -> None:
    full = client.get("/en/search?q=insurance").get_data(as_text=True)
    fragment = client.get("/en/search?q=insurance", headers={"HX-Request": "true"})
    body = fragment.get_data(as_text=True)
    assert "<html" in full and "<html" not in body
    assert body.lstrip().startswith('<div id="search-results"')
    assert "HX-Request" in fragment.headers["Vary"]
    assert 'data-hx-swap-oob="innerHTML:#search-status"' in body
    assert '/en/articles/insurance-and-iop"' in full and '/en/articles/insurance-and-iop"' in body


def test_results_have_title_snippet_and_topic(client: FlaskClient) -> None:
    html = client.get("/en/search?q=insurance").get_data(as_text=True)
    assert re.search(r"<mark[^>]*>insurance</mark>", html, re.IGNORECASE)
    assert "Cost and insurance" in html


def test_misspelling_is_corrected_or_suggested(client: FlaskClient) -> None:
    html = client.get("/en/search?q=insurence").get_data(as_text=True)
    assert "insurance" in html.lower()
    assert "/en/articles/insurance-and-iop" in html


def test_no_results_page_suggests_next_steps(client: FlaskClient) -> None:
    html = client.get("/en/search?q=xylophonezzz").get_data(as_text=True)
    assert "No results" in html
    assert "/en/screener" in html and "/en/help" in html and "/en/articles/what-is-an-iop" in html


def test_search_terms_are_not_logged(client: FlaskClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client.get("/en/search?q=secretword")
    assert "secretword" not in " ".join(r.getMessage() for r in caplog.records)


def test_werkzeug_access_log_drops_query_strings() -> None:
    from web.log_privacy import DropQueryStrings

    record = logging.LogRecord(
        "werkzeug",
        logging.INFO,
        "",
        0,
        '"%s" %s %s',
        ("GET /en/search?q=secretword HTTP/1.1", "200", "-"),
        None,
    )
    DropQueryStrings().filter(record)
    assert "secretword" not in record.getMessage()
    assert "/en/search" in record.getMessage()


def test_search_box_in_header_submits_to_current_locale(client: FlaskClient) -> None:
    html = client.get("/es/glossary").get_data(as_text=True)
    assert 'action="/es/search"' in html


def test_results_are_never_stored_by_any_cache(client: FlaskClient) -> None:
    for headers in ({}, {"HX-Request": "true"}):
        cache_control = client.get("/en/search?q=insurance", headers=headers).headers["Cache-Control"]
        assert cache_control == "no-store"


@pytest.mark.parametrize(
    "locale,query,heading",
    [
        ("en", "suicidal thoughts", "Help is available right now"),
        ("es", "quiero morir", "Puede recibir ayuda ahora mismo"),
    ],
)
@pytest.mark.parametrize("htmx", [False, True])
def test_a_search_that_signals_danger_shows_crisis_lines_first(
    client: FlaskClient, locale: str, query: str, heading: str, htmx: bool
) -> None:
    headers = {"HX-Request": "true"} if htmx else {}
    html = client.get(f"/{locale}/search", query_string={"q": query}, headers=headers).get_data(as_text=True)
    assert heading in html
    assert 'href="tel:988"' in html
    first_result = html.find('class="search-results"')
    no_results = html.find('class="article-list"')
    after = [i for i in (first_result, no_results) if i != -1]
    assert after and html.index(heading) < min(after)


def test_an_everyday_search_shows_no_crisis_box(client: FlaskClient) -> None:
    html = client.get("/en/search?q=insurance").get_data(as_text=True)
    assert "Help is available right now" not in html


def test_results_pages_are_kept_out_of_search_engines(client: FlaskClient) -> None:
    results = client.get("/en/search?q=insurance").get_data(as_text=True)
    assert '<meta name="robots" content="noindex">' in results
    assert 'rel="canonical"' not in results and 'hreflang="es" href="http' not in results
    assert 'href="/es/search?q=insurance"' in results  # the language switch keeps the search
    empty = client.get("/en/search").get_data(as_text=True)
    assert "noindex" not in empty and '<link rel="canonical" href="http://localhost/en/search">' in empty


def test_result_links_follow_the_locale(client: FlaskClient) -> None:
    english = client.get("/en/search?q=insurance").get_data(as_text=True)
    spanish = client.get("/es/search?q=seguro").get_data(as_text=True)
    assert 'href="/en/articles/insurance-and-iop"' in english
    assert 'href="/es/articles/insurance-and-iop"' in spanish and "/en/articles/" not in spanish


def test_a_blank_page_number_is_the_first_page(client: FlaskClient) -> None:
    response = client.get("/en/search?q=insurance&page=")
    assert response.status_code == 200 and "/en/articles/insurance-and-iop" in response.get_data(as_text=True)


@pytest.mark.parametrize("page", ["²", "②", "١", "1.5", "-1", "1001", "0"])
def test_page_numbers_that_are_not_plain_ascii_digits_get_a_400_not_a_500(
    client: FlaskClient, page: str
) -> None:
    response = client.get("/en/search", query_string={"q": "cost", "page": page})
    assert response.status_code == 400
    assert "That page of results does not exist" in response.get_data(as_text=True)


@pytest.fixture(scope="module")
def app_without_index(tmp_path_factory: pytest.TempPathFactory):
    from app import create_app

    return create_app({"TESTING": True, "INDEX_DIR": str(tmp_path_factory.mktemp("no-index"))})


@pytest.mark.parametrize(
    "locale,message", [("en", "Search is unavailable"), ("es", "búsqueda no está disponible")]
)
def test_without_an_index_search_says_unavailable_and_every_other_page_works(
    app_without_index, locale: str, message: str
) -> None:
    client = app_without_index.test_client()
    response = client.get(
        f"/{locale}/search", query_string={"q": "quiero morir" if locale == "es" else "suicide"}
    )
    assert response.status_code == 503
    html = response.get_data(as_text=True)
    assert message in html
    assert f'href="/{locale}/help"' in html and "data-quick-exit" in html
    assert 'id="crisis-heading"' in html  # words that mean danger still put the crisis lines first
    assert client.get(f"/{locale}/").status_code == 200
    assert client.get(f"/{locale}/articles/what-is-an-iop").status_code == 200
    health = client.get("/healthz").get_json()
    assert health["status"] == "degraded" and health["search"] == "unavailable"


def _lines_in_order(html: str) -> list[str]:
    box = html[html.index('id="crisis-heading"') : html.index("</aside>")]
    return re.findall(r'href="((?:tel|sms):[^"]+)"', box)


def test_each_kind_of_danger_brings_its_own_lines_first(client: FlaskClient) -> None:
    overdose = _lines_in_order(
        client.get("/en/search?q=my+toddler+swallowed+my+pills").get_data(as_text=True)
    )
    assert overdose[:2] == ["tel:911", "tel:18002221222"]  # emergency, then Poison Help
    violence = _lines_in_order(client.get("/en/search?q=he+is+hitting+me").get_data(as_text=True))
    assert violence[0] == "tel:911" and "tel:18007997233" in violence  # the domestic violence line
    spanish = _lines_in_order(client.get("/es/search?q=me+quiero+morir").get_data(as_text=True))
    assert "sms:988?body=AYUDA" in spanish  # the Lifeline's Spanish option


def test_the_crisis_box_uses_the_visitors_country_from_their_browser_language(client: FlaskClient) -> None:
    html = client.get("/en/search?q=i+want+to+die", headers={"Accept-Language": "en-GB,en;q=0.8"}).get_data(
        as_text=True
    )
    lines = _lines_in_order(html)
    assert lines[0] == "tel:999" and "tel:988" not in lines
    assert 'href="/en/help?country=gb"' in html


@pytest.mark.parametrize(
    "query", ["took too many pills", "mi hijo tomo muchas pastillas", "a quien llamo esta noche", "seizure"]
)
def test_searches_the_old_phrase_list_missed_now_show_help(client: FlaskClient, query: str) -> None:
    locale = "es" if query.startswith(("mi ", "a quien")) else "en"
    assert 'id="crisis-heading"' in client.get(f"/{locale}/search", query_string={"q": query}).get_data(
        as_text=True
    )
