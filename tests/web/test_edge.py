"""The edge: who may cache what, which host names the site trusts, and bodies it refuses.

Each test reproduces a fault found by probing the site as an attacker or operator would.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import create_app_with_index

# ---- caching: private by default, public only where a view says so ----------------------


@pytest.mark.parametrize(
    "path",
    ["/en/", "/es/articles/what-is-an-iop", "/en/help?country=gb", "/en/paying-for-care?coverage=none"],
)
def test_pages_that_are_the_same_for_everyone_are_public(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "public, max-age=300"
    assert response.headers.get("ETag")


@pytest.mark.parametrize(
    "path",
    [
        "/en/?country=my-private-words",  # a parameter the page does not take
        "/en/articles/what-is-an-iop?q=anything",
        "/en/help?country=gb&country=us",  # repeated
        "/en/help?country=zz",  # not a choice: 400
        "/",  # depends on the browser's languages
    ],
)
def test_other_responses_are_private(client: FlaskClient, path: str) -> None:
    cache_control = client.get(path).headers["Cache-Control"]
    assert "public" not in cache_control and "private" in cache_control


@pytest.mark.parametrize(
    "path",
    ["/en/paying-for-care?coverage=medicaid", "/es/for-professionals?dest=help&lang=en", "/en/search?q=cost"],
)
def test_htmx_fragments_are_never_stored(client: FlaskClient, path: str) -> None:
    # A fragment lives at a page's own URL; kept anywhere, Back could show it without the
    # page around it (no quick exit, no help link).
    response = client.get(path, headers={"HX-Request": "true"})
    assert response.headers["Cache-Control"] == "no-store"
    assert "HX-Request" in response.headers["Vary"]


def test_static_files_are_cacheable_for_a_year(client: FlaskClient) -> None:
    html = client.get("/en/").get_data(as_text=True)
    css = re.search(r'href="(/static/css/site\.css\?v=[0-9a-f]+)"', html).group(1)
    cache_control = client.get(css).headers["Cache-Control"]
    assert cache_control.split(", ").count("no-cache") == 0
    assert {"public", "max-age=31536000", "immutable"} <= set(cache_control.split(", "))


# ---- host names: absolute URLs never come from the request ------------------------------


def test_an_unknown_host_header_is_refused(client: FlaskClient) -> None:
    response = client.get("/en/for-professionals?dest=help&lang=en", headers={"Host": "evil.example"})
    assert response.status_code == 400
    assert b"evil.example" not in response.data


@pytest.fixture(scope="module")
def public_app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    return create_app_with_index(
        {
            "INDEX_DIR": str(tmp_path_factory.mktemp("index")),
            "BASE_URL": "https://iop.example.org/",
            "TRUSTED_HOSTS": "iop.example.org,alias.example.net",
        }
    )


@pytest.mark.parametrize(
    "path,expected",
    [
        ("/en/for-professionals?dest=help&lang=es", "https://iop.example.org/es/help"),
        ("/en/articles/what-is-an-iop", "https://iop.example.org/en/articles/what-is-an-iop"),
        ("/sitemap.xml", "https://iop.example.org/es/articles/what-is-an-iop"),
        ("/robots.txt", "https://iop.example.org/sitemap.xml"),
    ],
)
def test_absolute_urls_come_from_the_configured_base_url(public_app: Flask, path: str, expected: str) -> None:
    body = public_app.test_client().get(path, headers={"Host": "alias.example.net"}).get_data(as_text=True)
    assert expected in body
    assert "alias.example.net" not in body


def test_hsts_only_over_https_and_proxy_headers_only_when_configured(
    public_app: Flask, tmp_path: Path
) -> None:
    client = public_app.test_client()
    plain = client.get("/en/", headers={"Host": "iop.example.org", "X-Forwarded-Proto": "https"})
    assert "Strict-Transport-Security" not in plain.headers  # nobody is trusted to say https
    secure = client.get("/en/", base_url="https://iop.example.org")
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=")
    proxied = create_app_with_index({"INDEX_DIR": str(tmp_path), "PROXY_COUNT": 1}).test_client()
    behind = proxied.get("/en/", headers={"X-Forwarded-Proto": "https"})
    assert behind.headers["Strict-Transport-Security"].startswith("max-age=")


def test_headers_name_no_software_and_no_retired_features(client: FlaskClient) -> None:
    response = client.get("/en/")
    assert "Server" not in response.headers
    assert "interest-cohort" not in response.headers["Permissions-Policy"]


# ---- bodies: too large or unreadable gets a clear page, never a silent cut ---------------


def test_a_chunked_body_over_the_limit_gets_the_413_page(client: FlaskClient) -> None:
    response = client.post(
        "/en/screener/question",
        data=b"for_whom=self&padding=" + b"x" * 40_000,
        content_type="application/x-www-form-urlencoded",
        headers={"Transfer-Encoding": "chunked"},
    )
    assert response.status_code == 413
    assert "What you sent was too large" in response.get_data(as_text=True)


@pytest.mark.parametrize("locale,message", [("en", "could not be read"), ("es", "no se pudo leer")])
def test_an_undecodable_answer_is_asked_again_keeping_the_others(
    client: FlaskClient, locale: str, message: str
) -> None:
    body = b"country=us&danger_now=no&current=for_whom&action=next&for_whom=%FF%FE"
    response = client.post(
        f"/{locale}/screener/question", data=body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert message in html
    assert 'name="danger_now" value="no"' in html  # the earlier answer is still carried
    assert 'name="current" value="for_whom"' in html  # the same question, asked again
