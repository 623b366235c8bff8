"""The production stack on loopback: gunicorn as configured, and nginx in front of it.

Each test reproduces a fault found by probing the running site: slow clients holding every
worker, a damaged index stopping the server, search terms in the error log, bodies cut short.
nginx comes from Debian (make test installs it); without it these skip locally and fail in CI.
"""

from __future__ import annotations

import contextlib
import os
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from deploy.local_stack import NGINX, Gunicorn, Nginx, build_index

HOST = "iop.example.org"
SETTINGS = {
    "IOP_PROXY_COUNT": "1",
    "IOP_TRUSTED_HOSTS": f"{HOST},127.0.0.1",
    "IOP_BASE_URL": f"https://{HOST}",
}
UNVERIFIED = ssl._create_unverified_context()


def get(url: str, headers: dict | None = None, timeout: float = 5) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout, context=UNVERIFIED) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def raw(port: int, data: bytes, timeout: float = 5) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        out = b""
        try:
            while chunk := sock.recv(65536):
                out += chunk
        except TimeoutError:
            pass
        return out


class SlowClients:
    """Connections that send a request's headers one byte at a time, and never finish."""

    def __init__(self, port: int, count: int, tls: bool = False) -> None:
        self.stop = threading.Event()
        self.socks = [socket.create_connection(("127.0.0.1", port)) for _ in range(count)]
        if tls:
            self.socks = [UNVERIFIED.wrap_socket(sock, server_hostname=HOST) for sock in self.socks]
        self.thread = threading.Thread(target=self._trickle, daemon=True)
        self.thread.start()

    def _trickle(self) -> None:
        line = b"GET /en/help HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
        sent = 0
        while not self.stop.wait(0.5):
            for sock in self.socks:
                with contextlib.suppress(OSError):
                    sock.send(line[sent : sent + 1] or b"a")
            sent += 1

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        for sock in self.socks:
            sock.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stack")
    build_index(path / "index")
    return path


@pytest.fixture(scope="module")
def app_server(folder: Path) -> Iterator[Gunicorn]:
    server = Gunicorn(folder / "index", folder / "gunicorn.log", **SETTINGS)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def proxy(app_server: Gunicorn, folder: Path) -> Iterator[Nginx]:
    if NGINX is None:
        if os.environ.get("CI"):
            pytest.fail("nginx is missing in CI: .ci/run installs it through make test")
        pytest.skip("nginx is not installed here (make test installs Debian's nginx as root)")
    server = Nginx(app_server.port, folder / "nginx")
    yield server
    server.stop()


# ---- gunicorn as configured for production -----------------------------------------------


def test_a_few_slow_clients_do_not_take_the_help_page_offline(app_server: Gunicorn) -> None:
    slow = SlowClients(app_server.port, 4)
    try:
        time.sleep(1)
        for _ in range(8):
            status, _, body = get(f"{app_server.url}/en/help", timeout=3)
            assert status == 200 and b"988" in body
    finally:
        slow.close()


def test_no_server_banner_and_rejected_request_lines_are_not_logged(app_server: Gunicorn) -> None:
    status, headers, _ = get(f"{app_server.url}/en/")
    assert status == 200 and "Server" not in headers
    for line in (
        b"GET /en/search?q=my secret words HTTP/1.1\r\n\r\n",
        "GET /en/search?q=señal HTTP/1.1\r\n\r\n".encode(),
    ):
        assert raw(app_server.port, line).startswith(b"HTTP/1.1 400")
    get(f"{app_server.url}/en/search?q=private+worry")
    time.sleep(0.5)
    log = app_server.log_path.read_text(errors="replace")
    assert "Rejected a malformed request" in log
    for typed in ("secret", "señal", "private", "worry", "ip="):
        assert typed not in log


def test_chunked_body_over_the_limit_gets_413_through_the_real_server(app_server: Gunicorn) -> None:
    body = b"for_whom=self&pad=" + b"x" * 40_000
    request = (
        b"POST /en/screener/question HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
        + b"%x\r\n%s\r\n0\r\n\r\n"
        % (len(body), body)
    )
    assert raw(app_server.port, request).startswith(b"HTTP/1.1 413")


def test_a_rebuild_under_the_running_server_keeps_search_working(app_server: Gunicorn, folder: Path) -> None:
    builds = set()
    for _ in range(2):
        build_index(folder / "index", force=True)
        builds.add((folder / "index" / "current").resolve().name)
        for _ in range(4):  # both workers, whichever answers
            status, _, body = get(f"{app_server.url}/en/search?q=insurance")
            assert status == 200 and b"search-results" in body
    assert len(builds) == 2
    status, _, body = get(f"{app_server.url}/healthz")
    assert status == 200 and b'"search":"ok"' in body.replace(b" ", b"")


def test_a_damaged_index_leaves_every_other_page_up(tmp_path: Path) -> None:
    build_index(tmp_path / "index")
    current = (tmp_path / "index" / "current").resolve()
    for segment in (current / "en").iterdir():
        if segment.suffix != ".toc":
            segment.write_bytes(segment.read_bytes()[:40])
    server = Gunicorn(tmp_path / "index", tmp_path / "gunicorn.log", **SETTINGS)
    try:
        assert get(f"{server.url}/en/")[0] == 200
        assert get(f"{server.url}/en/help")[0] == 200
        status, _, body = get(f"{server.url}/en/search?q=cost")
        assert status == 503 and b"/en/help" in body
        status, _, body = get(f"{server.url}/healthz")
        assert status == 200 and b"degraded" in body
    finally:
        server.stop()


# ---- nginx in front -----------------------------------------------------------------------


def test_public_pages_are_cached_and_personal_ones_never(proxy: Nginx) -> None:
    statuses = [get(f"{proxy.url}/en/articles/faq")[1].get("X-Cache-Status") for _ in range(2)]
    assert statuses[-1] == "HIT"
    for path, headers in (
        ("/en/search?q=my+son+drinks", {}),
        ("/en/paying-for-care?coverage=medicaid", {"HX-Request": "true"}),
        ("/en/?country=my-private-words", {}),
    ):
        for _ in range(2):
            status, response_headers, _ = get(proxy.url + path, headers)
            assert status == 200 and response_headers.get("X-Cache-Status") != "HIT", path


def test_https_only_with_hsts_and_the_apps_security_headers(proxy: Nginx) -> None:
    status, headers, _ = get(f"{proxy.url}/en/")
    assert status == 200
    assert headers["Strict-Transport-Security"] == "max-age=63072000"
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Server"] == "nginx"  # no version
    redirect = raw(
        proxy.http_port, b"GET /en/help HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
    )
    assert redirect.startswith(b"HTTP/1.1 301") and f"Location: https://{HOST}:".encode() in redirect


def test_headers_with_underscores_never_reach_the_app(proxy: Nginx) -> None:
    _, _, body = get(f"{proxy.url}/es/", {"Script_Name": "/evil", "X-Forwarded-Prefix": "/evil"})
    assert b"/evil" not in body and b'href="/es/help"' in body


def test_many_slow_clients_do_not_reach_the_app(proxy: Nginx) -> None:
    # More slow clients than gunicorn has threads (2 workers x 8): nginx holds them all.
    slow = SlowClients(proxy.https_port, 25, tls=True)
    try:
        time.sleep(1)
        started = time.time()
        for _ in range(8):
            status, _, body = get(f"{proxy.url}/en/help", timeout=3)
            assert status == 200 and b"988" in body
        assert time.time() - started < 5
    finally:
        slow.close()


def test_a_script_name_header_from_loopback_is_ignored(app_server: Gunicorn) -> None:
    # gunicorn used to trust SCRIPT_NAME from loopback: a mismatch gave a 500, and each new
    # value grew a cache. Now no client may set it.
    for prefix in ("/evil", "/en", "/x" * 50):
        status, _, body = get(f"{app_server.url}/en/", {"SCRIPT_NAME": prefix})
        assert status == 200 and b'href="/en/help"' in body and prefix.encode() + b"/en/" not in body
