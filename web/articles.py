"""Article index, article pages and the glossary."""

from __future__ import annotations

from flask import Blueprint, abort, render_template, request, url_for
from flask_babel import lazy_gettext as _l

from core.articles import AUDIENCES, TOPICS
from web import locale
from web.addresses import absolute_url
from web.headers import public
from web.site import site

bp = Blueprint("articles", __name__)

TOPIC_LABELS = {
    "safety": _l("Safety and urgent help"),
    "basics": _l("IOP basics"),
    "treatment": _l("Treatment and conditions"),
    "paying": _l("Cost and insurance"),
    "living": _l("Living with IOP and after"),
    "people": _l("Care for particular groups"),
    "support": _l("Supporting and referring"),
}
AUDIENCE_LABELS = {
    "self": _l("For me"),
    "family": _l("For someone I care about"),
    "professional": _l("I refer people"),
}
assert set(TOPIC_LABELS) == set(TOPICS) and set(AUDIENCE_LABELS) == set(AUDIENCES)


@bp.get("/<locale>/articles/")
@public("audience")
def index() -> str:
    audience = request.args.get("audience") or None
    if audience is not None and audience not in AUDIENCES:
        abort(400)
    return render_template(
        "articles/index.html",
        groups=site().library.by_topic(locale.current(), audience),
        audience=audience,
        audience_labels=AUDIENCE_LABELS,
        topic_labels=TOPIC_LABELS,
        nav="learn",
    )


@bp.get("/<locale>/articles/<slug>")
@public()
def show(slug: str) -> str:
    lib = site().library
    code = locale.current()
    found = lib.get(code, slug)
    if found is None:
        abort(404)
    article = found.article
    translations = tuple(c for c in locale.supported() if lib.has_translation(c, slug))
    related = [f for f in (lib.get(code, s) for s in article.related) if f]
    original = lib.get(lib.default_locale, slug)
    return render_template(
        "articles/show.html",
        article=article,
        is_fallback=found.is_fallback,
        related=related,
        topic_labels=TOPIC_LABELS,
        alternates=locale.switcher_links(translations, external=True),
        share_url=absolute_url("articles.show", slug=slug),
        english_url=url_for("articles.show", locale=lib.default_locale, slug=slug),
        article_in_english_title=original.article.title if original else "",
        nav="learn",
    )


@bp.get("/<locale>/glossary", endpoint="glossary")
@public()
def glossary_page() -> str:
    return render_template("articles/glossary.html", terms=site().glossary(locale.current()), nav="learn")
