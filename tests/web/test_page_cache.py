"""The page cache serves the same page faster, and never keeps what a visitor typed."""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from tests.conftest import create_app_with_index
from web.page_cache import PageCache, Stored

BR = {"Accept-Encoding": "br, gzip"}


def fresh_app(tmp_path: Path) -> Flask:
    return create_app_with_index({"INDEX_DIR": str(tmp_path), "PAGE_CACHE_SIZE": 64})


def test_second_visit_gets_the_same_page_headers_and_validators(tmp_path: Path) -> None:
    client = fresh_app(tmp_path).test_client()
    first = client.get("/es/articles/what-is-an-iop", headers=BR)
    second = client.get("/es/articles/what-is-an-iop", headers=BR)
    assert first.status_code == second.status_code == 200
    assert first.get_data() == second.get_data()
    for header in ("Content-Encoding", "ETag", "Content-Security-Policy", "Vary", "Cache-Control"):
        assert first.headers[header] == second.headers[header]
    again = client.get("/es/articles/what-is-an-iop", headers={**BR, "If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    plain = client.get("/es/articles/what-is-an-iop")
    assert "Content-Encoding" not in plain.headers
    assert "<html" in plain.get_data(as_text=True)


def test_htmx_and_full_page_are_kept_apart(tmp_path: Path) -> None:
    client = fresh_app(tmp_path).test_client()
    full = client.get("/en/paying-for-care?coverage=medicaid").get_data(as_text=True)
    part = client.get(
        "/en/paying-for-care?coverage=medicaid", headers={"HX-Request": "true", "HX-Target": "paying-list"}
    ).get_data(as_text=True)
    assert "<html" in full and "<html" not in part
    assert "<html" in client.get("/en/paying-for-care?coverage=medicaid").get_data(as_text=True)


def test_search_self_check_and_unknown_parameters_are_never_kept(tmp_path: Path) -> None:
    app = fresh_app(tmp_path)
    client = app.test_client()
    client.get("/en/search?q=my+private+words")
    client.post("/en/screener/question", data={"action": "next"})
    client.get("/en/articles/what-is-an-iop?utm_source=anything")
    client.get("/en/help?country=nowhere")  # a 400
    cache = app.extensions["page_cache"]
    assert len(cache) == 0
    client.get("/en/help?country=ca")
    assert len(cache) == 1


def test_cache_forgets_the_least_recently_used_page() -> None:
    cache = PageCache(size=2)
    entry = Stored(b"x", "200 OK", ())
    keys = [("http", "h", "", f"/p{i}", "", "", "", "") for i in range(3)]
    cache.put(keys[0], entry)
    cache.put(keys[1], entry)
    cache.get(keys[0])  # now the most recent
    cache.put(keys[2], entry)
    assert cache.get(keys[0]) is entry and cache.get(keys[1]) is None and len(cache) == 2
