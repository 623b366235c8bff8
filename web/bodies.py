"""Request bodies, read once at the edge: bounded, decodable, never silently cut.

Every form here is a handful of short fields, so a body is read whole before Flask sees it:
- over MAX_CONTENT_LENGTH (with Content-Length or chunked): the localized 413 page;
  Werkzeug alone would cut a chunked body at the limit and carry on with half a form;
- a form field whose bytes are not UTF-8: that field is dropped and named in
  `environ["iop.unreadable"]`, so the view can ask again instead of losing the whole form.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from urllib.parse import unquote_to_bytes, urlencode

from flask import Flask, abort, request

TOO_LARGE = "iop.too_large"
UNREADABLE = "iop.unreadable"
FORM = "application/x-www-form-urlencoded"


class ReadBodies:
    """WSGI layer: buffer the body (it is small), enforce the limit, clean form fields."""

    def __init__(self, app: Callable, limit: int) -> None:
        self.app = app
        self.limit = limit

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        length = environ.get("CONTENT_LENGTH", "")
        if chunked or length not in ("", "0"):
            self._buffer(environ, chunked)
        return self.app(environ, start_response)

    def _buffer(self, environ: dict, chunked: bool) -> None:
        declared = (
            None if chunked or not environ.get("CONTENT_LENGTH", "").isascii() else environ["CONTENT_LENGTH"]
        )
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            environ[TOO_LARGE] = True
            body = b""
        else:
            wanted = self.limit + 1 if declared is None else int(declared)
            body = environ["wsgi.input"].read(wanted)
            if len(body) > self.limit:
                environ[TOO_LARGE] = True
                body = b""
        if environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower() == FORM and body:
            body, unreadable = _clean_form(body)
            if unreadable:
                environ[UNREADABLE] = tuple(unreadable)
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        environ.pop("HTTP_TRANSFER_ENCODING", None)
        environ.pop("wsgi.input_terminated", None)


def _clean_form(body: bytes) -> tuple[bytes, list[str]]:
    kept: list[tuple[str, str]] = []
    unreadable: list[str] = []
    for pair in body.split(b"&"):
        if not pair:
            continue
        raw_name, _, raw_value = pair.partition(b"=")
        raw_name = unquote_to_bytes(raw_name.replace(b"+", b" "))
        raw_value = unquote_to_bytes(raw_value.replace(b"+", b" "))
        try:
            name = raw_name.decode("utf-8")
        except UnicodeDecodeError:
            unreadable.append(raw_name.decode("utf-8", "replace")[:40])
            continue
        try:
            kept.append((name, raw_value.decode("utf-8")))
        except UnicodeDecodeError:
            unreadable.append(name[:40])
    return urlencode(kept).encode("ascii"), unreadable


def unreadable_fields() -> tuple[str, ...]:
    """Form fields the visitor sent that could not be read (dropped from request.form)."""
    return request.environ.get(UNREADABLE, ())


def init_app(app: Flask) -> None:
    app.wsgi_app = ReadBodies(app.wsgi_app, int(app.config["MAX_CONTENT_LENGTH"]))  # type: ignore[method-assign]

    @app.before_request
    def refuse_too_large() -> None:
        if request.environ.get(TOO_LARGE):
            abort(413)
