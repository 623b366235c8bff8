"""Locales live in the URL (/<locale>/…). One module decides the current locale and its links."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel import Locale
from babel.support import NullTranslations
from flask import Flask, abort, current_app, g, request, url_for
from flask_babel import get_translations
from jinja2 import pass_context
from jinja2.runtime import Context

from web.addresses import absolute_url

# Methods that read a page: HEAD must answer with the same headers as GET.
READING = ("GET", "HEAD")


@dataclass(frozen=True)
class LocaleInfo:
    code: str  # in URLs and file names: "zh"
    name: str  # the language's own name, e.g. "Español", "中文 (简体)"
    direction: str  # "ltr" or "rtl"
    tag: str  # for lang and hreflang attributes: "zh-Hans", so browsers pick Simplified glyphs


# Locales whose URL code leaves out what `lang` must say.
LANGUAGE_TAGS = {"zh": "zh-Hans"}


def discover_locales(translations_dir: str, default: str) -> tuple[str, ...]:
    """A locale exists when its catalog exists: adding one is adding translations/<code>/."""
    found = {p.parent.parent.name for p in Path(translations_dir).glob("*/LC_MESSAGES/messages.po")}
    return (default, *sorted(found - {default}))


@cache
def info(code: str) -> LocaleInfo:
    tag = LANGUAGE_TAGS.get(code, code)
    babel_locale = Locale.parse(tag, sep="-")
    name = babel_locale.get_display_name(babel_locale) or code
    return LocaleInfo(code, name[:1].upper() + name[1:], babel_locale.text_direction, tag)


def supported() -> tuple[str, ...]:
    return current_app.config["LOCALES"]


def current() -> str:
    """The URL's locale; for `/` and unroutable 404s, the path's or the browser's best one."""
    if "locale" in g:
        return g.locale
    first = request.path.strip("/").split("/", 1)[0]
    return first if first in supported() else best_for_browser()


def best_for_browser() -> str:
    locales = supported()
    return request.accept_languages.best_match(locales) or locales[0]


def page_in(code: str, external: bool = False) -> str:
    """This page's URL in another locale (same endpoint, same arguments, shareable query)."""
    rule = request.url_rule
    if rule is None or "locale" not in rule.arguments or request.method not in READING:
        # Error pages and POST steps have no shareable address: offer that language's home.
        return (absolute_url if external else url_for)("pages.home", locale=code)
    args = {k: v for k, v in (request.view_args or {}).items() if k != "locale"}
    query = {k: v for k, v in request.args.items() if k in _SHAREABLE_QUERY}
    return (absolute_url if external else url_for)(request.endpoint, locale=code, **args, **query)


def switcher_links(
    locales: tuple[str, ...] | None = None, external: bool = False
) -> list[tuple[LocaleInfo, str]]:
    return [(info(code), page_in(code, external)) for code in (locales or supported())]


def keep_out_of_search_engines() -> None:
    """This page shows what a visitor typed (search results): noindex, no canonical address.

    Also spares building an absolute URL per locale for every search.
    """
    g.noindex = True


# Query parameters that describe the page (and so survive a language switch). Nothing a
# visitor typed as personal input is here except the search query, which is in the URL anyway.
_SHAREABLE_QUERY = {"q", "page", "country", "coverage", "audience", "dest", "lang", "outcome"}


# Template variable holding this render's catalog. Flask-Babel finds the catalog again for
# every message (a dozen context lookups each, a quarter of a page's render time); a render
# only ever needs the one it started with.
CATALOG = "_catalog"


def _catalog(context: Context) -> NullTranslations:
    # Templates rendered outside render_template (kept frame parts, macros imported without
    # context) have no catalog variable: ask Flask-Babel as before.
    return context.get(CATALOG) or get_translations()


@pass_context
def _gettext(context: Context, message: str) -> str:
    return _catalog(context).ugettext(message)


@pass_context
def _ngettext(context: Context, singular: str, plural: str, n: int) -> str:
    return _catalog(context).ungettext(singular, plural, n)


def init_app(app: Flask) -> None:
    # Replaces the gettext and ngettext Flask-Babel installed (pgettext stays theirs).
    app.jinja_env.install_gettext_callables(gettext=_gettext, ngettext=_ngettext, newstyle=True)
    app.add_template_filter(lambda code: info(code).tag, "lang_tag")

    @app.url_value_preprocessor
    def take_locale(endpoint: str | None, values: dict | None) -> None:
        if values and "locale" in values:
            code = values.pop("locale")  # views never receive it
            if code not in app.config["LOCALES"]:
                abort(404)  # a normal 404, in the visitor's best language
            g.locale = code

    @app.url_defaults
    def give_locale(endpoint: str, values: dict) -> None:
        if "locale" not in values and app.url_map.is_endpoint_expecting(endpoint, "locale"):
            values["locale"] = current()

    @app.context_processor
    def locale_context() -> dict:
        code = current()
        routed = request.url_rule is not None and "locale" in request.url_rule.arguments
        noindex = bool(g.get("noindex"))
        indexable = routed and request.method in READING and not noindex
        return {
            CATALOG: get_translations(),
            "lang": code,
            "lang_tag": info(code).tag,
            "dir": info(code).direction,
            "languages": switcher_links(),
            "noindex": noindex,
            # hreflang and canonical only for real, routable GET pages (not errors or POSTs)
            "alternates": switcher_links(external=True) if indexable else [],
            "canonical_url": page_in(code, external=True) if indexable else None,
        }
