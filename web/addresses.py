"""Absolute addresses (share links, QR codes, sitemap, canonical and hreflang links).

They are built from the configured public address (IOP_BASE_URL), never from the request's
Host header: a request with `Host: evil.example` must not put that name into a QR code a
counsellor prints. Without a base URL (local development), the request's host is used, and
Flask accepts only the hosts in TRUSTED_HOSTS.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, current_app, url_for


def absolute_url(endpoint: str, **values: object) -> str:
    base = current_app.config["BASE_URL"]
    if not base:
        return url_for(endpoint, _external=True, **values)
    return base + url_for(endpoint, **values)


def check_config(app: Flask) -> None:
    """A clear start-up error for a base URL that cannot be one; trusted hosts as a list.

    The site lives at the root of its host: article links are made when content loads, so
    they cannot follow a path prefix.
    """
    base = app.config.get("BASE_URL") or None
    if base is not None:
        parts = urlsplit(base)
        bad = parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/")
        if bad or parts.query or parts.fragment:
            raise ValueError(f"IOP_BASE_URL must look like https://example.org, not {base!r}")
        base = f"{parts.scheme}://{parts.netloc}"
    app.config["BASE_URL"] = base
    hosts = app.config.get("TRUSTED_HOSTS")
    if isinstance(hosts, str):  # IOP_TRUSTED_HOSTS="a.example,b.example"
        hosts = [h.strip() for h in hosts.split(",") if h.strip()]
    if base is not None and hosts is not None:
        host = urlsplit(base).hostname or ""
        if host not in hosts:
            hosts = [*hosts, host]
    app.config["TRUSTED_HOSTS"] = hosts or None
