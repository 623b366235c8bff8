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

from flask import Flask, Response, g, request

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

Key = tuple[str, str, str, tuple[tuple[str, str], ...], bool, str]


@dataclass(frozen=True)
class Stored:
    body: bytes
    status: int
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


def _key() -> Key | None:
    if request.method != "GET" or request.endpoint not in CACHEABLE_ENDPOINTS:
        return None
    args = request.args
    if any(name not in CHOICE_PARAMS for name in args) or any(len(args.getlist(n)) > 1 for n in args):
        return None
    return (
        request.host,  # external links (share URLs, QR codes) are built from it
        request.path,
        request.headers.get("Accept-Encoding", ""),
        tuple(sorted(args.items())),
        bool(request.headers.get("HX-Request")),
        request.headers.get("HX-Target", ""),
    )


def init_before_compress(app: Flask) -> None:
    """Store finished responses: registered before Compress, so it runs after it."""
    size = app.config.get("PAGE_CACHE_SIZE", 0)
    if app.debug or not size:
        return
    cache = PageCache(size)
    app.extensions["page_cache"] = cache

    @app.before_request
    def serve_cached() -> Response | None:
        key = _key()
        if key is None:
            return None
        g.page_cache_key = key
        found = cache.get(key)
        if found is None:
            return None
        g.page_cache_hit = True
        return Response(found.body, status=found.status, headers=list(found.headers))

    @app.after_request
    def store(response: Response) -> Response:
        key = g.get("page_cache_key")
        if (
            key is not None
            and not g.get("page_cache_hit")
            and response.status_code == 200
            and not response.is_streamed
        ):
            headers = tuple((k, v) for k, v in response.headers.items() if k.lower() != "set-cookie")
            cache.put(key, Stored(response.get_data(), 200, headers))
        return response
