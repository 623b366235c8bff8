"""Every setting with its default. Override with IOP_* environment variables or create_app(config)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CONTENT_DIR = str(ROOT / "content")  # content/<locale>/<slug>.md
DATA_DIR = str(ROOT / "data")  # helplines, paying options, glossary, synonyms
TRANSLATIONS_DIR = str(ROOT / "translations")  # <locale>/LC_MESSAGES/messages.po
INDEX_DIR = None  # search index; None means <instance folder>/search-index
DEFAULT_LOCALE = "en"  # the original language of every article and the fallback
BABEL_DEFAULT_LOCALE = "en"
BABEL_TRANSLATION_DIRECTORIES = str(ROOT / "translations")
# Small on purpose: every form here is a handful of short fields; bigger bodies are abuse (413).
MAX_CONTENT_LENGTH = 16 * 1024
MAX_FORM_PARTS = 100
# Where the quick-exit control sends a visitor: a neutral, everyday page.
QUICK_EXIT_URL = "https://www.weather.gov/"
# Seconds browsers and shared caches may reuse a public page (views marked @public) without
# asking again; ETags make revalidation cheap. Everything else is private.
PAGE_MAX_AGE = 300
# The site's public address, e.g. "https://iop.example.org" (with a path if it lives under
# one). Every absolute URL is built from it, never from the request's Host header. Unset in
# local development: the request's host, limited to TRUSTED_HOSTS.
BASE_URL = None
# Host names the site answers to (others get a 400). IOP_TRUSTED_HOSTS="a.example,b.example";
# the BASE_URL's host is always added. The default suits a machine serving itself.
TRUSTED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
# Proxies in front of the app that set X-Forwarded-For, -Proto, -Host and -Prefix (Werkzeug's
# ProxyFix). 0: such headers are ignored, whoever sends them.
PROXY_COUNT = 0
# Strict-Transport-Security on HTTPS responses (two years). nginx adds it too (deploy/).
HSTS_MAX_AGE = 63072000
STATIC_MAX_AGE = 31536000  # a year: static URLs carry a content hash (?v=…)
COMPRESS_MIMETYPES = [
    "text/html",
    "text/css",
    "text/plain",
    "text/xml",
    "application/xml",
    "application/json",
    "application/javascript",
    "text/javascript",
    "image/svg+xml",
]
COMPRESS_ALGORITHM = ["br", "gzip"]
COMPRESS_MIN_SIZE = 500
