"""The one way views and the CLI reach content and data: `site()`, loaded once per process."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from flask import Flask, current_app, g, render_template
from flask_babel import force_locale

from core.help_data import Helplines
from core.site import Site

log = logging.getLogger(__name__)

SHORTCODE_TEMPLATES = {
    ("diagram", "levels-of-care"): "diagrams/levels_of_care.html",
    ("diagram", "coverage-path"): "diagrams/coverage_path.html",
    ("schedule", "week"): "diagrams/week.html",
}


def site() -> Site:
    return current_app.extensions["site"]


def index_dir(app: Flask) -> Path:
    return Path(app.config["INDEX_DIR"] or Path(app.instance_path) / "search-index")


def init_app(app: Flask) -> None:
    def shortcode(kind: str, arg: str, code: str, helplines: Helplines) -> str:
        # Shortcodes render through templates so their words come from the catalogs.
        # A request on a host the site serves: shortcodes only hold site-relative links.
        host = (app.config["TRUSTED_HOSTS"] or ["localhost"])[0]
        with app.test_request_context(f"/{code}/", base_url=f"http://{host}"), force_locale(code):
            g.locale = code
            if kind == "helpline":
                return render_template("partials/helpline_inline.html", line=helplines.get(arg))
            template = SHORTCODE_TEMPLATES.get((kind, arg))
            if template is None:
                raise KeyError(f"unknown shortcode [[{kind}:{arg}]]")
            return render_template(template)

    loaded = Site.load(
        app.config["CONTENT_DIR"], app.config["DATA_DIR"], app.config["LOCALES"], index_dir(app), shortcode
    )
    app.extensions["site"] = loaded
    stale = loaded.helplines.stale(dt.date.today())
    if stale:  # a dated number must be re-checked, but a stale check is no reason to go down
        log.warning("helplines not checked for over a year: %s", ", ".join(line.id for line in stale))
