"""Search page and its htmx results fragment. Search terms are never logged or stored."""

from __future__ import annotations

from flask import Blueprint, make_response, render_template, request
from flask.typing import ResponseReturnValue
from htmx_flask import request as htmx_request

from core.search import MAX_QUERY_CHARS, QueryTooLong, SearchUnavailable
from web import locale
from web.articles import TOPIC_LABELS
from web.inputs import bounded_int
from web.resources import danger_lines, visitor_country
from web.site import site

bp = Blueprint("search", __name__)
MAX_PAGE = 1000

# Shown when nothing matches: the articles most people start with.
POPULAR = ("what-is-an-iop", "who-iop-is-for", "cost-of-iop", "levels-of-care")


@bp.get("/<locale>/search")
def results() -> ResponseReturnValue:
    raw = request.args.get("q", "")
    page = request.args.get("page") or "1"  # a blank page number is the first page
    code = locale.current()
    status, error, found = 200, None, None
    number = bounded_int(page, 1, MAX_PAGE)
    data = site()
    if number is None:
        status, error = 400, "page"
    else:
        try:
            found = data.search.search(code, raw, number) if raw.strip() else None
        except QueryTooLong:
            status, error = 400, "too_long"
        except SearchUnavailable:
            # Every other page works; this one says so and still offers help and articles.
            status, error = 503, "unavailable"
    # Words that can mean danger put the right crisis lines above the results (checked, never kept).
    danger = data.danger_in(code, raw[:MAX_QUERY_CHARS])
    country = visitor_country()
    crisis = danger_lines(danger.categories, country) if danger else []
    if raw:
        locale.keep_out_of_search_engines()
    lib = data.library
    popular = [f for f in (lib.get(code, slug) for slug in POPULAR) if f]
    partial = htmx_request.htmx and not htmx_request.htmx.history_restore_request
    template = "search/_results.html" if partial else "search/page.html"
    body = render_template(
        template,
        query=raw[:MAX_QUERY_CHARS] if error != "too_long" else "",
        results=found,
        error=error,
        crisis=crisis,
        danger=danger.categories,
        crisis_country=country,
        max_chars=MAX_QUERY_CHARS,
        popular=popular,
        topic_labels=TOPIC_LABELS,
        nav="search",
    )
    response = make_response(body, status)
    response.vary.add("HX-Request")  # one URL, two bodies: keep caches apart
    if raw:
        response.cache_control.no_store = True  # it shows what someone typed: kept nowhere
    return response
