"""Application factory: wires config, extensions and blueprints. Nothing else lives here."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask
from flask_babel import Babel
from flask_compress import Compress
from htmx_flask import Htmx
from werkzeug.middleware.proxy_fix import ProxyFix

from web import (
    addresses,
    articles,
    bodies,
    cli,
    errors,
    find_care,
    headers,
    locale,
    log_privacy,
    pages,
    resources,
    screener_views,
    search_views,
    share,
    site,
)

babel = Babel()
compress = Compress()
htmx = Htmx()


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object("web.config")
    app.config.from_prefixed_env("IOP")  # e.g. IOP_INDEX_DIR=/srv/index
    app.config.update(config or {})
    addresses.check_config(app)
    if app.config["PROXY_COUNT"]:
        n = int(app.config["PROXY_COUNT"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)  # type: ignore[method-assign]
    # No SECRET_KEY on purpose: we keep no session, so a stray session[...] fails loudly.
    app.config["LOCALES"] = locale.discover_locales(
        app.config["TRANSLATIONS_DIR"], app.config["DEFAULT_LOCALE"]
    )
    babel.init_app(app, locale_selector=locale.current)
    htmx.init_app(app)  # request.htmx
    compress.init_app(app)
    # Registered after Compress so it runs first: ETags are computed on the plain body.
    for part in (
        locale,
        headers,
        errors,
        cli,
        log_privacy,
        bodies,
        resources,
        share,
        screener_views,
        find_care,
    ):
        part.init_app(app)
    for module in (pages, articles, search_views, screener_views, resources, share, find_care):
        app.register_blueprint(module.bp)
    # Every content and data file is read and checked now, once: a broken article or rule
    # stops start-up instead of reaching a visitor. The search index is only opened (by
    # `flask build-index`'s output) when searched, read-only.
    site.init_app(app)
    return app
