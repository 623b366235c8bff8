"""Whole-response cache for pages that are the same for every visitor.

Articles, the home page, help and paying pages change only when the site restarts with new
content, so rendering and compressing them once per worker is enough. Search and the
self-check never enter: what a visitor types is not kept anywhere. Only a few choice-list
parameters (validated by the views: an unknown value is a 400, and only 200s are kept) may
appear in a cached URL, and the cache is a bounded LRU, so no request can grow it without limit.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from flask import Flask, Response, request

CACHEABLE_ENDPOINTS = frozenset(
    {
        "pages.home",
        "pages.privacy",
        "articles.index",
        "articles.show",
        "articles.glossary",
        "resources.help",
        "resources.paying",
        "screener.start",
        "share.handout",
    }
)
# Choices from fixed lists, never free text.
CHOICE_PARAMS = frozenset({"country", "coverage", "audience"})

Key = tuple[str, ...]
# Asking for a part of a page or a revalidation is answered by the app itself.
_ANSWERED_BY_APP = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_RANGE")


@dataclass(frozen=True)
class Stored:
    body: bytes
    status_line: str  # e.g. "200 OK"
    headers: tuple[tuple[str, str], ...]


class PageCache:
    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[Key, Stored] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Key) -> Stored | None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, key: Key, value: Stored) -> None:
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


def environ_key(environ: dict) -> Key:
    """What a page depends on: address (share links and QR codes are absolute), encoding, htmx."""
    return (
        environ.get("wsgi.url_scheme", "http"),
        environ.get("HTTP_HOST") or environ.get("SERVER_NAME", ""),
        environ.get("SCRIPT_NAME", ""),
        environ.get("PATH_INFO", ""),
        environ.get("QUERY_STRING", ""),
        environ.get("HTTP_ACCEPT_ENCODING", ""),
        environ.get("HTTP_HX_REQUEST", ""),
        environ.get("HTTP_HX_TARGET", ""),
    )


def _storable_key() -> Key | None:
    if request.method != "GET" or request.endpoint not in CACHEABLE_ENDPOINTS:
        return None
    args = request.args
    if any(name not in CHOICE_PARAMS for name in args) or any(len(args.getlist(n)) > 1 for n in args):
        return None
    if any(name in request.environ for name in _ANSWERED_BY_APP):
        return None
    return environ_key(request.environ)


class ServeFromCache:
    """WSGI layer in front of Flask: a page already rendered is sent without routing,
    templates, compression or header hooks, so it costs about as much as a fixed page."""

    def __init__(self, wsgi_app, cache: PageCache) -> None:
        self.wsgi_app = wsgi_app
        self.cache = cache

    def __call__(self, environ: dict, start_response):
        if environ.get("REQUEST_METHOD") == "GET" and not any(h in environ for h in _ANSWERED_BY_APP):
            found = self.cache.get(environ_key(environ))
            if found is not None:
                start_response(found.status_line, list(found.headers))
                return [found.body]
        return self.wsgi_app(environ, start_response)


def init_before_compress(app: Flask) -> None:
    """Store finished responses: registered before Compress, so it runs after it."""
    size = app.config.get("PAGE_CACHE_SIZE", 0)
    if app.debug or not size:
        return
    cache = PageCache(size)
    app.extensions["page_cache"] = cache
    app.wsgi_app = ServeFromCache(app.wsgi_app, cache)  # type: ignore[method-assign]

    @app.after_request
    def store(response: Response) -> Response:
        key = _storable_key()
        if key is not None and response.status_code == 200 and not response.is_streamed:
            headers = tuple((k, v) for k, v in response.headers.items() if k.lower() != "set-cookie")
            cache.put(key, Stored(response.get_data(), response.status, headers))
        return response
