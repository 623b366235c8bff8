"""The parts of the page frame that are the same for everyone reading in one locale.

The header, navigation and footer make up about a third of a page's render time. Pages that
cannot be cached whole (search results, self-check steps: they depend on what a visitor typed)
still share these parts, so each is rendered once per locale and kept. Nothing a visitor sends
is part of a key or of a stored part.
"""

from __future__ import annotations

from flask import Flask, request, url_for
from markupsafe import Markup

from web import locale

FRAME_FOLDER = "frame"


def init_app(app: Flask) -> None:
    kept: dict[tuple, Markup] = {}
    # In debug, templates reload on change; keeping parts would hide an edit.
    keep = not (app.debug or app.config.get("TEMPLATES_AUTO_RELOAD"))

    def frame_part(name: str, nav: str | None = None) -> Markup:
        # `nav` comes from the view (which section is current), never from the request.
        nav = nav if isinstance(nav, str) else None  # pages without a section pass nothing
        key = (name, locale.current(), request.script_root, nav)
        part = kept.get(key)
        if part is None:
            template = app.jinja_env.get_template(f"{FRAME_FOLDER}/{name}.html")
            part = Markup(template.render(nav=nav))
            if keep:
                kept[key] = part
        return part

    urls: dict[tuple, str] = {}

    def site_url(endpoint: str, **values: str) -> str:
        """url_for, kept per locale, for links made only of site data (endpoints, slugs).

        Building a URL costs about as much as rendering a search hit; a results page has a
        dozen. Never pass anything from the request: it would be kept.
        """
        key = (request.script_root, locale.current(), endpoint, *sorted(values.items()))
        url = urls.get(key)
        if url is None:
            url = urls[key] = url_for(endpoint, **values)
        return url

    app.jinja_env.globals["frame_part"] = frame_part
    app.jinja_env.globals["site_url"] = site_url
