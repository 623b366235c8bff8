"""Real-browser fixtures: the app on a real server, Debian's Chromium driven by Playwright.

Never `playwright install` (it cannot download here): we launch the system Chromium. Locally a
missing Chromium skips these tests loudly; in CI (CI=true) it fails them.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from flask import Flask
from werkzeug.serving import make_server

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
QUICK_EXIT_STUB = "<!doctype html><title>Weather</title><h1>Weather</h1>"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path:
        return path
    message = "Chromium is not installed: run `make test` as root or `apt-get install -y chromium`"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI needs the browser tests: {message}")
    pytest.skip(f"BROWSER TESTS SKIPPED: {message}")


@pytest.fixture(scope="session")
def base_url(app: Flask) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)  # port 0: any free port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@dataclass
class Watch:
    """What a page did: every request URL, console errors and page errors."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def open_page(browser, base_url: str, javascript: bool = True, **options):
    context = browser.new_context(base_url=base_url, java_script_enabled=javascript, **options)
    context.set_default_timeout(10_000)
    # The quick-exit target is another site: answer it here, so no request leaves this machine.
    context.route(
        "https://www.weather.gov/**",
        lambda route: route.fulfill(body=QUICK_EXIT_STUB, content_type="text/html"),
    )
    page = context.new_page()
    watch = Watch()
    page.on("request", lambda request: watch.requests.append(request.url))
    page.on("console", lambda msg: watch.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda error: watch.errors.append(str(error)))
    return context, page, watch


@pytest.fixture(params=[True, False], ids=["js", "nojs"])
def session(request: pytest.FixtureRequest, browser, base_url: str) -> Iterator:
    context, page, watch = open_page(browser, base_url, javascript=request.param)
    page.javascript = request.param
    yield page, watch
    context.close()


@pytest.fixture()
def js_session(browser, base_url: str) -> Iterator:
    context, page, watch = open_page(browser, base_url, javascript=True)
    yield page, watch
    context.close()
