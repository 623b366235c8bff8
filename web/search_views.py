"""Search page and its htmx results fragment. Search terms are never logged or stored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from flask import Blueprint, Flask, current_app, make_response, render_template, request
from flask.typing import ResponseReturnValue
from htmx_flask import request as htmx_request

from core.crisis_words import CrisisWords, load_crisis_words
from core.search import MAX_QUERY_CHARS, QueryTooLong, SearchIndex, Synonyms, load_synonyms
from web import locale
from web.articles import TOPIC_LABELS, library

bp = Blueprint("search", __name__)
T = TypeVar("T")

# Shown when nothing matches: the articles most people start with.
POPULAR = ("what-is-an-iop", "who-iop-is-for", "cost-of-iop", "levels-of-care")


def index_dir(app: Flask) -> Path:
    return Path(app.config["INDEX_DIR"] or Path(app.instance_path) / "search-index")


def articles_by_locale(app: Flask) -> dict:
    lib = app.extensions["library"]
    return {code: lib.translated(code) for code in app.config["LOCALES"]}


def per_locale(app: Flask, folder: str, loader: Callable[[Path], T]) -> dict[str, T]:
    """One data file per locale, data/<folder>/<code>.yaml, read by `loader`."""
    root = Path(app.config["DATA_DIR"]) / folder
    return {code: loader(root / f"{code}.yaml") for code in app.config["LOCALES"]}


def synonyms(app: Flask) -> dict[str, Synonyms]:
    return per_locale(app, "synonyms", load_synonyms)


def crisis_words(app: Flask) -> dict[str, CrisisWords]:
    return per_locale(app, "crisis_words", load_crisis_words)


def load(app: Flask) -> None:
    app.extensions["crisis_words"] = crisis_words(app)
    # Built at start-up only when missing or stale (the content hash is kept beside it).
    index = SearchIndex.open_or_build(index_dir(app), articles_by_locale(app), synonyms(app))
    for code in app.config["LOCALES"]:
        index.vocabulary(code)  # opened now, so no visitor waits for it
    app.extensions["search"] = index


def search_index() -> SearchIndex:
    return current_app.extensions["search"]


@bp.get("/<locale>/search")
def results() -> ResponseReturnValue:
    raw = request.args.get("q", "")
    page = request.args.get("page") or "1"  # a blank page number is the first page
    code = locale.current()
    status, error, found = 200, None, None
    if not page.isdigit() or not 1 <= int(page) <= 1000:
        status, error = 400, "page"
    else:
        try:
            found = search_index().search(code, raw, int(page)) if raw.strip() else None
        except QueryTooLong:
            status, error = 400, "too_long"
    # Words that can mean danger put crisis lines above the results (checked, never kept).
    crisis = current_app.extensions["crisis_words"][code].found_in(raw[:MAX_QUERY_CHARS])
    if raw:
        locale.keep_out_of_search_engines()
    lib = library()
    popular = [f for f in (lib.get(code, slug) for slug in POPULAR) if f]
    partial = htmx_request.htmx and not htmx_request.htmx.history_restore_request
    template = "search/_results.html" if partial else "search/page.html"
    body = render_template(
        template,
        query=raw[:MAX_QUERY_CHARS] if error != "too_long" else "",
        results=found,
        error=error,
        crisis=crisis,
        max_chars=MAX_QUERY_CHARS,
        popular=popular,
        topic_labels=TOPIC_LABELS,
        nav="search",
    )
    response = make_response(body, status)
    response.vary.add("HX-Request")  # one URL, two bodies: keep caches apart
    # Results pages are personal (the query is what someone typed): no shared caches.
    response.cache_control.private = True
    response.cache_control.public = False
    return response
