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
# Seconds browsers may reuse a page without asking again; ETags make revalidation cheap.
PAGE_MAX_AGE = 300
# Finished responses kept per worker for pages that are the same for everyone (0 turns it off;
# debug mode never caches, so template edits show at once).
PAGE_CACHE_SIZE = 512
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
