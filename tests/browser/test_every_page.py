"""On every page type in every locale: private, error-free, one <h1>, accessible, reflows."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import open_page
from tests.browser.pages import HIGHER, LOCALES, PAGE_TYPES, WCAG

AXE = Axe()
PAGES = [p.format(l=locale) for locale in LOCALES for p in PAGE_TYPES]


def axe_violations(page, rules: dict | None = None) -> list[str]:
    options = {"runOnly": {"type": "tag", "values": WCAG + HIGHER}, "resultTypes": ["violations"]}
    if rules:
        options = {"runOnly": {"type": "rule", "values": list(rules)}, "resultTypes": ["violations"]}
    results = AXE.run(page, options=options)
    return [
        f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
    ]


@pytest.mark.parametrize("path", PAGES)
def test_page_is_private_clean_and_accessible(browser, base_url: str, path: str) -> None:
    context, page, watch = open_page(browser, base_url)
    try:
        page.goto(path)
        page.wait_for_load_state("networkidle")
        outside = [url for url in watch.requests if not url.startswith(base_url)]
        assert not outside, f"requests left the site: {outside}"
        assert context.cookies() == []
        expected_errors = [e for e in watch.errors if "404" not in e]  # the 404 page's own status
        assert not expected_errors, expected_errors
        assert page.locator("h1").count() == 1
        assert axe_violations(page) == []
    finally:
        context.close()


@pytest.mark.parametrize("width", [320, 640])
@pytest.mark.parametrize("path", [p.format(l="es") for p in PAGE_TYPES] + ["/en/screener"])
def test_page_reflows_without_horizontal_scrolling(browser, base_url: str, width: int, path: str) -> None:
    # 640 CSS pixels is a 1280-pixel screen at 200% zoom.
    context, page, _ = open_page(browser, base_url, viewport={"width": width, "height": 800})
    try:
        page.goto(path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
    finally:
        context.close()


@pytest.mark.parametrize(
    "path", ["/en/articles/levels-of-care", "/es/help", "/en/handout/help", "/es/paying-for-care"]
)
def test_print_stylesheet_keeps_contrast(browser, base_url: str, path: str) -> None:
    context, page, _ = open_page(browser, base_url)
    try:
        page.goto(path)
        page.emulate_media(media="print")
        assert axe_violations(page, {"color-contrast": True}) == []
        assert not page.locator(".quick-exit").is_visible()
        assert not page.locator(".main-nav").is_visible()
    finally:
        context.close()


def test_help_link_is_visible_without_scrolling_on_a_phone(browser, base_url: str) -> None:
    context, page, _ = open_page(browser, base_url, viewport={"width": 360, "height": 640})
    try:
        for locale in LOCALES:
            for path in ("/{l}/", "/{l}/articles/insurance-and-iop", "/{l}/screener"):
                page.goto(path.format(l=locale))
                box = page.locator(".help-now").bounding_box()
                assert box and box["y"] + box["height"] <= 640
                assert page.locator(".quick-exit").is_visible()
    finally:
        context.close()
