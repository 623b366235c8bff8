"""For referral staff: the link builder, QR codes and printable handouts."""

from __future__ import annotations

import io
from functools import lru_cache

import segno
from flask import Blueprint, Flask, abort, make_response, render_template, request
from flask.typing import ResponseReturnValue
from flask_babel import force_locale, format_date
from flask_babel import lazy_gettext as _l
from htmx_flask import request as htmx_request
from markupsafe import Markup, escape

from web import locale
from web.addresses import absolute_url
from web.headers import public
from web.site import site

bp = Blueprint("share", __name__)

# Destinations that are not articles: (id, endpoint, label).
PAGES = {
    "screener": ("screener.start", _l("The self-check")),
    "help": ("resources.help", _l("Get help now: crisis and support lines")),
    "paying-for-care": ("resources.paying", _l("Paying for care")),
    "find-care": ("find_care.page", _l("Find care near you")),
}


@lru_cache(maxsize=512)
def _qr_markup(url: str, label: str) -> str:
    # Made on the server: no QR service sees the link. Medium error correction survives
    # a creased or badly printed handout.
    svg = segno.make(url, error="m", micro=False).svg_inline(
        scale=4, border=4, svgclass="qr-svg", lineclass=None, omitsize=True
    )
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1)


def qr_svg(url: str, label: str) -> Markup:
    return Markup(_qr_markup(url, str(label)))


def phone(number: str) -> Markup:
    """A phone number that never breaks across lines (nor, printed, across pages)."""
    return Markup('<span class="phone">{}</span>').format(number)


def init_app(app: Flask) -> None:
    app.jinja_env.globals["qr_svg"] = qr_svg
    app.jinja_env.globals["phone"] = phone
    app.jinja_env.globals["format_date"] = format_date


def destination_url(dest: str, lang: str) -> str | None:
    """The plain, shareable address of a destination in a language (no tracking, ever)."""
    if dest in PAGES:
        return absolute_url(PAGES[dest][0], locale=lang)
    if dest in site().library.slugs:
        return absolute_url("articles.show", locale=lang, slug=dest)
    return None


def destinations(lang: str) -> list[tuple[str, str, bool]]:
    """Every destination with its title in the chosen language, and whether that title is the
    English stand-in for an article not yet translated."""
    with force_locale(lang):
        pages = [(key, str(label), False) for key, (_endpoint, label) in PAGES.items()]
    articles = [(f.article.slug, f.article.title, f.is_fallback) for f in site().library.all(lang)]
    return pages + articles


@bp.get("/<locale>/for-professionals")
@public("dest", "lang")
def professionals() -> ResponseReturnValue:
    code = locale.current()
    lang = request.args.get("lang") or code
    dest = request.args.get("dest") or None
    errors = {}
    if lang not in locale.supported():
        errors["lang"] = _l("Choose one of the languages in the list.")
        lang = code
    link = None
    if dest is not None:
        link = destination_url(dest, lang)
        if link is None:
            errors["dest"] = _l("Choose a page from the list.")
    title = {key: label for key, label, _ in destinations(lang)}.get(dest or "", "")
    context = {
        "lang_choice": lang,
        "dest": dest,
        "link": link,
        "link_title": title,
        "errors": errors,
        "choices": destinations(code),
        "languages_all": [locale.info(c) for c in locale.supported()],
        "nav": None,
    }
    partial = htmx_request.htmx and not htmx_request.htmx.history_restore_request
    template = "share/_link_result.html" if partial else "share/professionals.html"
    response = make_response(render_template(template, **context), 400 if errors else 200)
    response.vary.add("HX-Request")
    return response


@bp.get("/<locale>/handout/<slug>")
@public("country")
def handout(slug: str) -> ResponseReturnValue:
    from web.resources import country_names, danger_lines, helplines, resolve_country

    code = locale.current()
    link = destination_url(slug, code)
    if link is None:
        abort(404)
    country, unknown = resolve_country(request.args.get("country"))
    summary, title = "", ""
    if slug in PAGES:
        title = str(PAGES[slug][1])
    else:
        found = site().library.get(code, slug)
        title, summary = found.article.title, found.article.summary
    body = render_template(
        "share/handout.html",
        slug=slug,
        title=title,
        summary=summary,
        link=link,
        country=country,
        countries=country_names(code),
        # The country's emergency number and crisis lines (in Spanish, with 988's Spanish option).
        lines=danger_lines((), country) if country in helplines().countries else [],
        samhsa=helplines().get("us-samhsa"),
        info_211=helplines().get("us-211"),
        nav=None,
    )
    return body, 400 if unknown else 200


QR_KINDS = {"svg": "image/svg+xml", "png": "image/png"}


@bp.get("/<locale>/qr/<slug>.<kind>")
@public()
def qr(slug: str, kind: str) -> ResponseReturnValue:
    """A page's QR code to download, for newsletters and posters: SVG scales to any size; the
    PNG is large enough to print about 5 cm wide at 300 dpi."""
    link = destination_url(slug, locale.current())
    if link is None or kind not in QR_KINDS:
        abort(404)
    out = io.BytesIO()
    code = segno.make(link, error="m", micro=False)
    if kind == "svg":
        code.save(out, kind="svg", scale=10, border=4, title=link)
    else:
        code.save(out, kind="png", scale=20, border=4)
    response = make_response(out.getvalue())
    response.mimetype = QR_KINDS[kind]
    filename = f"iop-guide-{slug}-{locale.current()}-qr.{kind}"
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
