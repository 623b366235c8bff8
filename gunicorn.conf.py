"""Production server settings: `gunicorn --config gunicorn.conf.py "app:create_app()"`.

Every value can be set with an IOP_* environment variable (docs/deploy.md lists them).
Nothing a visitor sends is logged: no access log (request lines hold search terms), and the
error log leaves out rejected request lines and query strings (web/server_log.py).
"""

import os


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


bind = os.environ.get("IOP_BIND", "127.0.0.1:5000")
workers = _int("IOP_WORKERS", 2)
# Threads: a client that sends its request slowly holds one thread, not a whole worker, so a
# few slow clients cannot take the site (and its help pages) offline. A reverse proxy in
# front (deploy/nginx/) buffers whole requests and is the real defence against many. With
# 4 threads, 4 slow clients landing on one worker stalled it (tests/server checks this).
worker_class = "gthread"
threads = _int("IOP_THREADS", 8)
timeout = _int("IOP_TIMEOUT", 30)  # seconds a worker may be silent before it is restarted
graceful_timeout = _int("IOP_GRACEFUL_TIMEOUT", 20)
keepalive = _int("IOP_KEEPALIVE", 5)
max_requests = _int("IOP_MAX_REQUESTS", 0)  # 0: workers are not recycled
# The site is loaded and checked once, in the master, and shared by every worker. Workers
# open the search index themselves (post_worker_init below), read-only.
preload_app = True

accesslog = None
errorlog = "-"
loglevel = os.environ.get("IOP_LOG_LEVEL", "warning")
logger_class = "web.server_log.PrivateLogger"

# Small request limits: every form here is a handful of short fields.
limit_request_line = 4094
limit_request_fields = 50
limit_request_field_size = 8190

# Proxy headers are trusted by the app (Werkzeug's ProxyFix, IOP_PROXY_COUNT), never by
# gunicorn itself: no client, loopback included, may set the scheme or SCRIPT_NAME.
forwarded_allow_ips = os.environ.get("IOP_FORWARDED_ALLOW_IPS", "")
forwarder_headers = ""
secure_scheme_headers: dict[str, str] = {}
header_map = "drop"


def post_worker_init(worker) -> None:
    # Open the index now, so the first visitor's search does not wait for it.
    site = worker.wsgi.extensions.get("site") if hasattr(worker.wsgi, "extensions") else None
    if site is not None:
        site.search.warm()


def on_starting(server) -> None:
    from web.server_log import drop_server_banner

    drop_server_banner()
