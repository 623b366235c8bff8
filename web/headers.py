"""Security, privacy and caching headers on every response. This site never sets a cookie."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from pathlib import Path

from flask import Flask, Response, current_app, g, request, url_for
from flask.typing import ResponseReturnValue

from web import locale

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",  # no inline scripts, no eval: htmx runs with allowEval false
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self' https://findtreatment.gov",  # the ZIP search goes there directly
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": (
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
        "microphone=(), payment=(), usb=(), browsing-topics=()"
    ),
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


@functools.lru_cache(maxsize=256)
def _hash_of(path: Path, mtime_ns: int) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def _file_hash(static_folder: str, filename: str) -> str:
    # Keyed on the modification time, so an edited file gets a new URL without re-reading
    # every file on every page view.
    path = Path(static_folder) / filename
    return _hash_of(path, path.stat().st_mtime_ns)


def static_url(filename: str) -> str:
    """A cache-busting static URL: the content hash changes whenever the file does."""
    version = _file_hash(current_app.static_folder or "", filename)
    return url_for("static", filename=filename, v=version)


def _buffer_and_close(response: Response) -> None:
    """Read a static file's body now and close the file at once.

    Our static files are small. Buffered, compression sees a whole body, and the file is
    closed here, not whenever the server gets round to it (or never, for a browser that
    drops the connection or revalidates with a 304).
    """
    stream = response.response
    try:
        body = b"".join(stream) if response.status_code in (200, 206) else b""
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            close()
    response.direct_passthrough = False
    response.response = [body] if body else []


View = Callable[..., ResponseReturnValue]


def public(*params: str) -> Callable[[View], View]:
    """Mark a view whose full pages are the same for everyone: shared caches may keep them.

    `params` are the query parameters the view checks against fixed choices (an unknown
    value is a 4xx, never public). A URL with any other parameter, or a repeated one, stays
    private, so no cache ever keeps text someone added to an address (`/?country=my-words`).
    Every response not marked is private; one to an htmx request is never stored.
    """
    allowed = frozenset(params)

    def mark(view: View) -> View:
        @functools.wraps(view)
        def marked(*args: object, **kwargs: object) -> ResponseReturnValue:
            args_ok = all(name in allowed and len(request.args.getlist(name)) == 1 for name in request.args)
            g.public_page = args_ok
            return view(*args, **kwargs)

        return marked

    return mark


def _cache_headers(response: Response, app: Flask) -> None:
    control = response.cache_control
    if request.endpoint == "static":
        if response.direct_passthrough:
            _buffer_and_close(response)
        if "v" in request.args:  # the URL names the content, so it never changes
            control.no_cache = None  # Flask adds no-cache to static files; it would win
            control.public = True
            control.max_age = app.config["STATIC_MAX_AGE"]
            control.immutable = True
        return
    if request.headers.get("HX-Request"):
        # Fragments live at a page's URL (hx-push-url): stored, Back could show one bare.
        control.no_store = True
        control.public = control.private = None
        control.max_age = None
        response.vary.add("HX-Request")
    elif control.no_store:
        pass  # the view said so (self-check steps)
    elif g.get("public_page") and response.status_code == 200:
        control.public = True
        control.private = None
        control.max_age = app.config["PAGE_MAX_AGE"]
    else:
        control.private = True
        control.public = None
        control.no_cache = True  # may be kept, but asked about again before reuse
    if request.method in locale.READING and response.status_code == 200 and not response.direct_passthrough:
        response.add_etag()
        response.make_conditional(request)


def init_app(app: Flask) -> None:
    app.jinja_env.globals["static_url"] = static_url

    @app.after_request
    def secure(response: Response) -> Response:
        response.headers.update(SECURITY_HEADERS)
        if request.is_secure:  # behind TLS (directly, or a trusted proxy said so)
            response.headers["Strict-Transport-Security"] = f"max-age={app.config['HSTS_MAX_AGE']}"
        # Belt and braces: no code path should set a cookie, and none may reach a visitor.
        response.headers.remove("Set-Cookie")
        _cache_headers(response, app)
        return response
