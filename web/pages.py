"""Home, privacy, the root redirect, sitemap.xml, robots.txt and healthz."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, redirect, render_template, url_for

from web import locale
from web.addresses import absolute_url
from web.articles import TOPIC_LABELS
from web.headers import public
from web.site import site

bp = Blueprint("pages", __name__)

# Pages with no arguments that every locale has, for the sitemap.
SITEMAP_ENDPOINTS = (
    "pages.home",
    "articles.index",
    "articles.glossary",
    "search.results",
    "screener.start",
    "resources.help",
    "resources.paying",
    "find_care.page",
    "find_care.calling",
    "share.professionals",
    "pages.privacy",
)


@bp.get("/")
def root() -> Response:
    response = redirect(url_for("pages.home", locale=locale.best_for_browser()), code=302)
    response.vary.add("Accept-Language")  # the answer depends on the browser's languages
    response.cache_control.private = True
    return response


@bp.get("/<locale>/")
@public()
def home() -> str:
    lib = site().library
    return render_template(
        "pages/home.html",
        page_title=None,
        topics=lib.by_topic(locale.current()),
        topic_labels=TOPIC_LABELS,
        nav="home",
    )


@bp.get("/<locale>/privacy")
@public()
def privacy() -> str:
    return render_template("pages/privacy.html", nav=None)


@bp.get("/healthz")
def healthz() -> Response:
    """For load balancers: 200 while pages can be served; "degraded" names what is not right."""
    data = site()
    search = data.search.status()  # ok | stale (built from other content) | unavailable
    response = jsonify(
        status="ok" if search == "ok" else "degraded",
        search=search,
        articles=len(data.library.slugs),
        locales=list(locale.supported()),
    )
    response.cache_control.no_store = True
    return response


@bp.get("/robots.txt")
@public()
def robots() -> Response:
    body = f"User-agent: *\nAllow: /\nSitemap: {absolute_url('pages.sitemap')}\n"
    return Response(body, mimetype="text/plain")


@bp.get("/sitemap.xml")
@public()
def sitemap() -> Response:
    lib = site().library
    pages: list[list[tuple[str, str]]] = []  # each page: (language tag, absolute URL) per translation
    for endpoint in SITEMAP_ENDPOINTS:
        pages.append(
            [(locale.info(code).tag, absolute_url(endpoint, locale=code)) for code in locale.supported()]
        )
    for slug in lib.slugs:
        codes = [code for code in locale.supported() if lib.has_translation(code, slug)]
        pages.append(
            [(locale.info(code).tag, absolute_url("articles.show", locale=code, slug=slug)) for code in codes]
        )
    xml = render_template("pages/sitemap.xml", pages=pages)
    return Response(xml, mimetype="application/xml")
