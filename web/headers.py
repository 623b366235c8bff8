"""Security, privacy and caching headers on every response. This site never sets a cookie."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from flask import Flask, Response, current_app, request, url_for

from web import locale

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",  # no inline scripts, no eval: htmx runs with allowEval false
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
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
        "microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()"
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


def init_app(app: Flask) -> None:
    app.jinja_env.globals["static_url"] = static_url

    @app.after_request
    def secure(response: Response) -> Response:
        response.headers.update(SECURITY_HEADERS)
        # Belt and braces: no code path should set a cookie, and none may reach a visitor.
        response.headers.remove("Set-Cookie")
        if request.endpoint == "static":
            if response.direct_passthrough:
                _buffer_and_close(response)
            if "v" in request.args:
                response.cache_control.public = True
                response.cache_control.max_age = app.config["STATIC_MAX_AGE"]
                response.cache_control.immutable = True
        elif request.method in locale.READING and response.status_code == 200:
            if not (response.cache_control.no_store or response.cache_control.private):
                response.cache_control.public = True
                response.cache_control.max_age = app.config["PAGE_MAX_AGE"]
            if not response.direct_passthrough:
                response.add_etag()
                response.make_conditional(request)
        return response
