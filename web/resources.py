"""Help now (helplines by country) and paying for care (options by coverage)."""

from __future__ import annotations

from babel import Locale
from flask import Blueprint, Flask, make_response, render_template, request
from flask.typing import ResponseReturnValue
from htmx_flask import request as htmx_request
from markupsafe import Markup

from core.help_data import COVERAGES, Helpline, Helplines
from web import locale
from web.headers import public
from web.site import site

bp = Blueprint("resources", __name__)

DEFAULT_COUNTRY = "us"
OTHER_COUNTRY = "other"  # "my country is not listed": what to do anywhere


def helplines() -> Helplines:
    return site().helplines


def init_app(app: Flask) -> None:
    app.jinja_env.globals["help_box_lines"] = help_box_lines
    app.jinja_env.globals["helpline_countries"] = lambda: helplines().countries
    cards: dict[tuple[str, str], Markup] = {}

    def helpline_card(line: Helpline) -> Markup:
        """A helpline's card, rendered once per locale: it depends on the data and the
        locale alone, and the help page shows a dozen (a third of its render time).
        Keyed by data ids, so it holds at most one card per line and locale."""
        key = (locale.current(), line.id)
        card = cards.get(key)
        if card is None:
            card = Markup(render_template("resources/_helpline.html", line=line, lang=key[0]))
            if not app.debug:
                cards[key] = card
        return card

    app.jinja_env.globals["helpline_card"] = helpline_card


# The compact box on articles, results and handouts: the US lines for danger and crisis, and
# in Spanish the Lifeline's Spanish option; the help page (one link away) has every country.
HELP_BOX_LINES = ("us-911", "us-988")
HELP_BOX_EXTRA = {"es": ("us-988-es",)}


def help_box_lines() -> list:
    ids = HELP_BOX_LINES + HELP_BOX_EXTRA.get(locale.current(), ())
    return [helplines().get(line_id) for line_id in ids]


# Lines a kind of danger calls for, after the country's emergency number: "{country}-{suffix}".
DANGER_LINES = {"overdose_poisoning": ("poison",), "violence": ("dv",)}


def visitor_country() -> str:
    """The country whose lines to show: ?country= if it is one we list, else the region of the
    browser's preferred language (en-GB: gb), else the United States. Nothing is stored."""
    countries = helplines().countries
    asked = (request.args.get("country") or "").strip().lower()
    if asked in countries:
        return asked
    for language, _quality in request.accept_languages:
        region = language.replace("_", "-").split("-")[1:2]
        if region and region[0].lower() in countries:
            return region[0].lower()
    return DEFAULT_COUNTRY


def danger_lines(categories: tuple[str, ...], country: str) -> list:
    """The lines to show first for what a search signals: emergency, then what the kind of
    danger calls for (Poison Help, the domestic violence line), then crisis lines."""
    lines = helplines()
    mine = lines.for_country(country)
    emergency = [line for line in mine if line.purpose == "emergency" and not line.id.endswith("-poison")]
    wanted = [f"{country}-{suffix}" for category in categories for suffix in DANGER_LINES.get(category, ())]
    special = [line for line in mine if line.id in wanted]
    crisis = [line for line in mine if line.purpose == "crisis" and line.id in _crisis_ids(country)]
    chosen: list = []
    for line in (*emergency, *special, *crisis):
        if line not in chosen:
            chosen.append(line)
    return chosen


def _crisis_ids(country: str) -> set[str]:
    # The Lifeline (and its Spanish option for Spanish pages) rather than every crisis service.
    ids = {line.id for line in helplines().for_country(country) if line.purpose == "crisis"}
    if country == "us":
        ids = {"us-988"} | ({"us-988-es"} if locale.current() == "es" else set())
    return ids


def country_names(code: str) -> dict[str, str]:
    territories = Locale.parse(code).territories
    return {c: territories.get(c.upper(), c.upper()) for c in helplines().countries}


def resolve_country(raw: str | None) -> tuple[str, bool]:
    """The country to show and whether the request named an unknown one."""
    if raw is None or raw == "":
        return DEFAULT_COUNTRY, False
    raw = raw.strip().lower()
    if raw in helplines().countries or raw == OTHER_COUNTRY:
        return raw, False
    return DEFAULT_COUNTRY, True


@bp.get("/<locale>/help")
@public("country")
def help() -> ResponseReturnValue:
    country, unknown = resolve_country(request.args.get("country"))
    code = locale.current()
    body = render_template(
        "resources/help.html",
        country=country,
        unknown_country=unknown,
        lines=helplines().for_country(country) if country != OTHER_COUNTRY else [],
        countries=country_names(code),
        nav="help",
    )
    # Even for an unknown country the page shows help (for the default country): never
    # leave someone without a number. The 400 tells tools the parameter was wrong.
    return body, 400 if unknown else 200


@bp.get("/<locale>/paying-for-care")
@public("coverage")
def paying() -> ResponseReturnValue:
    code = locale.current()
    guide = site().paying_guide(code)
    coverage = request.args.get("coverage") or None
    status = 200
    if coverage is not None and coverage not in COVERAGES:
        coverage, status = None, 400
    context = {
        "guide": guide,
        "coverage": coverage,
        "options": guide.for_coverage(coverage),
        "bad_coverage": status == 400,
        "nav": "paying",
    }
    partial = htmx_request.htmx and not htmx_request.htmx.history_restore_request
    template = "resources/_paying_list.html" if partial else "resources/paying.html"
    response = make_response(render_template(template, **context), status)
    response.vary.add("HX-Request")  # one URL, two bodies: keep caches apart
    return response
