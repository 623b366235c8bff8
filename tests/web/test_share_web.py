"""Referral toolkit: the link builder, QR codes and handouts."""

from __future__ import annotations

import re

import pytest
import segno
from flask import Flask
from flask.testing import FlaskClient

PAGES = ("screener", "help", "paying-for-care")


def destinations(app: Flask) -> list[str]:
    return [*PAGES, *app.extensions["site"].library.slugs]


def qr_matrix_from_svg(svg: str) -> str:
    """The SVG path drawn by segno for a code (compare with a freshly made code of the link)."""
    return re.search(r'<path[^>]* d="([^"]+)"', svg).group(1)


@pytest.mark.parametrize("htmx", [False, True])
def test_link_builder_for_every_destination_and_locale(app: Flask, client: FlaskClient, htmx: bool) -> None:
    headers = {"HX-Request": "true"} if htmx else {}
    for lang in ("en", "es"):
        for dest in destinations(app):
            response = client.get(f"/en/for-professionals?lang={lang}&dest={dest}", headers=headers)
            assert response.status_code == 200, dest
            html = response.get_data(as_text=True)
            link = re.search(r'id="built-url" class="share-url" type="text" value="([^"]+)"', html).group(1)
            assert link.startswith(f"http://localhost/{lang}/")
            assert "?" not in link and "utm" not in link  # no tracking parameters, ever
            assert f'href="/{lang}/handout/{dest}"' in html
            assert ("<html" in html) != htmx


def test_qr_code_encodes_exactly_the_link(client: FlaskClient) -> None:
    html = client.get("/en/for-professionals?lang=es&dest=what-is-an-iop").get_data(as_text=True)
    link = "http://localhost/es/articles/what-is-an-iop"
    svg = re.search(r"<svg[^>]*qr-svg.*?</svg>", html, re.S).group(0)
    expected = segno.make(link, error="m", micro=False).svg_inline(
        scale=4, border=4, svgclass="qr-svg", lineclass=None, omitsize=True
    )
    assert qr_matrix_from_svg(svg) == qr_matrix_from_svg(expected)
    assert 'role="img"' in svg


def test_link_builder_rejects_unknown_choices_with_a_message(client: FlaskClient) -> None:
    response = client.get("/es/for-professionals?lang=xx&dest=nowhere")
    assert response.status_code == 400
    assert "There is a problem" not in response.get_data(as_text=True)  # it is in Spanish


@pytest.mark.parametrize("locale", ["en", "es"])
def test_handouts_render_in_every_locale_with_the_crisis_line(
    app: Flask, client: FlaskClient, locale: str
) -> None:
    for dest in destinations(app):
        response = client.get(f"/{locale}/handout/{dest}")
        assert response.status_code == 200, dest
        html = response.get_data(as_text=True)
        assert "988" in html
        assert "qr-svg" in html
        assert f"localhost/{locale}/" in html


def test_unknown_handout_is_404(client: FlaskClient) -> None:
    assert client.get("/en/handout/nothing-here").status_code == 404


def test_articles_have_share_block_and_open_graph(client: FlaskClient) -> None:
    for locale in ("en", "es"):
        html = client.get(f"/{locale}/articles/cost-of-iop").get_data(as_text=True)
        assert 'id="share-url"' in html and "qr-svg" in html and "data-print" in html
        assert '<meta property="og:title"' in html and '<meta name="description"' in html
        assert f'<meta property="og:locale" content="{locale}">' in html


@pytest.mark.parametrize("locale,marker", [("en", "(printable handout)"), ("es", "(hoja para imprimir)")])
def test_handout_title_differs_from_the_article(client: FlaskClient, locale: str, marker: str) -> None:
    handout = client.get(f"/{locale}/handout/what-is-an-iop").get_data(as_text=True)
    article = client.get(f"/{locale}/articles/what-is-an-iop").get_data(as_text=True)
    title = re.compile(r"<title>(.*?)</title>", re.S)
    assert marker in title.search(handout).group(1)
    assert title.search(handout).group(1) != title.search(article).group(1)
