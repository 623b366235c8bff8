"""Article index, article pages and the glossary. The library is loaded once at start-up."""

from __future__ import annotations

from flask import Blueprint, Flask, abort, current_app, g, render_template, request, url_for
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l

from core.articles import AUDIENCES, TOPICS, Library, load_library
from core.glossary import Term, link_terms, load_glossary
from web import locale
from web.resources import helplines

bp = Blueprint("articles", __name__)

TOPIC_LABELS = {
    "basics": _l("IOP basics"),
    "treatment": _l("Treatment and conditions"),
    "paying": _l("Cost and insurance"),
    "living": _l("Living with IOP and after"),
    "support": _l("Supporting and referring"),
}
AUDIENCE_LABELS = {
    "self": _l("For me"),
    "family": _l("For someone I care about"),
    "professional": _l("I refer people"),
}
SHORTCODE_TEMPLATES = {
    ("diagram", "levels-of-care"): "diagrams/levels_of_care.html",
    ("diagram", "coverage-path"): "diagrams/coverage_path.html",
    ("schedule", "week"): "diagrams/week.html",
}
assert set(TOPIC_LABELS) == set(TOPICS) and set(AUDIENCE_LABELS) == set(AUDIENCES)


def library() -> Library:
    return current_app.extensions["library"]


def glossary(code: str) -> tuple[Term, ...]:
    return current_app.extensions["glossary"].get(code, ())


def load(app: Flask) -> None:
    def shortcode(kind: str, arg: str, code: str) -> str:
        # Shortcodes render through templates so their words come from the catalogs.
        with app.test_request_context(f"/{code}/"), force_locale(code):
            g.locale = code
            if kind == "helpline":
                return render_template("partials/helpline_inline.html", line=helplines().get(arg))
            template = SHORTCODE_TEMPLATES.get((kind, arg))
            if template is None:
                raise KeyError(f"unknown shortcode [[{kind}:{arg}]]")
            return render_template(template)

    glossaries = {code: load_glossary(app.config["DATA_DIR"], code) for code in app.config["LOCALES"]}
    app.extensions["glossary"] = glossaries
    app.extensions["library"] = load_library(
        app.config["CONTENT_DIR"],
        app.config["LOCALES"],
        {code: link_terms(terms) for code, terms in glossaries.items()},
        shortcode,
    )


@bp.get("/<locale>/articles/")
def index() -> str:
    audience = request.args.get("audience") or None
    if audience is not None and audience not in AUDIENCES:
        abort(400)
    return render_template(
        "articles/index.html",
        groups=library().by_topic(locale.current(), audience),
        audience=audience,
        audience_labels=AUDIENCE_LABELS,
        topic_labels=TOPIC_LABELS,
        nav="learn",
    )


@bp.get("/<locale>/articles/<slug>")
def show(slug: str) -> str:
    lib = library()
    code = locale.current()
    found = lib.get(code, slug)
    if found is None:
        abort(404)
    article = found.article
    translations = tuple(c for c in locale.supported() if lib.has_translation(c, slug))
    related = [f for f in (lib.get(code, s) for s in article.related) if f]
    return render_template(
        "articles/show.html",
        article=article,
        is_fallback=found.is_fallback,
        related=related,
        topic_labels=TOPIC_LABELS,
        alternates=locale.switcher_links(translations, external=True),
        share_url=url_for("articles.show", slug=slug, _external=True),
        nav="learn",
    )


@bp.get("/<locale>/glossary", endpoint="glossary")
def glossary_page() -> str:
    return render_template("articles/glossary.html", terms=glossary(locale.current()), nav="learn")
